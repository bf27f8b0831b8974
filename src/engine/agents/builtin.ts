// The reference players by name: each an agent (types.ts) that sees only its side's view and the
// legal moves; `historical` also holds the scenario's record (its script).
import type { Scenario } from '../scenario/schema';
import greedy from './greedy';
import { historicalAgent } from './historical';
import random from './random';
import strong from './strong';
import type { Agent } from './types';

export const BUILTIN_AGENTS = ['random', 'greedy', 'historical', 'strong'] as const;
export type BuiltinAgent = (typeof BUILTIN_AGENTS)[number];

export const isBuiltinAgent = (name: string): name is BuiltinAgent => (BUILTIN_AGENTS as readonly string[]).includes(name);

/** A reference player for a scenario. */
export function builtinAgent(name: BuiltinAgent, scenario: Scenario): Agent {
  if (name === 'random') return random;
  if (name === 'greedy') return greedy;
  if (name === 'historical') return historicalAgent(scenario.history);
  return strong;
}
