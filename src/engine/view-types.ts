// What the player may see of a game. Scenes read only this: Putin's hidden weights never reach it.
import type { ConstraintId, Difficulty, GoalId, LogEntry, Message, NewsItem, PressStance, PutinAnswer } from './types';

export type Phase = 'briefing' | 'talks' | 'press' | 'over';
export type GoalStatus = 'closed' | 'opening' | 'listing' | 'offered' | 'countered' | 'agreed' | 'deadlocked' | 'walkedOut';

export interface OptionView {
  id: string;
  title: Message;
  detail: Message;
  kimValue: number;
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
  /** Workers only: rounds left before the deadline closes the track. */
  roundsLeft?: number;
  /** Barter only: the goods list proposed, and the verdict per good. */
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

export interface PlayerView {
  engineVersion: number;
  scenarioId: string;
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
  sweeteners: ChoiceView[];
  framings: ChoiceView[];
  /** The barter goods; `verdict` is known on 'open' or once the good was on a proposed list. */
  goods: (ChoiceView & { direction: 'toNorth' | 'toRussia'; verdict: 'unknown' | 'lawful' | 'banned'; resolution: string | null })[];
  stances: { id: PressStance; title: Message; detail: Message }[];
  news: NewsItem[];
  log: LogEntry[];
  /** Declared at 'hard': Putin may bluff. */
  bluffing: boolean;
  /** Set once the game is over. */
  result?: import('./score').ScoreReport;
}
