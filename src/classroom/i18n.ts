// The teacher's page speaks from its own catalogue (src/content/classroom.{en,id}.json, keys 'class.*');
// the engine's messages (a code's errors) and the scenario's own texts come from the scenario's
// catalogues, which the caller passes in (see ./scenario.ts). All of it goes through the one formatter.
import classEn from '../content/classroom.en.json';
import classId from '../content/classroom.id.json';
import type { Lang, Message } from '../engine/types';
import { fallbacks, format, formatNumber, type Catalogue } from '../shell/text';

export type Params = NonNullable<Message['params']>;

export const CLASS_CATALOGUES: Record<Lang, Catalogue> = { en: classEn, id: classId };

const CLASS_ONLY: Record<Lang, Catalogue[]> = { en: fallbacks('en', CLASS_CATALOGUES), id: fallbacks('id', CLASS_CATALOGUES) };

/** A classroom string; a missing key falls back to English, then to the key itself. */
export function ct(lang: Lang, key: string, params?: Params): string {
  return format(lang, params ? { key, params } : { key }, CLASS_ONLY[lang]);
}

/** The page's words in one language, with a scenario's texts: what every view of the page speaks with. */
export interface Texts {
  readonly lang: Lang;
  /** A 'class.*' string. */
  t(key: string, params?: Params): string;
  /** Any message: 'class.*' keys, the engine's and the scenario's. */
  say(m: Message): string;
  /** The scenario's own text for a key (briefing.*, goal.*, option.*, debrief.*, source.*). */
  sc(key: string, params?: Params): string;
  /** A number as the language writes it, with at most one decimal; `signed` for a difference ("+4,8"). */
  num(x: number, signed?: boolean): string;
}

const cache = new WeakMap<Record<Lang, Catalogue>, Partial<Record<Lang, Texts>>>();

/** The texts for a language and a scenario's catalogues (made once per pair). */
export function texts(lang: Lang, scenarioCatalogues: Record<Lang, Catalogue>): Texts {
  let byLang = cache.get(scenarioCatalogues);
  if (!byLang) {
    byLang = {};
    cache.set(scenarioCatalogues, byLang);
  }
  const known = byLang[lang];
  if (known) return known;
  const all = fallbacks(lang, CLASS_CATALOGUES, scenarioCatalogues);
  const made: Texts = {
    lang,
    t: (key, params) => ct(lang, key, params),
    say: (m) => format(lang, m, all),
    sc: (key, params) => format(lang, params ? { key, params } : { key }, all),
    num: (x, signed = false) => formatNumber(lang, x, 1, signed),
  };
  byLang[lang] = made;
  return made;
}

