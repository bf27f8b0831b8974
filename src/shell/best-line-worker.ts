// The debrief's searches, off the page's main thread: the best line of the player's seed (the
// solver) and every day that was possible on it (its Pareto frontier and Nash point). Each can take
// a second on a slow laptop, and the debrief must not freeze meanwhile.
import { loadBundle } from '../content/registry';
import type { GameRecord } from '../engine';
import { frontierOfRecord, type DayFrontier } from '../engine/debrief/frontier';
import { pathOf } from '../engine/solver/path';

export interface BestLineRequest {
  id: number;
  record: GameRecord;
}

export type BestLineResponse =
  | { id: number; ok: true; best: number; base: number; line: GameRecord['moves']; leftAt: number | null; bestAfter: number | null; day: DayFrontier | null }
  | { id: number; ok: false; error: string };

/** How far the debrief's search goes: the same cap everywhere, so the same seed shows the same best. */
export const DEBRIEF_NODES = 6000;

self.addEventListener('message', async (e: MessageEvent<BestLineRequest>) => {
  const { id, record } = e.data;
  try {
    const bundle = await loadBundle(record.scenarioId);
    if (!bundle) throw new Error(`no scenario ${record.scenarioId}`);
    const path = pathOf(bundle, record, DEBRIEF_NODES);
    const day = frontierOfRecord(bundle, record);
    const reply: BestLineResponse = { id, ok: true, best: path.best.score, base: path.base, line: path.best.line, leftAt: path.leftAt, bestAfter: path.bestAfter, day };
    self.postMessage(reply);
  } catch (err) {
    self.postMessage({ id, ok: false, error: String(err) } satisfies BestLineResponse);
  }
});
