// The reference players of the balance report, each a function from a seed's game to the finished game.
import { Game, makeStrategy, playOut, type ScenarioBundle, type Settings } from '../../src/engine';

export type Player = (bundle: ScenarioBundle, init: { seed: string; settings: Settings }) => Game;

export function referencePlayers(): Record<string, Player> & { strong?: Player } {
  const builtIn = (name: 'random' | 'greedy' | 'historical'): Player => (bundle, init) => playOut(new Game(bundle, init), makeStrategy(name, init.seed));
  return { random: builtIn('random'), greedy: builtIn('greedy'), historical: builtIn('historical') };
}
