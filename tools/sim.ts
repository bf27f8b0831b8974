// npm run sim -- --agent NAME|FILE [--side kim|putin] [--seeds N] [--seed S] [--difficulty D] [--scenario ID] [--json] [--cap N]
// npm run sim -- --seed S --strategy random|greedy|historical [--games N] [--difficulty D] [--scenario ID] [--json]
// Plays whole games headless. With --seeds N (or --games N) the seeds are S-1 … S-N.
// --agent: a reference player (random, greedy, historical, strong) or a module whose default export
// is an agent (see "Enter your own negotiator" in the README). --side putin puts it in Putin's chair
// against the greedy Kim. An illegal move is reported on stderr (and in --json) and the game goes on.
// --cap N: the solver's budget in states for `best` (default 6000, as the balance report).
import { DIFFICULTIES, type Difficulty, encodeResultCode, type Game, makeStrategy, newGame, playerView, playOut, type ScenarioBundle, scoreGame, STRATEGIES, type StrategyName } from '../src/engine';
import { builtinAgent, type IllegalMove, runGame } from '../src/engine/agents';
import { bestRange, loadAgent } from './agents';
import { parseArgs } from './args';
import { bundleNamed } from './scenarios';

const parsed = parseArgs(process.argv.slice(2), {
  seed: 'string',
  strategy: 'string',
  agent: 'string',
  side: 'string',
  games: 'number',
  seeds: 'number',
  cap: 'number',
  difficulty: 'string',
  scenario: 'string',
  json: 'boolean',
});
if (!parsed.ok) {
  console.error(`sim: ${parsed.error}`);
  process.exit(2);
}
const args = parsed.args as { seed?: string; strategy?: string; agent?: string; side?: string; games?: number; seeds?: number; cap?: number; difficulty?: string; scenario?: string; json?: boolean };
const { seed = 'classroom-1', difficulty = 'standard', json = false } = args;
const games = args.seeds ?? args.games ?? 1;
const bundle = bundleNamed(args.scenario);
if (typeof bundle === 'string') {
  console.error(`sim: --scenario: ${bundle}`);
  process.exit(2);
}
if (!DIFFICULTIES.includes(difficulty as Difficulty)) {
  console.error(`sim: --difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${difficulty}"`);
  process.exit(2);
}
if (args.agent !== undefined && args.strategy !== undefined) {
  console.error('sim: give --agent or --strategy, not both');
  process.exit(2);
}
const seedOf = (i: number) => (games === 1 ? seed : `${seed}-${i}`);

if (args.agent !== undefined) await agentGames(bundle, args.agent);
else strategyGames(bundle, args.strategy ?? 'greedy');

/** The agent's games: one line each (or one JSON object each), illegal moves on stderr as they happen. */
async function agentGames(bundle: ScenarioBundle, spec: string): Promise<void> {
  const side = args.side ?? 'kim';
  if (side !== 'kim' && side !== 'putin') {
    console.error(`sim: --side must be kim or putin, not "${side}"`);
    process.exit(2);
  }
  const loaded = await loadAgent(spec, bundle);
  if (typeof loaded === 'string') {
    console.error(`sim: --agent: ${loaded}`);
    process.exit(2);
  }
  const scores: number[] = [];
  for (let i = 1; i <= games; i++) {
    const s = seedOf(i);
    const settings = { difficulty: difficulty as Difficulty };
    const players = side === 'kim' ? { kim: loaded.agent } : { kim: builtinAgent('greedy', bundle.scenario), putin: loaded.agent };
    const onIllegal = (m: IllegalMove) => console.error(`sim: ${s}: illegal move of ${m.side}'s agent at step ${m.step}: ${m.error}${m.params ? ` ${JSON.stringify(m.params)}` : ''}: ${JSON.stringify(m.move)}`);
    const played = await runGame(bundle, { seed: s, settings }, players, { onIllegal, copy: !loaded.builtin });
    const report = scoreGame(played.game);
    const score = side === 'kim' ? report.kim : report.putin;
    scores.push(score);
    // The solver plays Kim: its best is a yardstick for Kim's agents only.
    const range = side === 'kim' && json ? bestRange(bundle, s, settings, args.cap) : null;
    const row = {
      scenario: bundle.scenario.id,
      seed: s,
      difficulty,
      side,
      agent: loaded.name,
      score,
      best: range?.score ?? null,
      // The most any line can score on the seed: above \`best\` only where the search stopped at its cap.
      bestUpper: range?.upper ?? null,
      kim: report.kim,
      putin: report.putin,
      deals: dealsOf(played.game),
      moves: played.game.record().moves,
      resultCode: encodeResultCode(played.game.record(), bundle),
      illegal: played.illegal,
      forced: played.forced,
    };
    if (json) console.log(JSON.stringify(row));
    else console.log(`${s}\t${side} ${loaded.name}\tscore ${score}\t${row.moves.length} moves\t${played.illegal.length} illegal\t${Object.entries(row.deals).map(([g, d]) => `${g}=${d.option ?? '-'}`).join(' ')}`);
  }
  if (!json && scores.length > 1) console.log(`${scores.length} games: mean score ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1)}`);
}

function dealsOf(game: Game) {
  return Object.fromEntries(scoreGame(game).perGoal.map((g) => [g.goal, { option: g.deal, breaks: g.breaks }]));
}

/** The built-in strategies of the first command line (src/engine/bots.ts), as before. */
function strategyGames(bundle: ScenarioBundle, strategy: string): void {
  if (!STRATEGIES.includes(strategy as StrategyName)) {
    console.error(`sim: --strategy must be one of ${STRATEGIES.join(', ')}, not "${strategy}"`);
    process.exit(2);
  }
  const rows = [];
  for (let i = 1; i <= games; i++) {
    const s = seedOf(i);
    const game = playOut(newGame(bundle, { seed: s, settings: { difficulty: difficulty as Difficulty } }), makeStrategy(strategy as StrategyName, s));
    const result = playerView(game).result!;
    const row = {
      scenario: bundle.scenario.id,
      seed: s,
      strategy,
      difficulty,
      moves: game.record().moves,
      deals: dealsOf(game),
      score: result.kim,
      putin: result.putin,
      counters: game.state.log.filter((l) => l.message.key === 'putin.counter').length,
      history: result.history.deals,
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
      console.log(`${r.seed}\t${r.strategy}\tscore ${r.score}\t${r.moves.length} moves\t${deals}`);
    }
    if (rows.length > 1) {
      const n = rows.length;
      const mean = rows.reduce((a, r) => a + r.score, 0) / n;
      const asRecord = rows.filter((r) => Object.entries(r.deals).every(([g, d]) => d.option === (r.history[g] ?? null))).length / n;
      const agreed = rows.reduce((a, r) => a + Object.values(r.deals).filter((d) => d.option).length, 0) / (n * bundle.scenario.goals.length);
      const distinct = new Set(rows.map((r) => Object.values(r.deals).map((d) => d.option).join('|'))).size;
      console.log(`${n} games: mean score ${mean.toFixed(1)}; the record's deals ${(asRecord * 100).toFixed(0)}%; goals agreed ${(agreed * 100).toFixed(0)}%; ${distinct} different outcomes`);
    }
  }
}
