// What the player may see of a game. Scenes read only this: Putin's hidden weights never reach it.
import type { ConstraintId, Difficulty, GoalId, LogEntry, Message, Move, NewsItem, PressStance, PutinAnswer, Side } from './types';

export type Phase = 'briefing' | 'talks' | 'press' | 'over';
export type GoalStatus = 'closed' | 'opening' | 'listing' | 'offered' | 'countered' | 'agreed' | 'deadlocked' | 'walkedOut';

export interface OptionView {
  id: string;
  title: Message;
  detail: Message;
  /** What it is worth to Kim: null in Putin's view (Kim's values are his own). */
  kimValue: number | null;
  /** Constraints this option breaks, when the player knows them (always on 'open'; after asking otherwise); null = unknown. */
  breaks: ConstraintId[] | null;
  facts: string[];
  /** Proposed already in this track (and refused or countered). */
  tried: boolean;
  /** Above the most modest option Kim has offered on this goal: offering it goes back on his word, and Putin takes back a step (false in Putin's view; absent in the views of engine versions before 5). */
  goesBack?: boolean;
  /** A deal that starts only when the sanctions allow it (rail work, Lavrov [P15]). */
  conditional: boolean;
  /** What a deal on it moves, known before it is proposed: Washington's attention, */
  us: number;
  /** Kim's face (null in Putin's view: it follows from Kim's value), */
  face: number | null;
  /** what Russia pays out of the day's money (0: nothing), */
  money: number;
  /** and whether it is a step on sanctions that Russia takes only as far as Beijing goes (China's line, P10). */
  china: boolean;
}

export interface GoalView {
  id: GoalId;
  title: Message;
  summary: Message;
  status: GoalStatus;
  final: boolean;
  /** The goal's own twist, shown on its track (deadline, goods list, ...). */
  twist: Message;
  options: OptionView[];
  /** Putin's counter on the table, if any. */
  counter?: string;
  /** The agreed option, if any. */
  deal?: string;
  rank: number | null;
  asked: boolean;
  hints: Message[];
  /** Goals with a deadline: proposals left before it closes the track. */
  roundsLeft?: number;
  /** Whether the goal takes a goods list (its twist). */
  goodsList: boolean;
  /** Goals with a goods list: the list proposed, and the verdict per good. */
  goods?: { id: string; sanctioned: boolean; by: string | null }[];
  answers: PutinAnswer[];
}

export interface MeterView {
  /** When the talks start, in minutes after midnight (10:00 = 600). */
  dayStart: number;
  /** Minutes of the summit day used and in all. */
  clock: number;
  dayLength: number;
  patience: number;
  face: number;
  usAttention: number;
}

export interface ChoiceView {
  id: string;
  title: Message;
  detail: Message;
  facts: string[];
  used?: boolean;
}

/** A sweetener: spent when it is offered, taken or not. */
export interface SweetenerView extends ChoiceView {
  used: boolean;
  /** What spending it takes off Kim's score (null in Putin's view: Kim's score is his own). */
  kimCost: number | null;
  /** What offering it does to Kim's face at once. */
  face: number;
  /** Putin asked for it at the start of the talks. */
  asked: boolean;
  /** What it gives back of his day's money once offered, when Putin asked for it (`asked`); absent in the views of engine versions before 6. */
  money?: number;
}

/** An argument: what making it does to Washington's attention, when a deal is made on it (taken at once, or his counter taken). */
export interface FramingView extends ChoiceView {
  us: number;
}

/** The rules' prices, the same on every seed: what each move costs in time, patience and face. */
export interface CostsView {
  /** Minutes each move takes. */
  minutes: { propose: number; ask: number; accept: number; walkAway: number; goodsList: number; call: number };
  /** Patience each answer costs him: a refusal by kind, a counter, an ask, a stall (an offer he refused, made again). */
  patience: { NEVER: number; TOO_MUCH: number; NOT_NOW: number; NO_GAIN: number; counter: number; ask: number; stall: number };
  /** Kim's face: a hard refusal, a walk-out, a bluff called right, a real limit called a bluff; and per ten points of a deal's value. */
  face: { rebuffed: number; walkAway: number; calledBluff: number; calledWrongly: number; dealPer10: number };
}

/** A stance for the press, with what it does to the meters (face only if something real was won, where it says so). */
export interface StanceView {
  id: PressStance;
  title: Message;
  detail: Message;
  face: number;
  /** The face it brings instead when the deals are worth less than 100 points of value in all. */
  faceIfEmpty?: number;
  usAttention: number;
}

export interface PlayerView {
  engineVersion: number;
  scenarioId: string;
  scenarioHash: string;
  /** Whose view this is. */
  side: Side;
  /** Whose move it is. */
  turnOf: Side;
  /** Kim has moved and Putin's answer is awaited. */
  awaiting?: { goal: GoalId; kind: 'offer' | 'ask' };
  seed: string;
  difficulty: Difficulty;
  /** The classroom session this game belongs to, if any. */
  session?: string;
  phase: Phase;
  /** Why the talks ended, once they have: the player ended the day, the clock or Putin's patience ran out, or every goal was settled. */
  endedBy?: 'player' | 'clock' | 'patience' | 'settled';
  step: number;
  meters: MeterView;
  /** Clock time as hh:mm for display. */
  time: string;
  goals: GoalView[];
  sweeteners: SweetenerView[];
  framings: FramingView[];
  /** The sweeteners Putin asked for at the start of the talks (said aloud: both sides know them). */
  putinAsks: string[];
  /** Whether an offer may hold several goals (a package, all or nothing). */
  packages: boolean;
  /**
   * Set where pressing Putin on an option he is cold to today is a stall (every goal dearer) and no
   * step towards him (engine version 10, putin/cold.ts); he names such options when asked, and when pressed.
   */
  coldPress?: true;
  costs: CostsView;
  /** Putin's counters that Kim's last move let lapse, and what each offered. */
  lapsed: { goal: GoalId; option: string }[];
  /**
   * Kim's view, in the talks: the goals an offer may hold now. The legal moves list offers one goal
   * at a time; a package is an `offer.propose` with `with: [{ goal, option }]` naming other goals of
   * this list (each once): all or nothing, never countered. Empty when packages are switched off.
   */
  packageGoals: GoalId[];
  /** The barter goods; `verdict` is known on 'open' or once the good was on a proposed list. */
  goods: (ChoiceView & { direction: 'toNorth' | 'toRussia'; verdict: 'unknown' | 'lawful' | 'banned'; resolution: string | null })[];
  stances: StanceView[];
  news: NewsItem[];
  log: LogEntry[];
  /** Every move so far, both sides', in order, as the log tells them; in Kim's view without the mark of a bluff. */
  moves: Move[];
  /** Declared at 'hard': Putin may bluff. */
  bluffing: boolean;
  /** Once the talks are over: the counterpart's words to reporters and, once the state media's line is chosen, the reactions abroad. */
  endOfDay?: import('./end-of-day').EndOfDayView;
  /** Set once the game is over. */
  result?: import('./score').ScoreReport;
}
