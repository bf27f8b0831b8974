// npm run sim -- --seed S --strategy random|greedy|historical [--games N] [--difficulty D] [--scenario ID] [--json]
// Plays whole games headless. With --games N the seeds are S-1 … S-N.
import { DIFFICULTIES, type Difficulty, encodeResultCode, newGame, playOut, makeStrategy, playerView, STRATEGIES, type StrategyName } from '../src/engine';
import { parseArgs } from './args';
import { bundleNamed } from './scenarios';

const parsed = parseArgs(process.argv.slice(2), { seed: 'string', strategy: 'string', games: 'number', difficulty: 'string', scenario: 'string', json: 'boolean' });
if (!parsed.ok) {
  console.error(`sim: ${parsed.error}`);
  process.exit(2);
}
const { seed = 'classroom-1', strategy = 'greedy', games = 1, difficulty = 'standard', json = false } = parsed.args as {
  seed?: string;
  strategy?: string;
  games?: number;
  difficulty?: string;
  json?: boolean;
};
if (!STRATEGIES.includes(strategy as StrategyName)) {
  console.error(`sim: --strategy must be one of ${STRATEGIES.join(', ')}, not "${strategy}"`);
  process.exit(2);
}
const bundle = bundleNamed(parsed.args.scenario as string | undefined);
if (typeof bundle === 'string') {
  console.error(`sim: --scenario: ${bundle}`);
  process.exit(2);
}
if (!DIFFICULTIES.includes(difficulty as Difficulty)) {
  console.error(`sim: --difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${difficulty}"`);
  process.exit(2);
}

const rows = [];
for (let i = 1; i <= games; i++) {
  const s = games === 1 ? seed : `${seed}-${i}`;
  const game = playOut(newGame(bundle, { seed: s, settings: { difficulty: difficulty as Difficulty } }), makeStrategy(strategy as StrategyName, s));
  const view = playerView(game);
  const result = view.result!;
  const deals = Object.fromEntries(result.perGoal.map((g) => [g.goal, { option: g.deal, breaks: g.breaks }]));
  const row = {
    scenario: bundle.scenario.id,
    seed: s,
    strategy,
    difficulty,
    moves: game.record().moves,
    deals,
    score: result.kim,
    putin: result.putin,
    distance: Number((result.perGoal.reduce((a, g) => a + g.distance, 0) / result.perGoal.length).toFixed(1)),
    counters: game.state.log.filter((l) => l.message.key === 'putin.counter').length,
    history: result.history.score,
    resultCode: encodeResultCode(game.record(), bundle),
    hash: game.hash(),
  };
  if (json) console.log(JSON.stringify(row));
  else rows.push(row);
}
if (!json) {
  for (const r of rows) {
    const deals = Object.entries(r.deals)
      .map(([g, d]) => `${g}=${d.option ?? '-'}`)
      .join(' ');
    console.log(`${r.seed}\t${r.strategy}\tscore ${r.score}\t(history ${r.history})\t${r.moves.length} moves\t${deals}`);
  }
  if (rows.length > 1) {
    const n = rows.length;
    const mean = rows.reduce((a, r) => a + r.score, 0) / n;
    const atLeastHistory = rows.filter((r) => r.score >= r.history).length / n;
    const agreed = rows.reduce((a, r) => a + Object.values(r.deals).filter((d) => d.option).length, 0) / (n * bundle.scenario.goals.length);
    const distance = rows.reduce((a, r) => a + r.distance, 0) / n;
    const distinct = new Set(rows.map((r) => Object.values(r.deals).map((d) => d.option).join('|'))).size;
    console.log(
      `${n} games: mean score ${mean.toFixed(1)}; at least history's score ${(atLeastHistory * 100).toFixed(0)}%; ` +
        `goals agreed ${(agreed * 100).toFixed(0)}%; mean distance to the Pareto frontier ${distance.toFixed(1)}; ${distinct} different outcomes`,
    );
  }
}
