// npx tsx tools/once/solver-days.ts D seed [cap] (PUTIN=...): the root bound, the top days with their exact bounds, his cold options and the best line.
import { solveFrom, bound } from '../../src/engine/solver';
import { initialState } from '../../src/engine/state';
import { step } from '../../src/engine/solver/play';
import { overriddenBundle } from './override';
const D = process.argv[2] as 'open';
const seed = process.argv[3]!;
const bundle = overriddenBundle();
const s0 = initialState(bundle, { seed, settings: { difficulty: D } });
const ranked = step(bundle, s0, { side: 'kim', type: 'briefing.rank', ranking: bundle.scenario.goals.map((g) => g.id) })!;
const found = new Map<string, { target: Record<string, string>; bound: number }>();
console.log('root bound', bound(bundle, ranked, { days: found as never }));
const days = [...found.values()].sort((a, b) => b.bound - a.bound).slice(0, 8);
for (const d of days) console.log(d.bound.toFixed(2), bound(bundle, ranked, { target: d.target as never, exact: true }).toFixed(2), JSON.stringify(d.target));
console.log('cold', JSON.stringify(ranked.profile.cold));
const sol = solveFrom(bundle, ranked, Number(process.argv[4] ?? 3000));
console.log('best', sol.score, sol.nodes, sol.complete);
console.log(sol.line.map((m) => JSON.stringify(m)).join('\n'));
