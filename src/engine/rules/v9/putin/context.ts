// What Putin weighs for an offer in a given state: the same values decide his answer (model.ts),
// explain it (reasons.ts), are searched by the solver and are measured by the debrief (score.ts).
import type { Scenario } from '../scenario/schema';
import type { GameState, OfferItem } from '../state';
import { asksAnswered, type OfferContext } from './reasons';
import { isRung } from './cold';

/**
 * The context of an offer of these items at this state, as it will be answered: `minutes` later,
 * with `concessions` counted (the offer's own concession included, once it is made).
 */
export function offerContext(scenario: Scenario, state: GameState, items: readonly OfferItem[], sweetenerId?: string, framingId?: string, minutes = 0, concessions = state.concessions): OfferContext {
  const ctx: OfferContext = {
    scenario,
    profile: state.profile,
    items: items.map((i) => {
      const goal = scenario.goals.find((g) => g.id === i.goal)!;
      return { goal, option: goal.options.find((o) => o.id === i.option)! };
    }),
    clock: Math.min(scenario.dayLength, state.summit.context.clock + minutes),
    concessions,
    hardening: state.hardening,
    retractions: state.retractions,
    answered: asksAnswered(state.putinAsks, state.sweetenersUsed, sweetenerId),
    firstGoal: state.firstGoal,
    usAttention: state.summit.context.usAttention,
    spent: state.spent,
    claims: state.claims,
    eventBonus: state.eventBonus,
    argumentBonus: state.argumentBonus,
    news: state.news,
    listOk: (goal) => state.goals[goal]?.context.listOk === true,
  };
  const sweetener = sweetenerId ? scenario.sweeteners.find((s) => s.id === sweetenerId) : undefined;
  const framing = framingId ? scenario.framings.find((f) => f.id === framingId) : undefined;
  if (sweetener) ctx.sweetener = sweetener;
  if (framing) ctx.framing = framing;
  return ctx;
}

/** Whether Kim comes down with this offer: on some goal, a more modest lawful option than any he has offered there before (not one Putin is cold to: putin/cold.ts). */
export function isConcession(scenario: Scenario, state: GameState, items: readonly OfferItem[]): boolean {
  return items.some((i) => {
    const goal = scenario.goals.find((g) => g.id === i.goal)!;
    const index = goal.options.findIndex((o) => o.id === i.option);
    const before = state.positions[i.goal];
    return before !== null && before !== undefined && index < before && isRung(scenario, state.profile, goal, index);
  });
}

/** Whether an offer goes back up on a goal: a lawful option above the most modest one Kim has already offered on it. */
export function isRetraction(scenario: Scenario, state: GameState, items: readonly OfferItem[]): boolean {
  return items.some((i) => {
    const goal = scenario.goals.find((g) => g.id === i.goal)!;
    const index = goal.options.findIndex((o) => o.id === i.option);
    const before = state.positions[i.goal];
    return before !== null && before !== undefined && index > before && goal.options[index]!.breaks.length === 0;
  });
}
