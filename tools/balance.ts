// npm run balance -- [--seeds 1000] [--ablation-seeds 200] [--cap N] [--scenario ID] [--check]
// The balance report of issue #10: the solver's best per seed, the reference players, fixed move
// lists replayed on other seeds, how much the best lines differ, sweeps, and the ablation table.
// With --check it exits 1 when a criterion fails (CI runs it on 100 seeds).
import { DIFFICULTIES, type Difficulty, Game, makeStrategy, playOut, type ScenarioBundle, scoreGame, type Move } from '../src/engine';
import { makeBundle } from '../src/engine/scenario/bundle';
import { solve } from '../src/engine/solver';
import { parseArgs } from './args';
import { acceptEveryCounter, oldRecipe, playFixed } from './balance/fixed';
import { bundleNamed } from './scenarios';
import { referencePlayers } from './balance/players';

const parsed = parseArgs(process.argv.slice(2), { seeds: 'number', 'ablation-seeds': 'number', cap: 'number', scenario: 'string', check: 'boolean', training: 'number' });
if (!parsed.ok) {
  console.error(`balance: ${parsed.error}`);
  process.exit(2);
}
const a = parsed.args as { seeds?: number; 'ablation-seeds'?: number; cap?: number; scenario?: string; check?: boolean; training?: number };
const N = a.seeds ?? 1000;
const NA = a['ablation-seeds'] ?? Math.min(200, N);
const CAP = a.cap ?? 6000;
const TRAIN = a.training ?? Math.min(50, N);
const bundle = bundleNamed(a.scenario);
if (typeof bundle === 'string') {
  console.error(`balance: ${bundle}`);
  process.exit(2);
}
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  if (!ok) failures.push(what);
};
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const f1 = (x: number) => x.toFixed(1);
const seeds = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

/** What the best line agreed and argued: two seeds' best lines differ when these differ. */
function signature(b: ScenarioBundle, seed: string, d: Difficulty, line: readonly Move[]): string {
  const g = new Game(b, { seed, settings: { difficulty: d } });
  for (const m of line) g.play(m);
  const deals = b.scenario.goals.map((x) => g.goal(x.id).context.deal ?? '-').join(',');
  const args = [...new Set(line.flatMap((m) => (m.type === 'offer.propose' && m.framing ? [m.framing] : [])))].sort().join('+');
  return `${deals}|${args}`;
}

const players = referencePlayers();
const table: string[] = ['| difficulty | solver | strong | historical | greedy | random | fixed lists ≥ 90% of best (worst list) | best lines differ |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
const byDifficulty: Record<string, Record<string, number>> = {};
for (const d of DIFFICULTIES) {
  const init = (seed: string) => ({ seed, settings: { difficulty: d } });
  // Training: the best lines of other seeds, and the two recipes.
  const lists: [string, Move[]][] = [
    ...seeds('train', TRAIN).map((s, i) => [`best line of training seed ${i + 1}`, solve(bundle, init(s), CAP).line] as [string, Move[]]),
    ['e273f05 recipe', oldRecipe(bundle)],
    ['accept every counter', acceptEveryCounter(bundle)],
  ];
  const hits = lists.map(() => 0);
  const best: number[] = [];
  const sigs: string[] = [];
  const scores: Record<string, number[]> = {};
  let sweeps = 0;
  let historyExact = 0;
  for (const seed of seeds('test', N)) {
    const s = solve(bundle, init(seed), CAP);
    best.push(s.score);
    sigs.push(signature(bundle, seed, d, s.line));
    lists.forEach(([, line], i) => {
      if (playFixed(bundle, init(seed), line) >= 0.9 * s.score) hits[i]!++;
    });
    for (const [name, play] of Object.entries(players)) {
      const game = play(bundle, init(seed));
      (scores[name] ??= []).push(scoreGame(game).kim);
      if (name === 'strong' && bundle.scenario.goals.every((g) => {
        const deal = game.goal(g.id).context.deal;
        const lawful = g.options.filter((o) => o.breaks.length === 0);
        return deal !== null && lawful.slice(-2).some((o) => o.id === deal);
      })) sweeps++;
      if (name === 'historical' && bundle.scenario.goals.every((g) => game.goal(g.id).context.deal === (bundle.scenario.history.deals[g.id] ?? null))) historyExact++;
    }
  }
  let differ = 0;
  let pairs = 0;
  for (let i = 0; i < sigs.length; i++) for (let j = i + 1; j < sigs.length; j++, pairs++) if (sigs[i] !== sigs[j]) differ++;
  const worst = Math.max(...hits);
  const m = { solver: mean(best), ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, mean(v)])) } as Record<string, number>;
  byDifficulty[d] = m;
  table.push(`| ${d} | ${f1(m.solver!)} | ${m.strong === undefined ? 'n/a' : f1(m.strong)} | ${f1(m.historical!)} | ${f1(m.greedy!)} | ${f1(m.random!)} | ${worst}/${N} (${lists[hits.indexOf(worst)]![0]}) | ${f1((100 * differ) / Math.max(1, pairs))}% |`);
  check(worst < 0.05 * N, `${d}: no fixed list reaches 90% of the solver's best on 5% of seeds (worst: ${worst}/${N})`);
  check(differ >= 0.4 * pairs, `${d}: the best lines differ on at least 40% of pairs of seeds (${f1((100 * differ) / Math.max(1, pairs))}%)`);
  check(m.random! < 0.1 * m.solver!, `${d}: random's mean ${f1(m.random!)} is below a tenth of the solver's ${f1(m.solver!)}`);
  check(historyExact === N, `${d}: the historical line's deals are exactly the record's on every seed (${historyExact}/${N})`);
  if (m.strong !== undefined) {
    check(m.strong >= m.historical! + 0.1 * m.solver! && m.strong <= 0.9 * m.solver!, `${d}: strong ${f1(m.strong)} lies a tenth of the solver's mean above history ${f1(m.historical!)} and below the solver ${f1(m.solver!)}`);
    if (d === 'standard') check(sweeps < 0.05 * N, `standard: strong sweeps on fewer than 5% of seeds (${sweeps}/${N})`);
    if (d === 'hard') check(sweeps === 0, `hard: strong never sweeps (${sweeps}/${N})`);
  } else check(false, `${d}: the strong player is not available`);
}
if (byDifficulty.open?.strong !== undefined) {
  check(byDifficulty.standard!.strong! <= 0.9 * byDifficulty.open!.strong!, `strong falls by a tenth from open to standard (${f1(byDifficulty.open!.strong!)} → ${f1(byDifficulty.standard!.strong!)})`);
  check(byDifficulty.hard!.strong! <= 0.9 * byDifficulty.standard!.strong!, `strong falls by a tenth from standard to hard (${f1(byDifficulty.standard!.strong!)} → ${f1(byDifficulty.hard!.strong!)})`);
}

// Ablations at standard: each mechanic switched off in the scenario's data.
const raw = bundle.scenario;
const variant = (change: (s: Record<string, unknown>) => void): ScenarioBundle => {
  const data = structuredClone(raw) as unknown as Record<string, unknown>;
  change(data);
  return makeBundle(data, bundle.messages);
};
const putinOf = (s: Record<string, unknown>) => s.putin as Record<string, unknown>;
const ablations: [string, ScenarioBundle, 'solver' | 'strong'][] = [
  ['news', variant((s) => void (s.events = [])), 'solver'],
  ['asks (Kim asking)', variant((s) => void (s.rules = { ...(s.rules as object), asks: false })), 'strong'],
  ['arguments', variant((s) => { putinOf(s).keyArgument = [0, 0]; putinOf(s).otherArgument = [0, 0]; }), 'solver'],
  [
    'sweeteners',
    variant((s) => {
      s.sweeteners = [];
      putinOf(s).asks = 0;
      const history = s.history as { line: { steps: { sweetener?: string }[] }[] };
      for (const l of history.line) for (const step of l.steps) delete step.sweetener;
    }),
    'solver',
  ],
  ['packages', variant((s) => void (s.rules = { ...(s.rules as object), packages: false })), 'solver'],
  ["Putin's own asks", variant((s) => void (s.rules = { ...(s.rules as object), putinAsks: false })), 'strong'],
];
const ablationTable = ['| switched off | measured by | mean with | mean without | change |', '| --- | --- | ---: | ---: | ---: |'];
for (const [name, b, by] of ablations) {
  const run = (bb: ScenarioBundle) =>
    mean(seeds('ablation', NA).map((seed) => (by === 'solver' ? solve(bb, { seed, settings: { difficulty: 'standard' } }, CAP).score : players.strong ? scoreGame(players.strong(bb, { seed, settings: { difficulty: 'standard' } })).kim : Number.NaN)));
  const withIt = run(bundle);
  const without = run(b);
  const change = Math.abs(withIt - without) / Math.max(1e-9, Math.abs(withIt));
  ablationTable.push(`| ${name} | ${by} | ${f1(withIt)} | ${f1(without)} | ${f1(100 * change)}% |`);
  check(change >= 0.05, `ablation: switching off ${name} moves ${by}'s mean by at least 5% (${f1(100 * change)}%)`);
}
console.log(`\nBalance of ${bundle.scenario.id}: ${N} seeds per difficulty, ${TRAIN} training seeds, ablations on ${NA} seeds, solver cap ${CAP} states\n`);
console.log(table.join('\n'));
console.log('');
console.log(ablationTable.join('\n'));
if (a.check && failures.length) {
  console.error(`\n${failures.length} criteria failed`);
  process.exit(1);
}
