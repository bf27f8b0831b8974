// How long the teacher's page takes to read pasted text into codes (src/classroom/reader.ts
// splitCodes, which readPaste runs in a Web Worker on at most MAX_PASTE_CHARS of a paste; here
// without that cap, so that every size is read whole), at 10,000, 20,000 and 40,000 lines: the
// time should grow in proportion to the lines (linear), not with their square. Three kinds of paste:
//   chat    short lines with no code at all (a chat log pasted by mistake: the paste that froze the page)
//   class   "Student 123: V19…" on every line (a class's codes with names before them)
//   groups  codes typed in groups of four characters, one group per line (each code put back together)
// Usage: npm run bench:paste [-- --runs 5 --lines 10000]   (--lines: the smallest size; then ×2 and ×4)
import { loadavg } from 'node:os';
import { splitCodes } from '../src/classroom/reader';
import { encodeResultCode, loadEngines, makeStrategy, newGame, playOut, STRATEGIES } from '../src/engine';
import { parseArgs } from './args';
import { quantile, r1 } from './bench-util';
import { BUNDLES } from './scenarios';

// As the teacher's page does at its start: a code of an earlier version is read by its own engine.
await loadEngines();

const flags = parseArgs(process.argv.slice(2), { runs: 'number', lines: 'number' });
if (!flags.ok) {
  console.error(`bench-paste: ${flags.error}`);
  process.exit(2);
}
const RUNS = Number(flags.args.runs ?? 5);
const BASE = Number(flags.args.lines ?? 10_000);
const SIZES = [BASE, BASE * 2, BASE * 4];

const BUNDLE = BUNDLES['vladivostok-2019']!;
const codes: string[] = [];
for (let i = 0; i < 12; i++) {
  const game = newGame(BUNDLE, { seed: 'bench-paste', settings: { difficulty: 'standard' }, name: `Student ${i + 1}` });
  playOut(game, makeStrategy(STRATEGIES[i % STRATEGIES.length]!, `student-${i}`));
  codes.push(encodeResultCode(game.record(), BUNDLE));
}

const KINDS: Record<string, (lines: number) => string> = {
  chat: (n) => Array.from({ length: n }, (_, i) => `ok ${i}`).join('\n'),
  class: (n) => Array.from({ length: n }, (_, i) => `Student ${i}: ${codes[i % codes.length]}`).join('\n'),
  groups: (n) => {
    const out: string[] = [];
    for (let i = 0; out.length < n; i++) out.push(...codes[i % codes.length]!.match(/.{1,4}/g)!);
    return out.slice(0, n).join('\n');
  },
};

// The time is CPU time (process.cpuUsage), which other processes on a shared machine disturb far
// less than the clock on the wall does; each batch repeats the read until it has used about 250 ms,
// and the best batch of the runs is taken (the median wall-clock time per read is shown beside it).
console.log(`bench-paste: splitCodes on one core, CPU time per read (best of ${RUNS} batches); load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('kind    lines    characters   codes   CPU ms per read   wall ms (median)   CPU ms per 10k lines   × previous size');
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const summary: Record<string, number[]> = {};
for (const [kind, make] of Object.entries(KINDS)) {
  // One read of the largest first: the code is compiled and the heap grown before the clock starts.
  splitCodes(make(SIZES[2]!));
  let previous: number | null = null;
  for (const n of SIZES) {
    const text = make(n);
    let found = 0;
    // How many reads make a batch of about 250 ms.
    gc();
    const c0 = cpuMs();
    found = splitCodes(text).length;
    const reps = Math.max(1, Math.round(250 / Math.max(0.5, cpuMs() - c0)));
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A collection before each batch, where node allows it (npm run bench:paste does): the garbage of one batch is not timed in the next.
      gc();
      const c = cpuMs();
      const t = performance.now();
      for (let i = 0; i < reps; i++) splitCodes(text);
      wall.push((performance.now() - t) / reps);
      cpu.push((cpuMs() - c) / reps);
    }
    const ms = Math.min(...cpu);
    (summary[kind] ??= []).push(ms);
    console.log(
      `${kind.padEnd(7)} ${String(n).padStart(6)} ${String(text.length).padStart(13)} ${String(found).padStart(7)} ${r1(ms).toFixed(1).padStart(17)} ${r1(quantile(wall, 0.5)).toFixed(1).padStart(18)} ${r1((ms / n) * 10_000).toFixed(1).padStart(22)} ${previous === null ? '' : `×${(ms / previous).toFixed(2)}`.padStart(17)}`,
    );
    previous = ms;
  }
}
// Linear: doubling the lines doubles the time (×2); quadratic would be ×4.
console.log(`\nCPU time from ${SIZES[0]} to ${SIZES[2]} lines (×4): ${Object.entries(summary).map(([k, t]) => `${k} ×${(t[2]! / t[0]!).toFixed(2)}`).join(', ')} (linear: ×4; quadratic: ×16)`);
