// npx tsx tools/once/solver-compare.ts D N [prefix] (PUTIN=...): per seed the solver's score, states, whether complete, CPU ms and a
// hash of its line, to compare two versions of the solver side by side (run it in each checkout, then diff).
import { createHash } from 'node:crypto';
import { solve } from '../../src/engine/solver';
import { overriddenBundle } from './override';
const D = process.argv[2] as 'open';
const N = Number(process.argv[3] ?? 20);
const prefix = process.argv[4] ?? 'time-';
const bundle = overriddenBundle();
let ms = 0, states = 0, capped = 0;
for (let i = 0; i < N; i++) {
  const c0 = process.cpuUsage();
  const s = solve(bundle, { seed: `${prefix}${i}`, settings: { difficulty: D } }, 3000);
  const c = process.cpuUsage(c0);
  ms += (c.user + c.system) / 1000; states += s.nodes; if (!s.complete) capped++;
  console.log(`${prefix}${i} ${D} ${s.score.toFixed(1)} ${s.complete} ${s.nodes} ${createHash('sha1').update(JSON.stringify(s.line)).digest('hex').slice(0, 8)}`);
}
console.log(`# ${D} ${process.env.PUTIN ?? 'as the scenario'}: ${(ms / N).toFixed(0)} ms and ${(states / N).toFixed(0)} states a seed, ${capped} of ${N} capped`);
