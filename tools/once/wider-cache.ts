// Session 11's adversary (beyond the balance report's 50 training seeds), step 1 of 3. npx tsx tools/once/wider-cache.ts difficulty kind from to cap -> appends to /tmp/adv-<d>-<kind>.json {seed:{score,line?}}
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { solve } from '../../src/engine/solver';
import { overriddenBundle } from './override';
const [D, kind, from, to, cap] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4]), Number(process.argv[5]), Number(process.argv[6] ?? 3000)];
const bundle = overriddenBundle();
const f = `/tmp/adv-${D}-${kind}.json`;
const out: Record<string, { score: number; line?: unknown }> = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {};
const t0 = Date.now();
for (let i = from; i <= to; i++) {
  const seed = `${kind}-${i}`;
  if (out[seed]) continue;
  const s = solve(bundle, { seed, settings: { difficulty: D as 'open' } }, cap);
  out[seed] = kind === 'test' ? { score: s.score } : { score: s.score, line: s.line };
  if (i % 50 === 0) { writeFileSync(f, JSON.stringify(out)); console.error(seed, ((Date.now() - t0) / 1000).toFixed(0) + 's'); }
}
writeFileSync(f, JSON.stringify(out));
