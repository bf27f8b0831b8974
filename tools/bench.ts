// npm run bench : full random games per second on one core, and the time to verify 100 result codes.
// It runs the very machines and decision model the game uses: there is no separate fast path.
// Also µs per move (the timed games' total time / their total moves), the solver's CPU time for one
// Vladivostok seed (median and max over 20 seeds at each difficulty) and the 1-minute load average.
import { loadavg } from 'node:os';
import { DIFFICULTIES, type Difficulty, encodeResultCode, loadEngines, makeStrategy, newGame, playOut, verifyResultCode } from '../src/engine';
import { solve } from '../src/engine/solver';
import { BUNDLES, lookupBundle } from './scenarios';
import { DEBRIEF_NODES } from '../src/engine/solver/path';

// The codes are verified as the pages verify them: those of an earlier version by its own engine.
await loadEngines();

const BUNDLE = BUNDLES['vladivostok-2019']!;
const SOLVER_SEEDS = 20;

function gamesPerSecond(seconds: number): { games: number; perSecond: number; moves: number; usPerMove: number } {
  const start = performance.now();
  let games = 0;
  let moves = 0;
  while (performance.now() - start < seconds * 1000) {
    const seed = `bench-${games}`;
    const game = playOut(newGame(BUNDLE, { seed, settings: { difficulty: 'standard' } }), makeStrategy('random', seed));
    moves += game.step;
    games++;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { games, perSecond: games / elapsed, moves: moves / games, usPerMove: (elapsed * 1e6) / moves };
}

function verifyHundred(): number {
  const codes: string[] = [];
  for (let i = 0; i < 100; i++) {
    const seed = `verify-${i}`;
    codes.push(encodeResultCode(playOut(newGame(BUNDLE, { seed, settings: { difficulty: 'standard' } }), makeStrategy(i % 2 ? 'greedy' : 'random', seed)).record(), BUNDLE));
  }
  const start = performance.now();
  for (const code of codes) if (!verifyResultCode(code, lookupBundle).ok) throw new Error('a code failed to verify');
  return performance.now() - start;
}

/** The solver's time for one seed, at the debrief's cap: the CPU time of this process (other load on the machine counts far less than on the wall clock). */
function solverTimes(scenario: string, difficulty: Difficulty, seeds: number): { medianMs: number; maxMs: number; complete: number; seeds: number; widestRange: number } {
  const bundle = BUNDLES[scenario]!;
  const times: number[] = [];
  let complete = 0;
  // Where the search stops at its cap: how far its best found may be below the best (its upper bound).
  let widestRange = 0;
  for (let i = 0; i < seeds; i++) {
    const c0 = process.cpuUsage();
    const s = solve(bundle, { seed: `bench-solve-${i}`, settings: { difficulty } }, DEBRIEF_NODES);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
    if (s.complete) complete++;
    widestRange = Math.max(widestRange, s.upper - s.score);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(times.length / 2)]!), maxMs: Math.round(times[times.length - 1]!), complete, seeds, widestRange: Number(widestRange.toFixed(1)) };
}

gamesPerSecond(1); // warm up
const run = gamesPerSecond(5);
verifyHundred();
const times = [verifyHundred(), verifyHundred(), verifyHundred()].sort((a, b) => a - b);
const result = {
  node: process.version,
  randomGamesPerSecond: Math.round(run.perSecond),
  movesPerGame: Number(run.moves.toFixed(1)),
  usPerMove: Number(run.usPerMove.toFixed(2)),
  verify100CodesMs: Number(times[1]!.toFixed(1)),
  solver: Object.fromEntries(DIFFICULTIES.map((d) => [d, solverTimes('vladivostok-2019', d, SOLVER_SEEDS)])) as Record<Difficulty, ReturnType<typeof solverTimes>>,
  load: Number(loadavg()[0]!.toFixed(2)),
};
console.log(`full random games per second (one core): ${result.randomGamesPerSecond} (${result.movesPerGame} moves a game)`);
console.log(`engine time per move: ${result.usPerMove} µs`);
console.log(`verify 100 result codes: ${result.verify100CodesMs} ms (median of 3)`);
for (const [name, r] of Object.entries(result.solver)) console.log(`solver, one Vladivostok seed at ${name} (cap ${DEBRIEF_NODES} states): median ${r.medianMs} ms CPU, max ${r.maxMs} ms; exact (search finished) on ${r.complete} of ${r.seeds} seeds${r.complete === r.seeds ? '' : `; elsewhere the best found within ${r.widestRange} ${r.widestRange === 1 ? 'point' : 'points'} of the most possible`}`);
console.log(`load average (1 min): ${result.load}`);
console.log(JSON.stringify(result));
