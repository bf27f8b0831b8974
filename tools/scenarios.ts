// The scenarios the command-line tools (and the tests) play, and their text in a language
// through the game's own formatter, with the catalogues the page puts in front of it.
import { BUNDLES, lookupBundle } from '../src/content/all';
import engineEn from '../src/content/engine.en.json';
import engineId from '../src/content/engine.id.json';
import { DEFAULT_SCENARIO_ID } from '../src/content/registry';
import uiEn from '../src/content/ui.en.json';
import uiId from '../src/content/ui.id.json';
import type { Lang, Message, ScenarioBundle } from '../src/engine';
import { format } from '../src/shell/text';

export { BUNDLES, DEFAULT_SCENARIO_ID, lookupBundle };

/** The bundle of an id given on a command line, or a sentence naming the ids there are. */
export function bundleNamed(id: string | undefined): ScenarioBundle | string {
  const b = lookupBundle(id ?? DEFAULT_SCENARIO_ID);
  return b ?? `no scenario "${id}": there are ${Object.keys(BUNDLES).join(', ')}`;
}

/** A message as a player of the bundle's scenario reads it. */
export function textOf(bundle: ScenarioBundle, lang: Lang, message: Message): string {
  const own = lang === 'en' ? [engineEn, uiEn] : [engineId, uiId];
  return format(lang, message, [bundle.messages[lang], ...own, bundle.messages.en, engineEn, uiEn]);
}

/** A message in English, looked up in every scenario (for errors about a code of any of them). */
export function englishText(message: Message): string {
  return format('en', message, [engineEn, uiEn, ...Object.values(BUNDLES).map((b) => b.messages.en)]);
}
