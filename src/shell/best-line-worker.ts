// The debrief's searches, off the page's main thread: the best line of the player's seed (the
// solver) and every day that was possible on it (its Pareto frontier and Nash point). Each can take
// a second on a slow laptop, and the debrief must not freeze meanwhile. It also answers a bare
// "best line of this seed" with the solver's time in the worker: what `npm run bench:solver-worker`
// (tools/bench-solver-worker.ts) measures in the built page, beside the same seeds in Node.
import { loadBundle } from '../content/registry';
import type { GameRecord, Settings } from '../engine';
import { frontierOfRecord, type DayFrontier } from '../engine/debrief/frontier';
import { solve } from '../engine/solver';
import { DEBRIEF_NODES, pathOf } from '../engine/solver/path';

export interface BestLineRequest {
  id: number;
  record: GameRecord;
}

/** The best line of a seed from its start, timed in the worker. */
export interface SolveRequest {
  id: number;
  solve: { scenarioId: string; seed: string; settings: Settings };
}

export type BestLineResponse =
  | {
      id: number;
      ok: true;
      /** The best found, and the most any line can score (the same where the search was complete). */
      best: number;
      upper: number;
      base: number;
      line: GameRecord['moves'];
      leftAt: number | null;
      bestAfter: number | null;
      afterUpper: number | null;
      /** Whether leftAt is the very move that left the best path (solver/path.ts), not only the latest it can be. */
      exact: boolean;
      day: DayFrontier | null;
    }
  | { id: number; ok: false; error: string };

export type SolveResponse = { id: number; ok: true; score: number; nodes: number; complete: boolean; ms: number } | { id: number; ok: false; error: string };

self.addEventListener('message', async (e: MessageEvent<BestLineRequest | SolveRequest>) => {
  const { id } = e.data;
  try {
    if ('solve' in e.data) {
      const { scenarioId, seed, settings } = e.data.solve;
      const bundle = await loadBundle(scenarioId);
      if (!bundle) throw new Error(`no scenario ${scenarioId}`);
      const t0 = performance.now();
      const s = solve(bundle, { seed, settings }, DEBRIEF_NODES);
      const ms = performance.now() - t0;
      self.postMessage({ id, ok: true, score: s.score, nodes: s.nodes, complete: s.complete, ms } satisfies SolveResponse);
      return;
    }
    const { record } = e.data;
    const bundle = await loadBundle(record.scenarioId);
    if (!bundle) throw new Error(`no scenario ${record.scenarioId}`);
    const path = pathOf(bundle, record, DEBRIEF_NODES);
    const day = frontierOfRecord(bundle, record);
    const reply: BestLineResponse = { id, ok: true, best: path.best.score, upper: path.best.upper, base: path.base, line: path.best.line, leftAt: path.leftAt, bestAfter: path.bestAfter, afterUpper: path.afterUpper, exact: path.exact, day };
    self.postMessage(reply);
  } catch (err) {
    self.postMessage({ id, ok: false, error: String(err) } satisfies BestLineResponse);
  }
});
