// CPU time per move of the engine over a fixed set of games: the same 1,500 seeded random games
// per round, three rounds after a warm-up, the median round reported. Process CPU time (user +
// system), not the wall clock, so that another busy process on a shared machine slows the figure
// much less. Written against what every version of the engine exports, so that bench:compare can
// copy it into an older commit's tree and run the same code there: it finds the engine (and, since
// the engine takes its scenario as a parameter, the scenario bundle) under the tree it runs in.
// Usage: npx tsx tools/bench-moves.ts [tree]   (prints one JSON line)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tree = resolve(process.argv[2] ?? process.cwd());
const load = (rel: string) => import(pathToFileURL(join(tree, rel)).href);
const engine = await load('src/engine/index.ts');
// This version's engine takes a bundle; the older one read its one scenario itself.
const bundle = existsSync(join(tree, 'src/content/all.ts')) ? (await load('src/content/all.ts')).BUNDLES['vladivostok-2019'] : undefined;
const newGame = (seed: string) => {
  const init = { seed, settings: { difficulty: 'standard' } };
  return bundle ? engine.newGame(bundle, init) : engine.newGame(init);
};

function round(games: number, offset: number): { usPerMove: number; moves: number } {
  let moves = 0;
  const c0 = process.cpuUsage();
  for (let i = 0; i < games; i++) {
    const seed = `bench-${offset + i}`;
    moves += engine.playOut(newGame(seed), engine.makeStrategy('random', seed)).step;
  }
  const c = process.cpuUsage(c0);
  return { usPerMove: (c.user + c.system) / moves, moves };
}

round(300, 100_000); // warm up
const rounds = [round(1500, 0), round(1500, 0), round(1500, 0)].sort((a, b) => a.usPerMove - b.usPerMove);
const mid = rounds[1]!;
console.log(JSON.stringify({ cpuUsPerMove: Number(mid.usPerMove.toFixed(2)), movesPerRound: mid.moves, rounds: rounds.map((r) => Number(r.usPerMove.toFixed(2))) }));
