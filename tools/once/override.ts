// The scenario the once-tools measure: the default one (or `base`), with PUTIN='{...}' replacing numbers of his
// profile's ranges and TOP='{...}' whole top-level fields, so that a candidate for the next version of
// the rules is measured without editing the data.
import type { ScenarioBundle } from '../../src/engine';
import { makeBundle } from '../../src/engine/scenario/bundle';
import { bundleNamed } from '../scenarios';

export function overriddenBundle(env: NodeJS.ProcessEnv = process.env, base = bundleNamed(undefined) as ScenarioBundle): ScenarioBundle {
  const data = structuredClone(base.scenario) as unknown as Record<string, unknown>;
  if (env.PUTIN) Object.assign(data.putin as object, JSON.parse(env.PUTIN));
  if (env.TOP) Object.assign(data, JSON.parse(env.TOP));
  return makeBundle(data as never, base.messages);
}
