// A game's state: plain, serialisable data, never changed in place. apply() (apply.ts) makes
// the next state from this one and a move; everything that happens comes from the moves and the
// one seeded generator whose state is kept here, so the same moves give the same game, bit for bit.
import { goalMachine, type GoalContext, type GoalStatus } from './machines/goal-machine';
import { initialPlain, type Plain } from './machines/run';
import { summitMachine, type SummitContext } from './machines/summit-machine';
import type { Memory } from './memory';
import { drawProfile, type PutinProfile } from './putin/profile';
import { type RngState, seededRng } from './rng';
import type { ScenarioBundle } from './scenario/bundle';
import type { GoalSpec, Scenario } from './scenario/schema';
import type { GoalId, LogEntry, Message, Move, NewsItem, PutinAnswer, PutinPlayer, Reason, Settings } from './types';
import { LIMITS } from './limits';

export type Phase = 'briefing' | 'talks' | 'press' | 'over';

export interface Bluff {
  step: number;
  goal: GoalId;
  option: string;
  claimed: Reason[];
  truth: Reason[];
}

export interface GoodVerdict {
  id: string;
  sanctioned: boolean;
  by: string | null;
}

/** Kim has moved and Putin's answer is awaited: what the answer is to, and when the turn began. */
export interface Awaiting {
  goal: GoalId;
  kind: 'offer' | 'ask';
  clockBefore: number;
  logStart: number;
  newsStart: number;
}

export interface GameState {
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  settings: Settings;
  name?: string;
  putin: PutinPlayer;
  rng: RngState;
  profile: PutinProfile;
  /** The news, in the order they will arrive. */
  deck: string[];
  summit: Plain<Phase, SummitContext>;
  goals: Record<GoalId, Plain<GoalStatus, GoalContext>>;
  /** Kim's moves so far: the turn a log line belongs to. */
  turn: number;
  /** Every move applied, both sides, in order. */
  moves: Move[];
  awaiting: Awaiting | null;
  log: LogEntry[];
  news: NewsItem[];
  memories: Memory[];
  eventBonus: Record<GoalId, Record<string, number>>;
  /** Options whose limits the player knows. */
  revealed: Record<GoalId, string[]>;
  hints: Record<GoalId, Message[]>;
  answers: Record<GoalId, PutinAnswer[]>;
  sweetenersUsed: string[];
  goods: GoodVerdict[] | null;
  bluffs: Bluff[];
  talksClosed: boolean;
  /** Goals whose lapsed deadline has been announced. */
  deadlinesSaid: GoalId[];
}

export interface GameInit {
  seed: string;
  settings: Settings;
  name?: string;
  putin?: PutinPlayer;
}

const summitInputs = new WeakMap<Scenario, object>();
const goalInputs = new WeakMap<GoalSpec, object>();
/** The machines' inputs, one object per scenario and goal, so that their first states are made once. */
function summitInput(scenario: Scenario): object {
  let input = summitInputs.get(scenario);
  if (!input) summitInputs.set(scenario, (input = { dayLength: scenario.dayLength, ...scenario.meters }));
  return input;
}
function goalInput(goal: GoalSpec): object {
  let input = goalInputs.get(goal);
  if (!input) goalInputs.set(goal, (input = { goal }));
  return input;
}

const per = <T>(scenario: Scenario, make: (g: GoalSpec) => T) => Object.fromEntries(scenario.goals.map((g) => [g.id, make(g)])) as Record<GoalId, T>;

/** A new game: the profile and the news deck drawn from the seed, every track closed. */
export function initialState(bundle: ScenarioBundle, init: GameInit): GameState {
  const { scenario } = bundle;
  // Longer texts would not survive in a result code; refuse them here rather than cut them there.
  if (init.seed.length > LIMITS.seed || (init.name?.length ?? 0) > LIMITS.name || (init.settings.session?.length ?? 0) > LIMITS.session) {
    throw new Error(`seed, name or session too long (at most ${LIMITS.seed}, ${LIMITS.name}, ${LIMITS.session} characters)`);
  }
  const rng = seededRng(`${scenario.id}/${init.seed}`);
  const profile = drawProfile(scenario, init.settings.difficulty, rng);
  const deck = rng.shuffle(scenario.events.map((e) => e.id));
  const state: GameState = {
    scenarioId: scenario.id,
    scenarioHash: bundle.hash,
    seed: init.seed,
    settings: { ...init.settings },
    putin: init.putin ?? 'model',
    rng: rng.state(),
    profile,
    deck,
    summit: initialPlain(summitMachine, summitInput(scenario)),
    goals: per(scenario, (g) => initialPlain(goalMachine(g), goalInput(g))),
    turn: 0,
    moves: [],
    awaiting: null,
    log: [],
    news: [],
    memories: [],
    eventBonus: per(scenario, () => ({})),
    revealed: per(scenario, (g) => (init.settings.difficulty === 'open' ? g.options.map((o) => o.id) : [])),
    hints: per(scenario, () => []),
    answers: per(scenario, () => []),
    sweetenersUsed: [],
    goods: null,
    bluffs: [],
    talksClosed: false,
    deadlinesSaid: [],
  };
  if (init.name !== undefined) state.name = init.name;
  return state;
}

export function goalSpecOf(scenario: Scenario, goal: GoalId): GoalSpec | undefined {
  return scenario.goals.find((g) => g.id === goal);
}
