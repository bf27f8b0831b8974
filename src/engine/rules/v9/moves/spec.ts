// What every move type has: one entry holds its side, its shape, its check, its effect and its
// encoding in a result code. The table (table.ts) lists them; apply(), legality, replays and
// result codes all read it, so a new move type is one new entry.
import type * as v from 'valibot';
import type { Reader, Writer } from '../code/bytes';
import type { GoalEvent } from '../machines/goal-machine';
import type { Scenario } from '../scenario/schema';
import type { GameState } from '../state';
import type { Message, Move, PutinAnswer, Reason, Side } from '../types';
import type { Draft } from './draft';

/** What a move's effect leaves: Putin's answer now, or his answer is awaited (the turn stays open). */
export type Effect = { answer?: PutinAnswer; awaits?: boolean; items?: import('../state').OfferItem[]; called?: boolean } | void;

export interface MoveSpec<M extends Move = Move> {
  type: M['type'];
  side: Side;
  /** Its shape, checked on untrusted data (a file, a code, a message from the network). */
  schema: v.GenericSchema<unknown, M>;
  /** null when the move is legal now; otherwise why not, in the player's words. */
  check(scenario: Scenario, state: GameState, move: M): Message | null;
  /** The event its goal's machine must take for it to be legal (asked by legality; apply simply
   * sends it, and a refusal makes the move illegal). */
  machineEvent?: (move: M) => GoalEvent;
  /** Its effect on the working copy of the state; a machine that refuses throws Refused. The
   * explanation is the computer's reasons for its own move (its model's predicates), if any. */
  effect(d: Draft, scenario: Scenario, move: M, explanation?: Reason[]): Effect;
  /** Whether it names a goal (written in the move's first byte). */
  hasGoal: boolean;
  write(w: Writer, move: M, scenario: Scenario): void;
  read(r: Reader, scenario: Scenario, goal: string): M;
}
