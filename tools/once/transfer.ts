// npx tsx tools/once/transfer.ts [difficulty] [training] [seeds] [cap]: a diagnostic of the balance
// report's fixed lists: which training seeds' best lines reach 90% of the best on other seeds, and
// what those lines are (PUTIN='{...}' or OPTS='{"goal:option":[lo,hi]}' try other numbers without
// editing the scenario). Used to tune engine version 5.
import type { Difficulty } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { playFixed } from '../balance/fixed';
import { bundleNamed } from '../scenarios';

const d = (process.argv[2] ?? 'open') as Difficulty;
const NT = Number(process.argv[3] ?? 30);
const N = Number(process.argv[4] ?? 200);
const CAP = Number(process.argv[5] ?? 3000);
const bundle = bundleNamed(undefined) as any;
// Experiment: PUTIN='{"warmth":[-18,18]}' overrides numbers of his profile's ranges.
if (process.env.PUTIN) Object.assign(bundle.scenario.putin, JSON.parse(process.env.PUTIN));
if (process.env.OPTS) for (const [k, v] of Object.entries(JSON.parse(process.env.OPTS) as Record<string, number[]>)) { const [g, o] = k.split(':'); bundle.scenario.goals.find((x: any) => x.id === g).options.find((x: any) => x.id === o).putin = v; }
const init = (seed: string) => ({ seed, settings: { difficulty: d } });
const t0 = Date.now();
const train = Array.from({ length: NT }, (_, i) => solve(bundle, init(`train-${i + 1}`), CAP));
const test = Array.from({ length: N }, (_, i) => ({ seed: `test-${i + 1}`, s: solve(bundle, init(`test-${i + 1}`), CAP) }));
const hits = train.map((t) => test.filter(({ seed, s }) => playFixed(bundle, init(seed), t.line) >= 0.9 * s.score).length);
const order = hits.map((h, i) => [h, i]).sort((a, b) => b[0]! - a[0]!);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${d}: solver mean ${mean(test.map((t) => t.s.score)).toFixed(1)}, complete ${test.filter((t) => t.s.complete).length}/${N}, hits top5 ${order.slice(0, 5).map(([h, i]) => `${h}(#${i! + 1})`).join(' ')}  ${(Date.now() - t0) / 1000}s`);
const show = (m: any) => m.type === 'offer.propose' ? `P ${m.goal}:${m.option}${m.with ? '+' + m.with.map((x: any) => x.goal + ':' + x.option).join('+') : ''} [${m.framing ?? ''}|${m.sweetener ?? ''}]` : m.type === 'offer.accept' ? `A ${m.goal}` : m.type.replace('offer.', '') + (m.goal ? ' ' + m.goal : '');
for (const [h, i] of order.slice(0, 2)) {
  console.log(`line #${i! + 1} (${h} hits, own score ${train[i!]!.score.toFixed(1)}): ${train[i!]!.line.map(show).join(' ; ')}`);
  const sc = test.map(({ seed, s }) => playFixed(bundle, init(seed), train[i!]!.line) / s.score);
  console.log('  ratio quantiles', [0.1, 0.25, 0.5, 0.75, 0.9].map((q) => sc.sort((a, b) => a - b)[Math.floor(q * sc.length)]!.toFixed(2)).join(' '));
}
