// The solver's own statement of when Putin takes an offer, written apart from the engine's
// (putin/reasons.ts and decide.ts) for speed: it is asked thousands of times a state. The two
// must agree, and tests/engine/solver.test.ts checks that they do on every offer of many states;
// the line found is in any case played through the engine, whose score is the one reported.
import { offerKey } from '../moves/kim';
import { isRetraction } from '../putin/context';
import { asksAnswered, priceFor, withConcession } from '../putin/reasons';
import type { ScenarioBundle } from '../scenario/bundle';
import type { GameState, OfferItem } from '../state';
import { faceBonus } from '../day-terms';
import { offerPressesCold } from '../putin/cold';

/**
 * What a sweetener costs Kim's score: its price, and the face it costs him (a sweetener that costs
 * face scores less than one of the same price that does not, at the score's rate for face where
 * the meter is not at an end).
 */
const facePoint = faceBonus(51) - faceBonus(50);
export const costOf = (x: { kimCost: number; face: number }) => x.kimCost - x.face * facePoint;

export interface Way {
  framing?: string;
  sweetener?: string;
}

/**
 * The cheapest argument and sweetener with which he takes these items now (the offer's own
 * concession counted), or null; with `only`, the cheapest argument with which he takes them with
 * that sweetener (one that gives back money is worth offering where a cheaper one would do).
 */
export function quickWay(bundle: ScenarioBundle, s: GameState, items: readonly OfferItem[], clockAfter: number, concession: boolean, only?: string): Way | null {
  const { scenario } = bundle;
  const p = s.profile;
  // As the engine counts them (moves/kim.ts): concessions up to his floor, and going back up on a goal
  // takes back one of his steps.
  const k = Math.max(0, (concession ? withConcession(p, s.concessions) : s.concessions) - (isRetraction(scenario, s, items) ? 1 : 0));
  const steps = k + (k >= 1 && clockAfter >= scenario.dayLength - scenario.putin.deadlineWindow ? 1 : 0);
  const first = s.firstGoal ?? items[0]!.goal;
  let u = 0;
  let price = 0;
  // The same offer made again after he refused it is a stall: he asks one more for each goal.
  let stalled = 0;
  // While his asks go unanswered he asks more on each goal; a sweetener he asked for answers them.
  const answered = asksAnswered(s.putinAsks, s.sweetenersUsed);
  let unanswered = 0;
  let unansweredStalled = 0;
  let us = s.summit.context.usAttention;
  let money = s.spent.money;
  let china = s.spent.china;
  let needs: string | undefined;
  // An offer pressing an option he is cold to is a stall whatever else it holds (engine version 10).
  const pressed = offerPressesCold(scenario, p, items);
  for (const i of items) {
    const goal = scenario.goals.find((g) => g.id === i.goal)!;
    const o = goal.options.find((x) => x.id === i.option)!;
    if (o.breaks.length > 0) return null;
    if (s.claims.some((c) => c.goal === i.goal && c.option === i.option)) return null;
    if (o.needsList && s.goals[i.goal]!.context.listOk !== true) return null;
    if (o.needsFraming) {
      if (needs !== undefined && needs !== o.needsFraming) return null;
      needs = o.needsFraming;
    }
    u += (p.options[i.goal]?.[i.option] ?? 0) + (s.eventBonus[i.goal]?.[i.option] ?? 0);
    price += priceFor(scenario, p, steps, first === i.goal, s.hardening);
    stalled += priceFor(scenario, p, steps, first === i.goal, s.hardening + 1);
    unanswered += priceFor(scenario, p, steps, first === i.goal, s.hardening, !answered);
    unansweredStalled += priceFor(scenario, p, steps, first === i.goal, s.hardening + 1, !answered);
    us += o.us;
    money += o.money;
    china += o.china ? 1 : 0;
  }
  if (china > p.china) return null;
  // Over his money, only a sweetener that gives back enough of it makes the offer fit.
  const over = money - p.money;
  const sweeteners = scenario.sweeteners
    .filter((x) => !s.sweetenersUsed.includes(x.id) && (p.moneyBack[x.id] ?? 0) >= over && (only === undefined || x.id === only))
    .sort((a, b) => costOf(a) - costOf(b) || (p.sweeteners[a.id] ?? 0) - (p.sweeteners[b.id] ?? 0));
  let best: { way: Way; cost: number } | null = null;
  const framings = [undefined, ...scenario.framings.map((f) => f.id)];
  for (const f of framings) {
    if (needs !== undefined && f !== needs) continue;
    const spec = f ? scenario.framings.find((x) => x.id === f)! : undefined;
    if (us + (spec?.us ?? 0) > p.usLimit) continue;
    let uf = u;
    if (f) for (const i of items) uf += (p.framings[f]?.[i.goal] ?? 0) + (s.argumentBonus[f]?.[i.goal] ?? 0);
    // Rounded as the engine rounds its sums.
    const priceOf = (sw?: string) => {
      const stall = pressed || s.refusedOffers.includes(offerKey(items, sw, f));
      const open = !asksAnswered(s.putinAsks, s.sweetenersUsed, sw);
      return Math.round((open ? (stall ? unansweredStalled : unanswered) : stall ? stalled : price) * 100) / 100;
    };
    const deficit = priceOf() - Math.round(uf * 100) / 100;
    const cost = (spec?.us ?? 0) / 100;
    if (deficit <= 0 && over <= 0 && only === undefined) {
      if (!best || cost < best.cost) best = { way: f ? { framing: f } : {}, cost };
      continue;
    }
    const sw = sweeteners.find((x) => Math.round((uf + (p.sweeteners[x.id] ?? 0)) * 100) / 100 >= priceOf(x.id));
    if (sw) {
      const c = costOf(sw) + cost;
      if (!best || c < best.cost) best = { way: f ? { framing: f, sweetener: sw.id } : { sweetener: sw.id }, cost: c };
    }
  }
  return best?.way ?? null;
}
