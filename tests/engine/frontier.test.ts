// The debrief's possible days (src/engine/debrief/frontier.ts): measured on the values that decide
// the game. Every day a player reached, by any of the reference players on many seeds, lies on or
// under the Pareto frontier (some possible day is at least as good for both); no possible day is
// below Putin's no-deal point or crosses a limit of the law or a day budget; the frontier's days do
// not beat one another; the Nash point is the frontier's day with the largest product of gains.
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, makeStrategy, newGame, playOut, scoreGame, STRATEGIES, type ScenarioBundle } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { dayFrontier, frontierOfRecord, paretoFrontier, shortOfFrontier, type PossibleDay } from '../../src/engine/debrief/frontier';
import { FIXTURE, VLADIVOSTOK } from '../support/bundles';

const CASES = [VLADIVOSTOK, FIXTURE].map((b) => [b.scenario.id, b] as const);

function games(bundle: ScenarioBundle, seeds: number) {
  const out = [];
  for (let i = 0; i < seeds; i++) {
    for (const strategy of STRATEGIES) {
      const difficulty = DIFFICULTIES[i % DIFFICULTIES.length]!;
      const game = playOut(newGame(bundle, { seed: `frontier-${i}`, settings: { difficulty } }), makeStrategy(strategy));
      out.push({ game, strategy, frontier: frontierOfRecord(bundle, game.record())! });
    }
  }
  return out;
}

describe.each(CASES)('%s: the possible days', (_id, bundle) => {
  const played = games(bundle, 12);

  it("every day a player reached is on or under the Pareto frontier", () => {
    for (const { game, strategy, frontier } of played) {
      const r = scoreGame(game);
      const above = frontier.frontier.some((d) => d.kim >= r.kim - 0.05 && d.putin >= r.putin - 0.005);
      expect(above, `${strategy} on ${game.state.seed}: Kim ${r.kim}, Putin ${r.putin}; frontier ${frontier.frontier.map((d) => `${d.kim}/${d.putin}`).join(' ')}`).toBe(true);
      expect(shortOfFrontier(frontier.frontier, r.kim, r.putin)).toBeGreaterThanOrEqual(0);
    }
  });

  it("the solver's best line, played through a game, is on or under the frontier too", () => {
    for (let i = 0; i < 3; i++) {
      const settings = { difficulty: DIFFICULTIES[i % DIFFICULTIES.length]! };
      const best = solve(bundle, { seed: `frontier-best-${i}`, settings }, 3000);
      const game = newGame(bundle, { seed: `frontier-best-${i}`, settings });
      for (const m of best.line) game.play(m);
      const r = scoreGame(game);
      const f = frontierOfRecord(bundle, game.record())!;
      expect(f.frontier.some((d) => d.kim >= r.kim - 0.05 && d.putin >= r.putin - 0.005), `seed ${i}: Kim ${r.kim}, Putin ${r.putin}`).toBe(true);
    }
  }, 180_000);

  it("no possible day is below Putin's no-deal point, crosses a limit of the law or a day budget", () => {
    const { scenario } = bundle;
    for (const { game, frontier } of played) {
      const p = game.state.profile;
      for (const d of frontier.frontier) {
        expect(d.putin).toBeGreaterThanOrEqual(0);
        let money = 0;
        for (const i of d.items) {
          const option = scenario.goals.find((g) => g.id === i.goal)!.options.find((o) => o.id === i.option)!;
          expect(option.breaks).toEqual([]);
          if (option.needsFraming) expect(i.framing).toBe(option.needsFraming);
          money += option.money;
        }
        // Over his money only with what the day's sweeteners give back (those he asked for, version 6).
        const back = d.sweeteners.reduce((sum, x) => sum + (p.moneyBack[x] ?? 0), 0);
        expect(money).toBeLessThanOrEqual(p.money + back);
        expect(new Set(d.sweeteners).size).toBe(d.sweeteners.length);
        // One concession to a package at most: no more than there are goals agreed.
        expect(d.sweeteners.length).toBeLessThanOrEqual(d.items.length);
      }
    }
  });

  it('the frontier is Pareto and sorted by Kim\'s score; the Nash point is its largest product of gains over no deal', () => {
    for (const { frontier } of played) {
      const f = frontier.frontier;
      for (let i = 1; i < f.length; i++) {
        expect(f[i]!.kim).toBeGreaterThan(f[i - 1]!.kim);
        expect(f[i]!.putin).toBeLessThan(f[i - 1]!.putin);
      }
      const product = (d: PossibleDay) => (d.kim - frontier.noDeal.kim) * d.putin;
      const best = Math.max(0, ...f.filter((d) => d.kim > frontier.noDeal.kim).map(product));
      if (frontier.nash) {
        expect(f).toContain(frontier.nash);
        expect(product(frontier.nash)).toBeCloseTo(best, 6);
      } else expect(f.every((d) => d.kim <= frontier.noDeal.kim)).toBe(true);
    }
  });

  it("no deal at all is the score of a day ended at once with the best stance, and worth 0 to Putin", () => {
    for (const { game, frontier } of played.slice(0, 6)) {
      const quiet = newGame(bundle, { seed: game.state.seed, settings: game.state.settings });
      quiet.play(game.record().moves[0]!);
      quiet.play({ type: 'summit.end' });
      let best = Number.NEGATIVE_INFINITY;
      for (const s of bundle.scenario.stances) {
        const g = newGame(bundle, { seed: game.state.seed, settings: game.state.settings });
        for (const m of quiet.record().moves) g.play(m);
        g.play({ type: 'press.present', stance: s.id });
        best = Math.max(best, scoreGame(g).kim);
      }
      // News that eases Washington during a full day may lower the start of the chart's no-deal point, never raise it.
      expect(frontier.noDeal.kim).toBeGreaterThanOrEqual(best - 0.05);
      expect(frontier.noDeal.putin).toBe(0);
    }
  });
});

describe('paretoFrontier', () => {
  it('keeps exactly the days no other beats for both', () => {
    const day = (kim: number, putin: number): PossibleDay => ({ items: [], sweeteners: [], kim, putin });
    const days = [day(1, 5), day(2, 5), day(2, 4), day(3, 1), day(0, 6), day(3, 0.5), day(1, 1)];
    expect(paretoFrontier(days).map((d) => [d.kim, d.putin])).toEqual([
      [0, 6],
      [2, 5],
      [3, 1],
    ]);
  });
});

describe('the search is quick enough for the debrief', () => {
  it('finds the days of a seed of Vladivostok', () => {
    const bundle = VLADIVOSTOK;
    const game = newGame(bundle, { seed: 'quick', settings: { difficulty: 'standard' } });
    game.play({ type: 'briefing.rank', ranking: bundle.scenario.goals.map((g) => g.id) });
    const f = dayFrontier(bundle, game.state);
    expect(f.possible).toBeGreaterThan(100);
    expect(f.frontier.length).toBeGreaterThan(3);
  });
});
