// The wider adversary in one run (session 11's helper cached and screened in steps; this keeps it in memory): the
// solver's best lines of T training seeds, each replayed as a fixed list on S screening seeds; the K
// best of them also as pairs (a line, then another as its fallback); the leaders confirmed on N test
// seeds. PUTIN='{...}' / TOP='{...}' measure a candidate for the next rules (override.ts).
//   npx tsx tools/once/wider.ts difficulty [T=300] [N=1000] [S=200] [K=25] [cap=3000] [out.json]
import { writeFileSync } from 'node:fs';
import type { Move } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { nearBest, playFixed } from '../balance/fixed';
import { overriddenBundle } from './override';

const D = process.argv[2] as 'open';
const [T, N, S, K, CAP] = [3, 4, 5, 6, 7].map((i, k) => Number(process.argv[i] ?? [300, 1000, 200, 25, 3000][k])) as [number, number, number, number, number];
const OUT = process.argv[8];
const bundle = overriddenBundle();
const init = (seed: string) => ({ seed, settings: { difficulty: D } });
// SEEDS=x plays the seeds x-train-N and x-test-N instead (a second draw, to see how much the figure moves).
const prefix = process.env.SEEDS ? `${process.env.SEEDS}-` : '';
const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

const lines: { name: string; line: Move[] }[] = [];
for (let i = 1; i <= T; i++) lines.push({ name: `train-${i}`, line: solve(bundle, init(`${prefix}train-${i}`), CAP).line });
const best: number[] = [];
let sum = 0;
for (let i = 1; i <= N; i++) {
  best[i] = solve(bundle, init(`${prefix}test-${i}`), CAP).score;
  sum += best[i]!;
}
console.error(`${D}: solved ${T} training and ${N} test seeds (mean best ${(sum / N).toFixed(1)}) in ${secs()}`);

const hitsOn = (line: readonly Move[], from: number, to: number) => {
  let n = 0;
  for (let i = from; i <= to; i++) if (nearBest(playFixed(bundle, init(`${prefix}test-${i}`), line), best[i]!)) n++;
  return n;
};
/** A, then B as its fallback: A without its stance, B without its ranking and stance, then A's stance. */
const pair = (a: Move[], b: Move[]): Move[] => {
  const stance = a.filter((m) => m.type === 'press.present');
  return [...a.filter((m) => m.type !== 'press.present'), ...b.filter((m) => m.type !== 'briefing.rank' && m.type !== 'press.present'), ...stance];
};

const screened = lines.map((l) => ({ ...l, hits: hitsOn(l.line, 1, S) })).sort((a, b) => b.hits - a.hits);
const top = screened.slice(0, K);
const pairs: typeof screened = [];
for (const a of top) for (const b of top) if (a !== b) {
  const line = pair(a.line, b.line);
  pairs.push({ name: `${a.name}+${b.name}`, line, hits: hitsOn(line, 1, S) });
}
pairs.sort((a, b) => b.hits - a.hits);
console.error(`screened ${screened.length} lines and ${pairs.length} pairs on ${S} seeds in ${secs()}; best single ${screened[0]!.hits}/${S}, best pair ${pairs[0]?.hits ?? 0}/${S}`);

const leaders = [...screened.slice(0, 5), ...pairs.slice(0, 5)].map((l) => ({ ...l, hits: hitsOn(l.line, 1, N) })).sort((a, b) => b.hits - a.hits);
for (const l of leaders) console.log(`${D} ${l.name}: ${l.hits}/${N} (${((100 * l.hits) / N).toFixed(1)}%)`);
console.log(`${D} ${process.env.PUTIN ?? ''}: mean best ${(sum / N).toFixed(1)}; worst fixed list of ${T} training lines${K > 0 ? ` and the pairs of the ${K} best` : ''}: ${leaders[0]!.hits}/${N} (${leaders[0]!.name}), ${secs()}`);
if (OUT) writeFileSync(OUT, JSON.stringify({ difficulty: D, best: leaders[0], leaders: leaders.map((l) => ({ name: l.name, hits: l.hits })) }, null, 1));
