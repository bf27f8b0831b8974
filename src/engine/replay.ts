// Replays: a game is the fold of its moves over a new game with the same seed and settings.
// Saved games, replay files and result codes all come back through here.
import * as v from 'valibot';
import { decodeResultCode } from './code';
import { Game } from './game';
import { msg } from './messages';
import { SCENARIOS } from './scenario/load';
import type { ScoreReport } from './score';
import { scoreGame } from './score';
import { DIFFICULTIES, type GameRecord, type Message } from './types';
import { ENGINE_VERSION } from './version';
import { LIMITS } from './limits';

const RecordSchema = v.object({
  engineVersion: v.number(),
  scenarioId: v.string(),
  seed: v.pipe(v.string(), v.maxLength(LIMITS.seed)),
  settings: v.object({ difficulty: v.picklist(DIFFICULTIES), session: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.session))) }),
  moves: v.pipe(v.array(v.looseObject({ type: v.string() })), v.maxLength(LIMITS.moves)),
  name: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.name))),
});

export type Replayed = { ok: true; game: Game } | { ok: false; error: Message; step?: number };

/** Replay a record, or its first `upTo` moves. Never throws: a bad record gets a reason. */
export function replayRecord(record: unknown, upTo?: number): Replayed {
  const parsed = v.safeParse(RecordSchema, record);
  if (!parsed.success) return { ok: false, error: msg('record.error.shape') };
  const r = parsed.output as GameRecord;
  if (r.engineVersion !== ENGINE_VERSION) return { ok: false, error: msg('record.error.version', { found: r.engineVersion, expected: ENGINE_VERSION }) };
  if (!SCENARIOS[r.scenarioId]) return { ok: false, error: msg('code.error.scenario') };
  const game = new Game({ seed: r.seed, settings: r.settings, scenarioId: r.scenarioId, ...(r.name !== undefined ? { name: r.name } : {}) });
  const n = upTo === undefined ? r.moves.length : Math.max(0, Math.min(upTo, r.moves.length));
  for (let i = 0; i < n; i++) {
    const result = game.play(r.moves[i]!);
    if (!result.ok) return { ok: false, error: msg('record.error.move', { step: i + 1, reason: result.error }), step: i + 1 };
  }
  return { ok: true, game };
}

/** A replay file's text (JSON of a GameRecord). */
export function parseReplayFile(text: string): { ok: true; record: GameRecord } | { ok: false; error: Message } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: msg('record.error.shape') };
  }
  const parsed = v.safeParse(RecordSchema, data);
  if (!parsed.success) return { ok: false, error: msg('record.error.shape') };
  return { ok: true, record: parsed.output as GameRecord };
}

export interface Verified {
  ok: true;
  record: GameRecord;
  score: ScoreReport;
  hash: string;
  finished: boolean;
}

/** Decode a result code and replay it: the score is what the moves earn, never what a code claims. */
export function verifyResultCode(text: unknown): Verified | { ok: false; error: Message } {
  const decoded = decodeResultCode(text);
  if (!decoded.ok) return decoded;
  const replayed = replayRecord(decoded.record);
  if (!replayed.ok) {
    return { ok: false, error: replayed.step ? msg('code.error.move', { step: replayed.step }) : replayed.error };
  }
  const game = replayed.game;
  return { ok: true, record: decoded.record, score: scoreGame(game), hash: game.hash(), finished: game.isOver() };
}

