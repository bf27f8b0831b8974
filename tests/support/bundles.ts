// The scenarios the tests play, and their text in a language (the game's formatter, with the
// catalogues the shell puts in front of it).
import { BUNDLES, lookupBundle } from '../../src/content/all';
import engineEn from '../../src/content/engine.en.json';
import engineId from '../../src/content/engine.id.json';
import uiEn from '../../src/content/ui.en.json';
import uiId from '../../src/content/ui.id.json';
import type { Lang, Message, ScenarioBundle } from '../../src/engine';
import { format } from '../../src/shell/text';

export const VLADIVOSTOK = BUNDLES['vladivostok-2019']!;
export { BUNDLES, lookupBundle };

/** A message as a player of the bundle's scenario reads it. */
export function textOf(bundle: ScenarioBundle, lang: Lang, message: Message): string {
  const own = lang === 'en' ? [engineEn, uiEn] : [engineId, uiId];
  return format(lang, message, [bundle.messages[lang], ...own, bundle.messages.en, engineEn, uiEn]);
}
