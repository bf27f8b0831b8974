// What a finished day is worth to Kim, with the two choices the solver leaves to the end: the
// ranking (it changes only the weights of his score, so the best puts the biggest deals first)
// and the end-of-day stance (the one that leaves the most, given face and Washington's attention).
import { rankWeights } from '../score';
import { bestStance as bestStanceFor } from '../stance';
import type { Scenario } from '../scenario/schema';
import type { GameState } from '../state';
import type { GoalId } from '../types';

/** The ranking that gives the deals made the most weight: biggest value first, then the scenario's order. */
export function bestRanking(scenario: Scenario, state: GameState): GoalId[] {
  const value = (g: GoalId) => {
    const deal = state.goals[g]!.context.deal;
    return deal ? (scenario.goals.find((x) => x.id === g)!.options.find((o) => o.id === deal)?.kim ?? 0) : 0;
  };
  return scenario.goals.map((g) => g.id).sort((a, b) => value(b) - value(a));
}

/** The stance that leaves the highest score from these meters, as press.present would apply it. */
export function bestStance(scenario: Scenario, state: GameState): { stance: string; score: number } {
  const won = scenario.goals.reduce((s, g) => {
    const deal = state.goals[g.id]!.context.deal;
    return s + (deal ? (g.options.find((o) => o.id === deal)?.kim ?? 0) : 0);
  }, 0);
  return bestStanceFor(scenario.stances, state.summit.context.face, state.summit.context.usAttention, won);
}

/** Kim's score of a day whose talks are over (or would be ended now), with the best ranking and stance. */
export function finalValue(scenario: Scenario, state: GameState): number {
  const ranking = bestRanking(scenario, state);
  const weights = rankWeights(ranking, ranking);
  let points = 0;
  for (const g of scenario.goals) {
    const deal = state.goals[g.id]!.context.deal;
    if (deal) points += (weights[g.id] ?? 0) * (g.options.find((o) => o.id === deal)?.kim ?? 0);
  }
  const cost = state.sweetenersUsed.reduce((s, id) => s + (scenario.sweeteners.find((x) => x.id === id)?.kimCost ?? 0), 0);
  return points - cost + bestStance(scenario, state).score;
}
