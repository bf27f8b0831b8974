// npx tsx tools/once/stakes.ts [seeds] [which,...] [cap]: the three ablations issue #10 measured
// under 5% on engine version 5 (the sweeteners by the solver, Kim's asks and Putin's own asks by
// `strong`), each as the balance report switches it off (tools/balance/report.ts), with what the
// best lines do with the mechanic. PUTIN='{...}' overrides numbers of his profile's ranges, SWEET those of sweeteners.
// Used to tune engine version 6.
import { type ScenarioBundle, scoreGame } from '../../src/engine';
import { makeBundle } from '../../src/engine/scenario/bundle';
import { solve } from '../../src/engine/solver';
import { referencePlayers } from '../balance/players';
import { bundleNamed } from '../scenarios';

const N = Number(process.argv[2] ?? 40);
const which = (process.argv[3] ?? 'sweeteners,asks,putinAsks').split(',');
const CAP = Number(process.argv[4] ?? 3000);
const base = bundleNamed(undefined) as ScenarioBundle;
const tweak = (s: Record<string, unknown>) => {
  if (process.env.PUTIN) Object.assign(s.putin as object, JSON.parse(process.env.PUTIN));
  // ARGNEWS=12: what the news adds to an argument, in place of the data's amounts.
  if (process.env.ARGNEWS) for (const e of s.events as { arguments?: { amount: number }[] }[]) for (const a of e.arguments ?? []) a.amount = Number(process.env.ARGNEWS);
  // BONUS=1.3: the news' worth to options, times this.
  if (process.env.BONUS) for (const e of s.events as { bonus?: { amount: number }[] }[]) for (const b of e.bonus ?? []) b.amount = Math.round(b.amount * Number(process.env.BONUS));
  // EVENTS='{"lavrov-rail":{"money":0}}' overrides fields of news items.
  if (process.env.EVENTS) for (const [id, v] of Object.entries(JSON.parse(process.env.EVENTS) as Record<string, object>)) Object.assign((s.events as { id: string }[]).find((x) => x.id === id)!, v);
  if (process.env.COSTS) Object.assign(s.costs as object, JSON.parse(process.env.COSTS));
  // SWEET='{"rail-access":{"kimCost":1}}' overrides fields of sweeteners.
  if (process.env.SWEET) for (const [id, v] of Object.entries(JSON.parse(process.env.SWEET) as Record<string, object>)) Object.assign((s.sweeteners as { id: string }[]).find((x) => x.id === id)!, v);
};
function variant(change: (s: Record<string, unknown>) => void): ScenarioBundle {
  const data = structuredClone(base.scenario) as unknown as Record<string, unknown>;
  tweak(data);
  change(data);
  return makeBundle(data, base.messages);
}
const bundle = variant(() => {});
const putinOf = (s: Record<string, unknown>) => s.putin as Record<string, unknown>;
const variants: Record<string, [ScenarioBundle, 'solver' | 'strong']> = {
  sweeteners: [
    variant((s) => {
      s.sweeteners = [];
      putinOf(s).asks = 0;
      const history = s.history as { line: { steps: { sweetener?: string }[] }[] };
      for (const l of history.line) for (const step of l.steps) delete step.sweetener;
    }),
    'solver',
  ],
  asks: [variant((s) => void (s.rules = { ...(s.rules as object), asks: false })), 'strong'],
  putinAsks: [variant((s) => void (s.rules = { ...(s.rules as object), putinAsks: false })), 'strong'],
  news: [variant((s) => void (s.events = [])), 'solver'],
};
const players = referencePlayers();
const seeds = Array.from({ length: N }, (_, i) => `ablation-${i + 1}`);
const init = (seed: string) => ({ seed, settings: { difficulty: 'standard' as const } });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const cache: Partial<Record<'solver' | 'strong', number[]>> = {};
const t0 = Date.now();
const runs = (b: ScenarioBundle, by: 'solver' | 'strong') => seeds.map((seed) => (by === 'solver' ? solve(b, init(seed), CAP).score : scoreGame(players.strong!(b, init(seed))).kim));
for (const w of which) {
  const [b, by] = variants[w]!;
  const with_ = (cache[by] ??= runs(bundle, by));
  const without = runs(b, by);
  const m = mean(with_);
  const diffs = with_.map((x, i) => x - without[i]!);
  if (process.env.DIFFS) console.log(diffs.map((d) => d.toFixed(1)).sort((a, b) => Number(a) - Number(b)).join(' '));
  console.log(`${w} (${by}): with ${m.toFixed(2)} without ${mean(without).toFixed(2)} change ${((100 * Math.abs(m - mean(without))) / m).toFixed(1)}%  seeds better with ${diffs.filter((d) => d > 0.05).length} worse ${diffs.filter((d) => d < -0.05).length}  ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}
if (process.env.LINES) {
  for (const seed of seeds.slice(0, Number(process.env.LINES))) {
    const s = solve(bundle, init(seed), CAP);
    const show = (m: any) => (m.type === 'offer.propose' ? `P ${m.goal}:${m.option}${m.with ? '+' + m.with.map((x: any) => x.goal + ':' + x.option).join('+') : ''} [${m.framing ?? ''}|${m.sweetener ?? ''}]` : m.type === 'offer.accept' ? `A ${m.goal}` : m.type.replace('offer.', '') + (m.goal ? ' ' + m.goal : ''));
    console.log(`${seed} ${s.score.toFixed(1)}: ${s.line.map(show).join(' ; ')}`);
  }
}
