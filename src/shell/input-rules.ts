// What the game and the teacher's page accept as a seed, a time limit, a name, a difficulty, a
// language and a session code: one set of rules for both, so that every link the teacher's page
// makes is a link the game opens. Pure: no DOM, no storage.
import { isScenarioId, OFFERED_SCENARIO_IDS } from '../content/registry';
import { DIFFICULTIES, LANGS, type Difficulty, type Lang, type Message } from '../engine/types';

/** What reading one input gives: the value as it will be used, or that it cannot be. */
export type Read<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no: Read<never> = { ok: false };

// ---------- seed ----------

export const SEED_MAX = 64;
/** 1–64 letters (any script), digits, spaces, dots, underscores and dashes. */
export const SEED_PATTERN = /^[\p{L}\p{N} ._\-]{1,64}$/u;

/** A seed as typed or as it came in a link: spaces at either end are dropped, the rest must fit the pattern. */
export function readSeed(raw: string): Read<string> {
  const seed = raw.trim();
  return seed.length > 0 && SEED_PATTERN.test(seed) ? ok(seed) : no;
}

/** Whether a seed is one the rules keep exactly as it is. */
export function isValidSeed(seed: string): boolean {
  const r = readSeed(seed);
  return r.ok && r.value === seed;
}

// ---------- the lesson's time limit ----------

/** Minutes of play a class link may give: one range, shown to the teacher and checked by the game. */
export const MINUTES = { min: 1, max: 180 } as const;

/** Minutes as typed or as in a link: a whole number from 1 to 180, nothing else (no signs, no decimals). */
export function readMinutes(raw: string): Read<number> {
  const v = raw.trim();
  if (!/^\d{1,4}$/.test(v)) return no;
  const n = Number(v);
  return isValidMinutes(n) ? ok(n) : no;
}

export function isValidMinutes(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= MINUTES.min && n <= MINUTES.max;
}

// ---------- the student's name ----------

/** The longest name a result code carries (the engine's LIMITS.name), in UTF-16 code units. */
export const NAME_MAX = 40;

/**
 * Control characters, and the invisible ones: format characters (zero-width spaces and joiners,
 * bidi marks, embeddings, overrides and isolates, the BOM, the soft hyphen) and every other
 * character Unicode says to draw as nothing (Default_Ignorable_Code_Point: the Hangul fillers, the
 * combining grapheme joiner, variation selectors…).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu;

/**
 * A name as it travels in a result code and shows in the class table: compatibility forms are
 * made plain (NFKC: full-width "Ａｎａ" is "Ana", "ﬁ" is "fi"), line breaks and tabs become spaces,
 * control and invisible characters (zero-width, bidi overrides) go, spaces are collapsed and
 * trimmed, and it is cut to 40 code units without splitting a character.
 */
export function cleanName(raw: string): string {
  const text = raw
    .normalize('NFKC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > NAME_MAX) break;
    out += ch;
  }
  return out.trimEnd();
}

/**
 * Capital Cyrillic and Greek letters that are drawn like Latin ones: a name typed with them looks
 * like another student's. Compared in capitals, so that the small letters that look Latin
 * (Cyrillic а е о р с у х) count as well.
 */
const LOOK_ALIKE: Record<string, string> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'H', Ӏ: 'I', Ԁ: 'D',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOK_ALIKE_RE = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}]`, 'gu');

/**
 * Two names are the same if this is: the name as cleanName shows it, with case folded, accents
 * dropped and letters that look alike (Cyrillic or Greek drawn as Latin) taken as one. For telling
 * the teacher that two rows carry the same name; never shown.
 */
export function nameKey(name: string | null | undefined): string {
  if (!name) return '';
  return cleanName(name)
    .toUpperCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(LOOK_ALIKE_RE, (ch) => LOOK_ALIKE[ch] ?? ch)
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------- difficulty, language, session code ----------

export function isDifficulty(v: unknown): v is Difficulty {
  return typeof v === 'string' && (DIFFICULTIES as readonly string[]).includes(v);
}

export function readDifficulty(raw: string): Read<Difficulty> {
  const v = raw.trim();
  return isDifficulty(v) ? ok(v) : no;
}

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

export function readLang(raw: string): Read<Lang> {
  const v = raw.trim();
  return isLang(v) ? ok(v) : no;
}

/** A class session's code in a link: 1–32 letters, digits, dots, underscores or dashes. */
export const SESSION_PATTERN = /^[\p{L}\p{N}._\-]{1,32}$/u;

export function readSession(raw: string): Read<string> {
  return SESSION_PATTERN.test(raw) ? ok(raw) : no;
}

/** The length of a class's own mark (the teacher's page draws it: src/classroom/session.ts drawNonce). */
export const NONCE_LENGTH = 6;
const CLASS_SESSION = /^([0-9A-HJKMNP-TV-Z]{6})-([0-9A-HJKMNP-TV-Z]{6})$/;

/**
 * A session value as a class link carries it: the six-character session code and, after a dash,
 * the class's own mark ("5CBA8Q-7K2M9P"); any other value is a code without a mark.
 */
export function sessionParts(value: string): { code: string; nonce: string | null } {
  const m = CLASS_SESSION.exec(value);
  return m ? { code: m[1]!, nonce: m[2]! } : { code: value, nonce: null };
}

/** A scenario this build has (by its id, as a class link or a saved game names it). */
export function readScenario(raw: string): Read<string> {
  const v = raw.trim();
  return isScenarioId(v) ? { ok: true, value: v } : { ok: false };
}

/**
 * What each rule allows, as the game names it in its message about a bad link: ids and numbers as
 * they are typed, words as a message, so that they are said in the player's language.
 */
export const ALLOWED: Readonly<Record<'seed' | 'lang' | 'difficulty' | 'session' | 'minutes' | 'scenario' | 'replay', string | Message>> = {
  seed: { key: 'ui.url.allowed.seed', params: { max: SEED_MAX } },
  lang: LANGS.join(', '),
  difficulty: DIFFICULTIES.join(', '),
  session: { key: 'ui.url.allowed.session', params: { max: 32 } },
  minutes: `${MINUTES.min}–${MINUTES.max}`,
  // A fixture opens by its address, but no message names it.
  scenario: OFFERED_SCENARIO_IDS.join(', '),
  replay: { key: 'ui.url.allowed.replay' },
};
