// npx tsx tools/once/rule-check.ts --rule floor-capped --prefixes bench-solve-,adversary- --from 0 --seeds 50 --cap 6000
// A rule of the solver's bound switched on and off on a run of seeds at every difficulty, one JSON
// line a (seed, difficulty): each side's best, whether it finished, its states. Where both finish,
// the bests must be the same (the rule only cuts lines that cannot beat the best); the last line
// sums it up.
import { parseArgs } from '../args';
import { DIFFICULTIES } from '../../src/engine';
import { solveFrom } from '../../src/engine/solver';
import type { BoundRule } from '../../src/engine/solver/bound';
import { step } from '../../src/engine/solver/play';
import { initialState } from '../../src/engine/state';
import { BUNDLES } from '../scenarios';

const parsed = parseArgs(process.argv.slice(2), { rule: 'string', prefixes: 'string', from: 'string', seeds: 'number', cap: 'number' });
if (!parsed.ok) {
  console.error(`rule-check: ${parsed.error}`);
  process.exit(2);
}
const a = parsed.args as { rule?: string; prefixes?: string; from?: string; seeds?: number; cap?: number };
const bundle = BUNDLES['vladivostok-2019']!;
const rule = (a.rule ?? 'floor-capped') as BoundRule;
const cap = a.cap ?? 6000;
let both = 0;
let same = 0;
let fewer = 0;
let onlyWith = 0;
let nodesWith = 0;
let nodesWithout = 0;
for (const prefix of (a.prefixes ?? 'bench-solve-').split(',')) {
  for (let i = Number(a.from ?? 0); i < Number(a.from ?? 0) + (a.seeds ?? 20); i++) {
    for (const difficulty of DIFFICULTIES) {
      const seed = `${prefix}${i}`;
      const init = { seed, settings: { difficulty } };
      const start = step(bundle, initialState(bundle, init), { side: 'kim', type: 'briefing.rank', ranking: bundle.scenario.goals.map((g) => g.id) })!;
      const on = solveFrom(bundle, start, cap);
      const off = solveFrom(bundle, start, cap, new Set([rule]));
      if (on.complete && off.complete) {
        both++;
        if (on.score === off.score) same++;
        if (on.nodes < off.nodes) fewer++;
        nodesWith += on.nodes;
        nodesWithout += off.nodes;
      } else if (on.complete) onlyWith++;
      console.log(JSON.stringify({ seed, difficulty, with: [on.score, on.complete, on.nodes], without: [off.score, off.complete, off.nodes] }));
    }
  }
}
console.log(JSON.stringify({ rule, both, same, fewer, onlyWith, nodesWith, nodesWithout }));
