// Verifies hand-ins off the page's main thread: each is replayed by the engine. Pasted text is read
// into codes here too, so that a long paste never holds up the page.
import { encodeResultCode, loadEngines, makeStrategy, newGame, playOut } from '../engine';
import { DEFAULT_SCENARIO_ID, scenarioOf } from './scenario';
import { readPaste, verifyItem, type Expected, type Item, type PasteRead, type Verdict } from './reader';

export interface VerifyRequest {
  batch: number;
  expected: Expected | null;
  jobs: { id: number; item: Item }[];
}

export interface VerifyResponse {
  batch: number;
  results: { id: number; verdict: Verdict }[];
}

/** Pasted text to read into codes. */
export interface PasteRequest {
  batch: number;
  paste: string;
}

export interface PasteResponse {
  batch: number;
  read: PasteRead;
}

/** Sent once, when the warm-up is done. */
export const WARM = 'warm';

const scope = self as unknown as { onmessage: ((e: MessageEvent<VerifyRequest | PasteRequest>) => void) | null; postMessage(msg: VerifyResponse | PasteResponse | typeof WARM): void };

// The engines of earlier versions, loaded before anything is read (as on the page: main.ts).
const engines = loadEngines();

scope.onmessage = (e) => {
  const data = e.data;
  void engines.then(() => {
    if ('paste' in data) {
      scope.postMessage({ batch: data.batch, read: readPaste(data.paste) });
      return;
    }
    const { batch, expected, jobs } = data;
    scope.postMessage({ batch, results: jobs.map((j) => ({ id: j.id, verdict: verifyItem(j.item, expected) })) });
  });
};

// Warm up while the teacher is still reading: one game played and verified makes the engine's code
// hot (JIT) before the first real code arrives, which halves the time of the first batch.
void engines.then(() => {
  try {
    const bundle = scenarioOf(DEFAULT_SCENARIO_ID).bundle;
    const game = playOut(newGame(bundle, { seed: 'warm-up', settings: { difficulty: 'standard' } }), makeStrategy('greedy', 'warm-up'));
    verifyItem({ kind: 'code', text: encodeResultCode(game.record(), bundle) }, null);
  } catch {
    /* only a warm-up */
  }
  scope.postMessage(WARM);
});
