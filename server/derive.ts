// A student's row as the teacher sees it, derived from what is stored (the student's moves, played
// again with the engine, and the hand-in): never from anything a client says about its result.
import { lookupBundle } from '../src/content/all';
import type { StudentRow } from '../src/class/protocol';
import { encodeResultCode, type Game, type KimMove, newGame, type ScenarioBundle, scoreGame, shownStatus } from '../src/engine';
import type { ClassRecord, HandIn, StoredMove, StudentRecord } from './store';

/** The game every student of a class plays: the class's scenario and difficulty, the student's seed, the class code as session. */
export function startGame(bundle: ScenarioBundle, cls: ClassRecord, student: Pick<StudentRecord, 'seed' | 'name'>): Game {
  return newGame(bundle, { seed: student.seed, settings: { difficulty: cls.difficulty, session: cls.code }, name: student.name });
}

export function bundleOf(cls: ClassRecord): ScenarioBundle {
  const bundle = lookupBundle(cls.scenario);
  if (!bundle) throw new Error(`class ${cls.id}: scenario ${cls.scenario} is not in this build`);
  return bundle;
}

/**
 * The game of the stored moves. A stored move the engine refuses (it was legal when stored, so only
 * a change of the rules since could do that) stops the replay there: the row shows what stands.
 */
export function replayStored(bundle: ScenarioBundle, cls: ClassRecord, student: StudentRecord, moves: readonly StoredMove[]): Game {
  const game = startGame(bundle, cls, student);
  for (const m of moves) {
    if (game.isOver() || !game.play(m.move as KimMove).ok) break;
  }
  return game;
}

/** "name", or "name (2)" for the second student of that name (in order of joining). */
export function labels(students: readonly Pick<StudentRecord, 'id' | 'name'>[]): Map<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const s of students) {
    const key = s.name.toLocaleLowerCase();
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    out.set(s.id, k === 1 ? s.name : `${s.name} (${k})`);
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** How the day ended, from the summit's own record of it and the class's time. */
function endingOf(game: Game, cls: ClassRecord, moves: readonly StoredMove[], handIn: HandIn | undefined): StudentRow['ending'] {
  const endedBy = game.state.summit.context.endedBy;
  if (endedBy === null) return handIn?.unfinished ? 'time-up' : null;
  if (endedBy === 'patience') return 'patience';
  if (endedBy === 'clock') return 'clock';
  const statuses = Object.values(game.state.goals).map((g) => g.value);
  if (statuses.every((s) => s === 'walkedOut')) return 'walked';
  if (endedBy === 'settled') return 'agreed-all';
  // The student ended the day: after the teacher's "time is up", that was the time, not a choice.
  const end = moves.find((m) => (m.move as { type?: string }).type === 'summit.end');
  if (cls.endedAt && end && end.at >= cls.endedAt) return 'time-up';
  return 'ended';
}

export function rowOf(args: {
  cls: ClassRecord;
  bundle: ScenarioBundle;
  student: StudentRecord;
  label: string;
  game: Game;
  moves: readonly StoredMove[];
  handIn: HandIn | undefined;
  online: boolean;
}): StudentRow {
  const { cls, bundle, student, game, moves, handIn } = args;
  const record = game.record();
  const kim = record.moves as KimMove[];
  const over = game.isOver();
  const rank = kim.find((m) => m.type === 'briefing.rank');
  const last = handIn?.at ?? moves.at(-1)?.at ?? student.joinedAt;
  return {
    studentId: student.id,
    name: student.name,
    label: args.label,
    joined: true,
    online: args.online,
    phase: game.phase,
    // As the player's view shows each goal (shownStatus), without making the whole view on every move.
    goals: bundle.scenario.goals.map((g) => ({ goal: g.id, status: shownStatus(game.state.goals[g.id]!.value) })),
    moves: kim.length,
    asks: kim.filter((m) => m.type === 'goal.ask').length,
    minutesPlayed: round1(Math.max(0, last.getTime() - student.joinedAt.getTime()) / 60_000),
    ranking: rank && rank.type === 'briefing.rank' ? [...rank.ranking] : null,
    ending: endingOf(game, cls, moves, handIn),
    score: over ? scoreGame(game).kim : null,
    finished: over,
    unfinished: handIn?.unfinished ?? false,
    justification: handIn?.justification ?? null,
    resultCode: kim.length > 0 ? encodeResultCode(record, bundle) : null,
  };
}

/** A roster name nobody has joined as yet. */
export function notJoinedRow(name: string, index: number): StudentRow {
  return {
    studentId: `roster-${index}`,
    name,
    label: name,
    joined: false,
    online: false,
    phase: 'not-joined',
    goals: [],
    moves: 0,
    asks: 0,
    minutesPlayed: 0,
    ranking: null,
    ending: null,
    score: null,
    finished: false,
    unfinished: false,
    justification: null,
    resultCode: null,
  };
}

/** The roster names no student has taken (a name taken twice in the roster needs two students). */
export function openRosterNames(roster: readonly string[], students: readonly Pick<StudentRecord, 'name'>[]): string[] {
  const taken = new Map<string, number>();
  for (const s of students) taken.set(s.name.toLocaleLowerCase(), (taken.get(s.name.toLocaleLowerCase()) ?? 0) + 1);
  return roster.filter((name) => {
    const k = name.toLocaleLowerCase();
    const left = taken.get(k) ?? 0;
    if (left > 0) {
      taken.set(k, left - 1);
      return false;
    }
    return true;
  });
}
