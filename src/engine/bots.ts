// Scripted players for the command line, the balance runs and the tests. They play through the
// same play() as a person; the random player has its own generator, apart from the game's.
import type { Game } from './game';
import { checkMove } from './legal';
import { type Rng, seededRng } from './rng';
import { GOAL_IDS, type GoalId, type Move, PRESS_STANCES } from './types';

export type StrategyName = 'random' | 'greedy' | 'historical';
export const STRATEGIES: readonly StrategyName[] = ['random', 'greedy', 'historical'];

export interface Strategy {
  next(game: Game): Move;
}

const openGoals = (game: Game) => GOAL_IDS.filter((g) => game.goal(g).status !== 'done');

/** A player who presses buttons at random: a baseline that should rarely do well. */
export function randomStrategy(seed: string): Strategy {
  const rng: Rng = seededRng(`random-player/${seed}`);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
  return {
    next(game) {
      if (game.phase === 'briefing') return { type: 'briefing.rank', ranking: rng.shuffle(GOAL_IDS) };
      if (game.phase === 'press') return { type: 'press.present', stance: pick(PRESS_STANCES) };
      for (let attempt = 0; attempt < 20; attempt++) {
        const goals = openGoals(game);
        if (goals.length === 0 || rng.next() < 0.02) break;
        const goal = pick(goals);
        const roll = rng.next();
        let move: Move;
        if (roll < 0.65) {
          move = { type: 'offer.propose', goal, option: pick(game.goalSpec(goal).options).id };
          if (rng.next() < 0.3) move.sweetener = pick(game.scenario.sweeteners).id;
          if (rng.next() < 0.5) move.framing = pick(game.scenario.framings).id;
        } else if (roll < 0.75) move = { type: 'offer.accept', goal };
        else if (roll < 0.83) move = { type: 'goal.ask', goal };
        else if (roll < 0.88) move = { type: 'goal.walkAway', goal };
        else move = { type: 'barter.list', goods: game.scenario.goods.filter(() => rng.next() < 0.3).map((g) => g.id) };
        if (checkMove(game, move) === null) return move;
      }
      return { type: 'summit.end' };
    },
  };
}

/** Always asks for the most, top of the ladder down, and takes any counter: greed is not always rewarded. */
export function greedyStrategy(): Strategy {
  return {
    next(game) {
      if (game.phase === 'briefing') return { type: 'briefing.rank', ranking: [...GOAL_IDS] };
      if (game.phase === 'press') return { type: 'press.present', stance: 'triumphant' };
      for (const goal of openGoals(game)) {
        const snap = game.goal(goal);
        if (snap.value === 'countered') return { type: 'offer.accept', goal };
        if (goal === 'barter' && snap.context.listOk === false && !game.goods) return { type: 'barter.list', goods: game.scenario.goods.map((g) => g.id) };
        if (snap.context.roundsLeft === 0) return { type: 'goal.walkAway', goal };
        const next = [...game.goalSpec(goal).options].reverse().find((o) => !snap.context.tried.includes(o.id));
        if (next) return { type: 'offer.propose', goal, option: next.id };
        return { type: 'goal.walkAway', goal };
      }
      return { type: 'summit.end' };
    },
  };
}

/** What happened in 2019: a messenger and talk of guarantees, relief only step by step, the workers
 * leave by the deadline, nothing on rail or barter. The player proposes only those. */
export function historicalStrategy(): Strategy {
  const plan: Partial<Record<GoalId, { option: string; framing?: string; sweetener?: string }[]>> = {
    lifeline: [
      { option: 'broker', framing: 'weight' },
      { option: 'broker', framing: 'weight', sweetener: 'seat-at-talks' },
      { option: 'broker', framing: 'weight', sweetener: 'hanoi-account' },
      { option: 'broker', framing: 'friendship', sweetener: 'public-thanks' },
    ],
    sanctions: [{ option: 'step-by-step', framing: 'humanitarian' }, { option: 'step-by-step' }],
    workers: [{ option: 'orderly-departure' }, { option: 'orderly-departure', framing: 'far-east' }],
  };
  return {
    next(game) {
      if (game.phase === 'briefing') return { type: 'briefing.rank', ranking: [...GOAL_IDS] };
      if (game.phase === 'press') return { type: 'press.present', stance: 'modest' };
      // The modest tracks first: by the time the lifeline is on the table, the day is older and Putin softer.
      for (const goal of (['sanctions', 'workers', 'lifeline'] as const).filter((g) => game.goal(g).status !== 'done')) {
        const snap = game.goal(goal);
        const steps = plan[goal];
        if (!steps) continue;
        const tries = game.answers[goal].length;
        // Hold out for history's deal while there are ways left to ask for it; then take the counter.
        if (snap.value === 'countered' && (tries >= steps.length || snap.context.counter === steps[0]!.option)) return { type: 'offer.accept', goal };
        if (tries >= steps.length + 2) return { type: 'goal.walkAway', goal };
        const step = steps[Math.min(tries, steps.length - 1)]!;
        const move: Move = { type: 'offer.propose', goal, option: step.option };
        if (step.framing) move.framing = step.framing;
        if (step.sweetener && !game.sweetenersUsed.includes(step.sweetener)) move.sweetener = step.sweetener;
        return move;
      }
      return { type: 'summit.end' };
    },
  };
}

export function makeStrategy(name: StrategyName, seed: string): Strategy {
  if (name === 'random') return randomStrategy(seed);
  if (name === 'greedy') return greedyStrategy();
  return historicalStrategy();
}

/** Play a whole game with a strategy; every move goes through game.play. */
export function playOut(game: Game, strategy: Strategy, maxMoves = 400): Game {
  for (let i = 0; i < maxMoves && !game.isOver(); i++) {
    const result = game.play(strategy.next(game));
    if (!result.ok) game.play(game.phase === 'talks' ? { type: 'summit.end' } : { type: 'press.present', stance: 'modest' });
  }
  return game;
}
