// The solver on the real scenario (Vladivostok 2019): on many seeds at each difficulty, its search
// finishes within the debrief's cap, and there no reference player (src/engine/agents/) and no
// adversary of the balance report (tools/balance/adversary.ts) scores above its best; its bound,
// the claim its exactness rests on, is never below what any of those players' games went on to
// score from any state they passed through; and the legal moves its search leaves out (asking,
// walking away, repeating an offer, other first positions, a concession with an argument or with
// one of his asked sweeteners, a concession in a package he refuses) lead to no better line.
import { describe, expect, it, vi } from 'vitest';
import { DIFFICULTIES, Game, scoreGame, type ScenarioBundle } from '../../src/engine';
import { BUILTIN_AGENTS, builtinAgent, runGameSync, type Agent } from '../../src/engine/agents';
import { solve, solveFrom, bound, type Solution } from '../../src/engine/solver';
import type { BoundRule } from '../../src/engine/solver/bound';
import { solverMoves } from '../../src/engine/solver/moves';
import { quickWay } from '../../src/engine/solver/quick';
import { isConcession } from '../../src/engine/putin/context';
import { step } from '../../src/engine/solver/play';
import { initialState, type GameState } from '../../src/engine/state';
import type { KimMove } from '../../src/engine/types';
import { adversaries } from '../../tools/balance/adversary';
import { acceptEveryCounter, oldRecipe } from '../../tools/balance/fixed';
import { BUNDLES } from '../../src/content/all';
import { VLADIVOSTOK, WITHOUT_COLD_PRESS } from '../support/bundles';

vi.setConfig({ testTimeout: 600_000 });

/** The debrief's cap (src/shell/best-line-worker.ts). */
const CAP = 6000;
const PER_DIFFICULTY = 4;
/**
 * The scenario with engine version 9's numbers and rules (no cold-press rule, cold on a goal with a
 * chance of 0.45, every option he is cold to named when asked): the seeds, lines and cuts below were
 * found on version 9, and the solver plays it as it did. Version 10's rule has its own tests (the
 * solver under the cold-press rule, below, and tests/engine/solver.test.ts).
 */
const { coldTold: _told, ...v9Putin } = WITHOUT_COLD_PRESS.scenario.putin;
const bundle = { ...WITHOUT_COLD_PRESS, scenario: { ...WITHOUT_COLD_PRESS.scenario, putin: { ...v9Putin, cold: { ...v9Putin.cold!, chance: 0.45 } } } };
const { scenario } = bundle;
/** Kim's offer on a goal, with more of a package, a sweetener or an argument. */
const o = (goal: string, option: string, more: Partial<Extract<KimMove, { type: 'offer.propose' }>> = {}): KimMove => ({ side: 'kim', type: 'offer.propose', goal, option, ...more });
/** The state once Kim has ranked the goals in the scenario's order: where the searches below start. */
const ranked = (b: ScenarioBundle, init: { seed: string; settings: { difficulty: 'open' | 'standard' | 'hard' } }) =>
  step(b, initialState(b, init), { side: 'kim', type: 'briefing.rank', ranking: b.scenario.goals.map((g) => g.id) })!;
/** The opening the solver's best lines share: every goal at its most ambitious lawful option, in one package. */
const ANCHOR = o('lifeline', 'return-visit', { with: [{ goal: 'sanctions', option: 'draft-resolution' }, { goal: 'workers', option: 'orderly-departure' }, { goal: 'transport', option: 'rail-link' }, { goal: 'barter', option: 'clearing-house' }] });

/**
 * The scenario with engine version 7's numbers (the key argument worth 17 to 23, a sweetener he asked
 * for 32 to 38, standard's floor 18 to 22, open's 13 to 17) under today's rules: session 10's solver rules were found
 * on seeds of version 7; version 8 changed those numbers and banks no concession past his floor, which
 * none of those seeds reaches.
 */
const V7_NUMBERS = {
  ...bundle,
  scenario: {
    ...scenario,
    putin: { ...scenario.putin, floor: { ...scenario.putin.floor, open: [13, 17] as [number, number], standard: [18, 22] as [number, number] }, keyArgument: [17, 23] as [number, number], askedSweetener: [32, 38] as [number, number] },
  },
};
/**
 * The scenario with engine version 8's numbers (open's floor 13 to 17; version 9 lowered it to 12 to
 * 16 and changed nothing else): session 11's solver rules were found on seeds of version 8.
 */
const V8_NUMBERS = {
  ...bundle,
  scenario: { ...scenario, putin: { ...scenario.putin, floor: { ...scenario.putin.floor, open: [13, 17] as [number, number] } } },
};
/**
 * The scenario with engine version 6's numbers (some of the day's news known at the start, open's
 * floor 12 to 16, standard's 18 to 22, the key argument worth 17 to 23 and a sweetener he asked
 * for 32 to 38) under
 * today's rules, which are version 6's but for those numbers (versions 7 and 8 changed only numbers
 * of the scenario): where a rule of the bound was found cutting states on a seed of version 6, it is
 * shown there.
 */
const V6_NUMBERS = {
  ...bundle,
  scenario: {
    ...scenario,
    newsAtStart: { open: 3, standard: 2, hard: 1 },
    putin: { ...scenario.putin, floor: { ...scenario.putin.floor, open: [12, 16] as [number, number], standard: [18, 22] as [number, number] }, keyArgument: [17, 23] as [number, number], askedSweetener: [32, 38] as [number, number] },
  },
};

/** Every player the balance report measures on a bundle: the reference players and the adversaries (the fixed lists, the tricks). */
const playersOf = (b: ScenarioBundle, difficulty: (typeof DIFFICULTIES)[number]): [string, () => Agent][] => {
  const train = solve(b, { seed: 'train-1', settings: { difficulty } }, CAP).line;
  return [
    ...BUILTIN_AGENTS.map((a) => [a, () => builtinAgent(a, b.scenario)] as [string, () => Agent]),
    ...adversaries(b.scenario, [
      ['e273f05 recipe', oldRecipe(b)],
      ['accept every counter', acceptEveryCounter(b)],
      ['best line of a training seed', train],
    ]).map((p) => [p.name, p.make] as [string, () => Agent]),
  ];
};

// Every scenario the game knows (a new one too, once listed in src/content/all.ts): the solver's
// bound is an upper bound, and so a finished search exact, only while these signs hold.
describe.each(Object.values(BUNDLES))('the solver\'s assumptions on $scenario.id', ({ scenario }) => {
  it("rests on signs of the data that its bound takes for granted", () => {
    // Face: nothing but deals, a called bluff and the stance raise it, and a bluff called never
    // gives back more than the rebuff it came with; sweeteners cost Kim and never add face.
    const f = scenario.faceShift;
    expect([f.walkAway <= 0, f.calledWrongly <= 0, f.rebuffed + f.calledBluff <= 0, f.dealPer10 >= 0]).toEqual([true, true, true, true]);
    for (const x of scenario.sweeteners) expect([x.kimCost >= 0, x.face <= 0], x.id).toEqual([true, true]);
    // Washington: arguments and deals only add to its attention.
    for (const x of scenario.framings) expect(x.us, x.id).toBeGreaterThanOrEqual(0);
    for (const o of scenario.goals.flatMap((g) => g.options)) expect([o.us >= 0, o.money >= 0], o.id).toEqual([true, true]);
    // His price falls with every step and rises with the mark-up, every stall and his asks unanswered.
    expect(Object.values(scenario.putin.step).every((x) => x >= 0)).toBe(true);
    expect([scenario.putin.markup, scenario.putin.harden, scenario.putin.unanswered].every((x) => x >= 0)).toBe(true);
    // ... which falls only while his aspiration is above his floor: on every seed of every difficulty.
    for (const d of Object.values(scenario.putin.floor)) expect(scenario.putin.aspiration[0]).toBeGreaterThanOrEqual(d[1]);
  });
});

describe('the solver on vladivostok-2019', () => {
  const seeds = DIFFICULTIES.flatMap((difficulty) => Array.from({ length: PER_DIFFICULTY }, (_, i) => ({ seed: `vs-${i}`, difficulty })));
  const solved = new Map<string, Solution>();
  const solutionOf = (seed: string, difficulty: (typeof DIFFICULTIES)[number]) => {
    const k = `${seed}/${difficulty}`;
    if (!solved.has(k)) solved.set(k, solve(bundle, { seed, settings: { difficulty } }, CAP));
    return solved.get(k)!;
  };

  const players = (difficulty: (typeof DIFFICULTIES)[number]) => playersOf(bundle, difficulty);

  it(`finds, on ${PER_DIFFICULTY} seeds at each difficulty, a line that scores exactly what it reports, and where its search finished no player scores more`, () => {
    let games = 0;
    for (const difficulty of DIFFICULTIES) {
      const field = players(difficulty);
      for (const { seed } of seeds.filter((s) => s.difficulty === difficulty)) {
        const init = { seed, settings: { difficulty } };
        const solution = solutionOf(seed, difficulty);
        // Its best is the best there is only where its search finished; elsewhere only a line found.
        if (!solution.complete) continue;
        const game = new Game(bundle, init);
        for (const m of solution.line) expect(game.play(m).ok, JSON.stringify(m)).toBe(true);
        expect(game.isOver()).toBe(true);
        expect(scoreGame(game).kim).toBe(solution.score);
        for (const [name, make] of field) {
          const score = scoreGame(runGameSync(bundle, init, { kim: make() }).game).kim;
          games++;
          expect(score, `${name} on ${seed} at ${difficulty}`).toBeLessThanOrEqual(solution.score);
        }
      }
    }
    expect(games).toBeGreaterThan(100);
  });

  it("never bounds a state below what a player's game went on to score from it", () => {
    // The bound is the claim the search's exactness rests on: from a state, no line scores more.
    // The players' games are lines the solver's own moves do not hold (random moves, tricks, stalls).
    let checked = 0;
    for (const difficulty of DIFFICULTIES) {
      for (const [name, make] of players(difficulty)) {
        for (const seed of ['b-0']) {
          const init = { seed, settings: { difficulty } };
          const run = runGameSync(bundle, init, { kim: make() });
          const final = scoreGame(run.game).kim;
          let s: GameState | null = initialState(bundle, init);
          for (const m of run.game.state.moves.filter((x): x is KimMove => x.side === 'kim')) {
            if (!s || s.summit.value !== 'talks' && s.summit.value !== 'briefing') break;
            if (s.summit.value === 'talks' && !s.awaiting) {
              // Rounded as the score is rounded.
              expect(bound(bundle, s) + 0.05, `${name} on ${seed} at ${difficulty}, after ${s.moves.length} moves`).toBeGreaterThanOrEqual(final);
              checked++;
            }
            s = step(bundle, s, m);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('finishes its search (and so is exact for its moves) within the cap on every seed', () => {
    const complete = seeds.filter(({ seed, difficulty }) => solutionOf(seed, difficulty).complete).length;
    // Engine version 5 (cold goals, less slack in a package, a step taken back) left more days
    // close to the best: the bound before its own rules for them finished 10 of these 12. Engine
    // version 6 (sweeteners that give back money) needs a day over his money to name a set of them
    // that gives back the rest: without that, 5 of these 12.
    expect(complete).toBe(seeds.length);
  });

  it("never bounds a state of its own best line below that line's score, counted for the day it ends in", () => {
    // The day's own bound is what the search cuts by: were it below the best line anywhere on the
    // way, the search could cut that line. Hard bench-solve-2 is a seed where a package on goals Kim
    // had not opened was once counted as no concession, which put its first state's bound below.
    let checked = 0;
    for (const { seed, difficulty } of [...seeds, { seed: 'bench-solve-2', difficulty: 'hard' as const }]) {
      const best = solutionOf(seed, difficulty);
      let s: GameState | null = initialState(bundle, { seed, settings: { difficulty } });
      const states: GameState[] = [];
      for (const m of best.line) {
        if (!s || (s.summit.value !== 'talks' && s.summit.value !== 'briefing')) break;
        if (s.summit.value === 'talks' && !s.awaiting) states.push(s);
        s = step(bundle, s, m as KimMove);
      }
      const end = s!;
      const day = Object.fromEntries(scenario.goals.map((g) => [g.id, end.goals[g.id]!.context.deal]));
      for (const x of states) {
        expect(bound(bundle, x, { target: day, exact: true }) + 0.05, `${seed} at ${difficulty}, after ${x.moves.length} moves`).toBeGreaterThanOrEqual(best.score);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it.each([
    // Seeds of engine version 6 on which each rule cuts states, on the scenario with version 6's
    // numbers (V6_NUMBERS: version 7 changed only numbers of the scenario, not the rules): a step
    // taken back for a deal Kim must go back up to; what the packages before an offer tell of the
    // concessions up to it. (China's line held by the news come before each offer, and a day closing
    // every goal ends with its last deal, cut states on vs-15 until the search could pass the time and
    // open with a step down: it now finds its best there before either matters, and no seed tried
    // (vs-0..29, adversary-1..60, extra-0..29, bench-solve-0..19, at each difficulty) has a search
    // either cuts. China's line is shown on a day's bound below; the other is kept, being sound.)
    // The step taken back is shown with floor-capped left out on both sides: its count of his steps
    // offer by offer takes the step back too.
    ['steps-taken-back', 'extra-0', 'hard', 1, 0, ['floor-capped']],
    ['packages-before', 'extra-3', 'open', 0, 0, []],
    // His mark-up until the sweetener he asked for is offered: version 6 has none (his asks are no
    // longer a toll), so the rule is shown on the scenario with version 5's mark-up of 4.
    ['asks-pending', 'bench-solve-7', 'standard', 0, 4, []],
    // Engine version 6: the money a sweetener gives back, given back by the offer holding the last
    // deal with money (adversary-43: a day over his money whose sweetener that gives it back is
    // worth most to a package that can only come after that deal); two goals far below his price
    // in one package need a sweetener each (adversary-23 at hard; adversary-21 at standard showed it
    // until the search could make a step he would take in a package he refuses: it now finds its
    // best before the rule matters).
    ['money-back-in-time', 'adversary-43', 'standard', 0, 0, []],
    ['offers-split', 'adversary-23', 'hard', 0, 0, []],
  ] as const)("searches fewer states with the bound's rule %s, and finds the same best as without it (%s at %s, after %i moves of its best line; mark-up for asks unanswered %i or the scenario's; also left out on both sides: %j)", (rule, seed, difficulty, moves, unanswered, base) => {
    const b = unanswered ? { ...V6_NUMBERS, scenario: { ...V6_NUMBERS.scenario, putin: { ...V6_NUMBERS.scenario.putin, unanswered } } } : V6_NUMBERS;
    const init = { seed, settings: { difficulty } };
    const talks = moves ? (solve(b, init, CAP).line.filter((m) => m.type !== 'briefing.rank') as KimMove[]) : [];
    let from = step(b, initialState(b, init), { side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) })!;
    for (const m of talks.slice(0, moves)) from = step(b, from, m)!;
    const withIt = solveFrom(b, from, CAP, new Set<BoundRule>(base));
    const without = solveFrom(b, from, 20_000, new Set<BoundRule>([...base, rule]));
    expect([withIt.complete, without.complete]).toEqual([true, true]);
    expect(withIt.score).toBe(without.score);
    expect(withIt.nodes).toBeLessThan(without.nodes);
  });

  it("bounds a day lower with its rule china-in-time (China's line held by the news come by each offer), and finds the same best with or without it", () => {
    // vs-7 at standard, with version 6's numbers: his China line holds no option that needs it until a piece of news makes
    // room; a day with the draft resolution and bridge crossings needs that news before its offer.
    const init = { seed: 'vs-7', settings: { difficulty: 'standard' as const } };
    const from = step(V6_NUMBERS, initialState(V6_NUMBERS, init), { side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) })!;
    const day = { lifeline: 'return-visit', sanctions: 'draft-resolution', workers: null, transport: 'bridge-crossings', barter: 'study' };
    const withIt = bound(V6_NUMBERS, from, { target: day, exact: true });
    const without = bound(V6_NUMBERS, from, { target: day, exact: true, without: new Set<BoundRule>(['china-in-time']) });
    expect(withIt).toBeLessThan(without - 1);
    const a = solveFrom(V6_NUMBERS, from, CAP);
    const b = solveFrom(V6_NUMBERS, from, CAP, new Set<BoundRule>(['china-in-time']));
    expect([a.complete, b.complete]).toEqual([true, true]);
    expect(a.score).toBe(b.score);
  });

  it("bounds a day lower with its rule retractions-counted (every offer that goes back up on a goal takes back a step), never below the day's best, and finds the same best with or without it in fewer states", () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // adversary-18 at hard: Kim has come down to the most modest option on the lifeline and on
    // sanctions. The day with the broker's role, the draft resolution, the orderly departure, the
    // rail link and the study needs a package going back up on the lifeline and sanctions and
    // another going back up on the rail link; each takes back a step, and with one step less the
    // package of the rail link and the study needs a sweetener of its own. Counting only one offer
    // going back up, the bound left room for one sweetener less (a point more) everywhere.
    const before: KimMove[] = [
      ANCHOR,
      o('lifeline', 'broker'),
      o('sanctions', 'humanitarian-exemptions'),
      o('barter', 'lawful-goods'),
      o('lifeline', 'broker', { framing: 'humanitarian' }),
      { side: 'kim', type: 'goods.list', goal: 'barter', goods: ['wheat-flour', 'medicine'] },
      o('lifeline', 'guarantees', { with: [{ goal: 'sanctions', option: 'humanitarian-exemptions' }] }),
      o('sanctions', 'step-by-step', { with: [{ goal: 'lifeline', option: 'guarantees' }] }),
      o('lifeline', 'cordial'),
    ];
    const init = { seed: 'adversary-18', settings: { difficulty: 'hard' as const } };
    const day = { lifeline: 'broker', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'rail-link', barter: 'study' };
    let checked = 0;
    for (const n of [6, before.length]) {
      let from = ranked(bundle, init);
      for (const m of before.slice(0, n)) from = step(bundle, from, m)!;
      // (Shown with backs-capped left out on both sides: its count of his steps offer by offer takes
      // a step back for each package that goes back up after a step below its deals too.)
      const withIt = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>(['backs-capped']) });
      const without = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>(['backs-capped', 'retractions-counted']) });
      expect(withIt, `after ${n} moves`).toBeLessThan(without - 0.5);
      expect(bound(bundle, from, { target: day, exact: true })).toBeLessThanOrEqual(withIt);
      const a = solveFrom(bundle, from, CAP, new Set<BoundRule>(['backs-capped']));
      const b = solveFrom(bundle, from, 20_000, new Set<BoundRule>(['backs-capped', 'retractions-counted']));
      expect([a.complete, b.complete]).toEqual([true, true]);
      expect(a.score).toBe(b.score);
      expect(a.nodes).toBeLessThan(b.nodes);
      expect(solveFrom(bundle, from, CAP).score).toBe(a.score);
      // The best from here ends in that very day: the bound with the rule is still above it.
      // (Its line is the game's from the start, played through a Game.)
      const game = new Game(bundle, init);
      for (const m of a.line) game.play(m);
      expect(Object.fromEntries(scenario.goals.map((g) => [g.id, game.state.goals[g.id]!.context.deal]))).toEqual(day);
      expect(withIt + 0.05).toBeGreaterThanOrEqual(a.score);
      checked++;
    }
    expect(checked).toBe(2);
  });

  it("bounds lower with its rule first-at-top (an offer of a goal's top lawful option, with no position there yet, is never a concession), never below its best line, and finishes where it did not", () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // adversary-6 at hard: after a first offer on the lifeline alone, a package holding the orderly
    // departure (the only lawful option on workers) and Kim's own position on the lifeline was
    // counted as a possible concession; it never is. The bound of its best day there was 52.15, and
    // the search went through every line that opens with that offer before the one that opens with
    // the anchor package (51.2).
    const init = { seed: 'adversary-6', settings: { difficulty: 'hard' as const } };
    const day = { lifeline: 'return-visit', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'bridge-crossings', barter: 'study' };
    const start = ranked(bundle, init);
    const single = step(bundle, start, { side: 'kim', type: 'offer.propose', goal: 'lifeline', option: 'return-visit' })!;
    // (Shown with backs-capped left out on both sides: its count of his steps offer by offer knows
    // that a package at Kim's positions is no concession either.)
    const withIt = bound(bundle, single, { target: day, exact: true, without: new Set<BoundRule>(['backs-capped']) });
    const without = bound(bundle, single, { target: day, exact: true, without: new Set<BoundRule>(['backs-capped', 'first-at-top']) });
    expect(withIt).toBeLessThan(without - 0.5);
    const best = solve(bundle, init, CAP);
    // (Shown with the rules split-retractions and backs-capped left out on both sides: with either,
    // the search finishes without this rule too, in 4,748 states against 50 with the first.)
    const without2 = new Set<BoundRule>(['split-retractions', 'backs-capped']);
    const withIt2 = solveFrom(bundle, start, CAP, without2);
    const other = solveFrom(bundle, start, CAP, new Set<BoundRule>([...without2, 'first-at-top']));
    expect([best.complete, withIt2.complete, other.complete]).toEqual([true, true, false]);
    expect(withIt2.score).toBe(best.score);
    expect(best.score).toBeGreaterThan(other.score);
    expect(best.nodes).toBeLessThanOrEqual(solveFrom(bundle, start, CAP, new Set<BoundRule>(['first-at-top'])).nodes);
    // Its best line ends in that day, and no state on the way is bounded below it.
    const game = new Game(bundle, init);
    let s: GameState = start;
    let checked = 0;
    for (const m of best.line) {
      if (m.type !== 'briefing.rank' && s.summit.value === 'talks') {
        expect(bound(bundle, s, { target: day, exact: true }) + 0.05).toBeGreaterThanOrEqual(best.score);
        checked++;
        if (m.type !== 'summit.end' && m.type !== 'press.present') s = step(bundle, s, m as KimMove)!;
      }
      game.play(m);
    }
    expect(checked).toBeGreaterThan(2);
    expect(Object.fromEntries(scenario.goals.map((g) => [g.id, game.state.goals[g.id]!.context.deal]))).toEqual(day);
  });

  it('searches fewer states with its rule split-retractions (a package split into offers that each go back up takes back a step each), finds the same best, and never bounds its best line below it', () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // bench-solve-8 at hard: late in the day the five deals, one argument, need two sweeteners, so
    // two offers; the bound priced both at the steps of one package going back up, though each
    // goes back up (and one holds no concession), which left 3 points of room on states that
    // cannot reach the day at all.
    const init = { seed: 'bench-solve-8', settings: { difficulty: 'hard' as const } };
    const start = ranked(bundle, init);
    const withIt = solveFrom(bundle, start, CAP);
    const without = solveFrom(bundle, start, 20_000, new Set<BoundRule>(['split-retractions']));
    expect([withIt.complete, without.complete]).toEqual([true, true]);
    expect(withIt.score).toBe(without.score);
    expect(withIt.nodes * 10).toBeLessThan(without.nodes);
    const game = new Game(bundle, init);
    let s: GameState = start;
    const states: GameState[] = [];
    for (const m of withIt.line) {
      if (m.type !== 'briefing.rank' && s.summit.value === 'talks' && m.type !== 'summit.end' && m.type !== 'press.present') {
        states.push(s);
        s = step(bundle, s, m as KimMove)!;
      }
      game.play(m);
    }
    const day = Object.fromEntries(scenario.goals.map((g) => [g.id, game.state.goals[g.id]!.context.deal]));
    for (const x of states) expect(bound(bundle, x, { target: day, exact: true }) + 0.05).toBeGreaterThanOrEqual(withIt.score);
    expect(states.length).toBeGreaterThan(5);
  });

  it('makes a step down he would take alone (a deal below the day) in a package he refuses, and so reaches the day the bound allows', () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // adversary-40 at standard: after the anchor and a step down on each goal, his price is so low
    // that he takes any further step alone, a deal at an option below the best day. With the
    // lifeline's next step in a package with the sanctions at Kim's own position, which he refuses,
    // Kim has the step without the deal. Under version 7's rules the five deals in one package then
    // came next with no sweetener: 54.8 from here (53.8 without that move). Version 8 banks no
    // concession past his floor (five at standard's 0.2), and that line counted on more: from here
    // the best is 53.8. The move still gives the step without the deal.
    const before: KimMove[] = [
      ANCHOR,
      o('lifeline', 'broker'),
      o('sanctions', 'humanitarian-exemptions'),
      o('transport', 'bridge-crossings'),
      o('barter', 'lawful-goods'),
      { side: 'kim', type: 'goods.list', goal: 'barter', goods: ['wheat-flour', 'medicine'] },
    ];
    const init = { seed: 'adversary-40', settings: { difficulty: 'standard' as const } };
    let s = ranked(bundle, init);
    for (const m of before) s = step(bundle, s, m)!;
    const day = { lifeline: 'broker', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'rail-link', barter: 'study' };
    // The step alone is a deal at the guarantees.
    expect(step(bundle, s, o('lifeline', 'guarantees'))!.goals.lifeline!.context.deal).toBe('guarantees');
    const stepIn = solverMoves(bundle, s, day).find((m) => m.type === 'offer.propose' && m.goal === 'lifeline' && m.option === 'guarantees' && m.with?.length === 1 && !m.framing && !m.sweetener);
    expect(stepIn).toBeDefined();
    const after = step(bundle, s, stepIn!)!;
    expect(Object.values(after.goals).every((g) => g.context.deal === null)).toBe(true);
    expect(after.concessions).toBe(s.concessions + 1);
    const best = solveFrom(bundle, s, CAP);
    expect(best.complete).toBe(true);
    expect(best.score).toBe(53.8);
    expect(bound(bundle, s, { target: day, exact: true }) + 0.05).toBeGreaterThanOrEqual(best.score);
  });

  it("bounds a day lower with its rule backs-counted (coming down below the deals of m packages makes m offers going back up), never below the day's best, and finds the same best in fewer states", () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // adversary-18 at hard, after the anchor, a step down on the lifeline and one on barter: every
    // deal of the day is at Kim's position, with steps he can still take below the lifeline's,
    // the sanctions' and the rail link's. Taking those below the deals of both packages (one with
    // the lifeline and sanctions, one with the rail link) makes both go back up: two steps back,
    // where the bound counted one for any number of them.
    const before: KimMove[] = [
      ANCHOR,
      o('lifeline', 'broker'),
      o('barter', 'lawful-goods'),
    ];
    const init = { seed: 'adversary-18', settings: { difficulty: 'hard' as const } };
    const day = { lifeline: 'broker', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'rail-link', barter: 'study' };
    let from = ranked(bundle, init);
    for (const m of before) from = step(bundle, from, m)!;
    // (Shown with floor-capped left out on both sides: its count of his steps offer by offer, up to
    // the one that makes a deal, takes those steps back too.)
    const base: BoundRule[] = ['floor-capped'];
    const withIt = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>(base) });
    const without = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>([...base, 'backs-counted']) });
    expect(withIt).toBeLessThan(without - 0.5);
    const a = solveFrom(bundle, from, CAP, new Set<BoundRule>(base));
    const b = solveFrom(bundle, from, 20_000, new Set<BoundRule>([...base, 'backs-counted']));
    expect([a.complete, b.complete]).toEqual([true, true]);
    expect(a.score).toBe(b.score);
    expect(a.nodes).toBeLessThan(b.nodes);
    const game = new Game(bundle, init);
    for (const m of a.line) game.play(m);
    expect(Object.fromEntries(scenario.goals.map((g) => [g.id, game.state.goals[g.id]!.context.deal]))).toEqual(day);
    expect(withIt + 0.05).toBeGreaterThanOrEqual(a.score);
  });

  it("bounds a day lower with its rule backs-matched (each package going back up came down on its goal before, so the steps taken back are as many as those packages), never below its best line, and finishes where it did not", () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // adversary-18 at hard, after the anchor: no step taken yet, so the count of his steps is at
    // zero and the rule min(packages going up, steps now) takes none back; but to come down below
    // the deals of the two packages Kim makes a step on each of their goals first, and each of the
    // two then takes one back.
    const init = { seed: 'adversary-18', settings: { difficulty: 'hard' as const } };
    const day = { lifeline: 'broker', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'rail-link', barter: 'study' };
    const start = ranked(bundle, init);
    const anchor: KimMove = { side: 'kim', type: 'offer.propose', goal: 'lifeline', option: 'return-visit', with: [{ goal: 'sanctions', option: 'draft-resolution' }, { goal: 'workers', option: 'orderly-departure' }, { goal: 'transport', option: 'rail-link' }, { goal: 'barter', option: 'clearing-house' }] };
    const from = step(bundle, start, anchor)!;
    // (Shown with floor-capped left out on both sides, as backs-counted is.)
    const base: BoundRule[] = ['floor-capped'];
    const withIt = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>(base) });
    const without = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>([...base, 'backs-matched']) });
    expect(withIt).toBeLessThan(without - 0.5);
    const a = solveFrom(bundle, from, CAP, new Set<BoundRule>(base));
    const b = solveFrom(bundle, from, 20_000, new Set<BoundRule>([...base, 'backs-matched']));
    expect([a.complete, b.complete]).toEqual([true, true]);
    expect(a.score).toBe(b.score);
    expect(a.nodes).toBeLessThan(b.nodes);
    expect(withIt + 0.05).toBeGreaterThanOrEqual(a.score);
    // From the start: within the cap with the rule, not without it; every state of its best line
    // bounded no lower than the line.
    const best = solveFrom(bundle, start, CAP, new Set<BoundRule>(base));
    const other = solveFrom(bundle, start, CAP, new Set<BoundRule>([...base, 'backs-matched']));
    expect([best.complete, other.complete]).toEqual([true, false]);
    expect(best.score).toBe(a.score);
    const game = new Game(bundle, init);
    let s: GameState = start;
    let checked = 0;
    for (const m of best.line) {
      if (m.type !== 'briefing.rank' && s.summit.value === 'talks' && m.type !== 'summit.end' && m.type !== 'press.present') {
        expect(bound(bundle, s, { target: day, exact: true }) + 0.05).toBeGreaterThanOrEqual(best.score);
        checked++;
        s = step(bundle, s, m as KimMove)!;
      }
      game.play(m);
    }
    expect(checked).toBeGreaterThan(5);
    expect(Object.fromEntries(scenario.goals.map((g) => [g.id, game.state.goals[g.id]!.context.deal]))).toEqual(day);
  });

  it("bounds a day lower with its rule floor-capped (his count never passes the steps to his floor, and an offer going back up takes one from it), never below the best from there, and finds the same best in fewer states", () => {
    // bench-solve-4 at open (engine version 8: he counts four concessions at most, his price is at
    // his floor at four): Kim has made his four and more, and stands at the bottom of every goal but
    // barter, so both packages of the day go back up. The bound counted a step down on barter in the
    // package with the sanctions, and one more on its own between the two packages, on top of the
    // four: the last package priced at his floor. He counts none of those at four, and the step
    // alone on the lifeline takes the one the sanctions' package took back only if it comes between
    // the packages; then the lifeline's package goes back up from four. With the rule the bound is
    // the day's best from here (53.2, rounded); without, it is 53.4, the best of the whole seed.
    const init = { seed: 'bench-solve-4', settings: { difficulty: 'open' as const } };
    const start = step(V8_NUMBERS, initialState(V8_NUMBERS, init), { side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) })!;
    const before: KimMove[] = [
      o('sanctions', 'draft-resolution', { with: [{ goal: 'lifeline', option: 'return-visit' }, { goal: 'workers', option: 'orderly-departure' }, { goal: 'transport', option: 'rail-link' }, { goal: 'barter', option: 'clearing-house' }] }),
      o('lifeline', 'broker'),
      o('sanctions', 'humanitarian-exemptions'),
      o('sanctions', 'step-by-step', { with: [{ goal: 'transport', option: 'rail-link' }] }),
      o('transport', 'bridge-crossings'),
      o('transport', 'working-group', { with: [{ goal: 'barter', option: 'clearing-house' }] }),
      o('lifeline', 'guarantees'),
      o('lifeline', 'cordial', { with: [{ goal: 'barter', option: 'clearing-house' }] }),
      o('barter', 'lawful-goods'),
    ];
    let from = start;
    for (const m of before) from = step(V8_NUMBERS, from, m)!;
    expect([from.concessions, from.summit.context.clock]).toEqual([4, 270]);
    const day = { lifeline: 'return-visit', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'bridge-crossings', barter: 'study' };
    const withIt = bound(V8_NUMBERS, from, { target: day, exact: true });
    const without = bound(V8_NUMBERS, from, { target: day, exact: true, without: new Set<BoundRule>(['floor-capped']) });
    expect(withIt).toBeLessThan(without - 0.15);
    const a = solveFrom(V8_NUMBERS, from, CAP);
    const b = solveFrom(V8_NUMBERS, from, CAP, new Set<BoundRule>(['floor-capped']));
    expect([a.complete, b.complete]).toEqual([true, true]);
    expect(a.score).toBe(b.score);
    expect(a.nodes * 5).toBeLessThan(b.nodes);
    expect(withIt + 0.05).toBeGreaterThanOrEqual(a.score);
    // From the start: the same best (53.4), in fewer states.
    const best = solveFrom(V8_NUMBERS, start, CAP);
    const other = solveFrom(V8_NUMBERS, start, CAP, new Set<BoundRule>(['floor-capped']));
    expect([best.complete, other.complete]).toEqual([true, true]);
    expect(best.score).toBe(other.score);
    expect(best.nodes).toBeLessThan(other.nodes);
  });

  it("bounds his count lower with its rule backs-capped (a step down below a package's deals makes it go back up), and finishes adversary-2 at standard within the cap with the same best", () => {
    // adversary-2 at standard (his floor at five concessions): every goal of the day's packages but
    // the lifeline and the sanctions is at its bottom, and those two stand at their deals, so every
    // step left is below a deal: the package that holds it goes back up and takes the step back.
    // countAtMost let a step there bring his count to his floor for the package after it, with
    // nothing taken back. With the rule the search finishes in a few dozen states; without, it
    // needs over 5,000 for the same best, 53.7 (it stopped at the cap, the debrief's 6,000, until the
    // memo of deals made to no avail in session 17 spared it those made again later in the day).
    const init = { seed: 'adversary-2', settings: { difficulty: 'standard' as const } };
    const start = ranked(bundle, init);
    const a = solveFrom(bundle, start, CAP);
    const b = solveFrom(bundle, start, CAP, new Set<BoundRule>(['backs-capped']));
    expect(a.complete).toBe(true);
    expect(a.nodes).toBeLessThan(100);
    expect(b.nodes).toBeGreaterThan(5000);
    expect(a.score).toBe(53.7);
    expect(b.score).toBe(a.score);
  });

  it('bounds a day lower with its rule counts-together (the packages\' counts on one line), never below the best from there, and finishes adversary-27 at standard within the cap with the same best', () => {
    // adversary-27 at standard: three concessions made, his floor at five. Of the day's two packages,
    // the lifeline's stands at Kim's position with three steps below it and the sanctions' (with the
    // barter's step down) at his position with two: each package's slot could reach his floor, the
    // one by a step taken below the other's deal. On one line they cannot both: a step below the
    // lifeline's deal is taken back by its package, one below the sanctions' by the last. With the
    // rule the bound is the best from here (49.3); without, 50.1.
    const init = { seed: 'adversary-27', settings: { difficulty: 'standard' as const } };
    const start = ranked(bundle, init);
    const before: KimMove[] = [
      o('sanctions', 'draft-resolution', { with: [{ goal: 'lifeline', option: 'return-visit' }, { goal: 'workers', option: 'orderly-departure' }, { goal: 'transport', option: 'rail-link' }, { goal: 'barter', option: 'clearing-house' }] }),
      o('transport', 'bridge-crossings'),
      o('barter', 'lawful-goods'),
      o('transport', 'working-group'),
      { side: 'kim', type: 'goods.list', goal: 'barter', goods: ['wheat-flour', 'medicine'] },
      o('lifeline', 'return-visit', { framing: 'humanitarian' }),
    ];
    let from = start;
    for (const m of before) from = step(bundle, from, m)!;
    expect([from.concessions, from.summit.context.clock]).toEqual([3, 165]);
    const day = { lifeline: 'return-visit', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'working-group', barter: 'study' };
    const withIt = bound(bundle, from, { target: day, exact: true });
    const without = bound(bundle, from, { target: day, exact: true, without: new Set<BoundRule>(['counts-together']) });
    expect(withIt).toBeLessThan(without - 0.5);
    const a = solveFrom(bundle, from, CAP);
    const b = solveFrom(bundle, from, CAP, new Set<BoundRule>(['counts-together']));
    expect([a.complete, b.complete]).toEqual([true, true]);
    expect(a.score).toBe(b.score);
    expect(a.nodes).toBeLessThan(b.nodes);
    expect(withIt + 0.05).toBeGreaterThanOrEqual(a.score);
    // From the start: the same best (49.3), within the cap only with the rule.
    const best = solveFrom(bundle, start, CAP);
    const other = solveFrom(bundle, start, CAP, new Set<BoundRule>(['counts-together']));
    expect([best.complete, other.complete]).toEqual([true, false]);
    expect(best.nodes).toBeLessThan(100);
    expect(best.score).toBe(49.3);
    expect(other.score).toBe(best.score);
  });

  it('offers a sweetener that costs Kim more but is worth less to him where the cheapest is the only one enough later, and searches the days in turns (bench-solve-6 at hard)', () => {
    // bench-solve-6 at hard: the sanctions at the draft resolution are taken with the rail access
    // (no face) or the Hanoi account (a point of face), and only the rail access, worth more to him,
    // makes up the lifeline's package after it. Offering the cheapest alone, the search found 54.2
    // as the best after 164,007 states; the day it reaches (the broker on the lifeline) was behind a
    // day whose bound is high but whose lines it could not reach, searched first to its end: now
    // each day gets turns, and the best, 54.3, is found within the cap.
    const init = { seed: 'bench-solve-6', settings: { difficulty: 'hard' as const } };
    const best = solve(bundle, init, CAP);
    expect(best.complete).toBe(true);
    expect(best.score).toBe(54.3);
    let s = ranked(bundle, init);
    let costlier = 0;
    for (const m of best.line) {
      if (m.type === 'offer.propose' && m.sweetener) {
        const items = [{ goal: m.goal, option: m.option }, ...(m.with ?? [])];
        const way = quickWay(bundle, s, items, s.summit.context.clock + scenario.costs.propose, isConcession(scenario, s, items));
        if (way?.sweetener !== m.sweetener && (s.profile.sweeteners[m.sweetener] ?? 0) < (s.profile.sweeteners[way!.sweetener!] ?? 0)) costlier++;
      }
      if (m.type !== 'briefing.rank' && m.type !== 'summit.end' && m.type !== 'press.present' && s.summit.value === 'talks') s = step(bundle, s, m as KimMove)!;
    }
    expect(costlier).toBe(1);
  });

  it('of two sweeteners at the same price that each have an offer taken, offers the one that costs Kim no face', () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // bench-solve-0 at standard: the last package is taken with the Hanoi account or with the seat at
    // the talks, each at a point of Kim's score; the Hanoi account also costs a point of face. Chosen
    // by price alone (and the one worth least to Putin), the best line offered it and scored 43.4.
    const init = { seed: 'bench-solve-0', settings: { difficulty: 'standard' as const } };
    const best = solve(bundle, init, CAP);
    expect(best.complete).toBe(true);
    const last = best.line.findLast((m) => m.type === 'offer.propose') as Extract<KimMove, { type: 'offer.propose' }>;
    expect(last.sweetener).toBe('seat-at-talks');
    // The same line with the Hanoi account in its place is taken too, and scores less.
    const game = new Game(bundle, init);
    for (const m of best.line) game.play(m === last ? { ...last, sweetener: 'hanoi-account' } : m);
    expect(game.state.goals[last.goal]!.context.deal).toBe(last.option);
    expect(scoreGame(game).kim).toBeLessThan(best.score - 0.1);
  });

  it('finishes within the cap on bench-solve-8 at hard, a day whose best line waits for his deadline, by trying the waiting offer last', () => {
    const bundle = V7_NUMBERS; // its seeds are version 7's (V7_NUMBERS)
    // The best line (53.2) passes the time with offers on Kim's own position before the deadline
    // window; tried before the other moves, the waiting offer led the search through every order of
    // waiting and stepping, and it stopped at the cap on a line of 42.8.
    const best = solve(bundle, { seed: 'bench-solve-8', settings: { difficulty: 'hard' } }, CAP);
    expect(best.complete).toBe(true);
    expect(best.score).toBe(53.2);
  });

  it('is not beaten by any of the legal moves its search leaves out, made first and then played as well as it can', () => {
    // The moves an agent has that solver/moves.ts does not try, from the states of the best line:
    // each is applied, then the solver's best from there must be no more than its best from the start.
    const lawful = (g: (typeof scenario.goals)[number]) => g.options.map((o, i) => [o, i] as const).filter(([o]) => o.breaks.length === 0);
    const left = (s: GameState): KimMove[] => {
      const out: KimMove[] = [];
      const open = scenario.goals.filter((g) => !['agreed', 'deadlocked', 'walkedOut'].includes(s.goals[g.id]!.value));
      for (const g of open) {
        out.push({ side: 'kim', type: 'goal.ask', goal: g.id }, { side: 'kim', type: 'goal.walkAway', goal: g.id });
        for (const [o] of lawful(g)) out.push({ side: 'kim', type: 'offer.propose', goal: g.id, option: o.id });
        const pos = s.positions[g.id];
        const down = pos !== null && pos !== undefined ? lawful(g).filter(([, i]) => i < pos).at(-1)?.[0] : lawful(g).at(-1)?.[0];
        if (!down) continue;
        for (const sweetener of s.putinAsks.filter((x) => !s.sweetenersUsed.includes(x))) out.push({ side: 'kim', type: 'offer.propose', goal: g.id, option: down.id, sweetener });
        for (const f of scenario.framings) out.push({ side: 'kim', type: 'offer.propose', goal: g.id, option: down.id, framing: f.id });
        // A concession carried by a package he refuses (the other goal at its most ambitious lawful option).
        for (const h of open) if (h.id !== g.id) out.push({ side: 'kim', type: 'offer.propose', goal: g.id, option: down.id, with: [{ goal: h.id, option: lawful(h).at(-1)![0].id }] });
      }
      const last = s.moves.filter((m): m is KimMove => m.side === 'kim' && m.type === 'offer.propose').at(-1);
      if (last) out.push(last);
      const tried = new Set(solverMoves(bundle, s).map((m) => JSON.stringify(m)));
      return out.filter((m) => !tried.has(JSON.stringify(m)));
    };
    let probes = 0;
    for (const difficulty of DIFFICULTIES) {
      const init = { seed: 'vs-3', settings: { difficulty } };
      const best = solutionOf('vs-3', difficulty);
      expect(best.complete).toBe(true);
      let s: GameState | null = initialState(bundle, init);
      // The start of the talks and the state after the first offer (the moves after it, fewer states).
      for (const m of best.line.slice(0, 3)) {
        if (!s) break;
        if (s.summit.value === 'talks' && !s.awaiting) {
          for (const x of left(s)) {
            const after = step(bundle, s, x);
            if (!after || after.summit.value !== 'talks') continue;
            const from = solveFrom(bundle, after, CAP);
            if (!from.complete) continue;
            expect(from.score, `${JSON.stringify(x)} at ${difficulty}, after ${s.moves.length} moves`).toBeLessThanOrEqual(best.score);
            probes++;
          }
        }
        s = step(bundle, s, m as KimMove);
      }
    }
    expect(probes).toBeGreaterThan(60);
  });

  it("from a state of a game already played in part (the debrief's 'where your game left the path'), finds no less than the game went on to score", () => {
    let searched = 0;
    // A reference player's game, and the solver's own best line (whose deals come one after another through the day).
    const games: [string, KimMove[], number][] = [];
    for (const [seed, agent] of [['mid-0', 'strong'], ['mid-1', 'historical']] as const) {
      const run = runGameSync(bundle, { seed, settings: { difficulty: 'standard' } }, { kim: builtinAgent(agent, scenario) });
      games.push([seed, run.game.state.moves.filter((x): x is KimMove => x.side === 'kim'), scoreGame(run.game).kim]);
    }
    const own = solutionOf('vs-1', 'standard');
    games.push(['vs-1', own.line as KimMove[], own.score]);
    for (const [seed, moves, final] of games) {
      const init = { seed, settings: { difficulty: 'standard' as const } };
      let s: GameState | null = initialState(bundle, init);
      for (const m of moves) {
        if (!s || (s.summit.value !== 'talks' && s.summit.value !== 'briefing')) break;
        // From every state of the talks the game passed: the solver's best from there is at least what the game went on to score.
        if (s.summit.value === 'talks' && !s.awaiting) {
          const from = solveFrom(bundle, s, CAP);
          if (from.complete) {
            expect(from.score, `${seed} after ${s.moves.length} moves`).toBeGreaterThanOrEqual(final);
            searched++;
          }
        }
        s = step(bundle, s, m);
      }
    }
    expect(searched).toBeGreaterThan(10);
  });

  it('from a state with a counter standing, counts its option offered later too, and offers the sweetener that gives back money where a cheaper one would do', () => {
    // adversary-20 at standard, with version 6's numbers: Kim's step down on barter is countered with its most modest
    // option. Letting that counter lapse and offering the option in the last package (a step down
    // there, so one more step of his price) beats taking it; and the package before it takes the
    // sweetener Putin asked for that gives back his money (rail access) where the other one he
    // asked for (the Hanoi account) would do: the money given back pays for the rail link next.
    const before = [o('lifeline', 'return-visit'), o('barter', 'clearing-house'), o('lifeline', 'broker'), o('lifeline', 'guarantees'), o('workers', 'orderly-departure'), o('lifeline', 'cordial'), o('sanctions', 'draft-resolution'), o('sanctions', 'humanitarian-exemptions'), o('transport', 'rail-link'), o('barter', 'lawful-goods')];
    const rest = [
      o('lifeline', 'broker', { with: [{ goal: 'sanctions', option: 'draft-resolution' }, { goal: 'workers', option: 'orderly-departure' }], framing: 'humanitarian', sweetener: 'rail-access' }),
      o('transport', 'rail-link', { with: [{ goal: 'barter', option: 'study' }], framing: 'far-east' }),
    ];
    const init = { seed: 'adversary-20', settings: { difficulty: 'standard' as const } };
    let s = step(V6_NUMBERS, initialState(V6_NUMBERS, init), { side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) })!;
    for (const m of before) s = step(V6_NUMBERS, s, m)!;
    expect(s.goals.barter!.value).toBe('countered');
    let end = s;
    for (const m of rest) end = step(V6_NUMBERS, end, m)!;
    const day = Object.fromEntries(scenario.goals.map((g) => [g.id, end.goals[g.id]!.context.deal]));
    expect(Object.values(day).every((x) => x !== null)).toBe(true);
    const score = solveFrom(V6_NUMBERS, end).score;
    expect(bound(V6_NUMBERS, s, { target: day, exact: true }) + 0.05).toBeGreaterThanOrEqual(score);
    expect(solverMoves(V6_NUMBERS, s, day)).toContainEqual(rest[0]);
    expect(solveFrom(V6_NUMBERS, s, CAP).score).toBeGreaterThanOrEqual(score);
  });
});

/**
 * The rule engine version 10 took on (putin/cold.ts), with his cold options on 60% of goals:
 * an offer pressing one of them is a stall and no step, so the steps left are often onto options he
 * takes bare (a deal, outside the day being searched), and so are the offers of Kim's own positions
 * that let the time pass until his deadline. Seed time-6 at open: the best day (a return visit, the
 * draft resolution, orderly departure, the rail link and a study) needs both made with an argument
 * that weighs against them, which he refuses; without those moves the search stopped at its cap at 53.5.
 */
describe('the solver under the cold-press rule', () => {
  /** The game's scenario: version 10 has the rule (cold on a goal with a chance of 0.6). */
  const COLD = VLADIVOSTOK;
  it('steps down and passes the time with an argument that weighs against the offer, where he would take it bare, and so reaches the best day on time-6 at open', () => {
    const init = { seed: 'time-6', settings: { difficulty: 'open' as const } };
    const solution = solve(COLD, init, 3000);
    expect(solution.complete).toBe(true);
    expect(solution.score).toBeCloseTo(55.9, 5);
    let s = initialState(COLD, init);
    let steps = 0;
    let passes = 0;
    for (const m of solution.line) {
      const next = step(COLD, s, m as KimMove)!;
      if (m.type === 'offer.propose' && m.framing && (s.profile.framings[m.framing]?.[m.goal] ?? 0) < 0 && !m.with && !m.sweetener) {
        const item = [{ goal: m.goal, option: m.option }];
        const took = Object.values(next.goals).filter((g) => g.context.deal).length > Object.values(s.goals).filter((g) => g.context.deal).length;
        // Refused, and without the argument he would have taken it.
        expect(took).toBe(false);
        expect(quickWay(COLD, s, item, s.summit.context.clock + scenario.costs.propose, isConcession(scenario, s, item))).not.toBeNull();
        if (isConcession(scenario, s, item)) steps++;
        else if (s.positions[m.goal] !== null && scenario.goals.find((g) => g.id === m.goal)!.options[s.positions[m.goal]!]!.id === m.option) passes++;
      }
      s = next;
    }
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(passes).toBeGreaterThanOrEqual(1);
    // The line, played through a game, scores what the solver says.
    expect(scoreGame(new Game(COLD, s)).kim).toBe(solution.score);
  });

  it('finishes time-13 at open and standard within the debrief\'s cap, where the best line starts with single offers and not the package of first positions (session 21: each day searched in both orders)', () => {
    // With bare packages always tried first, the search stopped at the cap on both (best found
    // 55.8 of at most 56.6, and 54.3 of at most 54.6): the debrief showed a range, not the best.
    for (const [difficulty, best] of [['open', 56.5], ['standard', 54.6]] as const) {
      const solution = solve(COLD, { seed: 'time-13', settings: { difficulty } }, CAP);
      expect(solution.complete).toBe(true);
      expect(solution.score).toBe(best);
      expect(solution.upper).toBe(best);
      // The line, played through a game, scores what the solver says.
      const game = new Game(COLD, { seed: 'time-13', settings: { difficulty } });
      for (const m of solution.line) game.play(m);
      expect(scoreGame(game).kim).toBe(best);
    }
  });

  it("bounds a day lower with its rule presses-before (every offer after a press pays his hardening for it), never below the best from there, and finishes time-27 at open where it did not", () => {
    // The day of a return visit and the draft resolution, both options he is cold to today, each
    // needs an argument of its own (weight, humanitarian): two presses in two offers, and the later
    // pays the earlier's hardening on every goal it holds. Told only to the day's last offer
    // (cold-offer), the bound took the day for the best there is (47.1) through 31,084 states (30,923
    // before each day was searched in two orders, session 21); no line reaches it (the best making
    // all five deals scores 34.0).
    const init = { seed: 'time-27', settings: { difficulty: 'open' as const } };
    const from = ranked(COLD, init);
    const day = { lifeline: 'return-visit', sanctions: 'draft-resolution', workers: 'orderly-departure', transport: 'working-group', barter: 'study' };
    const rule = new Set<BoundRule>(['presses-before']);
    expect(bound(COLD, from, { target: day, exact: true })).toBeLessThan(bound(COLD, from, { target: day, exact: true, without: rule }) - 0.5);
    const withIt = solveFrom(COLD, from, CAP);
    const without = solveFrom(COLD, from, 40_000, rule);
    expect([withIt.complete, without.complete]).toEqual([true, true]);
    expect(withIt.score).toBe(without.score);
    expect(withIt.nodes * 10).toBeLessThan(without.nodes);
    expect(solveFrom(COLD, from, CAP, rule).complete).toBe(false);
    // Never below its best line, counted for the day that line ends in, anywhere on the way.
    let s: GameState = from;
    const states: GameState[] = [];
    for (const m of withIt.line.filter((x) => x.type !== 'briefing.rank')) {
      if (s.summit.value !== 'talks') break;
      if (!s.awaiting) states.push(s);
      s = step(COLD, s, m as KimMove)!;
    }
    const ends = Object.fromEntries(scenario.goals.map((g) => [g.id, s.goals[g.id]!.context.deal]));
    for (const x of states) expect(bound(COLD, x, { target: ends, exact: true }) + 0.05, `after ${x.moves.length} moves`).toBeGreaterThanOrEqual(withIt.score);
    expect(states.length).toBeGreaterThan(3);
    // Where the rule charges a day that holds the best line (time-4 at open: charged one press too
    // many, the search stops at 52.8), it finds the best the search without it finds.
    const other = ranked(COLD, { seed: 'time-4', settings: { difficulty: 'open' } });
    const a = solveFrom(COLD, other, CAP);
    const b = solveFrom(COLD, other, 20_000, rule);
    expect([a.complete, b.complete]).toEqual([true, true]);
    expect(a.score).toBe(b.score);
  });

  it("never bounds a state below what a player's game went on to score from it, counted for the day that game ends in", () => {
    // The rule's own players (version 10) and the adversaries' tricks: stalls, presses, repeated
    // offers. The day's own bound (exact, with its packages placed in time) is what the search cuts
    // by, and what cold-offer and presses-before charge.
    let checked = 0;
    for (const difficulty of DIFFICULTIES) {
      const field = playersOf(COLD, difficulty);
      for (const [name, make] of field) {
        for (const seed of ['b-0', 'b-1']) {
          const init = { seed, settings: { difficulty } };
          const run = runGameSync(COLD, init, { kim: make() });
          const final = scoreGame(run.game).kim;
          const end = run.game.state;
          const day = Object.fromEntries(scenario.goals.map((g) => [g.id, end.goals[g.id]!.context.deal]));
          let s: GameState | null = initialState(COLD, init);
          for (const m of end.moves.filter((x): x is KimMove => x.side === 'kim')) {
            if (!s || (s.summit.value !== 'talks' && s.summit.value !== 'briefing')) break;
            if (s.summit.value === 'talks' && !s.awaiting) {
              expect(bound(COLD, s, { target: day, exact: true }) + 0.05, `${name} on ${seed} at ${difficulty}, after ${s.moves.length} moves`).toBeGreaterThanOrEqual(final);
              checked++;
            }
            s = step(COLD, s, m);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
