// Scripted players for the command line, the balance runs and the tests. They play through the
// same play() as a person; the random player has its own generator, apart from the game's.
import { checkMove } from './apply';
import type { Game } from './game';
import { type Rng, seededRng } from './rng';
import type { KimMove, MoveInput } from './types';

export type StrategyName = 'random' | 'greedy' | 'historical';
export const STRATEGIES: readonly StrategyName[] = ['random', 'greedy', 'historical'];

export interface Strategy {
  next(game: Game): KimMove;
}

const goalIds = (game: Game) => game.scenario.goals.map((g) => g.id);
const openGoals = (game: Game) => goalIds(game).filter((g) => game.goal(g).status !== 'done');
const listGoal = (game: Game) => game.scenario.goals.find((g) => g.twist.goodsList)?.id;

/** A player who presses buttons at random: a baseline that should rarely do well. */
export function randomStrategy(seed: string): Strategy {
  const rng: Rng = seededRng(`random-player/${seed}`);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
  return {
    next(game) {
      if (game.phase === 'briefing') return { side: 'kim', type: 'briefing.rank', ranking: rng.shuffle(goalIds(game)) };
      if (game.phase === 'press') return { side: 'kim', type: 'press.present', stance: pick(game.scenario.stances).id };
      for (let attempt = 0; attempt < 20; attempt++) {
        const goals = openGoals(game);
        if (goals.length === 0 || rng.next() < 0.02) break;
        const goal = pick(goals);
        const roll = rng.next();
        let move: KimMove;
        if (roll < 0.65) {
          move = { side: 'kim', type: 'offer.propose', goal, option: pick(game.goalSpec(goal).options).id };
          if (rng.next() < 0.3) move.sweetener = pick(game.scenario.sweeteners).id;
          if (rng.next() < 0.5) move.framing = pick(game.scenario.framings).id;
        } else if (roll < 0.75) move = { side: 'kim', type: 'offer.accept', goal };
        else if (roll < 0.83) move = { side: 'kim', type: 'goal.ask', goal };
        else if (roll < 0.88) move = { side: 'kim', type: 'goal.walkAway', goal };
        else move = { side: 'kim', type: 'goods.list', goal: listGoal(game) ?? goal, goods: game.scenario.goods.filter(() => rng.next() < 0.3).map((g) => g.id) };
        if (checkMove(game.bundle, game.state, move) === null) return move;
      }
      return { side: 'kim', type: 'summit.end' };
    },
  };
}

/** Always asks for the most, top of the ladder down, and takes any counter: greed is not always rewarded. */
export function greedyStrategy(): Strategy {
  return {
    next(game) {
      if (game.phase === 'briefing') return { side: 'kim', type: 'briefing.rank', ranking: goalIds(game) };
      // The boldest way to face the press: the stance that claims the most face.
      if (game.phase === 'press') return { side: 'kim', type: 'press.present', stance: [...game.scenario.stances].sort((a, b) => b.face - a.face)[0]!.id };
      for (const goal of openGoals(game)) {
        const snap = game.goal(goal);
        if (snap.value === 'countered') return { side: 'kim', type: 'offer.accept', goal };
        if (game.goalSpec(goal).twist.goodsList && snap.context.listOk === false && !game.state.goods) return { side: 'kim', type: 'goods.list', goal, goods: game.scenario.goods.map((g) => g.id) };
        if (snap.context.roundsLeft === 0) return { side: 'kim', type: 'goal.walkAway', goal };
        const next = [...game.goalSpec(goal).options].reverse().find((o) => !snap.context.tried.includes(o.id));
        if (next) return { side: 'kim', type: 'offer.propose', goal, option: next.id };
        return { side: 'kim', type: 'goal.walkAway', goal };
      }
      return { side: 'kim', type: 'summit.end' };
    },
  };
}

/** What history recorded, as the scenario's line (history.line): goal by goal, in its order, the
 * proposals history made; the player proposes only those, and ends the day with the first stance. */
export function historicalStrategy(): Strategy {
  return {
    next(game) {
      if (game.phase === 'briefing') return { side: 'kim', type: 'briefing.rank', ranking: goalIds(game) };
      if (game.phase === 'press') return { side: 'kim', type: 'press.present', stance: game.scenario.stances[0]!.id };
      for (const { goal, steps } of game.scenario.history.line.filter((l) => game.goal(l.goal).status !== 'done')) {
        const snap = game.goal(goal);
        const tries = game.state.answers[goal]!.length;
        // Hold out for history's deal while there are ways left to ask for it; then take the counter.
        if (snap.value === 'countered' && (tries >= steps.length || snap.context.counter === steps[0]!.option)) return { side: 'kim', type: 'offer.accept', goal };
        if (tries >= steps.length + 2) return { side: 'kim', type: 'goal.walkAway', goal };
        const step = steps[Math.min(tries, steps.length - 1)]!;
        const move: KimMove = { side: 'kim', type: 'offer.propose', goal, option: step.option };
        if (step.framing) move.framing = step.framing;
        if (step.sweetener && !game.sweetenersUsed.includes(step.sweetener)) move.sweetener = step.sweetener;
        return move;
      }
      return { side: 'kim', type: 'summit.end' };
    },
  };
}

/** When a bot's move is refused: end the day, or face the press with the first stance. */
function fallback(game: Game): MoveInput {
  return game.phase === 'talks' ? { side: 'kim', type: 'summit.end' } : { side: 'kim', type: 'press.present', stance: game.scenario.stances[0]!.id };
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
    if (!result.ok) game.play(fallback(game));
  }
  return game;
}
