// npx tsx tools/once/best-sets.ts D N: how the solver's best days spread over N seeds (the share of the
// commonest set of deals, and the five commonest), with PUTIN/TOP overrides. A fixed list can only reach
// the seeds whose best day it can make, so a lever for the fixed lists first has to spread these.
import { solve } from '../../src/engine/solver';
import { dealsOf } from '../balance/report';
import { overriddenBundle } from './override';
const D = (process.argv[2] ?? 'open') as 'open';
const N = Number(process.argv[3] ?? 100);
const bundle = overriddenBundle();
const counts = new Map<string, number>();
let sum = 0;
for (let i = 1; i <= N; i++) {
  const init = { seed: `test-${i}`, settings: { difficulty: D } };
  const s = solve(bundle, init, 3000);
  sum += s.score;
  const key = dealsOf(bundle, init.seed, D, s.line);
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const top = [...counts].sort((a, b) => b[1] - a[1]);
console.log(`${D} ${process.env.PUTIN ?? ''}: solver ${(sum / N).toFixed(1)}, ${counts.size} sets, commonest ${top[0]![1]}/${N}; ${top.slice(0, 5).map(([k, n]) => `${n} ${k}`).join(' | ')}`);
