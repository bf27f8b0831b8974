// Where a game left the best path: the solver's best from the start, and the first of the player's
// moves after which the best still possible fell below it. Putin's answers are a function of the
// state, so the best possible from a state never rises as moves are made; a binary search over the
// player's moves finds the first that cost something, with a handful of searches. A search stopped
// at its cap knows only a range (its best found, and its upper bound): a move is said to have cost
// something only where the upper bound after it is below the best found, never on a best found
// that the cap kept low.
import type { ScenarioBundle } from '../scenario/bundle';
import { initialState, type GameState } from '../state';
import type { GameRecord, KimMove, Move } from '../types';
import { solveFrom, type Solution } from './index';
import { step } from './play';
import { finalValue } from './value';
import { round1 } from '../score';

/**
 * How far the debrief's search goes, in states: the same cap everywhere (the worker, the benches),
 * so the same seed shows the same best on every machine.
 */
export const DEBRIEF_NODES = 6000;

export interface Path {
  /** The best score found on this seed, and its line; `best.upper`: the most any line can score (the same where the search is complete). */
  best: Solution;
  /** The score of a day with no deal at all (the talks ended at once, the best stance): the scale's 0. */
  base: number;
  /** The index (among Kim's moves) of the first move after which less than the best found is shown to be possible; null if none. */
  leftAt: number | null;
  /** The best found after that move, and the most that was still possible (the same where that search is complete). */
  bestAfter: number | null;
  afterUpper: number | null;
  /**
   * Whether `leftAt` is the very move that left the best path: the search from the start is
   * complete (the best found is the best), and before that move a line as good was shown to be still
   * possible. Otherwise the game is only shown to have left it by that move at the latest. With
   * `leftAt` null: whether the game is shown never to have left it (a line as good found from its
   * last move of the talks), not only never shown to have left it.
   */
  exact: boolean;
}

/** The state after Kim's first n moves of a record against the computer (the ranking placed first as the solver places it). */
export function stateAfter(bundle: ScenarioBundle, record: GameRecord, n: number): GameState | null {
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
  // The best found after Kim's first n moves and the most still possible: where those moves ended
  // the talks (his patience ran out), the day as it stands, exactly.
  const searches = new Map<number, { score: number; upper: number } | null>();
  const after = (n: number) => {
    const k = Math.max(1, n);
    if (!searches.has(k)) {
      const s = stateAfter(bundle, record, k);
      const ended = s && s.summit.value !== 'talks' ? round1(finalValue(bundle.scenario, s)) : null;
      searches.set(k, !s ? null : ended !== null ? { score: ended, upper: ended } : solveFrom(bundle, s, maxNodes));
    }
    return searches.get(k)!;
  };
  const start = stateAfter(bundle, record, 1)!;
  const searched = solveFrom(bundle, start, maxNodes);
  const base = round1(finalValue(bundle.scenario, start));
  // A search stopped at its cap may have missed a line this very game found: then the game's own
  // day (its deals with the best ranking and stance) is the best known, and the game never left it.
  if (!searched.complete) {
    // The state once the talks are over, before the stance is chosen (finalValue chooses the best one).
    const press = kim.findIndex((m) => m.type === 'press.present');
    const end = stateAfter(bundle, record, press < 0 ? kim.length : press);
    const own = end && end.summit.value !== 'talks' ? finalValue(bundle.scenario, end) : -Infinity;
    if (own > searched.score + 0.05) return { best: { ...searched, score: own, line: kim, upper: Math.max(searched.upper, own) }, base, leftAt: null, bestAfter: null, afterUpper: null, exact: false };
  }
  const best = searched;
  // Moves in talks only: the last one before the end of the talks.
  let hi = kim.findIndex((m) => m.type === 'summit.end' || m.type === 'press.present');
  if (hi < 0) hi = kim.length;
  let lo = 1;
  // Shown to be lost: even the most a line could still score from there (its search's upper
  // bound, not the best it found before its cap) is below the best found from the start.
  const lost = (n: number) => {
    const v = after(n);
    return v === null || v.upper < best.score - 0.05;
  };
  // Never shown to have left it; and it never did where the best is the best and a line as good was found from the last move of the talks.
  if (!lost(hi)) return { best, base, leftAt: null, bestAfter: null, afterUpper: null, exact: best.complete && after(hi)!.score >= best.score - 0.05 };
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lost(mid)) hi = mid;
    else lo = mid + 1;
  }
  // Exact where the best is the best and, before the move, a line as good was found (or it is the first move).
  const before = hi - 1 < 1 ? best : after(hi - 1);
  const exact = best.complete && before !== null && before.score >= best.score - 0.05;
  const there = after(hi);
  return { best, base, leftAt: hi - 1, bestAfter: there?.score ?? null, afterUpper: there?.upper ?? null, exact };
}
