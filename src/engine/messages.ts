// Message catalogues and formatting. The engine speaks in keys; a language is chosen only when text is shown.
import en from '../content/vladivostok-2019/messages.en.json';
import id from '../content/vladivostok-2019/messages.id.json';
import uiEn from '../content/ui.en.json';
import uiId from '../content/ui.id.json';
import type { Lang, Message } from './types';

export type Catalogue = Record<string, string>;

export const CATALOGUES: Record<Lang, Catalogue> = {
  en: { ...(en as Catalogue), ...(uiEn as Catalogue) },
  id: { ...(id as Catalogue), ...(uiId as Catalogue) },
};

/** The scenario's own catalogues, without the UI's (for content checks). */
export const SCENARIO_CATALOGUES: Record<Lang, Catalogue> = { en: en as Catalogue, id: id as Catalogue };

export function msg(key: string, params?: Message['params']): Message {
  return params ? { key, params } : { key };
}

/** Text for a message in a language; a missing key shows as the key itself, never as a crash. */
export function formatMessage(lang: Lang, message: Message): string {
  const template = CATALOGUES[lang][message.key] ?? CATALOGUES.en[message.key] ?? message.key;
  if (!message.params) return template;
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.map((m) => formatMessage(lang, m)).join(', ');
    if (typeof value === 'object') return formatMessage(lang, value);
    return String(value);
  });
}

