// Reading, verifying and replaying what a player hands in, of any engine version: each record or
// code goes to the engine of the version it names (versions.ts). These are the functions the pages
// and the tools call (index.ts); the live engine's own, for its version only, are in replay.ts and
// code/. An earlier version's engine must have been loaded first (loadEngines, as a scenario must
// be): until it is, what names its version says so instead of being read by other rules.
import { codeVersion, type BundleLookup, type Decoded } from './code';
import { msg } from './messages';
import type { Verified } from './replay';
import type { GameRecord } from './types';
import { engineOf, type Failed, type Replay, type RulesEngine } from './versions';

function versionOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { engineVersion?: unknown }).engineVersion : undefined;
}

function unloaded(version: unknown): Failed {
  return { ok: false, error: msg('record.error.engine', { found: String(version) }) };
}

function withEngine<T>(version: unknown, lookup: BundleLookup, read: (engine: RulesEngine) => T): T | Failed {
  const engine = engineOf(version, lookup);
  return engine ? read(engine) : unloaded(version);
}

/** A record as read from a file or a save: valid in shape, and brought up to its version's format. */
export function readRecord(data: unknown, lookup: BundleLookup): { ok: true; record: GameRecord } | Failed {
  return withEngine(versionOf(data), lookup, (e) => e.readRecord(data));
}

/** A replay file's text (JSON of a GameRecord). */
export function parseReplayFile(text: string, lookup: BundleLookup): { ok: true; record: GameRecord } | Failed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Cut off or damaged (a save copied in part, a file broken in transit): not JSON at all.
    return { ok: false, error: msg('record.error.json') };
  }
  return readRecord(data, lookup);
}

/** Read a code into a record, by the engine of the version it names. */
export function decodeResultCode(text: unknown, lookup: BundleLookup): Decoded {
  return withEngine(codeVersion(text), lookup, (e) => e.decodeResultCode(text));
}

/** Decode a result code and replay it by the rules it was made under: the score is what its moves earn. */
export function verifyResultCode(text: unknown, lookup: BundleLookup): Verified | Failed {
  return withEngine(codeVersion(text), lookup, (e) => e.verifyResultCode(text));
}

/** Replay a record (or its first `upTo` moves) by the rules it was made under, to watch or score it; not to play on. */
export function openReplay(data: unknown, lookup: BundleLookup, upTo?: number): { ok: true; replay: Replay } | Failed {
  return withEngine(versionOf(data), lookup, (e) => e.replay(data, upTo));
}

/** A record's result code, written by the engine of its version. Throws if it cannot be (as encodeResultCode does). */
export function encodeRecord(record: GameRecord, lookup: BundleLookup): string {
  const engine = engineOf(record.engineVersion, lookup);
  if (!engine) throw new Error(`engine version ${record.engineVersion} is not loaded`);
  return engine.encodeResultCode(record);
}
