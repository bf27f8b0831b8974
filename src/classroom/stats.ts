// What the class reached: per goal, how many students got each deal, against history's deal;
// the spread of the scores; the most common paths through the summit.
import type { GoalId } from '../engine';
import type { Summary } from './reader';
import type { ClassScenario } from './scenario';

export interface GoalTally {
  goal: GoalId;
  /** The goal's ladder of options (modest → maximal), then no deal (null). */
  rows: { option: string | null; count: number; history: boolean }[];
}

export function goalTallies(games: readonly Summary[], scenario: ClassScenario): GoalTally[] {
  return scenario.goals.map((goal) => {
    const spec = scenario.data.goals.find((g) => g.id === goal);
    const options: (string | null)[] = [...(spec?.options.map((o) => o.id) ?? []), null];
    const history = scenario.data.history.deals[goal] ?? null;
    return {
      goal,
      rows: options.map((option) => ({ option, count: games.filter((s) => (s.deals[goal] ?? null) === option).length, history: option === history })),
    };
  });
}

export interface Spread {
  bins: { from: number; to: number; count: number }[];
  min: number;
  max: number;
  mean: number;
  median: number;
  /** Mean of history's score under each student's ranking. */
  historyMean: number;
}

export function scoreSpread(games: readonly Summary[], width = 5): Spread | null {
  if (games.length === 0) return null;
  const scores = games.map((g) => g.kim).sort((a, b) => a - b);
  const min = scores[0]!;
  const max = scores[scores.length - 1]!;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const historyMean = round1(games.reduce((a, g) => a + g.history, 0) / games.length);
  // The bands cover every score, zero and history's score, so that all can be drawn on one axis.
  const lo = Math.floor(Math.min(min, 0, historyMean) / width) * width;
  const hi = Math.max(lo + width, Math.floor(Math.max(max, historyMean) / width) * width + width);
  const bins: Spread['bins'] = [];
  for (let from = lo; from < hi; from += width) bins.push({ from, to: from + width, count: 0 });
  for (const s of scores) {
    const i = Math.min(bins.length - 1, Math.floor((s - lo) / width));
    bins[i]!.count += 1;
  }
  const mid = Math.floor(scores.length / 2);
  const median = scores.length % 2 ? scores[mid]! : (scores[mid - 1]! + scores[mid]!) / 2;
  return {
    bins,
    min,
    max,
    mean: round1(scores.reduce((a, b) => a + b, 0) / scores.length),
    median: round1(median),
    historyMean,
  };
}

export interface PathCount {
  path: GoalId[];
  count: number;
}

/** The orders in which students took up the goals, most common first (ties: shorter, then alphabetical). */
export function commonPaths(games: readonly Summary[], top = 3): PathCount[] {
  const counts = new Map<string, PathCount>();
  for (const g of games) {
    const key = g.path.join('>');
    const c = counts.get(key);
    if (c) c.count += 1;
    else counts.set(key, { path: [...g.path], count: 1 });
  }
  return [...counts.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || a.path.length - b.path.length || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, top)
    .map(([, c]) => c);
}
