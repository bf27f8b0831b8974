// Kim's score and Putin's gain, both measured on the values that decided the game: Kim's points
// are his ranking's weights times the deals' values, less the sweeteners he spent, plus his face,
// less Washington's attention; Putin's gain is, for every deal he took, what it was worth to him
// above his floor (his alternative: no deal). He takes an offer only at or above his price, which
// is never below his floor, so no deal he took is worth less to him than no deal.
import type { Game } from './game';
import { dealFace, faceBonus, usPenalty } from './day-terms';
import type { Bluff, DealMade } from './state';
import type { ConstraintId, GoalId } from './types';

// Face's and Washington's terms, stated in day-terms.ts, for those who read the score's terms here.
export { faceBonus, usPenalty };

export interface DealPoint {
  option: string;
  sweetener: string | null;
  /** Kim's points for the deal (his ranking's weight times its value). */
  kim: number;
  /** Putin's gain from it, above his floor. */
  putin: number;
}

export interface GoalScore {
  goal: GoalId;
  deal: string | null;
  sweetener: string | null;
  kimValue: number;
  weight: number;
  points: number;
  breaks: ConstraintId[];
  /** History's deal on this goal, if any (the record: shown after play only). */
  history: string | null;
}

export interface ScoreReport {
  kim: number;
  /** Putin's gain: the sum over the deals he took of their worth to him above his floor. */
  putin: number;
  goalPoints: number;
  sweetenerCost: number;
  faceBonus: number;
  usPenalty: number;
  face: number;
  usAttention: number;
  perGoal: GoalScore[];
  deals: DealMade[];
  /** The record's deals, and what they score with the player's ranking (the comparison the debrief and the teacher's table show). */
  history: { score: number; deals: Record<GoalId, string | null> };
  bluffs: Bluff[];
}

/** A score as the game states it: to a tenth (the solver's bounds and the debrief round as this does). */
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** Weight of each goal in Kim's score from the player's ranking: with n goals, n/(n(n+1)/2) for the first down to 1/(n(n+1)/2). */
export function rankWeights(ranking: readonly GoalId[], goals: readonly GoalId[]): Record<GoalId, number> {
  const order = ranking.length === goals.length ? ranking : goals;
  const n = order.length;
  const total = (n * (n + 1)) / 2;
  return Object.fromEntries(order.map((g, i) => [g, (n - i) / total])) as Record<GoalId, number>;
}

export function scoreGame(game: Game): ScoreReport {
  const meters = game.meters;
  const scenario = game.scenario;
  const weights = rankWeights(meters.ranking, scenario.goals.map((g) => g.id));
  const perGoal: GoalScore[] = [];
  let goalPoints = 0;
  for (const spec of scenario.goals) {
    const ctx = game.goal(spec.id).context;
    const deal = ctx.deal;
    const option = deal ? spec.options.find((o) => o.id === deal) : undefined;
    const weight = weights[spec.id] ?? 0;
    const value = option?.kim ?? 0;
    goalPoints += weight * value;
    perGoal.push({
      goal: spec.id,
      deal,
      sweetener: ctx.dealOffer?.sweetener ?? null,
      kimValue: value,
      weight: round1(weight * 100) / 100,
      points: round1(weight * value),
      breaks: option ? [...option.breaks] : [],
      history: scenario.history.deals[spec.id] ?? null,
    });
  }
  let historyPoints = 0;
  let historyFace = scenario.meters.face;
  for (const spec of scenario.goals) {
    const h = scenario.history.deals[spec.id];
    const kim = h ? (spec.options.find((o) => o.id === h)?.kim ?? 0) : 0;
    historyPoints += (weights[spec.id] ?? 0) * kim;
    historyFace += dealFace(scenario, kim);
  }
  const deals = game.state.deals;
  const putin = deals.reduce((s, d) => s + d.utility - d.floor, 0);
  const sweetenerCost = game.sweetenersUsed.reduce((sum, id) => sum + (scenario.sweeteners.find((s) => s.id === id)?.kimCost ?? 0), 0);
  const fb = faceBonus(meters.face);
  const up = usPenalty(meters.usAttention);
  return {
    kim: round1(goalPoints - sweetenerCost + fb - up),
    putin: round1(putin),
    goalPoints: round1(goalPoints),
    sweetenerCost,
    faceBonus: round1(fb),
    usPenalty: round1(up),
    face: meters.face,
    usAttention: meters.usAttention,
    perGoal,
    deals: deals.map((d) => ({ ...d, items: d.items.map((i) => ({ ...i })) })),
    history: { score: round1(historyPoints + faceBonus(historyFace)), deals: { ...scenario.history.deals } },
    bluffs: game.state.bluffs.map((b) => ({ ...b })),
  };
}
