// The engine's public vocabulary. Everything here is plain, serialisable data. Goal, option,
// constraint, argument, sweetener, good and stance ids are strings the scenario defines.

export type GoalId = string;
export type ConstraintId = string;
export type PressStance = string;

export const DIFFICULTIES = ['open', 'standard', 'hard'] as const;
/** open: constraints shown; standard: hidden until asked; hard: hidden, and Putin may bluff (declared, recorded). */
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

/** Who makes a move: the player's delegation, the counterpart, or the class (the teacher's clock). */
export const SIDES = ['kim', 'putin'] as const;
export type Side = (typeof SIDES)[number];

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

/** Kim's moves. */
export type KimMove =
  | { side: 'kim'; type: 'briefing.rank'; ranking: GoalId[] }
  /** An offer: one goal's option, and with `with` more goals' options as one package (all or nothing). */
  | { side: 'kim'; type: 'offer.propose'; goal: GoalId; option: string; with?: { goal: GoalId; option: string }[]; sweetener?: string; framing?: string }
  /** Kim says the limit Putin just named does not apply: if he bluffed, he must answer the offer as it is. */
  | { side: 'kim'; type: 'offer.call'; goal: GoalId }
  | { side: 'kim'; type: 'offer.accept'; goal: GoalId }
  | { side: 'kim'; type: 'goal.ask'; goal: GoalId }
  | { side: 'kim'; type: 'goal.walkAway'; goal: GoalId }
  | { side: 'kim'; type: 'goods.list'; goal: GoalId; goods: string[] }
  | { side: 'kim'; type: 'summit.end' }
  | { side: 'kim'; type: 'press.present'; stance: PressStance };

/**
 * Putin's moves: his answer to the offer on the table, or to a question. Made by the computer
 * (putin/model.ts) or by a person, through the same apply(). `claim` names the limit he says
 * binds (a refusal of kind NEVER); `bluff` marks a claim he knows is not true (the debrief shows
 * it). The words that go with the computer's answer, the predicates that decided it, travel
 * beside the move (apply's explanation), not in it: a replay makes them again.
 */
export type PutinMove =
  | {
      side: 'putin';
      type: 'putin.answer';
      goal: GoalId;
      answer: 'accept' | 'counter' | 'refuse';
      counter?: string;
      refusal?: RefusalKind;
      claim?: ConstraintId;
      bluff?: boolean;
      /** The computer's bluff only: what it really decided (a counter, or a refusal of another kind). */
      truth?: 'counter' | RefusalKind;
    }
  /** What he lets out when asked: the argument that moves him, the most he would give now (with it), or neither: the limits. */
  | { side: 'putin'; type: 'putin.hint'; goal: GoalId; framing?: string; option?: string };

/** Every action of either side. A replay is the seed plus a list of these. */
export type Move = KimMove | PutinMove;
export type MoveType = Move['type'];

/** A move as a person or a file gives it: Kim's side may be left out (older saves and scripts). */
export type MoveInput = Move | DistributiveOmit<KimMove, 'side'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Who plays Putin: the computer (his moves are re-derived on replay) or a person (his moves are recorded). */
export type PutinPlayer = 'model' | 'person';

/** What a saved game, a replay and a result code all hold. */
export interface GameRecord {
  engineVersion: number;
  scenarioId: string;
  /** The scenario's rules hash: a code made with other rules says so instead of replaying differently. */
  scenarioHash: string;
  seed: string;
  settings: Settings;
  /** 'model' (default): moves are Kim's only; 'person': both sides' moves, in order. */
  putin?: PutinPlayer;
  moves: Move[];
  name?: string;
}

export interface PutinAnswer {
  goal: GoalId;
  kind: AnswerKind;
  refusal?: RefusalKind;
  /** The limit he named, for a refusal of kind NEVER. */
  claim?: ConstraintId;
  /** Kim called this claim. */
  called?: boolean;
  /** The goals of the offer answered (a package has two or more). */
  goals?: GoalId[];
  /** What the answer changed: minutes, his patience, Kim's face, Washington's attention. */
  shift?: { minutes: number; patience: number; face: number; usAttention: number };
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
  /** Reported before the talks: in the briefing, in effect from the start. */
  before?: boolean;
  /** What it changes at the table, when it moves an argument's weight with him (event.<id>.effect). */
  effect?: Message;
}

export interface LogEntry {
  step: number;
  at: number;
  goal?: GoalId;
  who: 'kim' | 'putin' | 'news' | 'narrator';
  message: Message;
}
