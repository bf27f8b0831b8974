// The solver: from the start of a seed's game, knowing Putin's hidden profile, the best line Kim
// can play. A depth-first search over the moves of solver/moves.ts, each applied by the game's own
// apply(), with a table of states already valued and a bound: no line is followed that could not
// beat the best found even if every goal still open were won at its best lawful option. The line
// found is played once more through the engine, with the best ranking and stance, and its score is
// the engine's own. It is exact on the test scenario (tests/engine/solver.test.ts checks it against
// an exhaustive search of every legal move); `budgetMs` caps the search where a day is larger.
import type { ScenarioBundle } from '../scenario/bundle';
import type { Scenario } from '../scenario/schema';
import { initialState, type GameState } from '../state';
import { round1, scoreGame } from '../score';
import { Game } from '../game';
import type { KimMove, Move, Settings } from '../types';
import { solverMoves } from './moves';
import { callable, offerKey } from '../moves/kim';
import { isFinal } from '../machines/run';
import { goalMachine } from '../machines/goal-machine';
import { step } from './play';
import { bestRanking, bestStance, finalValue } from './value';
import { bound, type BoundRule, type Target } from './bound';

export { bound };

export interface Solution {
  /** Kim's score of the best line, as the engine scores it. */
  score: number;
  /** Kim's moves of that line, from the ranking to the stance. */
  line: Move[];
  /** States searched, and whether the search finished within its budget (false: the best found). */
  nodes: number;
  complete: boolean;
  /**
   * The most any line from the start can score: the score itself when the search is complete; when
   * it stopped at its cap, the highest bound of the days not yet ruled out (no line ending in any
   * of them scores more, solver/bound.ts). So the best possible lies between `score` and `upper`,
   * which the debrief says instead of calling the best found the best.
   */
  upper: number;
}

/**
 * A key of the state for the table: what decides the rest of the day, not the words said so far,
 * and not Putin's patience nor Kim's face. Neither moves Putin: patience only ends the talks when it
 * runs out, and face only adds to Kim's score; so of two states alike in all else, the one with no
 * less of either can do all the other can and score no less. The table keeps, for each key, the
 * patience and face of the states searched, and a state no better in both than one of them is not
 * searched again.
 */
function key(s: GameState): string {
  return `${sharedKey(s)};${[...s.refusedOffers].sort().join('|')}`;
}

/** The table's key less the offers he refused (they decide only which later offers are stalls); with `clock` false, less the clock too. */
function sharedKey(s: GameState, clock = true): string {
  let k = '';
  for (const id in s.goals) {
    const g = s.goals[id]!;
    k += `${g.value},${g.context.deal},${g.context.counter},${g.context.roundsLeft},${g.context.listOk},${g.context.asked},${s.positions[id]};`;
  }
  const c = s.summit.context;
  k += `${s.concessions},${s.hardening},${s.firstGoal},${s.spent.money},${s.spent.china},${[...s.sweetenersUsed].sort().join('+')},${s.summit.value},${clock ? c.clock : ''},${c.usAttention},${s.news.length};`;
  for (const cl of s.claims) k += `${cl.goal}=${cl.option}${cl.bluff ? '!' : ''},`;
  // A limit he named on the last answer can still be called: the offer on the table matters then.
  for (const id in s.goals) if (callable(s, id)) k += `call:${id}=${JSON.stringify(s.goals[id]!.context.offer)},`;
  return k;
}

/**
 * A deal offered from a state, as a key: the state (but for the offers he refused and the clock, and
 * with his asks), whether this offer repeats one he refused (a stall), and the offer. He takes it,
 * or not, on these and the clock alone (his price and its worth read nothing else), and the state it
 * leads to differs, if at all, in what the bound does not read (patience, the offers refused), in
 * face and in the clock. The news come by then and by his answer are in the key, so a later clock
 * only leaves less time: no more offers before the end, and his price at an offer no higher (his
 * deadline step is as near or nearer).
 */
function dealKey(scenario: Scenario, s: GameState, move: KimMove): string | null {
  if (move.type !== 'offer.propose' && move.type !== 'offer.accept') return null;
  const repeat = move.type === 'offer.propose' && s.refusedOffers.includes(offerKey([{ goal: move.goal, option: move.option }, ...(move.with ?? [])], move.sweetener, move.framing));
  // The news come by his answer too (a checkpoint may fall within the move's minutes).
  const answered = Math.floor(Math.min(scenario.dayLength, s.summit.context.clock + (move.type === 'offer.propose' ? scenario.costs.propose : scenario.costs.accept)) / scenario.newsEvery);
  return `${sharedKey(s, false)}|${answered}|${s.putinAsks.join('+')}|${repeat}|${JSON.stringify(move)}`;
}

const dealsIn = (s: GameState) => Object.values(s.goals).filter((g) => g.context.deal).length;

/** States searched, by key: the patience and face of each (none of them better in both than another). */
class Table {
  private readonly seen = new Map<string, { patience: number; face: number }[]>();
  /** Whether a state as good in both was searched already (nothing noted). */
  has(s: GameState): boolean {
    const { patience, face } = s.summit.context;
    return this.seen.get(key(s))?.some((x) => x.patience >= patience && x.face >= face) ?? false;
  }
  /** Notes a state (unless one as good in both is noted already). */
  note(s: GameState): void {
    this.covered(s);
  }
  /** Whether a state as good in both was searched already; if not, this one is noted. */
  covered(s: GameState): boolean {
    const k = key(s);
    const { patience, face } = s.summit.context;
    const list = this.seen.get(k);
    if (!list) {
      this.seen.set(k, [{ patience, face }]);
      return false;
    }
    if (list.some((x) => x.patience >= patience && x.face >= face)) return true;
    this.seen.set(k, [...list.filter((x) => x.patience > patience || x.face > face), { patience, face }]);
    return false;
  }
}

/** The states of a day's first turn (turn-taking, solveFrom); each turn of a day is twice its last. */
const FIRST_TURN = 200;

/**
 * The best line from a state, exact for the moves of solver/moves.ts (each applied by the engine).
 * Every line ends with some set of deals: a day. The bound (solver/bound.ts) gives, for every day,
 * the most any line ending in it can score. For each day, a depth-first search of the lines whose
 * deals are that day's (or some of them), cut where the bound of the day from the state reached is
 * no more than the best found, made twice over in two orders of the moves; the days' searches take
 * turns, from the highest bound down (see below). It stops once no day's bound is above the best
 * found: no line ending in any of them can beat it, so the best found is the best there is.
 * The search is capped by a number of states, not by time: the same seed then gets the same answer
 * on every machine (a time cap would make the debrief's "best possible" depend on the laptop).
 */
export function solveFrom(bundle: ScenarioBundle, start: GameState, maxNodes = Number.POSITIVE_INFINITY, without?: ReadonlySet<BoundRule>): Solution {
  const { scenario } = bundle;
  let nodes = 0;
  let complete = true;
  let best = { value: finalValue(scenario, start), line: [] as KimMove[] };
  const found = new Map<string, { target: Target; bound: number }>();
  const memo = new Map<string, { value: number; above: number }>();
  if (start.summit.value === 'talks') bound(bundle, start, { days: found, without });
  const days = [...found.values()].sort((a, b) => b.bound - a.bound);
  /**
   * Deals made to no avail (the day's bound after them no more than the best found), by dealKey,
   * with the clock and Kim's face then: the same deal from a state alike, no earlier and with no
   * more face, is taken too (his price is no higher) and leads to a state the bound values no
   * higher (it reads no more than the key, the clock and face, values face only up and a later
   * clock never up), nor ending the day there; and the best found only rises. So it is not made
   * again: most of the states of a day under the cold-press rule are such deals, made too early.
   * None of this depends on the line that reached the state, so a day's two searches share them
   * (not two days: the bound after the deal is the day's own).
   */
  type Vain = Map<string, { clock: number; face: number }[]>;
  /** Where the search of the day running now pauses (its turn's states used up), and whether the cap was reached. */
  let turnEnds = 0;
  let capped = false;
  /**
   * The lines of a day from `start`, searched in turns: it pauses (yields) once its turn's states
   * are used up, and goes on where it stopped when given another; it returns once searched, or
   * once the cap is reached (`capped`). `packagesFirst`: which of the two orders of moves it
   * tries (order, below); `vain`: the day's deals made to no avail, shared by both; `done`: the
   * states either has searched to their end (every line from them, or cut: none beats the best
   * found, which only rises), so that neither searches them again. (The search's own `table` notes
   * a state as soon as it is begun: within one search, a state begun is either searched to its end
   * or on the line being searched now; the other search may meet it while it is still under way.)
   */
  function* searchDay(day: { target: Target; packagesFirst: boolean; vain: Vain; done: Table }): Generator<void, void, void> {
    const { packagesFirst, vain, done } = day;
    const table = new Table();
    const boundOf = (s: GameState) => bound(bundle, s, { target: day.target, exact: true, above: best.value, memo, without });
    // `vain`: deals made to no avail in this day (Vain), by either of its searches.
    // `limit`: the bound of this state, worked out by its parent. A state this search begins and
    // searches to its end (not stopped by the cap) is noted as done for both searches of the day.
    function* search(s: GameState, limit: number, line: KimMove[]): Generator<void, void, void> {
      if (limit <= best.value || done.has(s) || table.covered(s)) return;
      yield* searchMoves(s, limit, line);
      if (!capped) done.note(s);
    }
    function* searchMoves(s: GameState, limit: number, line: KimMove[]): Generator<void, void, void> {
      // The moves' states, the most promising (by their bound, then by order) first. A state whose
      // bound is this one's is searched at once, before the moves after it are made: none of them
      // can be more promising (a bound from here holds for every line through any of them), and
      // once the best found reaches this state's bound, none of them is made at all.
      const next: { state: GameState; move: KimMove; bound: number }[] = [];
      const moves = order(bundle, solverMoves(bundle, s, day.target), s, packagesFirst);
      for (let i = 0; i < moves.length; i++) {
        if (limit <= best.value) return;
        const move = moves[i]!;
        if (nodes >= maxNodes) {
          capped = true;
          return;
        }
        // The turn is over: wait for the next (the best found may have risen meanwhile).
        while (nodes >= turnEnds) {
          yield;
          if (limit <= best.value) return;
        }
        const vainKey = dealKey(scenario, s, move);
        if (vainKey !== null && vain.get(vainKey)?.some((x) => x.clock <= s.summit.context.clock && x.face >= s.summit.context.face)) continue;
        const after = step(bundle, s, move);
        if (!after) continue;
        nodes++;
        // A step down on one goal that he answered with a bluff: the same step in a package (he
        // bluffs on single offers only), the other goal offered where Kim already stands on it.
        if (after.bluffs.length > s.bluffs.length && move.type === 'offer.propose' && !move.with) {
          const alt = withStanding(bundle, s, move);
          if (alt) moves.push(alt);
        }
        const here = finalValue(scenario, after);
        if (here > best.value) best = { value: here, line: [...line, move] };
        // A state already searched (or as good in patience and face) is not valued again.
        if (after.summit.value !== 'talks' || table.has(after) || done.has(after)) continue;
        const b = boundOf(after);
        if (b <= best.value) {
          if (vainKey !== null && dealsIn(after) > dealsIn(s)) {
            const { clock, face } = s.summit.context;
            vain.set(vainKey, [...(vain.get(vainKey) ?? []).filter((x) => x.clock < clock || x.face > face), { clock, face }]);
          }
          continue;
        }
        if (b >= limit) {
          line.push(move);
          yield* search(after, b, line);
          line.pop();
          if (capped) return;
          continue;
        }
        next.push({ state: after, move, bound: b });
      }
      next.sort((x, y) => y.bound - x.bound);
      for (const n of next) {
        line.push(n.move);
        yield* search(n.state, n.bound, line);
        line.pop();
        if (capped) return;
      }
    }
    yield* search(start, boundOf(start), []);
  }
  // The days in the order of their own bound from here (its deals in packages and in time), which
  // is worked out only for the days whose first bound (the deals summed over the day) is above the
  // best found. The days are searched in turns (turn-taking): every day that can beat the best
  // found gets a first turn of a few states before any gets a second, and each turn of a day is
  // twice its last; so a day whose bound is high but whose lines fall well short of it does not
  // hold up a day below it whose best line is found at once, and then cuts the first day's search.
  // Every day whose own bound is above the best found is searched to its end (or to the cap): the
  // order of the days changes what is searched, never the best there is.
  // Each day is searched twice over, in two orders of its moves (bare packages before bare single
  // offers, or after them), which take turns like two days (a portfolio): the day is done
  // once either search is, since each alone is the whole search of the day. Which order finds a
  // day's best line soon varies from seed to seed (README, "Session 21": of 300 seeds and
  // difficulties, 26 stopped at 6,000 states with the first order alone, 22 with the second, 16
  // with both in turns), and the best found by one cuts the other's search.
  // (They share the states searched to their end, not those begun: see searchDay.)
  type Day = (typeof days)[number] & { turns: number; packagesFirst: boolean; vain: Vain; done: Table; run?: Generator<void, void, void> };
  let known: Day[] = [];
  let next = 0;
  for (;;) {
    known = known.filter((d) => d.bound > best.value);
    const fewest = known.reduce((m, d) => Math.min(m, d.turns), Number.POSITIVE_INFINITY);
    if (fewest > 0 && next < days.length && days[next]!.bound > best.value) {
      const day = days[next++]!;
      const b = Math.min(day.bound, bound(bundle, start, { target: day.target, exact: true, above: best.value, memo, without }));
      const vain: Vain = new Map();
      const done = new Table();
      // (The two share the day's target: it names them both, below.)
      for (const packagesFirst of [true, false]) known.push({ target: day.target, bound: b, turns: 0, packagesFirst, vain, done });
      continue;
    }
    if (known.length === 0) break;
    let day = known[0]!;
    for (const d of known) if (d.turns < day.turns || (d.turns === day.turns && d.bound > day.bound)) day = d;
    day.run ??= searchDay(day);
    turnEnds = nodes + FIRST_TURN * 2 ** day.turns;
    day.turns++;
    const done = day.run.next().done;
    if (capped) {
      complete = false;
      break;
    }
    if (done) known = known.filter((d) => d.target !== day.target);
  }
  // Played once more through the engine: the best ranking first (if the day starts here), the stance last.
  const played = finish(bundle, start, best.line);
  // Stopped at the cap: every line not yet weighed ends in a day still known or not yet reached,
  // and none of those scores above its bound from the start (a day dropped had none above the best).
  // The bounds are of the day's value before the score rounds it to a tenth (score.ts), so the most a
  // score can be is the highest of them rounded as the score is (a hair above it, for the sums'
  // float error at a half).
  let upper = played.score;
  if (!complete) for (const d of [...known, ...days.slice(next)]) upper = Math.max(upper, round1(d.bound + 1e-9));
  return { ...played, nodes, complete, upper };
}

/** An offer with one more goal at the option Kim already stands on there (no concession on it), or null. */
function withStanding(bundle: ScenarioBundle, s: GameState, move: Extract<KimMove, { type: 'offer.propose' }>): KimMove | null {
  for (const g of bundle.scenario.goals) {
    const pos = s.positions[g.id];
    const track = s.goals[g.id]!;
    if (g.id === move.goal || pos === null || pos === undefined || isFinal(goalMachine(g), track)) continue;
    if (track.context.roundsLeft !== null && track.context.roundsLeft <= 0) continue;
    return { ...move, with: [{ goal: g.id, option: g.options[pos]!.id }] };
  }
  return null;
}

/**
 * Moves that bring his price down first (the first position on every goal, then one step down on a
 * goal, the most valuable first), deals after: his price only falls as the day goes on, so the line
 * that makes its deals last is tried first, and a good best is found early for the bound to cut by.
 * An offer that only passes the time (one argument on Kim's own position on a goal, solver/moves.ts)
 * comes last: it leaves the bound where it was (the bound already lets the last offers come as late
 * as the day allows), so tried early it would lead the search down every order of waiting and
 * stepping before any other move, and with it the first lines found.
 * A package (of first positions on several goals, say) saves offers, but a line that makes them
 * in single offers has more offers that can be refused for waiting; so with `packagesFirst` false,
 * bare packages come after bare single offers, still before the rest (solveFrom searches each day
 * in both orders). The tiers are 5,000 apart or more: an offer's worth to Kim (kimOf, at most 100 a
 * goal) stays within its tier.
 */
function order(bundle: ScenarioBundle, moves: KimMove[], s: GameState, packagesFirst = true): KimMove[] {
  const kimOf = (m: Extract<KimMove, { type: 'offer.propose' }>) =>
    [{ goal: m.goal, option: m.option }, ...(m.with ?? [])].reduce((sum, i) => sum + bundle.scenario.goals.find((g) => g.id === i.goal)!.options.find((o) => o.id === i.option)!.kim, 0);
  const rank = (m: KimMove) => {
    if (m.type !== 'offer.propose') return m.type === 'offer.accept' ? 30_000 : 0;
    if (!m.with && m.framing && !m.sweetener && bundle.scenario.goals.find((g) => g.id === m.goal)!.options.findIndex((o) => o.id === m.option) === s.positions[m.goal]) return -1;
    const bare = !m.framing && !m.sweetener;
    if (bare && m.with) return (packagesFirst ? 50_000 : 35_000) + kimOf(m);
    if (bare) return 40_000 + kimOf(m);
    return 20_000 + kimOf(m);
  };
  return moves.map((m) => [rank(m), m] as const).sort((a, b) => b[0] - a[0]).map(([, m]) => m);
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
