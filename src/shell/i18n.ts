// Text in both languages. UI strings live in src/content/ui.{en,id}.json (keys 'ui.*'), the
// engine's in src/content/engine.{en,id}.json, the scenario's in its bundle; every text goes
// through the one formatter (./text.ts, ICU MessageFormat).
import type { Lang, Message } from '../engine/types';
import engineEn from '../content/engine.en.json';
import uiEn from '../content/ui.en.json';
import { isLang } from './input-rules';
import { activeBundle, defaultScenario, frozenTexts } from './scenario';
import { sourceLabel } from './sources';
import { fallbacks, format, type Catalogue } from './text';

// Indonesian until its chunk is in (loadLang): empty, so that a key falls back to English.
export const UI_CATALOGUES: Record<Lang, Catalogue> = { en: uiEn, id: {} };
const ENGINE_CATALOGUES: Record<Lang, Catalogue> = { en: engineEn, id: {} };

const loading: Partial<Record<Lang, Promise<void>>> = { en: Promise.resolve() };
const loaded = new Set<Lang>(['en']);

/**
 * The game's texts in this language, loaded once (Indonesian is a chunk of its own: ./lang-id.ts).
 * Rejects when the chunk cannot be loaded (offline before it was ever fetched and precached).
 */
export function loadLang(lang: Lang): Promise<void> {
  loading[lang] ??= import('./lang-id').then(
    (m) => {
      UI_CATALOGUES.id = m.ui;
      ENGINE_CATALOGUES.id = m.engine;
      defaultScenario().messages.id = m.scenario;
      loaded.add(lang);
    },
    (e: unknown) => {
      delete loading[lang];
      throw e;
    },
  );
  return loading[lang];
}

/** Settles once the language last asked for (setLang) is on show, or failed to load and the page kept its own. */
let langSwitch: Promise<void> = Promise.resolve();
export function langReady(): Promise<void> {
  return langSwitch;
}

/**
 * Where the game looks a key up, per language: the UI's, the engine's, the scenario on show's, then
 * all in English; during a replay of an earlier engine version, that version's own texts before the
 * engine's (src/shell/scenario.ts showFrozenTexts).
 */
export function gameCatalogues(lang: Lang): readonly Catalogue[] {
  const frozen = frozenTexts();
  return frozen
    ? fallbacks(lang, UI_CATALOGUES, frozen, ENGINE_CATALOGUES, activeBundle().messages)
    : fallbacks(lang, UI_CATALOGUES, ENGINE_CATALOGUES, activeBundle().messages);
}
const LANG_KEY = 'vladivostok-2019.lang';

let current: Lang = 'en';
/** The language last asked for (setLang), which may still be loading. */
let requested: Lang | null = null;
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

/** Show the page in this language: at once when its texts are loaded, else once they are (the page stays in its language if they cannot be). */
export function setLang(lang: Lang, remember = true): void {
  // The last language asked for wins: a tap on English while the Indonesian texts are still on their
  // way must not be undone when they arrive.
  requested = lang;
  if (loaded.has(lang)) {
    showLang(lang, remember);
    return;
  }
  langSwitch = loadLang(lang).then(
    () => {
      if (requested === lang) showLang(lang, remember);
    },
    () => undefined,
  );
}

function showLang(lang: Lang, remember: boolean): void {
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
  return format(lang, params ? { key, params } : { key }, gameCatalogues(lang));
}

/** Any Message: ours, the engine's and the scenario's. */
export function msg(m: Message | undefined | null, lang: Lang = current): string {
  return m ? format(lang, m, gameCatalogues(lang)) : '';
}

/** A fact's source by name, as the scenario names it: "P13" → "the article, ¶13"; "UNSC-2397" → "UN Security Council resolution 2397". */
export function factLabel(fact: string): string {
  const lang = current;
  return sourceLabel(fact.trim(), (m) => msg(m, lang), (key) => gameCatalogues(lang).some((c) => Object.hasOwn(c, key)));
}

export function sourcesLine(facts: string[] | undefined): string {
  if (!facts || facts.length === 0) return '';
  return t('ui.source', { list: facts.map(factLabel).join(', ') });
}
