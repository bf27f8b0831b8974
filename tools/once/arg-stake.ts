// npx tsx tools/once/arg-stake.ts [seeds] [cap] [from]: the solver's mean at standard with and without
// the arguments (the balance report's ablation), with PUTIN='{...}' overriding his profile's ranges,
// one line a seed range. Used to choose the arguments' stake of the next version of the rules.
import { solve } from '../../src/engine/solver';
import { switchedOff } from '../balance/report';
import { overriddenBundle } from './override';

const N = Number(process.argv[2] ?? 100);
const CAP = Number(process.argv[3] ?? 3000);
const FROM = Number(process.argv[4] ?? 1);
const D = (process.env.D ?? 'standard') as 'standard';
const bundle = overriddenBundle();
const without = switchedOff(bundle, 'arguments');
// SWEET=1: also the solver without the sweeteners (the report's other ablation), to see what a change costs it.
const withoutSweet = switchedOff(bundle, 'sweeteners');
let c = 0;
let a = 0;
let b = 0;
let unfinished = 0;
for (let i = FROM; i < FROM + N; i++) {
  const init = { seed: `ablation-${i}`, settings: { difficulty: D } };
  const w = solve(bundle, init, CAP);
  const o = solve(without, init, CAP);
  a += w.score;
  b += o.score;
  if (process.env.SWEET) c += solve(withoutSweet, init, CAP).score;
  if (!w.complete || !o.complete) unfinished++;
  if (i % 25 === 0 || i === FROM + N - 1) console.log(`${i}: with ${(a / (i - FROM + 1)).toFixed(2)} without ${(b / (i - FROM + 1)).toFixed(2)} change ${((100 * (a - b)) / a).toFixed(1)}%${process.env.SWEET ? ` no-sweeteners ${((100 * (a - c)) / a).toFixed(1)}%` : ''} unfinished ${unfinished}`);
}
