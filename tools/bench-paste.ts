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
import { encodeResultCode, makeStrategy, newGame, playOut, STRATEGIES } from '../src/engine';
import { parseArgs } from './args';
import { quantile, r1 } from './bench-util';
import { BUNDLES } from './scenarios';

const flags = parseArgs(process.argv.slice(2), { runs: 'number', lines: 'number' });
if (!flags.ok) {
  console.error(`bench-paste: ${flags.error}`);
  process.exit(2);
}
const RUNS = Number(flags.args.runs ?? 7);
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

console.log(`bench-paste: splitCodes on one core, median of ${RUNS} runs; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('kind    lines    characters   codes   median ms   ms per 10k lines   × previous size');
const summary: Record<string, number[]> = {};
for (const [kind, make] of Object.entries(KINDS)) {
  // One read of the largest first: the code is compiled and the heap grown before the clock starts.
  splitCodes(make(SIZES[2]!));
  let previous: number | null = null;
  for (const n of SIZES) {
    const text = make(n);
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const read = splitCodes(text);
      times.push(performance.now() - t0);
      found = read.length;
    }
    const ms = quantile(times, 0.5);
    (summary[kind] ??= []).push(ms);
    console.log(
      `${kind.padEnd(7)} ${String(n).padStart(6)} ${String(text.length).padStart(13)} ${String(found).padStart(7)} ${r1(ms).toFixed(1).padStart(11)} ${r1((ms / n) * 10_000).toFixed(1).padStart(18)} ${previous === null ? '' : `×${(ms / previous).toFixed(2)}`.padStart(17)}`,
    );
    previous = ms;
  }
}
// Linear: doubling the lines doubles the time (×2); quadratic would be ×4.
console.log(`\nfrom ${SIZES[0]} to ${SIZES[2]} lines (×4): ${Object.entries(summary).map(([k, t]) => `${k} ×${(t[2]! / t[0]!).toFixed(2)}`).join(', ')}`);
