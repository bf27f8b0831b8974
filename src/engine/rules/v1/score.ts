// Kim's score, Putin's gain, and per goal the deals that were possible: the Pareto frontier,
// the Nash bargaining point and how far the reached deal lies from the frontier.
import type { Game } from './game';
import type { GoalSpec } from './scenario/schema';
import { utilityOf } from './putin/decide';
import type { OfferContext } from './putin/reasons';
import type { Bluff } from './state';
import type { ConstraintId, GoalId } from './types';

export interface DealPoint {
  option: string;
  sweetener: string | null;
  /** Kim's value of the deal less the sweetener's cost. */
  kim: number;
  /** Putin's utility of the deal; no deal is (0, 0) for both. */
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
  possible: DealPoint[];
  frontier: DealPoint[];
  nash: DealPoint | null;
  reached: { kim: number; putin: number } | null;
  history: DealPoint | null;
  distance: number;
}

export interface ScoreReport {
  kim: number;
  putin: number;
  goalPoints: number;
  sweetenerCost: number;
  faceBonus: number;
  usPenalty: number;
  face: number;
  usAttention: number;
  perGoal: GoalScore[];
  history: { score: number; deals: Record<GoalId, string | null> };
  bluffs: Bluff[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Weight of each goal in Kim's score from the player's ranking: with n goals, n/(n(n+1)/2) for the first down to 1/(n(n+1)/2). */
export function rankWeights(ranking: readonly GoalId[], goals: readonly GoalId[]): Record<GoalId, number> {
  const order = ranking.length === goals.length ? ranking : goals;
  const n = order.length;
  const total = (n * (n + 1)) / 2;
  return Object.fromEntries(order.map((g, i) => [g, (n - i) / total])) as Record<GoalId, number>;
}

export function faceBonus(face: number): number {
  return (face - 50) / 5;
}

export function usPenalty(usAttention: number): number {
  return Math.max(0, usAttention - 60) / 4;
}

/** Putin's utility of a deal, from the same terms his decisions add up (no framing, no mood of the day). */
function putinValue(game: Game, spec: GoalSpec, optionId: string, sweetener: string | null): number {
  const option = spec.options.find((o) => o.id === optionId);
  if (!option) return 0;
  const ctx: OfferContext = {
    scenario: game.scenario,
    profile: game.profile,
    goal: spec,
    option,
    t: 1,
    goodwill: 0,
    patience: 100,
    usAttention: 0,
    eventBonus: game.state.eventBonus[spec.id] ?? {},
    listOk: true,
  };
  const s = sweetener ? game.scenario.sweeteners.find((x) => x.id === sweetener) : undefined;
  if (s) ctx.sweetener = s;
  return utilityOf(ctx);
}

function kimValue(game: Game, spec: GoalSpec, optionId: string, sweetener: string | null): number {
  const option = spec.options.find((o) => o.id === optionId);
  const cost = sweetener ? (game.scenario.sweeteners.find((s) => s.id === sweetener)?.kimCost ?? 0) : 0;
  return (option?.kim ?? 0) - cost;
}

/** The lawful deals of a goal that both sides prefer to no deal. */
export function possibleDeals(game: Game, spec: GoalSpec): DealPoint[] {
  const out: DealPoint[] = [];
  const sweeteners: (string | null)[] = [null, ...game.scenario.sweeteners.map((s) => s.id)];
  for (const option of spec.options) {
    if (option.breaks.length > 0) continue;
    for (const sweetener of sweeteners) {
      const point = { option: option.id, sweetener, kim: round1(kimValue(game, spec, option.id, sweetener)), putin: round1(putinValue(game, spec, option.id, sweetener)) };
      if (point.kim >= 0 && point.putin >= 0) out.push(point);
    }
  }
  return out;
}

/** The deals no other possible deal beats for both sides. */
export function paretoFrontier(points: readonly DealPoint[]): DealPoint[] {
  return points
    .filter((p) => !points.some((q) => q.kim >= p.kim && q.putin >= p.putin && (q.kim > p.kim || q.putin > p.putin)))
    .sort((a, b) => a.kim - b.kim || b.putin - a.putin);
}

/** argmax of (uKim − 0)·(uPutin − 0) over the possible deals: no deal is worth 0 to both. */
export function nashPoint(points: readonly DealPoint[]): DealPoint | null {
  let best: DealPoint | null = null;
  for (const p of points) if (!best || p.kim * p.putin > best.kim * best.putin) best = p;
  return best;
}

export function distanceToFrontier(point: { kim: number; putin: number }, frontier: readonly DealPoint[]): number {
  if (frontier.length === 0) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const f of frontier) {
    if (f.kim <= point.kim && f.putin <= point.putin) return 0;
    best = Math.min(best, Math.hypot(Math.max(0, f.kim - point.kim), Math.max(0, f.putin - point.putin)));
  }
  return round1(best);
}

export function scoreGame(game: Game): ScoreReport {
  const meters = game.meters;
  const weights = rankWeights(meters.ranking, game.scenario.goals.map((g) => g.id));
  const perGoal: GoalScore[] = [];
  let goalPoints = 0;
  let putin = 0;
  let historyPoints = 0;
  let historyFace = game.scenario.meters.face;
  const historyDeals = game.scenario.history.deals;
  for (const spec of game.scenario.goals) {
    const ctx = game.goal(spec.id).context;
    const deal = ctx.deal;
    const sweetener = ctx.dealOffer?.sweetener ?? null;
    const option = deal ? spec.options.find((o) => o.id === deal) : undefined;
    const weight = weights[spec.id] ?? 0;
    const value = option?.kim ?? 0;
    const points = weight * value;
    goalPoints += points;
    const reached = deal ? { kim: round1(kimValue(game, spec, deal, sweetener)), putin: round1(putinValue(game, spec, deal, sweetener)) } : null;
    if (reached) putin += reached.putin;
    const possible = possibleDeals(game, spec);
    const frontier = paretoFrontier(possible);
    const h = historyDeals[spec.id] ?? null;
    const history = h ? { option: h, sweetener: null, kim: round1(kimValue(game, spec, h, null)), putin: round1(putinValue(game, spec, h, null)) } : null;
    if (h) {
      const hk = spec.options.find((o) => o.id === h)?.kim ?? 0;
      historyPoints += weight * hk;
      historyFace += Math.round((hk / 10) * game.scenario.faceShift.dealPer10);
    }
    perGoal.push({
      goal: spec.id,
      deal,
      sweetener,
      kimValue: value,
      weight: round1(weight * 100) / 100,
      points: round1(points),
      breaks: option ? [...option.breaks] : [],
      possible,
      frontier,
      nash: nashPoint(possible),
      reached,
      history,
      distance: distanceToFrontier(reached ?? { kim: 0, putin: 0 }, frontier),
    });
  }
  const sweetenerCost = game.sweetenersUsed.reduce((sum, id) => sum + (game.scenario.sweeteners.find((s) => s.id === id)?.kimCost ?? 0), 0);
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
    history: { score: round1(historyPoints + faceBonus(historyFace)), deals: { ...historyDeals } },
    bluffs: game.state.bluffs.map((b) => ({ ...b })),
  };
}
