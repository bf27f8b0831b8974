// The lists of session 11's wider adversary (wider.ts finds such lists), checked again: npx tsx tools/once/wider-verify.ts tools/once/wider-lists.json : uncached check, the balance's own bundle and solve(cap 3000), test-1..1000.
import { readFileSync } from 'node:fs';
import { solve } from '../../src/engine/solver';
import { nearBest, playFixed } from '../balance/fixed';
import { overriddenBundle } from './override';
const bundle = overriddenBundle();
const lists = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
for (const d of ['open', 'standard', 'hard'] as const) {
  let hits = 0;
  for (let i = 1; i <= 1000; i++) {
    const init = { seed: `test-${i}`, settings: { difficulty: d } };
    if (nearBest(playFixed(bundle, init, lists[d].line), solve(bundle, init, 3000).score)) hits++;
  }
  console.log(d, lists[d].name, `${hits}/1000`);
}
