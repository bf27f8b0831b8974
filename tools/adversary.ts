// npm run adversary -- [--seeds 200] [--cap N] [--difficulty D|all] [--scenario ID] [--training 5]
// Players that try to beat Putin's model (tools/balance/adversary.ts), each on the same seeds at
// each difficulty against the solver's best and against `strong` alone: a trick that raises the
// score above `strong`'s, reaches 90% of the best on 5% of seeds or more, or beats the best on any
// seed, is reported as a win for the adversary.
import { DIFFICULTIES, type Difficulty, type Move, scoreGame } from '../src/engine';
import { builtinAgent, runGameSync } from '../src/engine/agents';
import { solve } from '../src/engine/solver';
import { parseArgs } from './args';
import { adversaries } from './balance/adversary';
import { acceptEveryCounter, nearBest, oldRecipe } from './balance/fixed';
import { bundleNamed } from './scenarios';

const parsed = parseArgs(process.argv.slice(2), { seeds: 'number', cap: 'number', difficulty: 'string', scenario: 'string', training: 'number' });
if (!parsed.ok) {
  console.error(`adversary: ${parsed.error}`);
  process.exit(2);
}
const a = parsed.args as { seeds?: number; cap?: number; difficulty?: string; scenario?: string; training?: number };
const N = a.seeds ?? 200;
const CAP = a.cap ?? 4000;
const TRAIN = a.training ?? 5;
const bundle = bundleNamed(a.scenario);
if (typeof bundle === 'string') {
  console.error(`adversary: ${bundle}`);
  process.exit(2);
}
const ds = (a.difficulty === undefined || a.difficulty === 'all' ? DIFFICULTIES : [a.difficulty]) as Difficulty[];
const f1 = (x: number) => x.toFixed(1);
let wins = 0;
for (const d of ds) {
  const init = (seed: string) => ({ seed, settings: { difficulty: d } });
  const lists: [string, Move[]][] = [
    ['e273f05 recipe', oldRecipe(bundle)],
    ['accept every counter', acceptEveryCounter(bundle)],
    ...Array.from({ length: TRAIN }, (_, i) => [`best line of training seed ${i + 1}`, solve(bundle, init(`train-${i + 1}`), CAP).line] as [string, Move[]]),
  ];
  const players = adversaries(bundle.scenario, lists);
  const rows = players.map((p) => ({ p, sum: 0, diff: 0, near: 0, above: 0, illegal: 0 }));
  let best = 0;
  let strongSum = 0;
  for (let i = 1; i <= N; i++) {
    const seed = `adversary-${i}`;
    const s = solve(bundle, init(seed), CAP).score;
    const strong = scoreGame(runGameSync(bundle, init(seed), { kim: builtinAgent('strong', bundle.scenario) }, { copy: false }).game).kim;
    best += s;
    strongSum += strong;
    for (const r of rows) {
      const run = runGameSync(bundle, init(seed), { kim: r.p.make() });
      const score = scoreGame(run.game).kim;
      r.sum += score;
      r.diff += score - strong;
      if (nearBest(score, s)) r.near++;
      if (score > s + 1e-9) r.above++;
      r.illegal += run.illegal.length;
    }
  }
  console.log(`\n${d}: ${N} seeds, solver (cap ${CAP}) mean ${f1(best / N)}, strong mean ${f1(strongSum / N)}\n`);
  console.log('| adversary | kind | mean | vs strong | ≥ 90% of best | > best | illegal moves | verdict |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const beat = r.near >= 0.05 * N || r.above > 0 || (r.p.kind !== 'fixed' && r.diff / N > 0.5);
    if (beat) wins++;
    console.log(`| ${r.p.name} | ${r.p.kind} | ${f1(r.sum / N)} | ${r.diff >= 0 ? '+' : ''}${f1(r.diff / N)} | ${r.near}/${N} | ${r.above} | ${r.illegal} | ${beat ? 'BEATS the model' : 'held'} |`);
  }
}
if (wins) {
  console.error(`\n${wins} adversaries beat the model`);
  process.exit(1);
}
