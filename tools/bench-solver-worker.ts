// npm run bench:solver-worker [-- --build] [--dist DIR] [--seeds N] [--json FILE]
//
// The solver's time for one seed (the best line from the start, at the debrief's cap), in Node and
// in a Web Worker of the built page, side by side in one run, on the seeds `npm run bench` uses
// (bench-solve-0 … N-1, 20 by default) at each difficulty: median and max, how many searches
// finished (exact), and the machine's load before and after. In the page it is the debrief's own
// worker (src/shell/best-line-worker.ts, its bare "solve" request), started from the built asset in
// headless Chromium (/usr/bin/chromium); its time is the worker's performance.now() around solve().
// Node's is the CPU time of this process (as `npm run bench` reports it) and its wall time.
// Prints a table and JSON (also to test-artifacts/bench-solver-worker.json). Not part of npm test.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { DIFFICULTIES, type Difficulty } from '../src/engine';
import { solve } from '../src/engine/solver';
import type { SolveResponse } from '../src/shell/best-line-worker';
import { ARTIFACTS, launchChromium, ROOT, serveDist } from '../tests/support/browser';
import { parseArgs } from './args';
import { PAGE_SHIM, quantile } from './bench-util';
import { BUNDLES } from './scenarios';
import { DEBRIEF_NODES } from '../src/engine/solver/path';

const parsed = parseArgs(process.argv.slice(2), { build: 'boolean', dist: 'string', seeds: 'number', json: 'string' });
if (!parsed.ok) {
  console.error(`bench-solver-worker: ${parsed.error}`);
  process.exit(2);
}
const o = parsed.args;
const DIST = path.resolve(String(o.dist ?? path.join(ROOT, 'dist')));
const SEEDS = Number(o.seeds ?? 20);
const JSON_OUT = path.resolve(String(o.json ?? path.join(ARTIFACTS, 'bench-solver-worker.json')));
const SCENARIO = 'vladivostok-2019';

interface Row {
  ms: number;
  complete: boolean;
  score: number;
}
const seedOf = (i: number) => `bench-solve-${i}`;
const load = () => Number(loadavg()[0]!.toFixed(2));
const summary = (rows: Row[]) => {
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  return { medianMs: Math.round(quantile(ms, 0.5)), maxMs: Math.round(ms[ms.length - 1]!), complete: rows.filter((r) => r.complete).length, seeds: rows.length };
};

if (o.build === true || !existsSync(path.join(DIST, 'index.html'))) {
  console.log(`building into ${DIST} …`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
}
const assets = path.join(DIST, 'assets');
const workerFile = readdirSync(assets).find((f) => /^best-line-worker[-.\w]*\.js$/.test(f));
if (!workerFile) throw new Error(`no best-line-worker asset in ${assets}`);

const loadBefore = load();
const node: Record<string, { cpu: Row[]; wall: Row[] }> = {};
const bundle = BUNDLES[SCENARIO]!;
for (const difficulty of DIFFICULTIES) {
  const cpu: Row[] = [];
  const wall: Row[] = [];
  for (let i = 0; i < SEEDS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = solve(bundle, { seed: seedOf(i), settings: { difficulty } }, DEBRIEF_NODES);
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu.push({ ms: (c.user + c.system) / 1000, complete: s.complete, score: s.score });
    wall.push({ ms: t, complete: s.complete, score: s.score });
  }
  node[difficulty] = { cpu, wall };
}

const server = await serveDist({ outDir: path.relative(ROOT, DIST) });
const browser = await launchChromium();
const web: Record<string, Row[]> = {};
try {
  const context = await browser.newContext();
  await context.addInitScript(PAGE_SHIM);
  const page = await context.newPage();
  await page.goto(`${server.url}/?lang=en`);
  for (const difficulty of DIFFICULTIES) {
    const requests = Array.from({ length: SEEDS }, (_, i) => ({ scenarioId: SCENARIO, seed: seedOf(i), settings: { difficulty } }));
    // One worker a difficulty, the seeds one after another, as the debrief would ask.
    web[difficulty] = await page.evaluate(
      async ({ url, requests }) => {
        const worker = new Worker(url, { type: 'module' });
        const ask = (id: number, solve: (typeof requests)[number]) =>
          new Promise<SolveResponse>((resolve, reject) => {
            const on = (e: MessageEvent<SolveResponse>) => {
              if (e.data?.id !== id) return;
              worker.removeEventListener('message', on);
              resolve(e.data);
            };
            worker.addEventListener('message', on);
            worker.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
            worker.postMessage({ id, solve });
          });
        const out: { ms: number; complete: boolean; score: number }[] = [];
        for (let i = 0; i < requests.length; i++) {
          const r = await ask(i + 1, requests[i]!);
          if (!r.ok) throw new Error(r.error);
          out.push({ ms: r.ms, complete: r.complete, score: r.score });
        }
        worker.terminate();
        return out;
      },
      { url: `/assets/${workerFile}`, requests },
    );
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
const loadAfter = load();

const result = {
  scenario: SCENARIO,
  cap: DEBRIEF_NODES,
  seeds: SEEDS,
  node: process.version,
  load: { before: loadBefore, after: loadAfter },
  difficulties: Object.fromEntries(
    DIFFICULTIES.map((d: Difficulty) => {
      const same = node[d]!.cpu.every((r, i) => r.score === web[d]![i]!.score);
      return [d, { nodeCpu: summary(node[d]!.cpu), nodeWall: summary(node[d]!.wall), worker: summary(web[d]!), sameScores: same }];
    }),
  ),
};
console.log(`\nthe solver, one ${SCENARIO} seed at the debrief's cap (${DEBRIEF_NODES} states), ${SEEDS} seeds a difficulty; load ${loadBefore} before, ${loadAfter} after\n`);
console.log('| difficulty | Node, CPU: median / max | Node, wall: median / max | browser worker: median / max | exact (Node / worker) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [d, r] of Object.entries(result.difficulties)) {
  console.log(`| ${d} | ${r.nodeCpu.medianMs} / ${r.nodeCpu.maxMs} ms | ${r.nodeWall.medianMs} / ${r.nodeWall.maxMs} ms | ${r.worker.medianMs} / ${r.worker.maxMs} ms | ${r.nodeCpu.complete} / ${r.worker.complete} of ${r.worker.seeds}${r.sameScores ? '' : ' (scores differ!)'} |`);
}
mkdirSync(path.dirname(JSON_OUT), { recursive: true });
writeFileSync(JSON_OUT, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result));
