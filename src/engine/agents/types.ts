// The agent contract: a negotiator is a function from what its side sees (the player's view) and
// the legal moves listed now to the move it makes, all three plain JSON. It may be async. The
// runner (runner.ts) asks it for a move whenever it is its side's turn; nothing else is given to it.
import type { Move, MoveInput, Side } from '../types';
import type { PlayerView } from '../view-types';

/**
 * An agent. `view` is playerView(game, side) and `legal` is legalMoves(bundle, state, side), both
 * deep copies (an agent may change them). The move it returns must be legal now (checkMove accepts
 * it); it need not be one of `legal`: a package (an `offer.propose` with `with`) never is. A Kim
 * move may leave out `side`; a Putin move may too. An illegal move, or a throw, is reported and the
 * agent is asked again; after `maxIllegal` in a row the runner moves for it (see runner.ts).
 */
export type Agent = (view: PlayerView, legal: Move[]) => MoveInput | Move | Promise<MoveInput | Move>;

/** A module that holds an agent: its default export. */
export interface AgentModule {
  default: Agent;
}

/** A move the runner refused: whose, what, and why (a message key of the engine's catalogue, or the agent's error). */
export interface IllegalMove {
  /** Kim's moves so far when it was made. */
  step: number;
  side: Side;
  move: unknown;
  error: string;
  params?: Record<string, unknown>;
}
