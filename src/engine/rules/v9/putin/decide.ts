// Putin's answer to an offer (one goal, or a package of several), read off the evaluated
// predicates of reasons.ts: the gates that hold, what the offer is worth to him and what he asks.
import { msg } from '../messages';
import type { Reason, RefusalKind } from '../types';
import { pressesCold } from './cold';
import { deadlineStep, gatesOf, type ItemContext, itemTerms, itemWorth, type OfferContext, priceOf, SAY_THRESHOLD, sweetenerValue } from './reasons';

export interface Evaluation {
  /** Ids of the gates that hold, in order; the first binds. */
  gates: string[];
  /** What the offer is worth to him: its items and the sweetener. */
  utility: number;
  /** What he asks for it now: the sum of his price for each of its goals. */
  price: number;
  /** What he asks at the least (his floor, per goal): no deal is worth this much to him. */
  floor: number;
}

export interface Decision {
  kind: 'accept' | 'counter' | 'refuse';
  refusal?: RefusalKind;
  counterOption?: string;
  reasons: Reason[];
  evaluation: Evaluation;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const title = (kind: string, id: string) => msg(`${kind}.${id}.title`);
const optionTitle = (i: ItemContext) => msg(`option.${i.goal.id}.${i.option.id}.title`);

/** The gates that hold for this offer, each with the item it holds for. */
function heldGates(ctx: OfferContext) {
  const out: { gate: ReturnType<typeof gatesOf>[number]; item: ItemContext }[] = [];
  for (const gate of gatesOf(ctx.scenario)) {
    const item = gate.holds(ctx);
    if (item) out.push({ gate, item });
  }
  return out;
}

export function utilityOf(ctx: OfferContext): number {
  let u = sweetenerValue(ctx);
  for (const item of ctx.items) {
    u += itemWorth(itemTerms(ctx, item));
  }
  return round2(u);
}

export function priceOfOffer(ctx: OfferContext): number {
  return round2(ctx.items.reduce((s, i) => s + priceOf(ctx, i.goal.id), 0));
}

/** Evaluate every predicate once for this offer; the reasons are the terms and gates that decided. */
export function evaluate(ctx: OfferContext): { evaluation: Evaluation; reasons: Reason[]; refusal?: RefusalKind } {
  const held = heldGates(ctx);
  const reasons: Reason[] = held.map(({ gate, item }, i) => ({
    id: gate.id,
    weight: i === 0 ? 'binding' : 'against',
    message: msg('reason.constraint', { says: gate.message(ctx, item) }),
    facts: gate.facts(ctx, item),
  }));
  for (const item of ctx.items) {
    const t = itemTerms(ctx, item);
    if (Math.abs(t.news) >= SAY_THRESHOLD) {
      reasons.push({ id: 'news', weight: t.news > 0 ? 'for' : 'against', message: msg('reason.news', { option: optionTitle(item) }), facts: item.option.facts });
    }
    if (ctx.framing && Math.abs(t.framing) >= SAY_THRESHOLD) {
      reasons.push({
        id: 'framing',
        weight: t.framing > 0 ? 'for' : 'against',
        message: msg(t.framing > 0 ? 'reason.framing-helped' : 'reason.framing-missed', { framing: title('framing', ctx.framing.id), goal: title('goal', item.goal.id) }),
        facts: ctx.framing.facts,
      });
    }
    // The news moved the argument itself: he says so, on which goal, so the player sees why it now weighs more (or less).
    if (ctx.framing && Math.abs(t.argumentNews) >= SAY_THRESHOLD) {
      reasons.push({
        id: 'news-argument',
        weight: t.argumentNews > 0 ? 'for' : 'against',
        message: msg(t.argumentNews > 0 ? 'reason.news-argument-up' : 'reason.news-argument-down', { framing: title('framing', ctx.framing.id), goal: title('goal', item.goal.id) }),
        facts: newsFacts(ctx, ctx.framing.id, item.goal.id),
      });
    }
    for (const note of item.option.notes) reasons.push({ id: note, weight: 'note', message: msg(`reason.${note}`), facts: ctx.scenario.reasonFacts[note] ?? [] });
  }
  const sv = sweetenerValue(ctx);
  if (ctx.sweetener && sv >= SAY_THRESHOLD) {
    reasons.push({ id: 'sweetener', weight: 'for', message: msg('reason.sweetener-helped', { sweetener: title('sweetener', ctx.sweetener.id) }), facts: ctx.sweetener.facts });
  }
  // What moved his price, said as it is: Kim's concessions (less those he went back on), the deadline,
  // the goal named first, stalling.
  if (ctx.concessions === 0) reasons.push({ id: 'not-moved', weight: 'against', message: msg('reason.not-moved'), facts: [] });
  else reasons.push({ id: 'moved', weight: 'for', message: msg('reason.moved', { count: ctx.concessions }), facts: [] });
  if (deadlineStep(ctx)) reasons.push({ id: 'late-in-day', weight: 'for', message: msg('reason.late-in-day'), facts: [] });
  const named = ctx.items.find((i) => i.goal.id === ctx.firstGoal);
  if (named && ctx.scenario.putin.markup > 0) reasons.push({ id: 'named-first', weight: 'against', message: msg('reason.named-first', { goal: title('goal', named.goal.id) }), facts: [] });
  if (ctx.hardening > 0) reasons.push({ id: 'stalling', weight: 'against', message: msg('reason.stalling'), facts: [] });
  // Pressed on what he is cold to today (engine version 10's rule, putin/cold.ts): he names it, so
  // that a player can learn it from the answer as from an ask.
  const pressed = ctx.items.filter((i) => pressesCold(ctx.scenario, ctx.profile, i.goal.id, i.option.id));
  if (pressed.length) reasons.push({ id: 'pressed-cold', weight: 'against', message: msg('reason.pressed-cold', { options: pressed.map(optionTitle) }), facts: ctx.scenario.reasonFacts['cold'] ?? [] });
  if (ctx.retractions > 0) reasons.push({ id: 'went-back', weight: 'against', message: msg('reason.went-back', { count: ctx.retractions }), facts: [] });
  if (!ctx.answered && ctx.scenario.putin.unanswered > 0) reasons.push({ id: 'asks-unanswered', weight: 'against', message: msg('reason.asks-unanswered'), facts: [] });
  const utility = utilityOf(ctx);
  const price = priceOfOffer(ctx);
  const floor = round2(ctx.profile.floor * ctx.items.length);
  const evaluation: Evaluation = { gates: held.map((h) => h.gate.id), utility, price, floor };
  const refusal = held[0]?.gate.refusal;
  return refusal ? { evaluation, reasons, refusal } : { evaluation, reasons };
}

/** True when no gate holds and the offer is worth at least what he asks now. */
export const acceptable = (e: Evaluation) => e.gates.length === 0 && e.utility >= e.price;

/** Whether he would take this offer as it stands (the same gates and sums as evaluate, without the words). */
export function wouldAccept(ctx: OfferContext): boolean {
  for (const gate of gatesOf(ctx.scenario)) if (gate.holds(ctx)) return false;
  return utilityOf(ctx) >= priceOfOffer(ctx);
}

export function decide(ctx: OfferContext): Decision {
  const { evaluation, reasons, refusal } = evaluate(ctx);
  if (!refusal && evaluation.utility >= evaluation.price) {
    return { kind: 'accept', reasons: [...reasons, { id: 'accept', weight: 'binding', message: msg('reason.accept'), facts: [] }], evaluation };
  }
  // A counter, on one goal only and never over a limit of the law: the most valuable more modest
  // option he would take now, with the same argument and sweetener. Better for him by construction.
  // Never one he is cold to, where pressing it counts (putin/cold.ts): he does not propose what he
  // would resent being pressed on (so such a deal is only ever made by Kim pressing it).
  if (refusal !== 'NEVER' && ctx.items.length === 1) {
    const item = ctx.items[0]!;
    const smaller = item.goal.options.filter((o) => o.kim < item.option.kim && !pressesCold(ctx.scenario, ctx.profile, item.goal.id, o.id)).reverse();
    for (const option of smaller) {
      if (wouldAccept({ ...ctx, items: [{ goal: item.goal, option }] })) {
        const counter = { goal: item.goal, option };
        return {
          kind: 'counter',
          counterOption: option.id,
          reasons: [...reasons, { id: 'counter', weight: refusal ? 'note' : 'binding', message: msg('reason.counter', { option: optionTitle(counter) }), facts: [] }],
          evaluation,
        };
      }
    }
  }
  if (refusal) return { kind: 'refuse', refusal, reasons, evaluation };
  const kind: RefusalKind = evaluation.utility < evaluation.floor ? 'NO_GAIN' : 'TOO_MUCH';
  // The item that falls furthest short of his price is the one he names.
  let worst = ctx.items[0]!;
  let worstGap = Number.POSITIVE_INFINITY;
  for (const item of ctx.items) {
    const t = itemTerms(ctx, item);
    const gap = itemWorth(t) - priceOf(ctx, item.goal.id);
    if (gap < worstGap) {
      worst = item;
      worstGap = gap;
    }
  }
  const key = kind === 'NO_GAIN' ? 'reason.no-gain' : 'reason.too-much';
  return { kind: 'refuse', refusal: kind, reasons: [...reasons, { id: kind === 'NO_GAIN' ? 'no-gain' : 'too-much', weight: 'binding', message: msg(key, { option: optionTitle(worst) }), facts: [] }], evaluation };
}

/** The sources of the news in effect that moved this argument on this goal (the argument's own, if none is found). */
function newsFacts(ctx: OfferContext, framing: string, goal: string): string[] {
  const ids = new Set((ctx.news ?? []).map((n) => n.id));
  const moved = ctx.scenario.events.filter((e) => ids.has(e.id) && e.arguments?.some((a) => a.framing === framing && a.goals.includes(goal)));
  const facts = [...new Set(moved.flatMap((e) => e.facts))];
  return facts.length ? facts : ctx.framing!.facts;
}
