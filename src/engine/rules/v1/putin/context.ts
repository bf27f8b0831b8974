// What Putin weighs for an offer in a given state: the same values decide his answer (model.ts),
// explain it (reasons.ts) and are measured by the debrief (score.ts).
import { currentGoodwill } from '../moves/draft';
import type { GoalSpec, Scenario } from '../scenario/schema';
import type { GameState } from '../state';
import type { OfferContext } from './reasons';

export function offerContext(scenario: Scenario, state: GameState, goal: GoalSpec, optionId: string, sweetenerId?: string, framingId?: string, minutes = 0): OfferContext {
  const meters = state.summit.context;
  const ctx: OfferContext = {
    scenario,
    profile: state.profile,
    goal,
    option: goal.options.find((o) => o.id === optionId) as GoalSpec['options'][number],
    t: Math.min(1, (meters.clock + minutes) / meters.dayLength),
    goodwill: currentGoodwill(state, scenario),
    patience: meters.patience,
    usAttention: meters.usAttention,
    eventBonus: state.eventBonus[goal.id] ?? {},
    listOk: state.goals[goal.id]?.context.listOk === true,
  };
  const sweetener = sweetenerId ? scenario.sweeteners.find((s) => s.id === sweetenerId) : undefined;
  const framing = framingId ? scenario.framings.find((f) => f.id === framingId) : undefined;
  if (sweetener) ctx.sweetener = sweetener;
  if (framing) ctx.framing = framing;
  return ctx;
}
