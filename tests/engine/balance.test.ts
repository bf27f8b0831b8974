// Balance over many seeds, as a teacher would notice it: random play rarely does well, greed is not
// always rewarded, the historical line scores about what history got, and seeds differ.
import { describe, expect, it, vi } from 'vitest';
import { makeStrategy, newGame, playerView, playOut, type StrategyName } from '../../src/engine';

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

function run(strategy: StrategyName, n: number) {
  return Array.from({ length: n }, (_, i) => {
    const seed = `balance-${i}`;
    const view = playerView(playOut(newGame({ seed, settings: { difficulty: 'standard' } }), makeStrategy(strategy, seed)));
    return { score: view.result!.kim, history: view.result!.history.score, deals: view.result!.perGoal.map((g) => g.deal).join('|') };
  });
}

const N = 300;
const random = run('random', N);
const greedy = run('greedy', N);
const historical = run('historical', N);
const mean = (xs: { score: number }[]) => xs.reduce((a, x) => a + x.score, 0) / xs.length;

describe('balance', () => {
  it('random play rarely does as well as the historical line on the same seed', () => {
    const asGood = random.filter((r, i) => r.score >= historical[i]!.score).length / N;
    expect(asGood).toBeLessThan(0.1);
  });

  it('greedy play does not always win: it often scores below the historical line', () => {
    const beaten = greedy.filter((g, i) => g.score < historical[i]!.score).length / N;
    expect(beaten).toBeGreaterThan(0.2);
  });

  it('the historical line scores about what history got', () => {
    const gaps = historical.map((h) => Math.abs(h.score - h.history));
    expect(gaps.reduce((a, b) => a + b, 0) / N).toBeLessThan(4);
    expect(gaps.filter((g) => g < 6).length / N).toBeGreaterThan(0.85);
  });

  it('seeds differ in ways a player would notice', () => {
    expect(new Set(greedy.map((g) => g.deals)).size).toBeGreaterThan(2);
    expect(new Set(random.map((g) => g.deals)).size).toBeGreaterThan(20);
    expect(mean(random)).toBeLessThan(mean(historical));
  });
});
