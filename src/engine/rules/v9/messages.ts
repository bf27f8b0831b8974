// The engine speaks in message keys with parameters; a language is chosen only where text is
// shown (src/shell/text.ts), with the scenario's catalogues and the engine's (src/content/engine.*.json).
import type { Message } from './types';

export function msg(key: string, params?: Message['params']): Message {
  return params ? { key, params } : { key };
}
