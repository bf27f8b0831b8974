// Version 8's answers in the live engine's shapes. Today they are the same shapes, so this is only
// the place where the type check says so: when the live types move on, this fails to compile and
// the translation goes here, never into the frozen copy.
import type { RulesEngine } from '../rules-engine';
import type { engine as V8 } from './v8';

export function adaptV8(engine: typeof V8): RulesEngine {
  return engine;
}
