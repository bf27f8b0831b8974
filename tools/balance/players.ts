// The reference players of the balance report, each a function from a seed's game to the finished
// game: the agents of src/engine/agents/, which see only the player's view and the legal moves.
import type { Game, ScenarioBundle, Settings } from '../../src/engine';
import { BUILTIN_AGENTS, builtinAgent, runGameSync } from '../../src/engine/agents';

export type Player = (bundle: ScenarioBundle, init: { seed: string; settings: Settings }) => Game;

export function referencePlayers(): Record<string, Player> & { strong?: Player } {
  return Object.fromEntries(
    BUILTIN_AGENTS.map((name) => [name, ((bundle, init) => runGameSync(bundle, init, { kim: builtinAgent(name, bundle.scenario) }, { copy: false }).game) as Player]),
  );
}
