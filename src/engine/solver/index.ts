// The solver: from the start of a seed's game, knowing Putin's hidden profile, the best line Kim
// can play. A depth-first search over the moves of solver/moves.ts, each applied by the game's own
// apply(), with a table of states already valued and a bound: no line is followed that could not
// beat the best found even if every goal still open were won at its best lawful option. The line
// found is played once more through the engine, with the best ranking and stance, and its score is
// the engine's own. It is exact on the test scenario (tests/engine/solver.test.ts checks it against
// an exhaustive search of every legal move); `budgetMs` caps the search where a day is larger.
import { isFinal } from '../machines/run';
import { goalMachine } from '../machines/goal-machine';
import type { ScenarioBundle } from '../scenario/bundle';
import { initialState, type GameState } from '../state';
import { scoreGame } from '../score';
import { Game } from '../game';
import type { KimMove, Move, Settings } from '../types';
import { solverMoves } from './moves';
import { step } from './play';
import { bestRanking, bestStance, finalValue } from './value';
import { faceBonus } from '../score';
import { dealFace } from '../day-terms';
import { newsAtBest } from '../news-at-best';

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

/**
 * No line from here can score more than this. Every deal he takes is worth at least his floor to him
 * on each of its goals (his price never falls below it), so whatever deals are still to come, their
 * worth to him, with the best argument for each, every news still to come and his favourite unused
 * sweeteners (one an offer), must add up to at least a floor per goal; and they must fit what is
 * left of his money, China's line and Washington's patience. The bound is the best score of any
 * such choice, with no further cost and the best face.
 */
export function bound(bundle: ScenarioBundle, s: GameState): number {
  const { scenario } = bundle;
  const p = s.profile;
  const clock = s.summit.context.clock;
  const movesLeft = Math.floor((scenario.dayLength - clock) / Math.min(scenario.costs.propose, scenario.costs.accept + scenario.costs.propose));
  const delivered = s.news.filter((n) => !n.before).length;
  // News still to come may add worth, room on China's line and room with Washington: counted at best.
  const { bonus: future, arguments: futureArgs, china: futureChina, relief: futureUs } = newsAtBest(scenario, s.deck.slice(delivered));
  const fixed: number[] = [];
  const choices: { kim: number; surplus: number; money: number; china: number; us: number }[][] = [];
  for (const g of scenario.goals) {
    const track = s.goals[g.id]!;
    const deal = track.context.deal;
    if (deal) {
      fixed.push(g.options.find((o) => o.id === deal)!.kim);
      continue;
    }
    if (isFinal(goalMachine(g), track)) {
      fixed.push(0);
      continue;
    }
    const arg = Math.max(0, ...scenario.framings.map((f) => (p.framings[f.id]?.[g.id] ?? 0) + (s.argumentBonus[f.id]?.[g.id] ?? 0) + (futureArgs.get(`${f.id}=${g.id}`) ?? 0)));
    const list = [{ kim: 0, surplus: 0, money: 0, china: 0, us: 0 }];
    for (const o of g.options) {
      if (o.breaks.length > 0 || s.claims.some((c) => c.goal === g.id && c.option === o.id && !c.bluff)) continue;
      const worth = (p.options[g.id]?.[o.id] ?? 0) + (s.eventBonus[g.id]?.[o.id] ?? 0) + (future.get(`${g.id}=${o.id}`) ?? 0) + arg;
      list.push({ kim: o.kim, surplus: worth - p.floor, money: o.money, china: o.china ? 1 : 0, us: o.us });
    }
    choices.push(list);
  }
  // What the unused sweeteners can add, and the least they cost Kim for as much: every set of them
  // no larger than the moves left, as (worth to Putin, cost to Kim).
  const unused = scenario.sweeteners.filter((x) => !s.sweetenersUsed.includes(x.id)).map((x) => ({ worth: Math.max(0, p.sweeteners[x.id] ?? 0), cost: x.kimCost }));
  const covers: { worth: number; cost: number }[] = [];
  for (let mask = 0; mask < 1 << unused.length; mask++) {
    let worth = 0;
    let c = 0;
    let size = 0;
    for (let i = 0; i < unused.length; i++) if (mask & (1 << i)) (worth += unused[i]!.worth), (c += unused[i]!.cost), size++;
    if (size <= movesLeft) covers.push({ worth, cost: c });
  }
  /** The least Kim pays in sweeteners to cover a shortfall of his worth to Putin (Infinity: it cannot be covered). */
  const coverCost = (shortfall: number) => (shortfall <= 0 ? 0 : Math.min(...covers.filter((x) => x.worth >= shortfall).map((x) => x.cost)));
  const room = { money: p.money - s.spent.money, china: p.china - s.spent.china + futureChina, us: p.usLimit - s.summit.context.usAttention + futureUs };
  const n = scenario.goals.length;
  const total = (n * (n + 1)) / 2;
  const cost = s.sweetenersUsed.reduce((sum, id) => sum + (scenario.sweeteners.find((x) => x.id === id)?.kimCost ?? 0), 0);
  const top = Math.max(0, ...scenario.stances.map((x) => x.face));
  let best = Number.NEGATIVE_INFINITY;
  const picked: number[] = [];
  const walk = (i: number, surplus: number, money: number, china: number, us: number) => {
    if (i === choices.length) {
      const extra = coverCost(-surplus);
      if (!Number.isFinite(extra)) return;
      const values = [...fixed, ...picked].sort((a, b) => b - a);
      const points = values.reduce((sum, v, j) => sum + ((n - j) / total) * v, 0);
      const faceGain = picked.reduce((sum, v) => sum + dealFace(scenario, v), 0) + top;
      best = Math.max(best, points - cost - extra + faceBonus(Math.min(100, s.summit.context.face + faceGain)));
      return;
    }
    for (const c of choices[i]!) {
      if (money + c.money > room.money || china + c.china > room.china || us + c.us > room.us) continue;
      picked.push(c.kim);
      walk(i + 1, surplus + c.surplus, money + c.money, china + c.china, us + c.us);
      picked.pop();
    }
  };
  walk(0, 0, 0, 0, 0);
  return best;
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
