// The solver: from the start of a seed's game, knowing Putin's hidden profile, the best line Kim
// can play. A depth-first search over the moves of solver/moves.ts, each applied by the game's own
// apply(), with a table of states already valued and a bound: no line is followed that could not
// beat the best found even if every goal still open were won at its best lawful option. The line
// found is played once more through the engine, with the best ranking and stance, and its score is
// the engine's own. It is exact on the test scenario (tests/engine/solver.test.ts checks it against
// an exhaustive search of every legal move); `budgetMs` caps the search where a day is larger.
import type { ScenarioBundle } from '../scenario/bundle';
import { initialState, type GameState } from '../state';
import { scoreGame } from '../score';
import { Game } from '../game';
import type { KimMove, Move, Settings } from '../types';
import { solverMoves } from './moves';
import { step } from './play';
import { bestRanking, bestStance, finalValue } from './value';
import { bound } from './bound';

export { bound };

export interface Solution {
  /** Kim's score of the best line, as the engine scores it. */
  score: number;
  /** Kim's moves of that line, from the ranking to the stance. */
  line: Move[];
  /** States searched, and whether the search finished within its budget (false: the best found). */
  nodes: number;
  complete: boolean;
}

/** A key of the state for the table: what decides the rest of the day, not the words said so far. */
function key(s: GameState): string {
  let k = '';
  for (const id in s.goals) {
    const g = s.goals[id]!;
    k += `${g.value},${g.context.deal},${g.context.counter},${g.context.roundsLeft},${g.context.listOk},${g.context.asked},${s.positions[id]};`;
  }
  const c = s.summit.context;
  k += `${s.concessions},${s.hardening},${s.firstGoal},${s.spent.money},${s.spent.china},${s.sweetenersUsed.join('+')},${s.summit.value},${c.clock},${c.patience},${c.face},${c.usAttention},${s.news.length};`;
  for (const cl of s.claims) k += `${cl.goal}=${cl.option}${cl.bluff ? '!' : ''},`;
  k += `;${[...s.refusedOffers].sort().join('|')}`;
  return k;
}

/** Offers he takes now first, the most valuable to Kim first; then the rest as they came. */
function order(bundle: ScenarioBundle, s: GameState, moves: KimMove[]): KimMove[] {
  const worth = (m: KimMove) => {
    if (m.type === 'offer.accept') return 1000;
    if (m.type !== 'offer.propose') return 0;
    const items = [{ goal: m.goal, option: m.option }, ...(m.with ?? [])];
    const kim = items.reduce((sum, i) => sum + (bundle.scenario.goals.find((g) => g.id === i.goal)!.options.find((o) => o.id === i.option)!.kim), 0);
    return m.framing || m.sweetener || m.with ? kim : kim / 100;
  };
  return moves.map((m) => [worth(m), m] as const).sort((a, b) => b[0] - a[0]).map(([, m]) => m);
}

/**
 * The search is capped by a number of states, not by time: the same seed then gets the same
 * answer on every machine (a time cap would make the debrief's "best possible" depend on the laptop).
 */
export function solveFrom(bundle: ScenarioBundle, start: GameState, maxNodes = Number.POSITIVE_INFINITY): Solution {
  const { scenario } = bundle;
  const table = new Map<string, number>();
  let nodes = 0;
  let complete = true;
  let best = { value: Number.NEGATIVE_INFINITY, line: [] as KimMove[] };
  const search = (s: GameState, line: KimMove[]): number => {
    nodes++;
    const here = finalValue(scenario, s);
    if (here > best.value) best = { value: here, line: [...line] };
    if (s.summit.value !== 'talks') return here;
    if (bound(bundle, s) <= best.value) return here;
    if (nodes > maxNodes) complete = false;
    if (!complete) return here;
    const k = key(s);
    const known = table.get(k);
    if (known !== undefined) return known;
    let value = here;
    // The most promising first, so that the bound cuts early: deals he takes, biggest first.
    for (const move of order(bundle, s, solverMoves(bundle, s))) {
      const next = step(bundle, s, move);
      if (!next) continue;
      line.push(move);
      value = Math.max(value, search(next, line));
      line.pop();
    }
    table.set(k, value);
    return value;
  };
  search(start, []);
  // Played once more through the engine: the best ranking first (if the day starts here), the stance last.
  return { ...finish(bundle, start, best.line), nodes, complete };
}

/** The line played through a real game, with the best ranking and stance: its score is the engine's. */
function finish(bundle: ScenarioBundle, start: GameState, talks: KimMove[]): { score: number; line: Move[] } {
  const { scenario } = bundle;
  let s = start;
  for (const m of talks) s = step(bundle, s, m)!;
  const ranking = bestRanking(scenario, s);
  const line: Move[] = [];
  const game = new Game(bundle, { seed: start.seed, settings: start.settings });
  const startMoves = start.moves.filter((m) => m.side === 'kim');
  for (const m of startMoves) game.play(m.type === 'briefing.rank' ? { ...m, ranking } : m);
  line.push(...startMoves.map((m) => (m.type === 'briefing.rank' ? { ...m, ranking } : m)));
  for (const m of talks) {
    game.play(m);
    line.push(m);
  }
  if (game.phase === 'talks') {
    game.play({ side: 'kim', type: 'summit.end' });
    line.push({ side: 'kim', type: 'summit.end' });
  }
  const stance = bestStance(scenario, game.state).stance;
  game.play({ side: 'kim', type: 'press.present', stance });
  line.push({ side: 'kim', type: 'press.present', stance });
  return { score: scoreGame(game).kim, line };
}

/** The best line of a seed's game, from the start. */
export function solve(bundle: ScenarioBundle, init: { seed: string; settings: Settings }, maxNodes?: number): Solution {
  const s0 = initialState(bundle, init);
  const ranked = step(bundle, s0, { side: 'kim', type: 'briefing.rank', ranking: bundle.scenario.goals.map((g) => g.id) })!;
  return solveFrom(bundle, ranked, maxNodes);
}
