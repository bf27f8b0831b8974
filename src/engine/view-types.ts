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
  /** A deal that starts only when the sanctions allow it (rail work, Lavrov [P15]). */
  conditional: boolean;
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

/** A sweetener's card: what it costs Kim (points of his score, and face) when he offers it. */
export interface SweetenerView extends ChoiceView {
  used: boolean;
  kimCost: number;
  face: number;
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
  step: number;
  meters: MeterView;
  /** Clock time as hh:mm for display. */
  time: string;
  goals: GoalView[];
  sweeteners: SweetenerView[];
  /**
   * Kim's view, in the talks: the goals an offer may hold now. The legal moves list offers one goal
   * at a time; a package is an `offer.propose` with `with: [{ goal, option }]` naming other goals of
   * this list (each once): all or nothing, never countered. Empty when packages are switched off.
   */
  packageGoals: GoalId[];
  /** The sweeteners Putin asked for when the talks opened (ids of `sweeteners`); empty before. */
  putinAsks: string[];
  framings: ChoiceView[];
  /** The barter goods; `verdict` is known on 'open' or once the good was on a proposed list. */
  goods: (ChoiceView & { direction: 'toNorth' | 'toRussia'; verdict: 'unknown' | 'lawful' | 'banned'; resolution: string | null })[];
  stances: StanceView[];
  news: NewsItem[];
  log: LogEntry[];
  /** Every move so far, both sides', in order, as the log tells them; in Kim's view without the mark of a bluff. */
  moves: Move[];
  /** Declared at 'hard': Putin may bluff. */
  bluffing: boolean;
  /** Set once the game is over. */
  result?: import('./score').ScoreReport;
}
