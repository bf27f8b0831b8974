// npx tsx tools/once/strong-mean.ts [seeds]: `strong`'s mean on test-1 … test-N at each difficulty
// (the balance report's seeds), with PUTIN='{...}' overriding his profile's ranges, and its fall
// from one difficulty to the next (the issue asks a tenth each). Used to choose a version's numbers.
// CHANCES=a,b,c: the chance he is cold on a goal at each difficulty (one bundle a difficulty: a
// scenario has one chance for all of them).
import { scoreGame } from '../../src/engine';
import { referencePlayers } from '../balance/players';
import { overriddenBundle } from './override';

const N = Number(process.argv[2] ?? 100);
const strong = referencePlayers().strong!;
const chances = process.env.CHANCES?.split(',').map(Number);
const means = (['open', 'standard', 'hard'] as const).map((d, k) => {
  const cold = chances ? { cold: { chance: chances[k], warmth: [-32, -24] } } : {};
  const bundle = overriddenBundle({ ...process.env, PUTIN: JSON.stringify({ ...JSON.parse(process.env.PUTIN ?? '{}'), ...cold }) });
  let sum = 0;
  for (let i = 1; i <= N; i++) sum += scoreGame(strong(bundle, { seed: `test-${i}`, settings: { difficulty: d } })).kim;
  return sum / N;
});
const fall = (a: number, b: number) => `${((100 * (a - b)) / a).toFixed(1)}%`;
console.log(`${process.env.PUTIN ?? 'as is'}${chances ? ` cold ${chances.join('/')}` : ''} on ${N}: strong ${means.map((m) => m.toFixed(2)).join(' / ')}; falls ${fall(means[0]!, means[1]!)}, ${fall(means[1]!, means[2]!)}`);
