// The balance report of issue #10 as a function: the solver's best per seed, the reference players,
// fixed move lists replayed on other seeds, how much the best lines differ, sweeps, the historical
// line's deals and the ablation table, each criterion a named check. `npm run balance` prints it
// (tools/balance.ts); tests/engine/balance-ci.test.ts runs the same checks on fewer seeds.
import { DIFFICULTIES, type Difficulty, Game, type Move, type ScenarioBundle, scoreGame } from '../../src/engine';
import { makeBundle } from '../../src/engine/scenario/bundle';
import { solve } from '../../src/engine/solver';
import { acceptEveryCounter, nearBest, oldRecipe, playFixed } from './fixed';
import { referencePlayers } from './players';

export interface BalanceOptions {
  /** Seeds per difficulty for the players, the historical line and the fixed lists. */
  seeds: number;
  /** Seeds per difficulty on which the solver's best is searched (the fixed lists and the spread of best lines); at most `seeds`. */
  solverSeeds?: number;
  /** Seeds of the ablation table (at standard). */
  ablationSeeds: number;
  /** The solver's cap in states. */
  cap: number;
  /** Training seeds whose best lines are replayed as fixed lists. */
  training: number;
  /**
   * Another draw of the seeds: `train-N` and `test-N` become `<draw>-train-N` and `<draw>-test-N`.
   * The worst fixed list is a maximum over many lists, so it moves from one draw to another by more
   * than most changes of the rules: a change is judged on several draws (README, "Session 12").
   */
  draw?: string;
  difficulties?: readonly Difficulty[];
  /** Skip the ablation table (to run it apart). */
  skipAblations?: boolean;
  /** Told of each check as it is decided. */
  onCheck?: (ok: boolean, what: string) => void;
}

export interface BalanceReport {
  checks: { ok: boolean; what: string }[];
  table: string[];
  ablationTable: string[];
  /** Mean scores by difficulty and player (solver included). */
  means: Record<string, Record<string, number>>;
  /** The historical line's seeds with exactly the record's deals, by difficulty. */
  historyExact: Record<string, number>;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const f1 = (x: number) => x.toFixed(1);
const seedsOf = (prefix: string, n: number, draw?: string) => Array.from({ length: n }, (_, i) => `${draw ? `${draw}-` : ''}${prefix}-${i + 1}`);

/** The deals a line ends with on a seed, goal by goal ('-' where none), as one string. */
export function dealsOf(b: ScenarioBundle, seed: string, d: Difficulty, line: readonly Move[]): string {
  const g = new Game(b, { seed, settings: { difficulty: d } });
  for (const m of line) g.play(m);
  return b.scenario.goals.map((x) => g.goal(x.id).context.deal ?? '-').join(',');
}

/** What the best line agreed and argued: two seeds' best lines differ when these differ. */
function signature(b: ScenarioBundle, seed: string, d: Difficulty, line: readonly Move[]): string {
  const deals = dealsOf(b, seed, d, line);
  const args = [...new Set(line.flatMap((m) => (m.type === 'offer.propose' && m.framing ? [m.framing] : [])))].sort().join('+');
  return `${deals}|${args}`;
}

/** The scenario with one mechanic switched off in its data. */
export function variant(bundle: ScenarioBundle, change: (s: Record<string, unknown>) => void): ScenarioBundle {
  const data = structuredClone(bundle.scenario) as unknown as Record<string, unknown>;
  change(data);
  return makeBundle(data, bundle.messages);
}

const putinOf = (s: Record<string, unknown>) => s.putin as Record<string, unknown>;

/** The ablation table's mechanics: how each is switched off in a scenario's data, and whose mean measures it. */
export const ABLATIONS: readonly { name: string; by: 'solver' | 'strong'; switchOff: (s: Record<string, unknown>) => void }[] = [
  { name: 'news', by: 'solver', switchOff: (s) => void (s.events = []) },
  { name: 'asks (Kim asking)', by: 'strong', switchOff: (s) => void (s.rules = { ...(s.rules as object), asks: false }) },
  {
    name: 'arguments',
    by: 'solver',
    switchOff: (s) => {
      putinOf(s).keyArgument = [0, 0];
      putinOf(s).otherArgument = [0, 0];
      // Nor does the news make any argument weigh more: an argument is worth nothing at all.
      for (const e of s.events as { arguments?: unknown }[]) delete e.arguments;
    },
  },
  {
    name: 'sweeteners',
    by: 'solver',
    switchOff: (s) => {
      s.sweeteners = [];
      putinOf(s).asks = 0;
      const history = s.history as { line: { steps: { sweetener?: string }[] }[] };
      for (const l of history.line) for (const step of l.steps) delete step.sweetener;
    },
  },
  { name: 'packages', by: 'solver', switchOff: (s) => void (s.rules = { ...(s.rules as object), packages: false }) },
  { name: "Putin's own asks", by: 'strong', switchOff: (s) => void (s.rules = { ...(s.rules as object), putinAsks: false }) },
];

/** The scenario with the named mechanic of the ablation table switched off. */
export function switchedOff(bundle: ScenarioBundle, name: string): ScenarioBundle {
  const ablation = ABLATIONS.find((a) => a.name === name);
  if (!ablation) throw new Error(`no ablation named ${name}`);
  return variant(bundle, ablation.switchOff);
}

export function balanceReport(bundle: ScenarioBundle, o: BalanceOptions): BalanceReport {
  const checks: BalanceReport['checks'] = [];
  const check = (ok: boolean, what: string) => {
    checks.push({ ok, what });
    o.onCheck?.(ok, what);
  };
  const N = o.seeds;
  const NS = Math.min(N, o.solverSeeds ?? N);
  const CAP = o.cap;
  const players = referencePlayers();
  const table: string[] = ['| difficulty | solver | strong | historical | greedy | random | fixed lists ≥ 90% of best (worst list) | best lines differ |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const means: BalanceReport['means'] = {};
  const historyExact: Record<string, number> = {};
  const ds = o.difficulties ?? DIFFICULTIES;
  for (const d of ds) {
    const init = (seed: string) => ({ seed, settings: { difficulty: d } });
    // Training: the best lines of other seeds, and the two recipes.
    const lists: [string, Move[]][] = [
      ...seedsOf('train', o.training, o.draw).map((s, i) => [`best line of training seed ${i + 1}`, solve(bundle, init(s), CAP).line] as [string, Move[]]),
      ['e273f05 recipe', oldRecipe(bundle)],
      ['accept every counter', acceptEveryCounter(bundle)],
    ];
    const hits = lists.map(() => 0);
    const best: number[] = [];
    const sigs: string[] = [];
    const scores: Record<string, number[]> = {};
    let sweeps = 0;
    let exact = 0;
    seedsOf('test', N, o.draw).forEach((seed, k) => {
      if (k < NS) {
        const s = solve(bundle, init(seed), CAP);
        best.push(s.score);
        sigs.push(signature(bundle, seed, d, s.line));
        lists.forEach(([, line], i) => {
          if (nearBest(playFixed(bundle, init(seed), line), s.score)) hits[i]!++;
        });
      }
      for (const [name, play] of Object.entries(players)) {
        const game = play(bundle, init(seed));
        (scores[name] ??= []).push(scoreGame(game).kim);
        if (
          name === 'strong' &&
          bundle.scenario.goals.every((g) => {
            const deal = game.goal(g.id).context.deal;
            const lawful = g.options.filter((x) => x.breaks.length === 0);
            return deal !== null && lawful.slice(-2).some((x) => x.id === deal);
          })
        )
          sweeps++;
        if (name === 'historical' && bundle.scenario.goals.every((g) => game.goal(g.id).context.deal === (bundle.scenario.history.deals[g.id] ?? null))) exact++;
      }
    });
    historyExact[d] = exact;
    let differ = 0;
    let pairs = 0;
    for (let i = 0; i < sigs.length; i++) for (let j = i + 1; j < sigs.length; j++, pairs++) if (sigs[i] !== sigs[j]) differ++;
    const worst = Math.max(...hits);
    const m = { solver: mean(best), ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, mean(v)])) } as Record<string, number>;
    means[d] = m;
    table.push(`| ${d} | ${f1(m.solver!)} | ${m.strong === undefined ? 'n/a' : f1(m.strong)} | ${f1(m.historical!)} | ${f1(m.greedy!)} | ${f1(m.random!)} | ${worst}/${NS} (${lists[hits.indexOf(worst)]![0]}) | ${f1((100 * differ) / Math.max(1, pairs))}% |`);
    check(worst < 0.05 * NS, `${d}: no fixed list reaches 90% of the solver's best on 5% of seeds (worst: ${worst}/${NS}, ${lists[hits.indexOf(worst)]![0]})`);
    check(differ >= 0.4 * pairs, `${d}: the best lines differ on at least 40% of pairs of seeds (${f1((100 * differ) / Math.max(1, pairs))}%)`);
    check(m.random! < 0.1 * m.solver!, `${d}: random's mean ${f1(m.random!)} is below a tenth of the solver's ${f1(m.solver!)}`);
    check(exact === N, `${d}: the historical line's deals are exactly the record's on every seed (${exact}/${N})`);
    if (m.strong !== undefined) {
      check(m.strong >= m.historical! + 0.1 * m.solver! && m.strong <= 0.9 * m.solver!, `${d}: strong ${f1(m.strong)} lies a tenth of the solver's mean above history ${f1(m.historical!)} and below the solver ${f1(m.solver!)}`);
      if (d === 'standard') check(sweeps < 0.05 * N, `standard: strong sweeps on fewer than 5% of seeds (${sweeps}/${N})`);
      if (d === 'hard') check(sweeps === 0, `hard: strong never sweeps (${sweeps}/${N})`);
    } else check(false, `${d}: the strong player is not available`);
  }
  if (means.open?.strong !== undefined && means.standard?.strong !== undefined) {
    check(means.standard.strong <= 0.9 * means.open.strong, `strong falls by a tenth from open to standard (${f1(means.open.strong)} → ${f1(means.standard.strong)})`);
  }
  if (means.standard?.strong !== undefined && means.hard?.strong !== undefined) {
    check(means.hard.strong <= 0.9 * means.standard.strong, `strong falls by a tenth from standard to hard (${f1(means.standard.strong)} → ${f1(means.hard.strong)})`);
  }

  // Ablations at standard: each mechanic switched off in the scenario's data.
  const ablations = ABLATIONS.map((x) => [x.name, variant(bundle, x.switchOff), x.by] as const);
  const ablationTable = ['| switched off | measured by | mean with | mean without | change |', '| --- | --- | ---: | ---: | ---: |'];
  if (o.skipAblations) return { checks, table, ablationTable, means, historyExact };
  const withIt: Partial<Record<'solver' | 'strong', number>> = {};
  const run = (bb: ScenarioBundle, by: 'solver' | 'strong') =>
    mean(
      seedsOf('ablation', o.ablationSeeds, o.draw).map((seed) =>
        by === 'solver' ? solve(bb, { seed, settings: { difficulty: 'standard' } }, CAP).score : players.strong ? scoreGame(players.strong(bb, { seed, settings: { difficulty: 'standard' } })).kim : Number.NaN,
      ),
    );
  for (const [name, b, by] of ablations) {
    const w = (withIt[by] ??= run(bundle, by));
    const without = run(b, by);
    const change = Math.abs(w - without) / Math.max(1e-9, Math.abs(w));
    ablationTable.push(`| ${name} | ${by} | ${f1(w)} | ${f1(without)} | ${f1(100 * change)}% |`);
    check(change >= 0.05, `ablation: switching off ${name} moves ${by}'s mean by at least 5% (${f1(100 * change)}%)`);
  }
  return { checks, table, ablationTable, means, historyExact };
}
