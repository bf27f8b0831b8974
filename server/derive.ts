// A student's row as the teacher sees it, derived from what is stored (the student's moves, played
// again with the engine, and the hand-in): never from anything a client says about its result.
import { lookupBundle } from '../src/content/all';
import type { StudentRow } from '../src/class/protocol';
import { type KimMove, type ScenarioBundle, scoreGame, shownStatus } from '../src/engine';
import { resultCodeOf, type StudentGame } from './stored-game';
import type { ClassRecord, HandIn, StoredMove, StudentRecord } from './store';

export function bundleOf(cls: ClassRecord): ScenarioBundle {
  const bundle = lookupBundle(cls.scenario);
  if (!bundle) throw new Error(`class ${cls.id}: scenario ${cls.scenario} is not in this build`);
  return bundle;
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

/** What a row needs of a game, whichever engine read it. */
interface Facts {
  phase: StudentRow['phase'];
  goals: StudentRow['goals'];
  endedBy: 'player' | 'clock' | 'patience' | 'settled' | null;
  over: boolean;
  kim: readonly KimMove[];
  score: () => number | null;
}

function factsOf(g: StudentGame, bundle: ScenarioBundle): Facts {
  if (g.kind === 'live') {
    const { game } = g;
    return {
      phase: game.phase,
      // As the player's view shows each goal (shownStatus), without making the whole view on every move.
      goals: bundle.scenario.goals.map((s) => ({ goal: s.id, status: shownStatus(game.state.goals[s.id]!.value) })),
      endedBy: game.state.summit.context.endedBy,
      over: game.isOver(),
      kim: game.state.moves.filter((m) => m.side === 'kim') as KimMove[],
      score: () => scoreGame(game).kim,
    };
  }
  const kim = g.record.moves as KimMove[];
  // No engine here reads it: only what the stored moves say by themselves (the teacher's page shows its version instead of a stage).
  if (g.kind === 'unknown') return { phase: 'briefing', goals: [], endedBy: null, over: false, kim, score: () => null };
  // Earlier rules: the view their own engine makes of the game.
  const view = g.replay.view();
  return {
    phase: view.phase,
    goals: view.goals.map((goal) => ({ goal: goal.id, status: goal.status })),
    endedBy: view.endedBy ?? null,
    over: g.replay.isOver(),
    kim,
    score: () => g.replay.score().kim,
  };
}

/** How the day ended, from the summit's own record of it and the class's time. */
function endingOf(f: Facts, cls: ClassRecord, moves: readonly StoredMove[], handIn: HandIn | undefined): StudentRow['ending'] {
  const { endedBy } = f;
  if (endedBy === null) return handIn?.unfinished ? 'time-up' : null;
  if (endedBy === 'patience') return 'patience';
  if (endedBy === 'clock') return 'clock';
  if (f.goals.every((g) => g.status === 'walkedOut')) return 'walked';
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
  game: StudentGame;
  moves: readonly StoredMove[];
  handIn: HandIn | undefined;
  online: boolean;
}): StudentRow {
  const { cls, bundle, student, game, moves, handIn } = args;
  const f = factsOf(game, bundle);
  const rank = f.kim.find((m) => m.type === 'briefing.rank');
  const last = handIn?.at ?? moves.at(-1)?.at ?? student.joinedAt;
  return {
    studentId: student.id,
    name: student.name,
    label: args.label,
    joined: true,
    online: args.online,
    phase: f.phase,
    goals: f.goals,
    moves: f.kim.length,
    asks: f.kim.filter((m) => m.type === 'goal.ask').length,
    minutesPlayed: round1(Math.max(0, last.getTime() - student.joinedAt.getTime()) / 60_000),
    ranking: rank && rank.type === 'briefing.rank' ? [...rank.ranking] : null,
    ending: endingOf(f, cls, moves, handIn),
    score: f.over ? f.score() : null,
    finished: f.over,
    unfinished: handIn?.unfinished ?? false,
    justification: handIn?.justification ?? null,
    resultCode: resultCodeOf(game, bundle),
    ...(game.kind === 'live' ? {} : { engine: { version: game.version, rules: game.kind } }),
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
