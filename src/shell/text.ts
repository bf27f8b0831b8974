// The one message formatter of the game and the teacher's page, on ICU MessageFormat
// (intl-messageformat). Pure: no DOM, no storage; it runs in Node, in the page and in a Web Worker.
//
// A message is a key and its parameters; a parameter may itself be a message, or a list of messages
// (each is formatted first, and a list is joined with ', '). The text of a key is looked up in the
// catalogues in the order given (the first that has the key wins), so a caller expresses its
// fallbacks as the list: [ours in this language, the scenario's in this language, ours in English, …].
// A key found nowhere shows as the key itself; a parameter that is not given shows as "{name}".
// Numbers: `{x, number}` goes through Intl for the language ("49,3" in Indonesian); a plain `{x}`
// shows the number as it is.
import IntlMessageFormat, { type Formatters } from 'intl-messageformat';
import type { Lang, Message } from '../engine/types';

export type Catalogue = Readonly<Record<string, string>>;

/** The locale that Intl formats each language with. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', id: 'id-ID' };

interface Compiled {
  /** null when the text is plain (see `plain`) or does not compile under ICU: it is then shown as written. */
  icu: IntlMessageFormat | null;
  text: string;
  /** The names of the arguments the text asks for (each once, in order of first use). */
  args: string[];
}

/** Compiled texts, per catalogue (weakly: a catalogue dropped drops its texts), then per language and key. */
const compiledTexts = new WeakMap<Catalogue, Map<string, Compiled>>();

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The argument names in a parsed message: plain, number, date, time, select and plural arguments. */
function argumentNames(elements: readonly Element[], into: string[] = []): string[] {
  for (const el of elements) {
    // 0 is literal text, 7 the plural's '#', 8 a tag (tags are not parsed here: ignoreTag).
    if (el.type !== 0 && el.type !== 7 && el.type !== 8 && typeof el.value === 'string' && !into.includes(el.value)) into.push(el.value);
    if (el.options) for (const option of Object.values(el.options)) argumentNames(option.value, into);
    if (el.children) argumentNames(el.children, into);
  }
  return into;
}

/** One Intl formatter per locale and options, made when first asked for. */
function once<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const id = JSON.stringify(args);
    let f = made.get(id);
    if (f === undefined) made.set(id, (f = make(...args)));
    return f;
  };
}

/**
 * The Intl formatters (numbers, plurals, dates) every compiled text shares. By default each
 * IntlMessageFormat makes and caches its own; a page that has shown a few hundred texts kept a few
 * hundred sets of the same ones (issue 14: the heap grew with every game as new texts were shown).
 */
const FORMATTERS: Formatters = {
  getNumberFormat: once((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
  getDateTimeFormat: once((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
  getPluralRules: once((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
};

/** Compiles a text under ICU for a language; throws if it does not compile (for the tests). */
export function compile(lang: Lang, text: string): IntlMessageFormat {
  return new IntlMessageFormat(text, LOCALES[lang], undefined, { ignoreTag: true, formatters: FORMATTERS });
}

/** The argument names a text asks for; throws if it does not compile. */
export function placeholders(text: string): string[] {
  return argumentNames(compile('en', text).getAst() as unknown as Element[]);
}

/**
 * A text ICU would show as written: no argument, plural or select (no brace) and no quoted
 * apostrophe (''). Three texts in four are: they are not compiled, which kept a parsed copy and a
 * formatter of each for the page's life (issue 14's heap) and parsed each the first time it showed.
 */
export function plain(text: string): boolean {
  return !text.includes('{') && !text.includes('}') && !text.includes("''");
}

function compiled(lang: Lang, catalogue: Catalogue, key: string): Compiled {
  let texts = compiledTexts.get(catalogue);
  if (!texts) {
    texts = new Map();
    compiledTexts.set(catalogue, texts);
  }
  const id = `${lang}\u0000${key}`;
  let c = texts.get(id);
  if (!c) {
    const text = catalogue[key]!;
    if (plain(text)) c = { icu: null, text, args: [] };
    else
      try {
        const icu = compile(lang, text);
        c = { icu, text, args: argumentNames(icu.getAst() as unknown as Element[]) };
      } catch {
        c = { icu: null, text, args: [] };
      }
    texts.set(id, c);
  }
  return c;
}

type Param = NonNullable<Message['params']>[string];

function paramValue(lang: Lang, value: Param, catalogues: readonly Catalogue[]): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((m) => format(lang, m, catalogues)).join(', ');
  return format(lang, value as Message, catalogues);
}

/** A message as text in a language, from the first of the catalogues that has its key. Never throws. */
export function format(lang: Lang, message: Message, catalogues: readonly Catalogue[]): string {
  const catalogue = catalogues.find((c) => Object.hasOwn(c, message.key));
  if (!catalogue) return message.key;
  const c = compiled(lang, catalogue, message.key);
  if (!c.icu) return c.text;
  const values: Record<string, string | number> = {};
  for (const name of c.args) {
    const v = message.params?.[name];
    values[name] = v === undefined ? `{${name}}` : paramValue(lang, v, catalogues);
  }
  try {
    return String(c.icu.format(values));
  } catch {
    return c.text;
  }
}

/**
 * The catalogues to look a key up in, for a language: each set in that language, then (for a
 * language other than English) each in English. Each set maps a language to its catalogue.
 */
export function fallbacks(lang: Lang, ...sets: readonly Readonly<Record<Lang, Catalogue>>[]): Catalogue[] {
  return lang === 'en' ? sets.map((s) => s.en) : [...sets.map((s) => s[lang]), ...sets.map((s) => s.en)];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the language writes it (decimal comma in Indonesian), with at most `digits` decimals;
 * `signed` writes a sign before any number but zero (a difference: "+4,8", "-29,7"), with the same
 * minus as every other negative number on the page.
 */
export function formatNumber(lang: Lang, x: number, digits = 1, signed = false): string {
  const id = `${lang}:${digits}:${signed}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' });
    numberFormats.set(id, f);
  }
  return f.format(x);
}
