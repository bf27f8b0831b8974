// Balance over many seeds, as a teacher would notice it: random play rarely does well, greed is not
// always rewarded, the historical line scores about what history got, and seeds differ. These are
// Vladivostok's numbers; the made-up fixture only has to play to the end with every strategy, its
// historical line making the deals its history names.
import { describe, expect, it, vi } from 'vitest';
import { playerView, type ScenarioBundle, STRATEGIES, type StrategyName } from '../../src/engine';
import { builtinAgent, runGameSync } from '../../src/engine/agents';
import { balanceReport } from '../../tools/balance/report';
import { BUNDLES, VLADIVOSTOK } from '../support/bundles';

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

function run(bundle: ScenarioBundle, strategy: StrategyName, n: number) {
  return Array.from({ length: n }, (_, i) => {
    const seed = `balance-${i}`;
    // The reference players as agents: each sees only the player's view and the legal moves.
    const game = runGameSync(bundle, { seed, settings: { difficulty: 'standard' } }, { kim: builtinAgent(strategy, bundle.scenario) }, { copy: false }).game;
    const view = playerView(game);
    return {
      over: game.isOver(),
      score: view.result?.kim ?? Number.NaN,
      history: view.result?.history.score ?? Number.NaN,
      dealOf: Object.fromEntries(view.goals.map((g) => [g.id, g.deal ?? null])),
      deals: view.result?.perGoal.map((g) => g.deal).join('|') ?? '',
    };
  });
}

describe('balance of vladivostok-2019', () => {
  const N = 300;
  const random = run(VLADIVOSTOK, 'random', N);
  const greedy = run(VLADIVOSTOK, 'greedy', N);
  const historical = run(VLADIVOSTOK, 'historical', N);
  const mean = (xs: { score: number }[]) => xs.reduce((a, x) => a + x.score, 0) / xs.length;

  it('every game ends', () => {
    expect([...random, ...greedy, ...historical].every((r) => r.over)).toBe(true);
  });

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

describe.each(Object.values(BUNDLES).filter((b) => b.scenario.fixture).map((b) => [b.scenario.id, b] as const))('balance of %s', (_id, bundle) => {
  const N = 60;
  const runs = Object.fromEntries(STRATEGIES.map((s) => [s, run(bundle, s, N)])) as Record<StrategyName, ReturnType<typeof run>>;
  const { history } = bundle.scenario;
  const named = Object.entries(history.deals).filter((e): e is [string, string] => e[1] !== null);

  it('plays every game to the end, with every strategy', () => {
    for (const s of STRATEGIES) expect(runs[s].filter((r) => !r.over).length, s).toBe(0);
    for (const s of STRATEGIES) expect(runs[s].every((r) => Number.isFinite(r.score)), s).toBe(true);
  });

  it("makes, on the historical line, the deals its history names, wherever history's line goes", () => {
    const lined = named.filter(([goal]) => history.line.some((l) => l.goal === goal));
    expect(lined.length).toBeGreaterThan(0);
    for (const [goal, option] of lined) {
      const made = runs.historical.filter((r) => r.dealOf[goal] === option).length;
      expect(made, `${goal}: ${option} on ${made} of ${N} seeds`).toBe(N);
    }
  });
});

describe('the balance report on another draw of seeds', () => {
  // `npm run balance -- --draw b` plays b-train-N and b-test-N: the worst fixed list moves from one
  // draw to another by more than most changes of the rules, so a change is judged on several draws.
  const small = { seeds: 3, ablationSeeds: 3, cap: 1500, training: 1, difficulties: ['open'] as const, skipAblations: true };
  it('plays other seeds than the report\'s own, and the same ones again for the same draw', () => {
    const own = balanceReport(VLADIVOSTOK, small);
    const b = balanceReport(VLADIVOSTOK, { ...small, draw: 'b' });
    const again = balanceReport(VLADIVOSTOK, { ...small, draw: 'b' });
    expect(b.means).toEqual(again.means);
    expect(b.means.open).not.toEqual(own.means.open);
  });
});
