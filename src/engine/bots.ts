// Scripted players for the command line, the benches and the tests: the reference agents of
// agents/ (each sees only the player's view and the legal moves), driven through the same play()
// as a person. One statement of each player, whichever way it is run (agents/runner.ts runs the
// same agents for sim --agent, the tournament and the balance report).
import { builtinAgent } from './agents/builtin';
import { withSide } from './apply';
import type { Game } from './game';
import { legalMoves } from './legal';
import type { KimMove, MoveInput } from './types';
import { playerView } from './view';

export type StrategyName = 'random' | 'greedy' | 'historical';
export const STRATEGIES: readonly StrategyName[] = ['random', 'greedy', 'historical'];

export interface Strategy {
  next(game: Game): KimMove;
}

/**
 * A reference player as a strategy. The random player draws from the game's seed and the moves so
 * far (agents/random.ts), so a game is the same every time; `seed` is kept for the callers that
 * name one.
 */
export function makeStrategy(name: StrategyName, _seed?: string): Strategy {
  return {
    next(game) {
      const agent = builtinAgent(name, game.scenario);
      return withSide(agent(playerView(game, 'kim'), legalMoves(game.bundle, game.state, 'kim')) as MoveInput) as KimMove;
    },
  };
}

/** When a bot's move is refused: end the day, or face the press with the first stance. */
function fallback(game: Game): MoveInput {
  return game.phase === 'talks' ? { side: 'kim', type: 'summit.end' } : { side: 'kim', type: 'press.present', stance: game.scenario.stances[0]!.id };
}

/** Play a whole game with a strategy; every move goes through game.play. */
export function playOut(game: Game, strategy: Strategy, maxMoves = 400): Game {
  for (let i = 0; i < maxMoves && !game.isOver(); i++) {
    const result = game.play(strategy.next(game));
    if (!result.ok) game.play(fallback(game));
  }
  return game;
}
