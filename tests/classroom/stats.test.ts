// The class's statistics for a small class whose every number is worked out by hand below.
import { describe, expect, test } from 'vitest';
import type { GoalId } from '../../src/engine';
import type { Summary } from '../../src/classroom/reader';
import { DEFAULT_SCENARIO_ID, scenarioOf } from '../../src/classroom/scenario';
import { commonPaths, goalTallies, scoreSpread } from '../../src/classroom/stats';

const scenario = scenarioOf(DEFAULT_SCENARIO_ID);
const NO_DEALS: Record<GoalId, string | null> = { lifeline: null, sanctions: null, workers: null, transport: null, barter: null };

function student(name: string, kim: number, history: number, deals: Record<GoalId, string>, path: GoalId[]): Summary {
  return {
    scenario: scenario.id,
    name,
    seed: 'class-test',
    difficulty: 'standard',
    session: 'ABC123',
    kim,
    putin: 0,
    history,
    deals: { ...NO_DEALS, ...deals },
    sweeteners: { ...NO_DEALS },
    historyDeals: { ...NO_DEALS },
    ranking: ['lifeline', 'sanctions', 'workers', 'transport', 'barter'],
    moves: 10,
    path,
    stance: null,
    hash: name,
    game: name,
  };
}

// Four students. History's deals in this scenario: lifeline "broker", sanctions "step-by-step",
// workers "orderly-departure", no deal on transport or barter.
const ana = student('Ana', 12.5, 10, { lifeline: 'broker', sanctions: 'step-by-step', workers: 'orderly-departure', barter: 'study' }, ['lifeline', 'sanctions', 'workers', 'barter']);
const budi = student('Budi', 30.5, 20, { lifeline: 'cordial', workers: 'trainee-visas', transport: 'working-group' }, ['lifeline', 'workers', 'transport']);
const citra = student('Citra', -2, 10, {}, []);
const dewi = student('Dewi', 49.1, 22, { lifeline: 'broker', sanctions: 'humanitarian-exemptions', workers: 'orderly-departure', transport: 'rail-link', barter: 'lawful-goods' }, ['lifeline', 'sanctions', 'workers', 'barter']);
const CLASS = [ana, budi, citra, dewi];

describe('per goal: how many reached each deal, history marked', () => {
  const tallies = goalTallies(CLASS, scenario);
  const table = (goal: GoalId) => tallies.find((t) => t.goal === goal)!.rows.map((r) => [r.option, r.count, r.history]);

  test('the goals in the scenario’s order', () => {
    expect(tallies.map((t) => t.goal)).toEqual(['lifeline', 'sanctions', 'workers', 'transport', 'barter']);
  });
  test('lifeline: two brokered (history’s), one cordial, one without a deal', () => {
    expect(table('lifeline')).toEqual([
      ['cordial', 1, false],
      ['guarantees', 0, false],
      ['broker', 2, true],
      ['return-visit', 0, false],
      ['joint-statement', 0, false],
      [null, 1, false],
    ]);
  });
  test('sanctions: one step by step, one humanitarian exemption, two without (history’s: the record has no sanctions step)', () => {
    expect(table('sanctions')).toEqual([
      ['step-by-step', 1, false],
      ['humanitarian-exemptions', 1, false],
      ['draft-resolution', 0, false],
      ['stop-enforcing', 0, false],
      [null, 2, true],
    ]);
  });
  test('transport: history made no deal, so "no deal" is history’s row', () => {
    expect(table('transport')).toEqual([
      ['working-group', 1, false],
      ['bridge-crossings', 0, false],
      ['rail-link', 1, false],
      ['russia-pays', 0, false],
      [null, 2, true],
    ]);
  });
});

describe('the spread of scores', () => {
  test('lowest, median, mean, highest and history, worked out by hand', () => {
    const s = scoreSpread(CLASS)!;
    // Sorted: −2, 12.5, 30.5, 49.1. Median (12.5 + 30.5) / 2 = 21.5; mean 90.1 / 4 = 22.525 → 22.5;
    // history (10 + 20 + 10 + 22) / 4 = 15.5.
    expect([s.min, s.median, s.mean, s.max, s.historyMean]).toEqual([-2, 21.5, 22.5, 49.1, 15.5]);
  });
  test('bands of 5 from below the lowest score (and zero) to above the highest: one student in each of four', () => {
    const s = scoreSpread(CLASS)!;
    expect(s.bins.map((b) => b.from)).toEqual([-5, 0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(s.bins.every((b) => b.to === b.from + 5)).toBe(true);
    expect(s.bins.filter((b) => b.count > 0).map((b) => [b.from, b.count])).toEqual([
      [-5, 1],
      [10, 1],
      [30, 1],
      [45, 1],
    ]);
  });
  test('a score on a band’s edge counts in the band above; one student is one band', () => {
    const s = scoreSpread([student('E', 10, 10, {}, [])])!;
    expect(s.bins.map((b) => [b.from, b.count])).toEqual([
      [0, 0],
      [5, 0],
      [10, 1],
    ]);
    expect([s.min, s.median, s.mean, s.max]).toEqual([10, 10, 10, 10]);
  });
  test('no verified game, no spread', () => {
    expect(scoreSpread([])).toBeNull();
  });
});

describe('the most common paths', () => {
  test('Ana’s and Dewi’s path twice, then the ties: the shorter first (Citra touched nothing)', () => {
    expect(commonPaths(CLASS)).toEqual([
      { path: ['lifeline', 'sanctions', 'workers', 'barter'], count: 2 },
      { path: [], count: 1 },
      { path: ['lifeline', 'workers', 'transport'], count: 1 },
    ]);
    expect(commonPaths(CLASS, 1)).toEqual([{ path: ['lifeline', 'sanctions', 'workers', 'barter'], count: 2 }]);
  });
});
