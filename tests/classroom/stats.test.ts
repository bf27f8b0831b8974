import { describe, expect, test } from 'vitest';
import { verifyItem, type Summary } from '../../src/classroom/reader';
import { commonPaths, goalTallies, scoreSpread } from '../../src/classroom/stats';
import { GOAL_IDS, SCENARIO } from '../../src/engine';
import { DEFAULT_SCENARIO_ID, scenarioOf } from '../../src/classroom/scenario';
import { EXPECTED, play } from './fixtures';

const games: Summary[] = (['greedy', 'historical', 'random', 'historical'] as const).map((strategy, i) => verifyItem({ kind: 'code', text: play({ name: `S${i}`, strategy }).code }, EXPECTED).summary!);

describe('class statistics', () => {
  test('per goal: every game counted once, on the ladder or as no deal; history marked', () => {
    const tallies = goalTallies(games, scenarioOf(DEFAULT_SCENARIO_ID));
    expect(tallies.map((t) => t.goal)).toEqual([...GOAL_IDS]);
    for (const t of tallies) {
      expect(t.rows.reduce((a, r) => a + r.count, 0)).toBe(games.length);
      expect(t.rows[t.rows.length - 1]!.option).toBeNull();
      const h = SCENARIO.history.deals[t.goal];
      expect(t.rows.filter((r) => r.history).map((r) => r.option)).toEqual([h ?? null]);
    }
  });
  test('the spread', () => {
    const s = scoreSpread(games)!;
    expect(s.bins.reduce((a, b) => a + b.count, 0)).toBe(games.length);
    expect(s.min).toBeLessThanOrEqual(s.median);
    expect(s.median).toBeLessThanOrEqual(s.max);
    expect(scoreSpread([])).toBeNull();
  });
  test('the most common path comes first', () => {
    const paths = commonPaths(games);
    expect(paths[0]!.count).toBe(2);
    expect(paths[0]!.path).toEqual(games[1]!.path);
  });
});
