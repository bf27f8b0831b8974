// Runs the verification of many hand-ins in Web Workers (a small pool), a few on the main thread;
// and the reading of long pasted text into codes, in one of the same workers.
import { readPaste, verifyItem, type Expected, type Item, type PasteRead, type Verdict } from './reader';
import type { PasteRequest, PasteResponse, VerifyRequest, VerifyResponse } from './verify-worker';

const WARM = 'warm';

/** Below this many, replaying on the page itself is quicker than starting a worker. */
export const WORKER_THRESHOLD = 6;

let pool: Worker[] = [];
let batchNo = 0;

function poolSize(n: number): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores, Math.ceil(n / 10)));
}

let warm = 0;
let onAllWarm: (() => void) | null = null;

function getWorkers(size: number): Worker[] {
  while (pool.length < size) {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    // Its code could not be loaded (offline before it ever arrived): drop it, or a batch would wait
    // for it forever; the next batch starts another, or verifies on the page itself.
    const onLoadError = () => {
      worker.removeEventListener('message', onWarm);
      worker.terminate();
      pool = pool.filter((w) => w !== worker);
      if (warm >= pool.length) onAllWarm?.();
    };
    const onWarm = (e: MessageEvent) => {
      if (e.data !== WARM) return;
      worker.removeEventListener('message', onWarm);
      worker.removeEventListener('error', onLoadError);
      warm += 1;
      if (warm >= pool.length) onAllWarm?.();
    };
    worker.addEventListener('message', onWarm);
    worker.addEventListener('error', onLoadError);
    pool.push(worker);
  }
  return pool.slice(0, size);
}

function runOn(worker: Worker, expected: Expected | null, jobs: { id: number; item: Item }[]): Promise<VerifyResponse['results']> {
  const batch = ++batchNo;
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<VerifyResponse>) => {
      if (typeof e.data !== 'object' || e.data.batch !== batch) return;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(e.data.results);
    };
    const onError = (e: ErrorEvent) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      e.preventDefault();
      reject(new Error(e.message || 'worker failed'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    const request: VerifyRequest = { batch, expected, jobs };
    worker.postMessage(request);
  });
}

/** Verdicts for the items, in order. Falls back to the main thread if workers cannot run. */
export async function verifyAll(items: readonly Item[], expected: Expected | null, options: { workers?: boolean } = {}): Promise<Verdict[]> {
  const useWorkers = options.workers ?? items.length >= WORKER_THRESHOLD;
  if (!useWorkers || typeof Worker === 'undefined') return items.map((item) => verifyItem(item, expected));
  try {
    const workers = getWorkers(poolSize(items.length));
    const shares: { id: number; item: Item }[][] = workers.map(() => []);
    items.forEach((item, id) => shares[id % workers.length]!.push({ id, item }));
    const parts = await Promise.all(workers.map((w, i) => runOn(w, expected, shares[i]!)));
    const out: Verdict[] = new Array(items.length);
    for (const part of parts) for (const r of part) out[r.id] = r.verdict;
    return out;
  } catch {
    for (const w of pool) w.terminate();
    pool = [];
    return items.map((item) => verifyItem(item, expected));
  }
}

/** Below this many characters, a paste is read on the page itself (it takes well under a millisecond per thousand). */
export const PASTE_WORKER_CHARS = 20_000;

/** Pasted text read into codes (./reader.ts readPaste), in a worker when it is long; on the page if workers cannot run. */
export async function readPasteOff(text: string, options: { workers?: boolean } = {}): Promise<PasteRead> {
  const useWorker = options.workers ?? text.length >= PASTE_WORKER_CHARS;
  if (!useWorker || typeof Worker === 'undefined') return readPaste(text);
  try {
    const worker = getWorkers(1)[0]!;
    const batch = ++batchNo;
    return await new Promise<PasteRead>((resolve, reject) => {
      const done = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = (e: MessageEvent<PasteResponse>) => {
        if (typeof e.data !== 'object' || e.data.batch !== batch) return;
        done();
        resolve(e.data.read);
      };
      const onError = (e: ErrorEvent) => {
        done();
        e.preventDefault();
        reject(new Error(e.message || 'worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: PasteRequest = { batch, paste: text };
      worker.postMessage(request);
    });
  } catch {
    for (const w of pool) w.terminate();
    pool = [];
    return readPaste(text);
  }
}

/** Starts the workers early (when the page opens), so that the first paste is not slowed by it; `done` runs once all are warm. */
export function warmUp(done?: () => void): void {
  onAllWarm = done ?? null;
  try {
    getWorkers(poolSize(40));
  } catch {
    done?.();
  }
}
