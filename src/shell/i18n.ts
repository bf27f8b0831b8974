// Text in both languages. UI strings live in src/content/ui.{en,id}.json (keys 'ui.*'); everything
// the engine says is a Message, with its text in the scenario's catalogues. Both go through the one
// formatter (./text.ts, ICU MessageFormat).
import { SCENARIO_CATALOGUES } from '../engine';
import type { Lang, Message } from '../engine/types';
import uiEn from '../content/ui.en.json';
import uiId from '../content/ui.id.json';
import { isLang } from './input-rules';
import { fallbacks, format, type Catalogue } from './text';

export const UI_CATALOGUES: Record<Lang, Catalogue> = { en: uiEn, id: uiId };

/** Where the game looks a key up, per language: the UI's, then the scenario's, then both in English. */
const GAME_CATALOGUES: Record<Lang, Catalogue[]> = {
  en: fallbacks('en', UI_CATALOGUES, SCENARIO_CATALOGUES),
  id: fallbacks('id', UI_CATALOGUES, SCENARIO_CATALOGUES),
};

/** The catalogues the game formats a language's text from (for the tests too). */
export function gameCatalogues(lang: Lang): readonly Catalogue[] {
  return GAME_CATALOGUES[lang];
}
const LANG_KEY = 'vladivostok-2019.lang';

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export { isLang } from './input-rules';

/** Stored choice first, then the browser's language: 'id*' → Indonesian, anything else → English. */
export function detectLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (isLang(stored)) return stored;
  } catch {
    /* storage blocked */
  }
  const nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return nav.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang, remember = true): void {
  const changed = lang !== current;
  current = lang;
  document.documentElement.lang = lang;
  if (remember) {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      /* storage blocked */
    }
  }
  if (changed) for (const fn of listeners) fn(lang);
}

export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** A UI string by key ('ui.*'). Falls back to English, then to the key itself. */
export function t(key: string, params?: Message['params'], lang: Lang = current): string {
  return format(lang, params ? { key, params } : { key }, GAME_CATALOGUES[lang]);
}

/** Any Message: ours and the scenario's. */
export function msg(m: Message | undefined | null, lang: Lang = current): string {
  return m ? format(lang, m, GAME_CATALOGUES[lang]) : '';
}

/** "P13" → "article ¶13"; "UNSC 2397" → "UN Security Council resolution 2397"; others as given. */
export function factLabel(fact: string): string {
  const p = /^P(\d+)$/i.exec(fact.trim());
  if (p) return t('ui.fact.article', { n: p[1] ?? '' });
  const r = /^(?:UNSC|UNSCR|res(?:olution)?)[\s-]*(\d{3,4})$/i.exec(fact.trim());
  if (r) return t('ui.fact.unsc', { n: r[1] ?? '' });
  if (/^(public|record)/i.test(fact)) return t('ui.fact.public');
  return fact;
}

export function sourcesLine(facts: string[] | undefined): string {
  if (!facts || facts.length === 0) return '';
  return t('ui.source', { list: facts.map(factLabel).join(', ') });
}
