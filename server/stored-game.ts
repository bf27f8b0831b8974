// A student's stored game, read by the engine of the version it was begun on (students.engine_version
// and scenario_hash, written when the student joined). A game of the live version and scenario is a
// Game the room plays on. A game begun under earlier rules goes to that version's frozen engine
// (the engine's dispatch: openReplay, encodeRecord), which rebuilds it with its own rules and
// scenario, so its score and result code are what they were; it is not played on: a frozen engine
// only reads and replays (src/engine/versions.ts), and the student's browser runs the live rules,
// whose screens could not show it, so new moves are refused (game.earlier-version) and it can be
// handed in as it stands. A version no engine here reads (a newer server wrote it) is kept as it is
// and refused (game.unknown-version): nothing is changed, nothing is lost.
import { lookupBundle } from '../src/content/all';
import { ENGINE_VERSION, encodeRecord, encodeResultCode, type Game, type GameRecord, type KimMove, type Message, newGame, openReplay, type Replay, type ScenarioBundle } from '../src/engine';
import type { ClassRecord, StoredMove, StudentRecord } from './store';

/** The game every student of a class plays: the class's scenario and difficulty, the student's seed, the class code as session. */
export function startGame(bundle: ScenarioBundle, cls: ClassRecord, student: Pick<StudentRecord, 'seed' | 'name'>): Game {
  return newGame(bundle, { seed: student.seed, settings: { difficulty: cls.difficulty, session: cls.code }, name: student.name });
}

/**
 * The game of the stored moves. A stored move the engine refuses (it was legal when stored, so only
 * damaged rows could hold one: a change of the rules is a new engine version, read by openStored) stops the replay there: the row shows what stands.
 */
function replayStored(bundle: ScenarioBundle, cls: ClassRecord, student: StudentRecord, moves: readonly StoredMove[]): Game {
  const game = startGame(bundle, cls, student);
  for (const m of moves) {
    if (game.isOver() || !game.play(m.move as KimMove).ok) break;
  }
  return game;
}

export type StudentGame =
  | { kind: 'live'; game: Game }
  | { kind: 'earlier'; version: number; record: GameRecord; replay: Replay }
  | { kind: 'unknown'; version: number; record: GameRecord; error: Message };

/** The record the stored rows stand for, under the version and scenario rules they were begun with. */
function storedRecord(cls: ClassRecord, student: StudentRecord, moves: readonly StoredMove[]): GameRecord {
  return {
    engineVersion: student.engineVersion,
    scenarioId: cls.scenario,
    scenarioHash: student.scenarioHash,
    seed: student.seed,
    settings: { difficulty: cls.difficulty, session: cls.code },
    moves: moves.map((m) => m.move as KimMove),
    name: student.name,
  };
}

/** The student's game as stored, by the engine of its version. */
export function openStored(bundle: ScenarioBundle, cls: ClassRecord, student: StudentRecord, moves: readonly StoredMove[]): StudentGame {
  if (student.engineVersion === ENGINE_VERSION && student.scenarioHash === bundle.hash) return { kind: 'live', game: replayStored(bundle, cls, student, moves) };
  const record = storedRecord(cls, student, moves);
  let opened = openReplay(record, lookupBundle);
  // A stored move its own engine refuses (only damaged rows could hold one): what stands before it.
  if (!opened.ok && opened.step !== undefined && opened.step > 0) opened = openReplay(record, lookupBundle, opened.step);
  if (opened.ok) return { kind: 'earlier', version: student.engineVersion, record, replay: opened.replay };
  return { kind: 'unknown', version: student.engineVersion, record, error: opened.error };
}

/** Its result code, by the engine of its version; null before the first move or when no engine here writes it. */
export function resultCodeOf(g: StudentGame, bundle: ScenarioBundle): string | null {
  if (g.kind === 'live') return g.game.record().moves.length > 0 ? encodeResultCode(g.game.record(), bundle) : null;
  if (g.kind === 'unknown' || g.record.moves.length === 0) return null;
  try {
    return encodeRecord(g.record, lookupBundle);
  } catch {
    return null;
  }
}

export const isOver = (g: StudentGame): boolean => (g.kind === 'live' ? g.game.isOver() : g.kind === 'earlier' ? g.replay.isOver() : false);
