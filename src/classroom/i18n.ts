// The teacher's page speaks from its own catalogue (src/content/classroom.{en,id}.json, keys 'class.*').
// Engine Messages (code errors, the scenario's texts) go through the engine's formatMessage.
import classEn from '../content/classroom.en.json';
import classId from '../content/classroom.id.json';
import { formatMessage } from '../engine';
import type { Lang, Message } from '../engine/types';

export type Params = Record<string, string | number>;

export const CLASS_CATALOGUES: Record<Lang, Record<string, string>> = { en: classEn, id: classId };

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'id';
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** A classroom string; a missing key falls back to English, then to the key itself. */
export function ct(lang: Lang, key: string, params?: Params): string {
  return fill(CLASS_CATALOGUES[lang][key] ?? CLASS_CATALOGUES.en[key] ?? key, params);
}

/** Any message: 'class.*' keys from the classroom catalogue, the rest from the engine's. */
export function say(lang: Lang, m: Message): string {
  if (m.key.startsWith('class.')) {
    const params: Params = {};
    for (const [k, v] of Object.entries(m.params ?? {})) params[k] = typeof v === 'object' ? say(lang, Array.isArray(v) ? (v[0] ?? { key: '' }) : v) : v;
    return ct(lang, m.key, params);
  }
  return formatMessage(lang, m);
}

/** The scenario's own text for a key (briefing.*, goal.*, option.*, debrief.*, source.*). */
export function scenarioText(lang: Lang, key: string, params?: Message['params']): string {
  return formatMessage(lang, params ? { key, params } : { key });
}
