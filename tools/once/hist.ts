import { Game, scoreGame, type Difficulty } from '../../src/engine';
import { referencePlayers } from '../balance/players';
import { bundleNamed } from '../scenarios';
const bundle = bundleNamed(undefined) as any;
const players = referencePlayers() as any;
for (const d of ['open', 'standard', 'hard'] as Difficulty[]) for (let i = 1; i <= 200; i++) {
  const seed = `test-${i}`;
  const g = players.historical(bundle, { seed, settings: { difficulty: d } });
  const bad = bundle.scenario.goals.filter((x: any) => g.goal(x.id).context.deal !== (bundle.scenario.history.deals[x.id] ?? null));
  if (bad.length) { console.log(d, seed, bad.map((x: any) => x.id + '=' + g.goal(x.id).context.deal), JSON.stringify((g.state as any).profile.options.lifeline), g.state.log.slice(-6).map((l: any) => JSON.stringify(l.text ?? l.message).slice(0, 160)).join('\n')); }
}
