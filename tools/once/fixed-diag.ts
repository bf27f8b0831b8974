// npx tsx tools/once/fixed-diag.ts [difficulty] [seeds] [training] [cap]: which fixed lists reach 90%
// of the solver's best, on which seeds, and what those lines and seeds look like. PUTIN='{...}'
// overrides numbers of his profile's ranges, TOP='{...}' top-level fields of the scenario; QUIET=1 prints the
// summary line only. Used to look for the next version's levers (README, "What moves the fixed lists").
import { type Move, scoreGame } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { nearBest, playFixed } from '../balance/fixed';
import { dealsOf } from '../balance/report';
import { referencePlayers } from '../balance/players';
import { overriddenBundle } from './override';

const D = (process.argv[2] ?? 'open') as 'open';
const N = Number(process.argv[3] ?? 100);
const T = Number(process.argv[4] ?? 10);
const CAP = Number(process.argv[5] ?? 3000);
const bundle = overriddenBundle();
const init = (seed: string) => ({ seed, settings: { difficulty: D } });
const deals = (seed: string, line: readonly Move[]) => dealsOf(bundle, seed, D, line);
const short = (m: Move) =>
  m.type === 'offer.propose' ? `P[${[{ goal: m.goal, option: m.option }, ...(m.with ?? [])].map((i) => `${i.goal.slice(0, 4)}=${i.option.slice(0, 8)}`).join('+')}${m.sweetener ? ` $${m.sweetener}` : ''}${m.framing ? ` @${m.framing}` : ''}]` : m.type;
const train = Array.from({ length: T }, (_, i) => `train-${i + 1}`).map((s) => solve(bundle, init(s), CAP));
const hits = train.map(() => [] as string[]);
let sum = 0;
let strongSum = 0;
const strong = referencePlayers().strong!;
const quiet = process.env.QUIET !== undefined;
for (let i = 1; i <= N; i++) {
  const seed = `test-${i}`;
  const s = solve(bundle, init(seed), CAP);
  sum += s.score;
  strongSum += scoreGame(strong(bundle, init(seed))).kim;
  train.forEach((t, j) => {
    const f = playFixed(bundle, init(seed), t.line);
    if (nearBest(f, s.score)) hits[j]!.push(`${seed} ${f.toFixed(1)}/${s.score.toFixed(1)} best ${deals(seed, s.line)}`);
  });
}
console.log(`${D} ${process.env.PUTIN ?? ''}: solver mean ${(sum / N).toFixed(1)}, strong ${(strongSum / N).toFixed(1)}, worst fixed ${Math.max(...hits.map((h) => h.length))}/${N}, mean ${(hits.reduce((a, h) => a + h.length, 0) / T).toFixed(2)}, lists over 5% ${hits.filter((h) => h.length >= 0.05 * N).length}/${T}`);
if (quiet) process.exit(0);
train.forEach((t, j) => {
  console.log(`\ntrain-${j + 1} (${t.score.toFixed(1)}): ${hits[j]!.length} hits; ${t.line.map(short).join(' ')}`);
  for (const h of hits[j]!.slice(0, 6)) console.log(`  ${h}`);
});
