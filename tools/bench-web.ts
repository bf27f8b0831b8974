// npm run bench:web [-- --build] [--dist DIR] [--runs N] [--games N] [--json FILE]
//
// Our built game against a bare Phaser 4 game (tools/bare-phaser/), side by side in headless
// Chromium (/usr/bin/chromium, software WebGL):
//   1. initial JS, gzipped: the scripts the page loaded before it was ready;
//   2. time until ready: our title screen interactive vs the bare game's first create();
//   3. frame time of the game loop's own frames (not while it sleeps) in the 1.5 s after each of a
//      game's first clicks, with the driver quiet (bare: idle), and every rAF delta for comparison;
//   4. JS heap growth over ten full games in one page (after forced GC, CDP Runtime.getHeapUsage).
// Prints a table and JSON (also written to test-artifacts/bench-web.json). Not part of npm test.
// It expects dist/ (building it when missing, or with --build) and builds the bare game into a
// temp dir. Runs are sequential; the numbers are only as quiet as the machine.
import { benchArgs } from './args';
import { buildBare } from './bare-build';
import { PAGE_SHIM, quantile, r1 } from './bench-util';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { ARTIFACTS, launchChromium, ROOT, serveDist, type StaticServer } from '../tests/support/browser';
import { pauseClock, record, waitForScene, waitForTitle } from '../tests/support/game';
import { type Input, label, mouse, playToDebrief, startNewGame } from '../tests/support/play';

interface Args {
  build: boolean;
  dist: string;
  runs: number;
  games: number;
  json: string;
}

function parseArgs(argv: string[]): Args {
  const a = benchArgs('bench-web', argv, 'games', { dist: path.join(ROOT, 'dist'), runs: 5, count: 10, json: path.join(ARTIFACTS, 'bench-web.json'), resolve: (p) => path.resolve(p) });
  return { build: a.build, dist: a.dist, runs: a.runs, games: a.count, json: a.json };
}

const kb = (bytes: number) => r1(bytes / 1024);

/** Records in the page when it became ready, and which scripts it had loaded by then. */
const READY_PROBE = `(() => {
  const done = (signal) => {
    if (window.__bench) return;
    const at = performance.now();
    const scripts = performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= at && (e.initiatorType === 'script' || /\\.m?js(\\?|$)/.test(e.name)))
      .map((e) => e.name);
    const nav = performance.getEntriesByType('navigation')[0];
    window.__bench = { at, signal, scripts, nav: nav ? nav.name : location.href };
  };
  const check = () => {
    if (window.__bareReady !== undefined) return done('bare create()');
    if (window.__vladivostokReady === true) return done('window.__vladivostokReady');
    if (document.querySelector('[data-ready="true"]')) return done('data-ready');
    if (document.querySelector('#panel[data-scene="Title"] h1')) return done('Title panel (no ready signal)');
  };
  let bare;
  Object.defineProperty(window, '__bareReady', { configurable: true, get: () => bare, set: (v) => { bare = v; check(); } });
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Target {
  name: string;
  server: StaticServer;
  dir: string;
  path: string;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(PAGE_SHIM);
  return context;
}

async function loadOnce(browser: Browser, t: Target): Promise<{ ms: number; signal: string; scripts: string[] }> {
  const context = await newContext(browser);
  try {
    await context.addInitScript(READY_PROBE);
    const page = await context.newPage();
    await page.goto(t.server.url + t.path);
    await page.waitForFunction(() => (window as { __bench?: unknown }).__bench !== undefined, undefined, { timeout: 60_000 });
    const b = (await page.evaluate(() => (window as unknown as { __bench: { at: number; signal: string; scripts: string[] } }).__bench))!;
    return { ms: b.at, signal: b.signal, scripts: b.scripts };
  } finally {
    await context.close();
  }
}

function gzipOf(t: Target, urls: string[]): { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number } {
  const files = [...new Set(urls)].map((u) => {
    const rel = decodeURIComponent(new URL(u).pathname).replace(/^\/+/, '');
    const buf = readFileSync(path.join(t.dir, rel));
    return { file: rel, raw: buf.length, gzip: gzipSync(buf).length };
  });
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/**
 * Frame times of the game's own loop, collected in the page between start() and stop(). Installed
 * before the page's scripts: it wraps requestAnimationFrame so that a callback requested from
 * inside another rAF callback (a running loop: Phaser asks for its next frame from the current one)
 * records the time since that callback. A loop that is asleep requests nothing, so the time it
 * sleeps is no frame, and its first frame after waking (requested from outside a frame) starts
 * afresh. Also records, for comparison, every frame the browser made while anything was watched.
 */
const FRAMES_PROBE = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const st = { on: false, d: [], all: [], lastAny: 0 };
  let current = null;
  window.requestAnimationFrame = (cb) => {
    const parent = current;
    return raf((t) => {
      if (st.on) {
        if (parent !== null && t > parent) st.d.push(t - parent);
        if (t !== st.lastAny) { if (st.lastAny) st.all.push(t - st.lastAny); st.lastAny = t; }
      }
      const outer = current;
      current = t;
      try { cb(t); } finally { current = outer; }
    });
  };
  window.__frames = {
    start: () => { st.on = true; st.d.length = 0; st.all.length = 0; st.lastAny = 0; },
    stop: () => { st.on = false; return { loop: st.d, all: st.all }; },
  };
})();`;

interface Frames {
  /** Deltas between consecutive frames of a running loop (the game's frames). */
  loop: number[];
  /** Deltas between any two consecutive rAF callbacks (the old measure: counts the probe's frames while the game sleeps). */
  all: number[];
}

async function framesWhile(page: Page, work: () => Promise<void>): Promise<Frames> {
  // A heartbeat from outside the page's loops, so that "all" sees every frame as before.
  await page.evaluate(() => {
    const w = window as unknown as { __frames: { start: () => void }; __beat?: boolean };
    w.__frames.start();
    w.__beat = true;
    const beat = () => w.__beat && setTimeout(() => requestAnimationFrame(beat), 0);
    beat();
  });
  await work();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: { stop: () => Frames }; __beat?: boolean };
    w.__beat = false;
    return w.__frames.stop();
  });
}

class Stop extends Error {}

/** How long after each click only the game runs: its answer, a scene change, a reaction (≤ 0.7 s). */
const QUIET_MS = 1500;
/** Clicks measured: the briefing, then goals opened, offers made, counters taken, goals left. */
const CLICKS = 16;

/**
 * Frame times while a player plays: the first `clicks` clicks of a game by mouse. Each click is
 * measured on its own: the button is found and scrolled to first, then the probe starts, the mouse
 * clicks at the button's centre and nothing but the game runs in the page for QUIET_MS, then the
 * probe stops. So the test driver's own queries of the page (accessible names, polling), which a
 * player does not make, are not counted; everything the click sets off is. Measured once the page
 * has loaded: its art in and the loop asleep, the service worker active (load is timed above).
 */
async function framesOurs(browser: Browser, t: Target, clicks: number): Promise<Frames> {
  const context = await newContext(browser);
  await context.addInitScript(FRAMES_PROBE);
  try {
    const page = await context.newPage();
    await page.goto(t.server.url + '/?lang=en&seed=bench-frames&difficulty=open');
    await waitForScene(page, 'Briefing');
    await page.waitForFunction(() => window.__vladivostok?.drawing() === false, undefined, { timeout: 30_000, polling: 200 });
    await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
    const frames: Frames = { loop: [], all: [] };
    const base = mouse();
    let n = 0;
    const input: Input = {
      ...base,
      async press(target) {
        if (n++ >= clicks) throw new Stop();
        await target.scrollIntoViewIfNeeded();
        const box = await target.boundingBox();
        if (!box) throw new Error(`${String(target)} has no box to click`);
        await page.evaluate(() => (window as unknown as { __frames: { start: () => void } }).__frames.start());
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(QUIET_MS);
        const f = await page.evaluate(() => (window as unknown as { __frames: { stop: () => Frames } }).__frames.stop());
        frames.loop.push(...f.loop);
        frames.all.push(...f.all);
      },
    };
    try {
      await playToDebrief(page, { lang: 'en', input });
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    return frames;
  } finally {
    await context.close();
  }
}

async function framesBare(browser: Browser, t: Target, ms: number): Promise<Frames> {
  const context = await newContext(browser);
  await context.addInitScript(FRAMES_PROBE);
  try {
    const page = await context.newPage();
    await page.goto(t.server.url + '/');
    await page.waitForFunction(() => (window as { __bareReady?: number }).__bareReady !== undefined);
    return await framesWhile(page, () => page.waitForTimeout(ms));
  } finally {
    await context.close();
  }
}

async function heap(page: Page): Promise<{ used: number; total: number; nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    const c = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
    return { used: h.usedSize, total: h.totalSize, nodes: c.nodes, listeners: c.jsEventListeners };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function heapOverGames(browser: Browser, t: Target, games: number) {
  const context = await newContext(browser);
  const lang = 'en';
  const input = mouse();
  try {
    const page = await context.newPage();
    // A paused clock (see tests/support/game.ts): ten games in real time would take many minutes
    // of software-rendered frames; the scenes and the game still run, frame by frame, as time is given.
    await pauseClock(page);
    await page.goto(t.server.url + '/?lang=en');
    await waitForTitle(page);
    const before = await heap(page);
    const after: Awaited<ReturnType<typeof heap>>[] = [];
    const moves: number[] = [];
    const started = Date.now();
    for (let g = 1; g <= games; g++) {
      await startNewGame(page, { lang, input, seed: `bench-${g}`, difficulty: g % 2 ? 'open' : 'standard' });
      await playToDebrief(page, { lang, input });
      moves.push((await record(page))?.moves.length ?? 0);
      await input.press(page.getByRole('button', { name: label(lang, 'ui.debrief.again'), exact: true }));
      await waitForTitle(page);
      after.push(await heap(page));
      process.stderr.write(`  game ${g}/${games}: ${moves.at(-1)} moves, heap ${kb(after.at(-1)!.used)} KB\n`);
    }
    return { before, after, moves, seconds: (Date.now() - started) / 1000 };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  if (args.build || !existsSync(path.join(args.dist, 'index.html'))) {
    log(`building the game into ${args.dist} ...`);
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: args.dist, emptyOutDir: true } });
  }
  log('building the bare Phaser game ...');
  const bareDir = await buildBare();
  const ours: Target = { name: 'vladivostok', dir: args.dist, path: '/?lang=en', server: await serveDist({ outDir: args.dist }) };
  const bare: Target = { name: 'bare phaser', dir: path.join(bareDir, 'dist'), path: '/', server: await serveDist({ root: bareDir, outDir: 'dist', configFile: false }) };
  const browser = await launchChromium();
  try {
    log(`time to ready, ${args.runs} cold loads each ...`);
    const loads: Record<string, { ms: number; signal: string; scripts: string[] }[]> = { [ours.name]: [], [bare.name]: [] };
    for (let i = 0; i < args.runs; i++) {
      for (const t of [ours, bare]) loads[t.name]!.push(await loadOnce(browser, t));
    }
    const sizeOurs = gzipOf(ours, loads[ours.name]![0]!.scripts);
    const sizeBare = gzipOf(bare, loads[bare.name]![0]!.scripts);

    log(`frame times after each of ${CLICKS} clicks ...`);
    const started = Date.now();
    const fOurs = await framesOurs(browser, ours, CLICKS);
    const fBare = await framesBare(browser, bare, Math.max(3000, Date.now() - started));

    log(`heap over ${args.games} full games in one page ...`);
    const h = await heapOverGames(browser, ours, args.games);

    const ready = (t: Target) => loads[t.name]!.map((l) => l.ms);
    const frameStats = (d: number[]) => ({ frames: d.length, p50: r1(quantile(d, 0.5)), p95: r1(quantile(d, 0.95)), max: r1(Math.max(...d)) });
    const result = {
      when: new Date().toISOString(),
      chromium: browser.version(),
      cpus: os.cpus().length,
      loadavg: os.loadavg().map(r1),
      initialJs: {
        [ours.name]: { gzipKB: kb(sizeOurs.gzip), rawKB: kb(sizeOurs.raw), files: sizeOurs.files },
        [bare.name]: { gzipKB: kb(sizeBare.gzip), rawKB: kb(sizeBare.raw), files: sizeBare.files },
      },
      timeToReadyMs: {
        [ours.name]: { median: r1(quantile(ready(ours), 0.5)), min: r1(Math.min(...ready(ours))), runs: ready(ours).map(r1), signal: loads[ours.name]![0]!.signal },
        [bare.name]: { median: r1(quantile(ready(bare), 0.5)), min: r1(Math.min(...ready(bare))), runs: ready(bare).map(r1), signal: loads[bare.name]![0]!.signal },
      },
      frameMeasure: "the game loop's own frames (a rAF requested from inside the previous one); a loop asleep makes no frames. Ours: in the quiet spell after each click (the driver's own queries of the page not counted)",
      frameMs: {
        [ours.name]: { while: `the ${CLICKS} first clicks of a game, ${QUIET_MS} ms after each`, ...frameStats(fOurs.loop), allRaf: frameStats(fOurs.all) },
        [bare.name]: { while: 'idle, as long', ...frameStats(fBare.loop), allRaf: frameStats(fBare.all) },
      },
      heap: {
        games: args.games,
        moves: h.moves,
        seconds: r1(h.seconds),
        clock: 'paused, advanced by the driver',
        beforeKB: kb(h.before.used),
        afterKB: h.after.map((x) => kb(x.used)),
        growthKB: kb(h.after.at(-1)!.used - h.before.used),
        growthPerGameKB: kb((h.after.at(-1)!.used - h.after[0]!.used) / Math.max(1, h.after.length - 1)),
        domNodes: { before: h.before.nodes, after: h.after.map((x) => x.nodes) },
        jsListeners: { before: h.before.listeners, after: h.after.map((x) => x.listeners) },
      },
    };

    const row = (k: string, a: string | number, b: string | number) => `${k.padEnd(34)}${String(a).padStart(16)}${String(b).padStart(16)}`;
    const o = result.timeToReadyMs[ours.name]!;
    const bb = result.timeToReadyMs[bare.name]!;
    console.log(row('', ours.name, bare.name));
    console.log(row('initial JS, gzip (KB)', result.initialJs[ours.name]!.gzipKB, result.initialJs[bare.name]!.gzipKB));
    console.log(row('initial JS, raw (KB)', result.initialJs[ours.name]!.rawKB, result.initialJs[bare.name]!.rawKB));
    console.log(row(`time to ready, median of ${args.runs} (ms)`, o.median, bb.median));
    console.log(row('time to ready, best (ms)', o.min, bb.min));
    console.log(row('frame time p50 (ms)', result.frameMs[ours.name]!.p50, result.frameMs[bare.name]!.p50));
    console.log(row('frame time p95 (ms)', result.frameMs[ours.name]!.p95, result.frameMs[bare.name]!.p95));
    console.log(row('frames drawn while measured', result.frameMs[ours.name]!.frames, result.frameMs[bare.name]!.frames));
    console.log(row('all rAF deltas p50 / p95 (ms)', `${result.frameMs[ours.name]!.allRaf.p50} / ${result.frameMs[ours.name]!.allRaf.p95}`, `${result.frameMs[bare.name]!.allRaf.p50} / ${result.frameMs[bare.name]!.allRaf.p95}`));
    console.log(row(`heap growth, ${args.games} games (KB)`, result.heap.growthKB, '-'));
    console.log(row('heap growth per game after 1st (KB)', result.heap.growthPerGameKB, '-'));
    console.log(`ready signal used: ${o.signal}; load average ${result.loadavg.join(' ')} on ${result.cpus} CPUs`);
    console.log(JSON.stringify(result, null, 2));
    mkdirSync(path.dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
    log(`written ${path.relative(ROOT, args.json)}`);
  } finally {
    await browser.close();
    await ours.server.close();
    await bare.server.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
