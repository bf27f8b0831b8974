// Asks a Web Worker for the best line of a finished game's seed and where the game left it. A page
// that cannot start the worker (its code not kept offline yet) gets null and says so, rather than
// freezing on the solver.
import type { GameRecord } from '../engine';
import type { BestLineRequest, BestLineResponse } from './best-line-worker';

let next = 0;

export function bestLine(record: GameRecord): Promise<Extract<BestLineResponse, { ok: true }> | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./best-line-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const id = ++next;
    const done = (value: Extract<BestLineResponse, { ok: true }> | null) => {
      worker.terminate();
      resolve(value);
    };
    worker.addEventListener('message', (e: MessageEvent<BestLineResponse>) => {
      if (e.data?.id === id) done(e.data.ok ? e.data : null);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      done(null);
    });
    worker.postMessage({ id, record: JSON.parse(JSON.stringify(record)) } satisfies BestLineRequest);
  });
}
