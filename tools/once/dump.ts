import { type Difficulty, Game, scoreGame, checkMove } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { bundleNamed } from '../scenarios';
const d = (process.argv[2] ?? 'open') as Difficulty;
const bundle = bundleNamed(undefined) as any;
if (process.env.PUTIN) Object.assign(bundle.scenario.putin, JSON.parse(process.env.PUTIN));
const init = (seed: string) => ({ seed, settings: { difficulty: d } });
const line = solve(bundle, init('train-16'), 3000).line;
function play(seed: string, l: any[]) {
  const g = new Game(bundle, init(seed));
  for (const m of l) { if (g.isOver()) break; if (checkMove(bundle, g.state, m) === null) g.play(m); }
  if (g.phase === 'talks') g.play({ side: 'kim', type: 'summit.end' });
  if (g.phase === 'press') g.play({ side: 'kim', type: 'press.present', stance: bundle.scenario.stances[0].id });
  const s = scoreGame(g);
  return `${s.kim.toFixed(1)} [${s.perGoal.map((p) => (p.deal ?? '-').slice(0, 8)).join(',')}] us${s.usAttention} face${s.face} sw${s.sweetenerCost}`;
}
for (let i = 1; i <= 14; i++) {
  const seed = `test-${i}`;
  const g = new Game(bundle, init(seed));
  const p = (g.state as any).profile;
  const s = solve(bundle, init(seed), 3000);
  const warm = Object.entries(p.options).map(([k, v]: any) => k.slice(0, 4) + ':' + Object.values(v).map((x: any) => Math.round(x)).join('/')).join(' ');
  console.log(`${seed} us${p.usLimit} m${p.money} c${p.china} key ${Object.values(p.keyArgument).map((x: any) => (x ?? '-').slice(0, 4)).join(',')} | ${warm}`);
  console.log(`   best ${play(seed, s.line)}  (${s.line.length} moves: ${s.line.filter((m: any) => m.type === 'offer.propose').map((m: any) => [m.goal + ':' + m.option, ...(m.with ?? []).map((w: any) => w.goal + ':' + w.option)].map((x) => x.slice(0, 14)).join('+') + `[${m.framing ?? ''}|${m.sweetener ?? ''}]`).join(' ; ')})`);
  console.log(`   #16  ${play(seed, line)}`);
}
