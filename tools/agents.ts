// The agents the command line plays: a reference player by name (random, greedy, historical,
// strong) or a module file whose default export is an agent (src/engine/agents/types.ts), and the
// solver's best score for a seed where the solver is there.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScenarioBundle, Settings } from '../src/engine';
import { type Agent, BUILTIN_AGENTS, builtinAgent, isBuiltinAgent } from '../src/engine/agents';
import { solve } from '../src/engine/solver';

export interface LoadedAgent {
  /** As named on the command line. */
  name: string;
  agent: Agent;
  /** A reference player: it changes nothing it is given, so the runner need not copy the view for it. */
  builtin: boolean;
}

/** An agent by name or file; or a sentence saying why it cannot be loaded. */
export async function loadAgent(spec: string, bundle: ScenarioBundle): Promise<LoadedAgent | string> {
  if (isBuiltinAgent(spec)) return { name: spec, agent: builtinAgent(spec, bundle.scenario), builtin: true };
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(resolve(spec)).href)) as { default?: unknown };
  } catch (e) {
    return `cannot load "${spec}" (not one of ${BUILTIN_AGENTS.join(', ')}, nor a module file): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
  if (typeof mod.default !== 'function') return `"${spec}" has no default export that is a function (view, legalMoves) => move`;
  return { name: spec, agent: mod.default as Agent, builtin: false };
}

const solved = new Map<string, { score: number; upper: number } | null>();

/** The solver's search budget, in states, as the balance report has it: exhaustive search takes long. */
export const SOLVER_CAP = 6000;

/**
 * The solver's best score for Kim on a seed (within `cap` states searched) and the most any line can
 * score (`upper`: the same where the search finished, solver/index.ts), or null while the solver is
 * not there (or fails). A game above `score` shows only that the cap stopped the search; a game
 * above `upper` would show the solver's bound wrong.
 */
export function bestRange(bundle: ScenarioBundle, seed: string, settings: Settings, cap = SOLVER_CAP): { score: number; upper: number } | null {
  const key = `${bundle.scenario.id}/${seed}/${settings.difficulty}/${cap}`;
  if (!solved.has(key)) {
    let best: { score: number; upper: number } | null = null;
    try {
      const s = solve(bundle, { seed, settings }, cap);
      best = { score: s.score, upper: s.upper };
    } catch {
      best = null;
    }
    solved.set(key, best);
  }
  return solved.get(key)!;
}
