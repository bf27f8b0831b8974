// A game's state: plain, serialisable data, never changed in place. apply() (apply.ts) makes
// the next state from this one and a move; everything that happens comes from the moves and the
// one seeded generator whose state is kept here, so the same moves give the same game, bit for bit.
import { goalMachine, type GoalContext, type GoalStatus } from './machines/goal-machine';
import { initialPlain, type Plain } from './machines/run';
import { clamp, summitMachine, type SummitContext } from './machines/summit-machine';
import { drawProfile, type PutinProfile } from './putin/profile';
import { type RngState, seededRng } from './rng';
import type { ScenarioBundle } from './scenario/bundle';
import type { GoalSpec, Scenario } from './scenario/schema';
import { newsItem, touchedBy } from './news-effect';
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
  /** An offer's goals and options, the lead goal first (a package has two or more). */
  items?: OfferItem[];
  /** The offer is back on the table because Kim called a bluff: he answers it as it is. */
  called?: boolean;
  clockBefore: number;
  logStart: number;
  newsStart: number;
}

export interface OfferItem {
  goal: GoalId;
  option: string;
}

/** A limit Putin said an option breaks; a bluff when it does not. He keeps to it until called. */
export interface Claim {
  goal: GoalId;
  option: string;
  constraint: string;
  bluff: boolean;
}

/** A deal made: what it held, and what it was worth to Putin when he took it (his price, his floor). */
export interface DealMade {
  items: OfferItem[];
  sweetener: string | null;
  framing: string | null;
  utility: number;
  price: number;
  floor: number;
  at: number;
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
  /** Kim's position on each goal: the index of the most modest lawful option he has offered on it so far. */
  positions: Record<GoalId, number | null>;
  /** Kim's concessions so far: offers in which he came down on a goal. Putin moves when Kim does. */
  concessions: number;
  /** Stalling so far (a repeated offer, a list sent again): each makes every goal dearer. */
  hardening: number;
  /** Offers in which Kim went back up on a goal he had come down on: each takes back one of Putin's steps. */
  retractions: number;
  /** The first goal Kim named: Putin takes it to be the one Kim needs most. */
  firstGoal: GoalId | null;
  /** What Putin has given so far out of what he can give in the day. */
  spent: { money: number; china: number };
  /** The limits he has claimed, kept to until called. */
  claims: Claim[];
  /** Offers refused so far, as keys: the same offer again is a stall. */
  refusedOffers: string[];
  /** The sweeteners Putin asked for at the start of the talks. */
  putinAsks: string[];
  /** The deals made, in order, with their worth to Putin as it decided them. */
  deals: DealMade[];
  eventBonus: Record<GoalId, Record<string, number>>;
  /** What the news so far has added to each argument's weight with him, by argument and goal. */
  argumentBonus: Record<string, Record<GoalId, number>>;
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
  // The news of the day, in a seeded order; what was reported before the talks is known from the start:
  // the scenario's reports from before the summit, and the first few of the day's, drawn by the seed
  // (so what Putin's position is at the start differs from seed to seed: the game's invention).
  const shuffled = rng.shuffle(scenario.events.filter((e) => !e.before).map((e) => e.id));
  const atStart = scenario.newsAtStart[init.settings.difficulty];
  const early = shuffled.slice(0, atStart);
  const deck = shuffled.slice(atStart);
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
    positions: per(scenario, () => null),
    concessions: 0,
    hardening: 0,
    retractions: 0,
    firstGoal: null,
    spent: { money: 0, china: 0 },
    claims: [],
    refusedOffers: [],
    putinAsks: [],
    deals: [],
    eventBonus: per(scenario, () => ({})),
    argumentBonus: {},
    revealed: per(scenario, (g) => (init.settings.difficulty === 'open' ? g.options.map((o) => o.id) : [])),
    hints: per(scenario, () => []),
    answers: per(scenario, () => []),
    sweetenersUsed: [],
    goods: null,
    bluffs: [],
    talksClosed: false,
    deadlinesSaid: [],
  };
  for (const e of [...scenario.events.filter((x) => x.before), ...early.map((id) => scenario.events.find((x) => x.id === id)!)]) {
    state.news.push(newsItem(e, 0, true));
    Object.assign(state, touchedBy(state, e));
    // What it does to the meters, as if it had come during the talks.
    if (e.usAttention || e.patience) {
      const c = state.summit.context;
      state.summit = { value: state.summit.value, context: { ...c, usAttention: clamp(c.usAttention + (e.usAttention ?? 0)), patience: clamp(c.patience + (e.patience ?? 0)) } };
    }
  }
  if (init.name !== undefined) state.name = init.name;
  return state;
}

export function goalSpecOf(scenario: Scenario, goal: GoalId): GoalSpec | undefined {
  return scenario.goals.find((g) => g.id === goal);
}
