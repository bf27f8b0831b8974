// Step 2 of 3: screen candidate fixed lists against the cached bests (wider-cache.ts). npx tsx tools/once/wider-screen.ts difficulty candidates.json from to [out.json]
// candidates: [{name, line}] ; prints hits per candidate over test-from..to, sorted.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Move } from '../../src/engine';
import { playFixed } from '../balance/fixed';
import { overriddenBundle } from './override';
const [D, cf, from, to, outF] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4]), Number(process.argv[5]), process.argv[6]];
const bundle = overriddenBundle();
const best: Record<string, { score: number }> = JSON.parse(readFileSync(`/tmp/adv-${D}-test.json`, 'utf8'));
const cands: { name: string; line: Move[] }[] = JSON.parse(readFileSync(cf, 'utf8'));
const res: { name: string; hits: number; seeds: number[] }[] = [];
const t0 = Date.now();
for (const c of cands) {
  const seeds: number[] = [];
  for (let i = from; i <= to; i++) {
    const seed = `test-${i}`;
    if (playFixed(bundle, { seed, settings: { difficulty: D as 'open' } }, c.line) >= 0.9 * best[seed]!.score) seeds.push(i);
  }
  res.push({ name: c.name, hits: seeds.length, seeds });
}
res.sort((a, b) => b.hits - a.hits);
console.error(`${cands.length} cands x ${to - from + 1} seeds in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
for (const r of res.slice(0, 25)) console.log(r.hits, r.name);
if (outF) writeFileSync(outF, JSON.stringify(res));
