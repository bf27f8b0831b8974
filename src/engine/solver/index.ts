// PLACEHOLDER — NOT THE SOLVER. The solver is being written on main (issue 10, item 6) and replaces
// this file when the agents branch is merged. Until then solve() throws, and the tools that show the
// solver's best score (npm run sim -- --agent … --json, npm run tournament) print null for it.
import type { ScenarioBundle } from '../scenario/bundle';
import type { Move, Settings } from '../types';

export interface Solution {
  /** Kim's best score on this seed. */
  score: number;
  /** Kim's moves of the best line, from the start. */
  line: Move[];
}

export function solve(_bundle: ScenarioBundle, _init: { seed: string; settings: Settings }, _maxNodes?: number): Solution {
  throw new Error('solver not merged yet');
}
