// Where a game left the best path: the solver's best from the start, and the first of the player's
// moves after which the best still possible fell below it. Putin's answers are a function of the
// state, so the best possible from a state never rises as moves are made; a binary search over the
// player's moves finds the first that cost something, with a handful of searches.
import type { ScenarioBundle } from '../scenario/bundle';
import { initialState, type GameState } from '../state';
import type { GameRecord, KimMove, Move } from '../types';
import { solveFrom, type Solution } from './index';
import { step } from './play';
import { finalValue } from './value';

export interface Path {
  /** The best score that was possible on this seed, and its line. */
  best: Solution;
  /** The score of a day with no deal at all (the talks ended at once, the best stance): the scale's 0. */
  base: number;
  /** The index (among Kim's moves) of the first move after which less was possible; null if none. */
  leftAt: number | null;
  /** The best still possible after that move. */
  bestAfter: number | null;
}

/** The state after Kim's first n moves of a record against the computer (the ranking placed first as the solver places it). */
function stateAfter(bundle: ScenarioBundle, record: GameRecord, n: number): GameState | null {
  let s: GameState | null = initialState(bundle, { seed: record.seed, settings: record.settings });
  const kim = record.moves.filter((m): m is KimMove => m.side === 'kim');
  for (const m of kim.slice(0, n)) {
    if (!s) return null;
    s = step(bundle, s, m);
  }
  return s;
}

export function pathOf(bundle: ScenarioBundle, record: GameRecord, maxNodes?: number): Path {
  const kim: Move[] = record.moves.filter((m) => m.side === 'kim');
  // The ranking is a free choice that changes no answer: the search starts once it is made.
  const after = (n: number) => {
    const s = stateAfter(bundle, record, Math.max(1, n));
    return s && s.summit.value === 'talks' ? solveFrom(bundle, s, maxNodes).score : null;
  };
  const start = stateAfter(bundle, record, 1)!;
  const searched = solveFrom(bundle, start, maxNodes);
  const base = Math.round(finalValue(bundle.scenario, start) * 10) / 10;
  // A search stopped at its cap may have missed a line this very game found: then the game's own
  // day (its deals with the best ranking and stance) is the best known, and the game never left it.
  if (!searched.complete) {
    // The state once the talks are over, before the stance is chosen (finalValue chooses the best one).
    const press = kim.findIndex((m) => m.type === 'press.present');
    const end = stateAfter(bundle, record, press < 0 ? kim.length : press);
    const own = end && end.summit.value !== 'talks' ? finalValue(bundle.scenario, end) : -Infinity;
    if (own > searched.score + 0.05) return { best: { ...searched, score: own, line: kim }, base, leftAt: null, bestAfter: null };
  }
  const best = searched;
  // Moves in talks only: the last one before the end of the talks.
  let hi = kim.findIndex((m) => m.type === 'summit.end' || m.type === 'press.present');
  if (hi < 0) hi = kim.length;
  let lo = 1;
  const lost = (n: number) => {
    const v = after(n);
    return v === null || v < best.score - 0.05;
  };
  if (!lost(hi)) return { best, base, leftAt: null, bestAfter: null };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lost(mid)) hi = mid;
    else lo = mid + 1;
  }
  return { best, base, leftAt: hi - 1, bestAfter: after(hi) };
}
