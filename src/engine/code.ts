// Result codes: a game record packed into bytes, checked with a 32-bit checksum and written in
// Crockford base32 (no I, L, O, U; case-insensitive), so it survives chat apps, typing and retyping.
// A code holds only the moves: whoever verifies it replays them, so it cannot claim a score.
import { fnv1a32 } from './hash';
import { msg } from './messages';
import { SCENARIOS } from './scenario/load';
import { DIFFICULTIES, GOAL_IDS, type GameRecord, type Message, type Move, PRESS_STANCES, type Settings } from './types';
import { ENGINE_VERSION } from './version';
import { LIMITS } from './limits';

export const CODE_PREFIX = 'V19';
const FORMAT = 1;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MOVE_TYPES = ['briefing.rank', 'offer.propose', 'offer.accept', 'goal.ask', 'goal.walkAway', 'barter.list', 'summit.end', 'press.present'] as const;
export { LIMITS };

export type Decoded = { ok: true; record: GameRecord } | { ok: false; error: Message };

class Writer {
  bytes: number[] = [];
  byte(b: number) {
    this.bytes.push(b & 0xff);
  }
  varint(n: number) {
    let x = n;
    while (x >= 0x80) {
      this.byte((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    this.byte(x);
  }
  text(s: string | undefined) {
    if (s === undefined) return this.varint(0);
    const b = new TextEncoder().encode(s);
    this.varint(b.length + 1);
    for (const x of b) this.byte(x);
  }
}

class Truncated extends Error {}

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.bytes.length) throw new Truncated();
    return this.bytes[this.pos++] as number;
  }
  varint(): number {
    let n = 0;
    let mul = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 128;
    }
    throw new Error('varint');
  }
  text(limit: number): string | undefined {
    const len = this.varint();
    if (len === 0) return undefined;
    if (len - 1 > limit * 4) throw new Error('text');
    const out = this.bytes.slice(this.pos, this.pos + len - 1);
    if (out.length < len - 1) throw new Truncated();
    this.pos += len - 1;
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  }
}

function index<T>(list: readonly T[], value: T): number {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`cannot encode ${String(value)}`);
  return i;
}

function writeMove(w: Writer, move: Move, record: GameRecord) {
  const scenario = SCENARIOS[record.scenarioId];
  if (!scenario) throw new Error('scenario');
  const t = index(MOVE_TYPES, move.type);
  const goalIndex = 'goal' in move ? index(GOAL_IDS, move.goal) : 0;
  w.byte((t << 3) | goalIndex);
  switch (move.type) {
    case 'briefing.rank':
      for (let i = 0; i < GOAL_IDS.length; i += 2) w.byte((index(GOAL_IDS, move.ranking[i]!) << 4) | (i + 1 < GOAL_IDS.length ? index(GOAL_IDS, move.ranking[i + 1]!) : 0));
      break;
    case 'offer.propose': {
      const options = scenario.goals[goalIndex]!.options.map((o) => o.id);
      const s = move.sweetener ? index(scenario.sweeteners.map((x) => x.id), move.sweetener) + 1 : 0;
      const f = move.framing ? index(scenario.framings.map((x) => x.id), move.framing) + 1 : 0;
      w.byte((index(options, move.option) << 4) | s);
      w.byte(f);
      break;
    }
    case 'barter.list': {
      const ids = scenario.goods.map((g) => g.id);
      w.varint(move.goods.length);
      for (const g of move.goods) w.byte(index(ids, g));
      break;
    }
    case 'press.present':
      w.byte(index(PRESS_STANCES, move.stance));
      break;
    default:
      break;
  }
}

function readMove(r: Reader, scenarioId: string): Move {
  const scenario = SCENARIOS[scenarioId]!;
  const head = r.byte();
  const type = MOVE_TYPES[head >> 3];
  const goal = GOAL_IDS[head & 7];
  if (!type || !goal) throw new Error('move');
  const pick = <T>(list: readonly T[], i: number): T => {
    const v = list[i];
    if (v === undefined) throw new Error('index');
    return v;
  };
  switch (type) {
    case 'briefing.rank': {
      const ranking: (typeof GOAL_IDS)[number][] = [];
      for (let i = 0; i < GOAL_IDS.length; i += 2) {
        const b = r.byte();
        ranking.push(pick(GOAL_IDS, b >> 4));
        if (i + 1 < GOAL_IDS.length) ranking.push(pick(GOAL_IDS, b & 15));
      }
      return { type, ranking };
    }
    case 'offer.propose': {
      const b = r.byte();
      const f = r.byte();
      const move: Move = { type, goal, option: pick(scenario.goals[GOAL_IDS.indexOf(goal)]!.options, b >> 4).id };
      if (b & 15) move.sweetener = pick(scenario.sweeteners, (b & 15) - 1).id;
      if (f) move.framing = pick(scenario.framings, f - 1).id;
      return move;
    }
    case 'barter.list': {
      const n = r.varint();
      if (n > scenario.goods.length) throw new Error('list');
      const goods: string[] = [];
      for (let i = 0; i < n; i++) goods.push(pick(scenario.goods, r.byte()).id);
      return { type, goods };
    }
    case 'press.present':
      return { type, stance: pick(PRESS_STANCES, r.byte()) };
    case 'summit.end':
      return { type };
    default:
      return { type, goal };
  }
}

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

export function encodeResultCode(record: GameRecord): string {
  const w = new Writer();
  w.byte(FORMAT);
  w.varint(record.engineVersion);
  w.byte(index(Object.keys(SCENARIOS), record.scenarioId));
  w.byte(index(DIFFICULTIES, record.settings.difficulty));
  if (record.seed.length > LIMITS.seed || (record.name?.length ?? 0) > LIMITS.name || (record.settings.session?.length ?? 0) > LIMITS.session) {
    throw new Error('a seed, name or session longer than a result code can carry');
  }
  w.text(record.seed);
  w.text(record.name);
  w.text(record.settings.session);
  w.varint(record.moves.length);
  for (const m of record.moves) writeMove(w, m, record);
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

export function decodeResultCode(text: unknown): Decoded {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: msg('code.error.empty') };
  const clean = normaliseCode(text);
  if (!clean.startsWith(CODE_PREFIX)) return { ok: false, error: msg('code.error.prefix') };
  const body = clean.slice(CODE_PREFIX.length);
  const bad = [...body].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) return { ok: false, error: msg('code.error.characters', { char: bad }) };
  const decoded = fromBase32(body);
  if (!decoded) return { ok: false, error: msg('code.error.characters', { char: '?' }) };
  const bytes = decoded.bytes;
  let payload: Uint8Array;
  try {
    const head = new Reader(bytes);
    const length = head.varint();
    if (head.byte() !== lengthCheck(Array.from(bytes.subarray(0, head.pos - 1)))) return { ok: false, error: msg('code.error.checksum') };
    const expected = head.pos + length + 4;
    if (bytes.length < expected) return { ok: false, error: msg('code.error.truncated') };
    if (bytes.length > expected || !decoded.cleanEnd) return { ok: false, error: msg('code.error.checksum') };
    const framed = bytes.slice(0, bytes.length - 4);
    const sum = ((bytes[bytes.length - 4]! << 24) | (bytes[bytes.length - 3]! << 16) | (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!) >>> 0;
    if (fnv1a32(framed) !== sum) return { ok: false, error: msg('code.error.checksum') };
    payload = framed.slice(head.pos);
  } catch {
    return { ok: false, error: msg('code.error.truncated') };
  }
  const r = new Reader(payload);
  try {
    const format = r.byte();
    if (format !== FORMAT) return { ok: false, error: msg('code.error.format', { found: format }) };
    const engineVersion = r.varint();
    if (engineVersion !== ENGINE_VERSION) return { ok: false, error: msg('code.error.version', { found: engineVersion, expected: ENGINE_VERSION }) };
    const scenarioId = Object.keys(SCENARIOS)[r.byte()];
    if (!scenarioId) return { ok: false, error: msg('code.error.scenario') };
    const difficulty = DIFFICULTIES[r.byte()];
    if (!difficulty) return { ok: false, error: msg('code.error.corrupt') };
    const seed = r.text(LIMITS.seed) ?? '';
    const name = r.text(LIMITS.name);
    const session = r.text(LIMITS.session);
    const count = r.varint();
    if (count > LIMITS.moves) return { ok: false, error: msg('code.error.corrupt') };
    const moves: Move[] = [];
    for (let i = 0; i < count; i++) moves.push(readMove(r, scenarioId));
    if (r.pos !== payload.length) return { ok: false, error: msg('code.error.corrupt') };
    const settings: Settings = { difficulty };
    if (session !== undefined) settings.session = session;
    const record: GameRecord = { engineVersion, scenarioId, seed, settings, moves };
    if (name !== undefined) record.name = name;
    return { ok: true, record };
  } catch (e) {
    return { ok: false, error: msg(e instanceof Truncated ? 'code.error.truncated' : 'code.error.corrupt') };
  }
}
