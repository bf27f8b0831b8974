// The engine's public vocabulary. Everything here is plain, serialisable data.

export const GOAL_IDS = ['lifeline', 'sanctions', 'workers', 'transport', 'barter'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

export const CONSTRAINT_IDS = ['un-sanctions', 'no-money', 'us-dispute', 'no-joint-statement'] as const;
export type ConstraintId = (typeof CONSTRAINT_IDS)[number];

export const DIFFICULTIES = ['open', 'standard', 'hard'] as const;
/** open: constraints shown; standard: hidden until asked; hard: hidden, and Putin may bluff (declared, recorded). */
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

export const PRESS_STANCES = ['modest', 'triumphant', 'defiant', 'grateful'] as const;
export type PressStance = (typeof PRESS_STANCES)[number];

/** A player-facing text: a key in the scenario's message catalogues plus its parameters. */
export interface Message {
  key: string;
  /** A list of messages is shown joined with commas. */
  params?: Record<string, string | number | Message | Message[]>;
}

export interface Settings {
  difficulty: Difficulty;
  /** Optional classroom session this game belongs to (travels in the result code). */
  session?: string;
}

/** Every player action. A replay is the seed plus a list of these. */
export type Move =
  | { type: 'briefing.rank'; ranking: GoalId[] }
  | { type: 'offer.propose'; goal: GoalId; option: string; sweetener?: string; framing?: string }
  | { type: 'offer.accept'; goal: GoalId }
  | { type: 'goal.ask'; goal: GoalId }
  | { type: 'goal.walkAway'; goal: GoalId }
  | { type: 'barter.list'; goods: string[] }
  | { type: 'summit.end' }
  | { type: 'press.present'; stance: PressStance };

export type MoveType = Move['type'];

/** What a saved game, a replay and a result code all hold. */
export interface GameRecord {
  engineVersion: number;
  scenarioId: string;
  seed: string;
  settings: Settings;
  moves: Move[];
  name?: string;
}

export type RefusalKind = 'NEVER' | 'TOO_MUCH' | 'NOT_NOW' | 'NO_GAIN';
export type AnswerKind = 'accept' | 'counter' | 'refuse' | 'hint';

/** One reason in Putin's answer: the predicate that fired, and its words. */
export interface Reason {
  id: string;
  /** for: pulls towards yes; against: pulls towards no; binding: decided the answer; note: a fact he points to that adds nothing either way. */
  weight: 'for' | 'against' | 'binding' | 'note';
  message: Message;
  /** Fact paragraphs this reason rests on, e.g. ["P11"]. */
  facts: string[];
}

export interface PutinAnswer {
  goal: GoalId;
  kind: AnswerKind;
  refusal?: RefusalKind;
  /** For a counter: the option Putin would accept instead. */
  counterOption?: string;
  reasons: Reason[];
  /** Hard difficulty only: what he said was a bluff; the true reasons are kept for the debrief. */
  bluff?: { trueRefusal: RefusalKind | undefined; trueReasons: Reason[] };
  /** Words Putin says, in one message. */
  says: Message;
}

export type MoveResult =
  | { ok: true; answer?: PutinAnswer; news: NewsItem[]; log: LogEntry[] }
  | { ok: false; error: Message };

export interface NewsItem {
  id: string;
  at: number;
  message: Message;
  facts: string[];
}

export interface LogEntry {
  step: number;
  at: number;
  goal?: GoalId;
  who: 'kim' | 'putin' | 'news' | 'narrator';
  message: Message;
}
