// Replays: a game is the fold of its moves over a new game with the same seed and settings.
// Saved games, replay files and result codes all come back through here. Against the computer a
// record holds Kim's moves and Putin's are made again by the model (so they are, by construction,
// the ones the model gives); with a person in Putin's chair the record holds both sides' moves.
// These read records of this engine's version: the pages reach them through dispatch.ts, which
// sends a record of an earlier version to that version's frozen engine (versions.ts).
import * as v from 'valibot';
import { withSide } from './apply';
import { type BundleLookup, decodeResultCode } from './code';
import { Game } from './game';
import { msg } from './messages';
import type { ScenarioBundle } from './scenario/bundle';
import type { ScoreReport } from './score';
import { scoreGame } from './score';
import { DIFFICULTIES, type GameRecord, type Message, type Move } from './types';
import { ENGINE_VERSION } from './version';
import { LIMITS } from './limits';

const RecordSchema = v.object({
  engineVersion: v.number(),
  scenarioId: v.pipe(v.string(), v.maxLength(64)),
  scenarioHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  seed: v.pipe(v.string(), v.maxLength(LIMITS.seed)),
  settings: v.object({ difficulty: v.picklist(DIFFICULTIES), session: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.session))) }),
  putin: v.optional(v.picklist(['model', 'person'])),
  moves: v.pipe(v.array(v.looseObject({ type: v.string() })), v.maxLength(LIMITS.moves)),
  name: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.name))),
});

/**
 * Why a record is not one, as plainly as the first problem allows: a text longer than a game ever
 * writes (a name, a seed, a session), more moves than a game has, or else not a replay at all.
 */
function shapeError(issues: readonly v.BaseIssue<unknown>[]): Message {
  const issue = issues[0];
  const path = (issue?.path ?? []).map((p) => String(p.key));
  const tooLong = issue?.type === 'max_length';
  if (tooLong && path.join('.') === 'name') return msg('record.error.name', { max: LIMITS.name });
  if (tooLong && path.join('.') === 'seed') return msg('record.error.seed', { max: LIMITS.seed });
  if (tooLong && path.join('.') === 'settings.session') return msg('record.error.session', { max: LIMITS.session });
  if (tooLong && path.join('.') === 'moves') return msg('record.error.moves', { max: LIMITS.moves });
  return msg('record.error.shape');
}

/** A record as read from a file or a save: valid in shape, and brought up to this format. */
export function readRecord(data: unknown, lookup: BundleLookup): { ok: true; record: GameRecord } | { ok: false; error: Message } {
  const parsed = v.safeParse(RecordSchema, data);
  if (!parsed.success) return { ok: false, error: shapeError(parsed.issues) };
  const raw = parsed.output;
  const bundle = lookup(raw.scenarioId);
  if (!bundle) return { ok: false, error: msg('code.error.unknown-scenario', { found: raw.scenarioId }) };
  // Kim's side may be left out (scripts); a version 1 record never comes here (../dispatch.ts).
  const moves = raw.moves.map((m) => withSide(m as never) as Move);
  const record: GameRecord = {
    engineVersion: raw.engineVersion,
    scenarioId: raw.scenarioId,
    scenarioHash: raw.scenarioHash,
    seed: raw.seed,
    settings: { ...raw.settings },
    moves,
  };
  if (raw.putin === 'person') record.putin = 'person';
  if (raw.name !== undefined) record.name = raw.name;
  return { ok: true, record };
}

export type Replayed = { ok: true; game: Game } | { ok: false; error: Message; step?: number };

/** Replay a record, or its first `upTo` moves. Never throws: a bad record gets a reason. */
export function replayRecord(data: unknown, lookup: BundleLookup, upTo?: number): Replayed {
  // Another version's record is said to be one before it is read: this version's reading may not fit
  // it, and a saved game of an earlier version is then kept aside as one (src/shell/startup.ts).
  const version = typeof data === 'object' && data !== null ? (data as { engineVersion?: unknown }).engineVersion : undefined;
  if (typeof version === 'number' && version !== ENGINE_VERSION) return { ok: false, error: msg('record.error.version', { found: version, expected: ENGINE_VERSION }) };
  const read = readRecord(data, lookup);
  if (!read.ok) return read;
  const r = read.record;
  const bundle = lookup(r.scenarioId) as ScenarioBundle;
  if (bundle.hash !== r.scenarioHash) return { ok: false, error: msg('code.error.scenario-version', { found: r.scenarioId }) };
  let game: Game;
  try {
    game = new Game(bundle, { seed: r.seed, settings: r.settings, putin: r.putin ?? 'model', ...(r.name !== undefined ? { name: r.name } : {}) });
  } catch {
    return { ok: false, error: msg('record.error.shape') };
  }
  const n = upTo === undefined ? r.moves.length : Math.max(0, Math.min(upTo, r.moves.length));
  for (let i = 0; i < n; i++) {
    const move = r.moves[i]!;
    // Against the computer, a Putin move in the record is not his to give: the model makes his moves.
    if (game.state.putin === 'model' && move.side !== 'kim') return { ok: false, error: msg('record.error.move', { step: i + 1, reason: msg('error.not-your-turn') }), step: i + 1 };
    const result = game.play(move);
    if (!result.ok) return { ok: false, error: msg('record.error.move', { step: i + 1, reason: result.error }), step: i + 1 };
  }
  return { ok: true, game };
}

export interface Verified {
  ok: true;
  record: GameRecord;
  score: ScoreReport;
  hash: string;
  finished: boolean;
}

/** Decode a result code and replay it: the score is what the moves earn, never what a code claims. */
export function verifyResultCode(text: unknown, lookup: BundleLookup): Verified | { ok: false; error: Message } {
  const decoded = decodeResultCode(text, lookup);
  if (!decoded.ok) return decoded;
  if (decoded.record.engineVersion !== ENGINE_VERSION) return { ok: false, error: msg('code.error.version', { found: decoded.record.engineVersion, expected: ENGINE_VERSION }) };
  const replayed = replayRecord(decoded.record, lookup);
  if (!replayed.ok) {
    return { ok: false, error: replayed.step ? msg('code.error.move', { step: replayed.step }) : replayed.error };
  }
  const game = replayed.game;
  return { ok: true, record: decoded.record, score: scoreGame(game), hash: game.hash(), finished: game.isOver() };
}
