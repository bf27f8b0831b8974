// Putin's answer to an offer, read off the evaluated predicates of reasons.ts.
import { msg } from '../messages';
import type { Reason, RefusalKind } from '../types';
import { concessionTarget } from './curve';
import { gatesOf, type OfferContext, SAY_THRESHOLD, TERMS } from './reasons';

export interface Evaluation {
  /** Ids of the gates that hold, in order; the first binds. */
  gates: string[];
  terms: { id: string; value: number }[];
  utility: number;
  target: number;
}

export interface Decision {
  kind: 'accept' | 'counter' | 'refuse';
  refusal?: RefusalKind;
  counterOption?: string;
  reasons: Reason[];
  evaluation: Evaluation;
}

/** Evaluate every predicate once for this offer. */
export function evaluate(ctx: OfferContext): { evaluation: Evaluation; reasons: Reason[]; refusal?: RefusalKind } {
  const gates = gatesOf(ctx.scenario).filter((g) => g.holds(ctx));
  const reasons: Reason[] = gates.map((g, i) => ({
    id: g.id,
    weight: i === 0 ? 'binding' : 'against',
    message: msg('reason.constraint', { says: g.message(ctx) }),
    facts: g.facts(ctx),
  }));
  const terms: Evaluation['terms'] = [];
  let utility = 0;
  for (const term of TERMS) {
    const value = term.value(ctx);
    utility += value;
    terms.push({ id: term.id, value });
    if (term.id === 'notes') {
      for (const note of ctx.option.notes) reasons.push({ id: note, weight: 'note', message: msg(`reason.${note}`), facts: ctx.scenario.reasonFacts[note] ?? [] });
      continue;
    }
    const message = term.message?.(ctx);
    if (message && (term.informational || Math.abs(value) >= SAY_THRESHOLD)) {
      reasons.push({ id: term.id, weight: term.informational ? 'note' : value >= 0 ? 'for' : 'against', message, facts: term.facts(ctx) });
    }
  }
  const { profile } = ctx;
  // Rounded like every other value, so that engines whose pow differs in the last bit still agree.
  const target = Math.round(concessionTarget(ctx.t, profile.aspiration, 0, profile.e) * 100) / 100;
  // He says he has come down only when his target really has: below half of what he asked at first.
  if (target < profile.aspiration / 2) reasons.push({ id: 'late-in-day', weight: 'for', message: msg('reason.late-in-day'), facts: [] });
  return { evaluation: { gates: gates.map((g) => g.id), terms, utility, target }, reasons, refusal: gates[0]?.refusal };
}

/** His utility of an offer: the sum of the terms, as evaluated for the decision. */
export function utilityOf(ctx: OfferContext): number {
  let sum = 0;
  for (const term of TERMS) sum += term.value(ctx);
  return sum;
}

/** True when no gate holds and the offer is worth at least what he would ask now. */
export function acceptable(e: Evaluation): boolean {
  return e.gates.length === 0 && e.utility >= e.target;
}

export function decide(ctx: OfferContext): Decision {
  const { evaluation, reasons, refusal } = evaluate(ctx);
  if (refusal) return { kind: 'refuse', refusal, reasons, evaluation };
  if (acceptable(evaluation)) {
    return { kind: 'accept', reasons: [...reasons, { id: 'accept', weight: 'binding', message: msg('reason.accept'), facts: [] }], evaluation };
  }
  // A counter: the most valuable smaller option he would accept with the same sweetener and framing.
  // It is better for him than the offer by construction, so a counter is never worse for both sides.
  const smaller = ctx.goal.options.filter((o) => o.kim < ctx.option.kim).reverse();
  for (const option of smaller) {
    // The same gates and utility as evaluate(), without its reasons; his target does not depend on the option.
    const c = { ...ctx, option };
    if (!gatesOf(ctx.scenario).some((g) => g.holds(c)) && utilityOf(c) >= evaluation.target) {
      return {
        kind: 'counter',
        counterOption: option.id,
        reasons: [
          ...reasons,
          { id: 'too-much', weight: 'binding', message: msg('reason.counter', { option: msg(`option.${ctx.goal.id}.${option.id}.title`) }), facts: [] },
        ],
        evaluation,
      };
    }
  }
  const kind: RefusalKind = evaluation.utility < 0 ? 'NO_GAIN' : 'TOO_MUCH';
  return {
    kind: 'refuse',
    refusal: kind,
    reasons: [...reasons, { id: kind === 'NO_GAIN' ? 'no-gain' : 'too-much', weight: 'binding', message: msg(kind === 'NO_GAIN' ? 'reason.no-gain' : 'reason.too-much'), facts: [] }],
    evaluation,
  };
}
