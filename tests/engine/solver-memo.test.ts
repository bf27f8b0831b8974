// The solver keeps the bounds it has worked out (BoundOptions.memo) by what the bound reads of a
// state, and reads the clock only as the offers that still fit before the day's marks (clockClass in
// src/engine/solver/bound.ts): states whose clocks differ within such a class share one bound. What
// a student would notice if that class were too wide: the debrief's best line and its range taken
// from a bound of another clock, a search that stops early or a range that misses the best.
// Checked here against the bound worked out afresh at every clock, on states of real games.
import { describe, expect, it } from 'vitest';
import { builtinAgent, runGameSync } from '../../src/engine/agents';
import { bound, type Target } from '../../src/engine/solver/bound';
import { stateAfter } from '../../src/engine/solver/path';
import type { GameState } from '../../src/engine/state';
import fixtureRaw from '../../src/content/fixture-harbour/scenario.json';
import { makeBundle } from '../../src/engine';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle';
import { FIXTURE, VLADIVOSTOK } from '../support/bundles';

/**
 * The test scenario with a day and news whose marks fall at other minutes of an offer (a 290-minute
 * day, news every 70, offers of 30: remainders 19, 9, 29, …): Vladivostok's and the fixture's all
 * fall at the same one, which would hide a class that left the news out.
 */
const ODD_MINUTES = makeBundle({ ...fixtureRaw, dayLength: 290, newsEvery: 70 } as never, FIXTURE.messages);

const atClock = (s: GameState, clock: number): GameState => ({ ...s, summit: { ...s.summit, context: { ...s.summit.context, clock } } });

/** The states of a game of this agent, and the days with the highest bounds at its start. */
function statesAndDays(bundle: ScenarioBundle, agent: 'strong' | 'random', seed: string, difficulty: 'open' | 'standard' | 'hard') {
  const game = runGameSync(bundle, { seed, settings: { difficulty } }, { kim: builtinAgent(agent, bundle.scenario) }).game;
  const record = game.record();
  const states: GameState[] = [];
  for (let n = 1; ; n++) {
    const s = stateAfter(bundle, record, n);
    if (!s || s.summit.value !== 'talks') break;
    states.push(s);
  }
  const days = new Map<string, { target: Target; bound: number }>();
  bound(bundle, states[0]!, { days });
  const targets = [...days.values()].sort((a, b) => b.bound - a.bound).slice(0, 3).map((d) => d.target);
  return { states, targets };
}

describe("the solver's table of bounds", () => {
  it('gives every clock of a state the bound worked out afresh at that clock', { timeout: 300_000 }, () => {
    let shared = 0;
    let calls = 0;
    for (const [bundle, seeds] of [
      [VLADIVOSTOK, ['memo-0']],
      [FIXTURE, ['memo-0']],
      [ODD_MINUTES, ['memo-0', 'memo-1', 'memo-2', 'memo-3']],
    ] as const) {
      for (const seed of seeds) {
        for (const difficulty of ['open', 'hard'] as const) {
          for (const agent of ['strong', 'random'] as const) {
            const { states, targets } = statesAndDays(bundle, agent, seed, difficulty);
            for (const target of bundle === ODD_MINUTES ? targets : targets.slice(0, 2)) {
              // One table for the whole game, as a search has: every minute from each state's own
              // clock to the end of the day, across the marks (a class one minute off shows there).
              const memo = new Map<string, { value: number; above: number }>();
              for (const s of states) {
                for (let clock = s.summit.context.clock; clock <= bundle.scenario.dayLength; clock++) {
                  const at = atClock(s, clock);
                  const fresh = bound(bundle, at, { target, exact: true });
                  const before = memo.size;
                  const kept = bound(bundle, at, { target, exact: true, memo });
                  calls++;
                  if (memo.size === before) shared++;
                  expect(kept, `${bundle.scenario.id} ${seed} ${difficulty} ${agent} clock ${clock} ${JSON.stringify(target)}`).toBe(fresh);
                }
              }
            }
          }
        }
      }
    }
    // The table is used: most clocks share a bound worked out at another.
    expect(shared).toBeGreaterThan(calls / 2);
  });
});
