// npx tsx tools/once/solver-sweep.ts --prefix adversary- --from 1 --seeds 60 --difficulty standard --cap 3000
// The solver on a run of seeds, one JSON line a seed: its best score, whether the search finished,
// the states it searched and its CPU time. Run from two checkouts on the same seeds, it shows
// whether a change to the bound changes a best (it must not, where both runs finished) and what it
// does to the time and to the seeds left unfinished.
import { parseArgs } from '../args';
import type { Difficulty } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { BUNDLES } from '../scenarios';

const parsed = parseArgs(process.argv.slice(2), { prefix: 'string', from: 'string', seeds: 'number', difficulty: 'string', cap: 'number' });
if (!parsed.ok) {
  console.error(`solver-sweep: ${parsed.error}`);
  process.exit(2);
}
const a = parsed.args as { prefix?: string; from?: string; seeds?: number; difficulty?: string; cap?: number };
const bundle = BUNDLES['vladivostok-2019']!;
// The first seed's number (0 allowed: `npm run bench` solves bench-solve-0 … 19).
const from = Number(a.from ?? 1);
for (let i = from; i < from + (a.seeds ?? 20); i++) {
  const seed = `${a.prefix ?? 'adversary-'}${i}`;
  const c0 = process.cpuUsage();
  const s = solve(bundle, { seed, settings: { difficulty: (a.difficulty ?? 'standard') as Difficulty } }, a.cap ?? 3000);
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ seed, difficulty: a.difficulty ?? 'standard', score: s.score, complete: s.complete, nodes: s.nodes, ms: Math.round((c.user + c.system) / 1000) }));
}
