// SEEDS=a,b npx tsx tools/once/cold-exact.ts: the solver against the exhaustive search on fixture-harbour with cold options pressed as stalls.
import { DIFFICULTIES, Game } from '../../src/engine';
import { solve } from '../../src/engine/solver';
import { shortFixture } from '../../tests/support/bundles';
import { exhaustive } from '../../tests/support/exhaustive';
import { offerPressesCold } from '../../src/engine/putin/cold';
const short = shortFixture(Number(process.env.DAY ?? 60), Number(process.env.CHANCE ?? 0.7), process.env.OTHER ? JSON.parse(process.env.OTHER) : undefined);
for (const seed of (process.env.SEEDS ?? 'a,b,c,d').split(',')) for (const difficulty of DIFFICULTIES) {
  const init = { seed, settings: { difficulty } };
  const t0 = Date.now();
  const sol = solve(short, init);
  const t1 = Date.now();
  const prof = new Game(short, init).state.profile;
  const pressed = sol.line.filter((m) => m.type === 'offer.propose' && offerPressesCold(short.scenario, prof, [{ goal: m.goal, option: m.option }, ...(m.with ?? [])])).length;
  // Offers made with an argument that weighs against their option (a step or a pass he refuses).
  const against = sol.line.filter((m) => m.type === 'offer.propose' && m.framing !== undefined && (prof.framings[m.framing]?.[m.goal] ?? 0) < 0).length;
  const ex = exhaustive(short, init, sol.score - 10);
  console.log(seed, difficulty, 'solver', sol.score, sol.complete, sol.nodes, `${t1 - t0}ms`, 'pressed', pressed, 'against', against, 'exhaustive', ex.score, `${Date.now() - t1}ms`, ex.score === sol.score ? 'OK' : 'DIFF', JSON.stringify(new Game(short, init).state.profile.cold));
}
