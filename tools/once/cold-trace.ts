// SEED=e DIFF=open npx tsx tools/once/cold-trace.ts: where the solver loses the exhaustive search's best line (fixture-harbour,
// cold options pressed as stalls): is each move of that line among solverMoves, what is the bound of its day along it,
// and which rule of the bound, alone or left out, puts the day below the line's own score. (Found seed e's hole in session 16.)
import { solve, bound } from '../../src/engine/solver';
import { BOUND_RULES } from '../../src/engine/solver/bound';
import { solverMoves } from '../../src/engine/solver/moves';
import { step } from '../../src/engine/solver/play';
import { finalValue } from '../../src/engine/solver/value';
import { shortFixture } from '../../tests/support/bundles';
import { exhaustive } from '../../tests/support/exhaustive';
import { initialState } from '../../src/engine/state';
const short = shortFixture(60, Number(process.env.CHANCE ?? 0.7));
const seed = process.env.SEED ?? 'e', difficulty = (process.env.DIFF ?? 'open') as never;
const init = { seed, settings: { difficulty } };
const sol = solve(short, init);
const ex = exhaustive(short, init, sol.score - 10);
console.log('solver', sol.score, 'exhaustive', ex.score);
console.log('EX', JSON.stringify(ex.line));
const target: Record<string, string | null> = {};
let s = initialState(short, init);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const talks = ex.line.filter((m) => m.side === 'kim' && m.type !== 'briefing.rank' && m.type !== 'summit.end' && m.type !== 'press.present');
s = step(short, s, { side: 'kim', type: 'briefing.rank', ranking: short.scenario.goals.map((g) => g.id) })!;
// the day's deals
let end = s; for (const m of talks) end = step(short, end, m as never)!;
for (const g of short.scenario.goals) target[g.id] = end.goals[g.id]!.context.deal ?? null;
console.log('target', JSON.stringify(target), 'final', finalValue(short.scenario, end));
const days = new Map(); bound(short, s, { days });
for (const [k, d] of days) if (k === JSON.stringify(target)) console.log('day bound at start', d.bound);
for (const m of talks) {
  const ms = solverMoves(short, s, target);
  const has = ms.some((x) => same(x, m));
  const b = bound(short, s, { target, exact: true });
  console.log(has ? 'IN ' : 'OUT', 'bound', b.toFixed(2), 'clock', s.summit.context.clock, JSON.stringify(m));
  if (!has) console.log('   moves:', ms.map((x) => JSON.stringify(x)).join('\n          '));
  s = step(short, s, m as never)!;
}
console.log('end', finalValue(short.scenario, s));
const s1 = step(short, initialState(short, init), { side: 'kim', type: 'briefing.rank', ranking: short.scenario.goals.map((g) => g.id) })!;
console.log('all off', bound(short, s1, { target, exact: true, without: new Set(BOUND_RULES) }));
for (const r of BOUND_RULES) console.log('without', r, bound(short, s1, { target, exact: true, without: new Set([r]) }), 'only', r, bound(short, s1, { target, exact: true, without: new Set(BOUND_RULES.filter((x) => x !== r)) }));
