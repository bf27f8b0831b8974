// npx tsx tools/once/solver-time.ts D N [prefix]  (PUTIN='{...}', CAP=states, default 3000): solver time and score per seed, summed. With V=1, a line a
// seed (score, states, whether complete, CPU ms, a hash of its line): run it in two checkouts and diff to compare solvers.
import { createHash } from 'node:crypto';
import { solve } from '../../src/engine/solver';
import { overriddenBundle } from './override';
const D = process.argv[2] as 'open';
const N = Number(process.argv[3] ?? 50);
const prefix = process.argv[4] ?? 'time-';
const bundle = overriddenBundle();
let total = 0, worst = 0, sum = 0, incomplete = 0, nodes = 0;
for (let i = 0; i < N; i++) {
  const c0 = process.cpuUsage();
  const s = solve(bundle, { seed: `${prefix}${i}`, settings: { difficulty: D } }, Number(process.env.CAP ?? 3000));
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  total += ms; worst = Math.max(worst, ms); sum += s.score; nodes += s.nodes;
  if (!s.complete) incomplete++;
  if (process.env.V) console.log(`${prefix}${i} ${D} ${s.score.toFixed(1)} ${s.complete} ${s.nodes} ${ms.toFixed(0)} ${createHash('sha1').update(JSON.stringify(s.line)).digest('hex').slice(0, 8)}`);
}
console.log(`${D} ${process.env.PUTIN ?? ''}: mean ${(sum / N).toFixed(2)}, ms/seed ${(total / N).toFixed(0)}, worst ${worst.toFixed(0)}, nodes/seed ${(nodes / N).toFixed(0)}, incomplete ${incomplete}`);
