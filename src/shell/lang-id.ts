// The game's own texts in Bahasa Indonesia (the UI's and the engine's): a chunk of their own, loaded
// only when the page shows Indonesian (src/shell/i18n.ts loadLang), so that an English page's first
// download does not carry them (issue 14, "Keep the budgets"). English is always there: every
// language falls back to it. A scenario's own texts come with its bundle, in both languages, but
// the default scenario's Indonesian ones come here (src/content/default.ts).
import { messages as defaultScenarioId } from '../content/default.id';
import engineId from '../content/engine.id.json';
import uiId from '../content/ui.id.json';

export const ui = uiId;
export const engine = engineId;
export const scenario = defaultScenarioId;
