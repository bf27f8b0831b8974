// A class session: the settings every student plays, the short code that names it, the class's own
// mark, and the link. What a seed, a time limit or a name may be is the game's rule too:
// ../shell/input-rules.ts. Pure functions, except drawSeed and drawNonce (the page's own randomness,
// never the engine's).
import type { Difficulty, Lang } from '../engine/types';
import { scenarioOf } from './scenario';
import { isValidMinutes, NONCE_LENGTH } from '../shell/input-rules';

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SESSION_CODE_LENGTH = 6;

/** cyrb53: a small, well-mixed 53-bit string hash (public domain). Not for secrets: for naming. */
export function hash53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The session's short code: 6 Crockford base32 characters (30 bits) from the seed and the difficulty,
 * so the same settings always give the same code. It is also the session id in every result code.
 */
export function sessionCode(scenarioId: string, seed: string, difficulty: Difficulty): string {
  // The scenario and the hash of its rules are part of the code: a class of another scenario, or of
  // other rules of the same one, is another session.
  return codeOf(hash53(`${scenarioId}|${scenarioOf(scenarioId).bundle.hash}|${seed}|${difficulty}`));
}

/** The one scenario there was before the session code named its scenario. */
const FIRST_SCENARIO = 'vladivostok-2019';

/**
 * The code a session got before the code named the scenario (until 2c31e30): of the seed and the
 * difficulty alone, in the one scenario there was (null for any other scenario). A class kept since
 * then keeps it; a class file that carries it is read as one of that time.
 */
export function legacySessionCode(scenarioId: string, seed: string, difficulty: Difficulty): string | null {
  return scenarioId === FIRST_SCENARIO ? codeOf(hash53(`${FIRST_SCENARIO}|${seed}|${difficulty}`)) : null;
}

function codeOf(hash: number): string {
  let n = hash;
  let out = '';
  for (let i = 0; i < SESSION_CODE_LENGTH; i++) {
    out = CROCKFORD[n % 32] + out;
    n = Math.floor(n / 32);
  }
  return out;
}

/** A fresh seed for a class: "class-" and 8 characters from the browser's generator. */
export function drawSeed(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => void crypto.getRandomValues(b)): string {
  const alphabet = CROCKFORD.toLowerCase();
  const bytes = new Uint8Array(8);
  random(bytes);
  let s = '';
  for (const b of bytes) s += alphabet[b & 31];
  return `class-${s}`;
}

/**
 * The class's own mark: 6 Crockford base32 characters (30 bits) from the browser's generator, drawn
 * when the teacher starts a session. The session code is the same for the same settings (a class
 * opened again keeps it); the mark is new for every class. It travels in the students' link and in
 * every code played from it, so that a game started another way (the same seed and difficulty typed
 * by hand, or another class's link) is told apart.
 */
export function drawNonce(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => void crypto.getRandomValues(b)): string {
  const bytes = new Uint8Array(NONCE_LENGTH);
  random(bytes);
  let s = '';
  for (const b of bytes) s += CROCKFORD[b & 31];
  return s;
}

/** The session as the students' link (and so their result codes) carries it: the code, and the class's mark after a dash. */
export function linkSession(code: string, nonce: string | null | undefined): string {
  return nonce ? `${code}-${nonce}` : code;
}

export interface SessionSettings {
  /** The scenario the class plays. */
  scenario: string;
  seed: string;
  difficulty: Difficulty;
  lang: Lang;
  /** Optional time limit of the lesson's play, in minutes. */
  minutes: number | null;
  /** The class's own mark (drawNonce); absent in classes kept from before there was one. */
  nonce?: string | null;
}

/** The students' link, relative to the teacher's page (same folder: index.html). */
export function studentLink(settings: SessionSettings, pageUrl: string): string {
  const url = new URL('index.html', pageUrl);
  url.search = new URLSearchParams({
    scenario: settings.scenario,
    seed: settings.seed,
    difficulty: settings.difficulty,
    lang: settings.lang,
    session: linkSession(sessionCode(settings.scenario, settings.seed, settings.difficulty), settings.nonce),
    // The time limit travels in the link too: the game shows the students how long they have left.
    ...(isValidMinutes(settings.minutes) ? { minutes: String(settings.minutes) } : {}),
  }).toString();
  return url.href;
}

/** The game's replay viewer for one result code (the shell is asked to honour ?replay=). */
export function replayLink(code: string, lang: Lang, pageUrl: string): string {
  const url = new URL('index.html', pageUrl);
  url.search = new URLSearchParams({ replay: code, lang }).toString();
  return url.href;
}

/** Minutes and seconds left of a time limit, or null if there is none or it has not started. */
export function timeLeft(minutes: number | null, startedAt: number | null, now: number): { ms: number; text: string } | null {
  if (!minutes || startedAt === null) return null;
  const ms = Math.max(0, startedAt + minutes * 60_000 - now);
  const s = Math.ceil(ms / 1000);
  return { ms, text: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` };
}
