// Result codes: a game record packed into bytes, checked with a 32-bit checksum and written in
// Crockford base32 (no I, L, O, U; case-insensitive), so it survives chat apps, typing and retyping.
// A code holds only the moves: whoever verifies it replays them, so it cannot claim a score.
//
// Format 2 (this version) names its scenario and the hash of the scenario's rules, and whether a
// person played Putin (then both sides' moves are in it). Format 1 (engine version 1, until
// e273f05) named the scenario by a number; such codes are read by version 1's frozen engine
// (../rules/v1/, reached through ../dispatch.ts), which is the only one they can be.
import { fnv1a32 } from '../hash';
import { msg } from '../messages';
import type { ScenarioBundle } from '../scenario/bundle';
import { DIFFICULTIES, type GameRecord, type Message, type Settings } from '../types';
import { LIMITS } from '../limits';
import { indexIn, Reader, Truncated, Writer } from './bytes';
import { readMoves, writeMoves } from './moves';
import type { BundleLookup, Decoded } from './types';

export type { BundleLookup, Decoded } from './types';

export const CODE_PREFIX = 'V19';

/** The scenarios of format 1 by number, for reading a code's scenario from its head (codeScenario). */
const SCENARIOS_V1 = ['vladivostok-2019'];
const FORMAT = 2;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function toBase32(bytes: readonly number[]): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/** The bytes, and whether the unused low bits of the last symbol are zero as the encoder leaves them. */
function fromBase32(text: string): { bytes: Uint8Array; cleanEnd: boolean } | null {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((acc >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  }
  return { bytes: Uint8Array.from(out), cleanEnd: acc === 0 };
}

function lengthCheck(lengthBytes: readonly number[]): number {
  return fnv1a32(Uint8Array.from(lengthBytes)) & 0xff;
}

export function encodeResultCode(record: GameRecord, bundle: ScenarioBundle): string {
  if (record.seed.length > LIMITS.seed || (record.name?.length ?? 0) > LIMITS.name || (record.settings.session?.length ?? 0) > LIMITS.session) {
    throw new Error('a seed, name or session longer than a result code can carry');
  }
  if (bundle.scenario.id !== record.scenarioId) throw new Error('the record is of another scenario');
  const w = new Writer();
  w.byte(FORMAT);
  w.varint(record.engineVersion);
  w.text(record.scenarioId);
  for (let i = 0; i < 8; i += 2) w.byte(Number.parseInt(record.scenarioHash.slice(i, i + 2), 16));
  w.byte(indexIn(DIFFICULTIES, record.settings.difficulty) | (record.putin === 'person' ? 0x10 : 0));
  w.text(record.seed);
  w.text(record.name);
  w.text(record.settings.session);
  writeMoves(w, record.moves, bundle.scenario);
  // The length up front, with a check byte of its own, tells a cut-off code from a mistyped one.
  const framed = new Writer();
  framed.varint(w.bytes.length);
  framed.byte(lengthCheck(framed.bytes));
  framed.bytes.push(...w.bytes);
  const sum = fnv1a32(Uint8Array.from(framed.bytes));
  for (let i = 3; i >= 0; i--) framed.byte(sum >>> (i * 8));
  return CODE_PREFIX + toBase32(framed.bytes);
}

/** Whatever a player pasted: spaces, line breaks, dashes and lower case are forgiven. */
export function normaliseCode(text: string): string {
  return text.replace(/[\s\-_.]+/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The checked payload of a code, or why it is not a code. */
function unwrap(text: unknown): { ok: true; payload: Uint8Array } | { ok: false; error: Message } {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: msg('code.error.empty') };
  const clean = normaliseCode(text);
  if (!clean.startsWith(CODE_PREFIX)) return { ok: false, error: msg('code.error.prefix') };
  const body = clean.slice(CODE_PREFIX.length);
  const bad = [...body].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) return { ok: false, error: msg('code.error.characters', { char: bad }) };
  const decoded = fromBase32(body);
  if (!decoded) return { ok: false, error: msg('code.error.characters', { char: '?' }) };
  const bytes = decoded.bytes;
  try {
    const head = new Reader(bytes);
    const length = head.varint();
    if (head.byte() !== lengthCheck(Array.from(bytes.subarray(0, head.pos - 1)))) return { ok: false, error: msg('code.error.checksum') };
    const expected = head.pos + length + 4;
    if (bytes.length < expected) return { ok: false, error: msg('code.error.truncated') };
    // The encoder writes exactly as many characters as its bytes need: a character more (a stray 0
    // after a code whose bits end on a character's edge adds only zero bits) is a changed code.
    if (bytes.length > expected || !decoded.cleanEnd || body.length !== Math.ceil((bytes.length * 8) / 5)) return { ok: false, error: msg('code.error.checksum') };
    const framed = bytes.slice(0, bytes.length - 4);
    const sum = ((bytes[bytes.length - 4]! << 24) | (bytes[bytes.length - 3]! << 16) | (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!) >>> 0;
    if (fnv1a32(framed) !== sum) return { ok: false, error: msg('code.error.checksum') };
    return { ok: true, payload: framed.slice(head.pos) };
  } catch {
    return { ok: false, error: msg('code.error.truncated') };
  }
}

/**
 * How long a code that starts like this is in all, read from its head (the length it declares):
 * the range of characters, prefix included, that a code of that many bytes can have; 'short' if
 * the start is too short to tell yet; 'never' if it cannot be the start of a code (no V19, a
 * character outside the alphabet, a length whose check byte does not match). `start` is normalised
 * as a pasted code is. For reading pasted text in linear time: a code need only be decoded once
 * its length is in the range.
 */
export function codeLengthRange(start: string): 'short' | 'never' | { min: number; max: number } {
  const clean = normaliseCode(start);
  if (clean.length < CODE_PREFIX.length) return CODE_PREFIX.startsWith(clean) ? 'short' : 'never';
  if (!clean.startsWith(CODE_PREFIX)) return 'never';
  // The length (a varint of at most 5 bytes) and its check byte: 6 bytes, 10 characters.
  const head = clean.slice(CODE_PREFIX.length, CODE_PREFIX.length + 10);
  const decoded = fromBase32(head);
  if (!decoded) return 'never';
  const bytes = decoded.bytes;
  let length = 0;
  let mul = 1;
  let pos = 0;
  for (;;) {
    if (pos >= bytes.length) return 'short';
    const b = bytes[pos++]!;
    length += (b & 0x7f) * mul;
    if (b < 0x80) break;
    if (pos >= 5) return 'never';
    mul *= 128;
  }
  if (pos >= bytes.length) return 'short';
  if (bytes[pos] !== lengthCheck(Array.from(bytes.subarray(0, pos)))) return 'never';
  const total = pos + 1 + length + 4;
  // n characters hold floor(5n / 8) bytes: the n with exactly `total` of them.
  return { min: CODE_PREFIX.length + Math.ceil((8 * total) / 5), max: CODE_PREFIX.length + Math.floor((8 * total + 7) / 5) };
}

/** The scenario a code names, without reading the rest (to load that scenario first); null if none can be read. */
export function codeScenario(text: unknown): string | null {
  const unwrapped = unwrap(text);
  if (!unwrapped.ok) return null;
  try {
    const r = new Reader(unwrapped.payload);
    const format = r.byte();
    if (format !== 1 && format !== FORMAT) return null;
    r.varint(); // the engine version
    return format === 1 ? (SCENARIOS_V1[r.byte()] ?? null) : (r.text(64) ?? null);
  } catch {
    return null;
  }
}

/**
 * The engine version a code says it was made by, read from its head alone (the checksum is not
 * checked: whichever engine reads the code checks it), so that the code goes to the engine of that
 * version (../dispatch.ts); null if the head cannot be read. Every format so far starts with the
 * same head: the length and its check byte, the format, the engine version.
 */
export function codeVersion(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const clean = normaliseCode(text);
  if (!clean.startsWith(CODE_PREFIX)) return null;
  // At most 5 bytes of length, its check byte, the format and at most 5 of version: 12 bytes, 20 characters.
  const head = fromBase32(clean.slice(CODE_PREFIX.length, CODE_PREFIX.length + 20));
  if (!head) return null;
  try {
    const r = new Reader(head.bytes);
    r.varint();
    r.byte();
    r.byte();
    return r.varint();
  } catch {
    return null;
  }
}

/** Read a code into a record; the scenario it names must be one this build has, with the same rules. */
export function decodeResultCode(text: unknown, lookup: BundleLookup): Decoded {
  const unwrapped = unwrap(text);
  if (!unwrapped.ok) return unwrapped;
  const payload = unwrapped.payload;
  const r = new Reader(payload);
  try {
    const format = r.byte();
    if (format !== FORMAT) return { ok: false, error: msg('code.error.format', { found: format }) };
    const engineVersion = r.varint();
    const scenarioId = r.text(64) ?? '';
    let scenarioHash = '';
    for (let i = 0; i < 4; i++) scenarioHash += r.byte().toString(16).padStart(2, '0');
    const bundle = lookup(scenarioId);
    if (!bundle) return { ok: false, error: msg('code.error.unknown-scenario', { found: scenarioId }) };
    if (bundle.hash !== scenarioHash) return { ok: false, error: msg('code.error.scenario-version', { found: scenarioId }) };
    const flags = r.byte();
    const difficulty = DIFFICULTIES[flags & 0x0f];
    if (!difficulty || flags > 0x1f) return { ok: false, error: msg('code.error.corrupt') };
    const seed = r.text(LIMITS.seed) ?? '';
    const name = r.text(LIMITS.name);
    const session = r.text(LIMITS.session);
    const moves = readMoves(r, bundle.scenario);
    if (r.pos !== payload.length) return { ok: false, error: msg('code.error.corrupt') };
    const settings: Settings = { difficulty };
    if (session !== undefined) settings.session = session;
    const record: GameRecord = { engineVersion, scenarioId, scenarioHash, seed, settings, moves };
    if (flags & 0x10) record.putin = 'person';
    if (name !== undefined) record.name = name;
    return { ok: true, record };
  } catch (e) {
    return { ok: false, error: msg(e instanceof Truncated ? 'code.error.truncated' : 'code.error.corrupt') };
  }
}
