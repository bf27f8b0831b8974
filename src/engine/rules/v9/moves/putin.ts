// Putin's moves: his answer to Kim's offer, and what he tells when asked. The computer makes
// them in putin/model.ts; a person makes them through the same apply(). The effects (time, his
// patience, Kim's face, Washington's attention, what he has given of the day's budget) follow
// from the answer given. An offer may be a package of several goals: all or nothing.
import * as v from 'valibot';
import { indexIn, pick } from '../code/bytes';
import { msg } from '../messages';
import type { GoalSpec, OptionSpec, Scenario } from '../scenario/schema';
import type { Message, PutinAnswer, PutinMove, Reason, RefusalKind } from '../types';
import { inPhase } from './checks';
import { advance, type Draft, recordDeal, say, sendGoal, setOf, spec } from './draft';
import { offerKey, spendBudget } from './kim';
import { dealFace } from '../day-terms';
import { offerContext } from '../putin/context';
import { gatesOf } from '../putin/reasons';
import type { MoveSpec } from './spec';

type Of<T extends PutinMove['type']> = Extract<PutinMove, { type: T }>;
const side = v.literal('putin');
const id = v.pipe(v.string(), v.maxLength(64));
const REFUSALS = ['NEVER', 'TOO_MUCH', 'NOT_NOW', 'NO_GAIN'] as const;
const ANSWERS = ['accept', 'counter', 'refuse'] as const;


function awaited(state: Parameters<MoveSpec['check']>[1], goal: string, kind: 'offer' | 'ask') {
  const wrong = inPhase(state, 'talks');
  if (wrong) return wrong;
  return state.awaiting?.kind === kind && state.awaiting.goal === goal ? null : msg('error.not-your-turn');
}

/** The words for a refusal: the limit he names, or the reason of its kind. */
function refusalReasons(scenario: Scenario, move: Of<'putin.answer'>): Reason[] {
  if (move.claim) {
    const c = scenario.constraints.find((x) => x.id === move.claim);
    // A bluff reads exactly as a real limit does (the same words, the limit's own sources): the
    // player must judge by what the option is, not by how the answer is worded.
    return [{ id: `constraint.${move.claim}`, weight: 'binding', message: msg(`constraint.${move.claim}.says`), facts: c?.facts ?? [] }];
  }
  const key = move.refusal === 'NO_GAIN' ? 'no-gain' : move.refusal === 'NOT_NOW' ? 'not-now' : 'too-much';
  return [{ id: key, weight: 'binding', message: msg(`reason.${key}`, { option: msg('reason.this-offer') }), facts: [] }];
}

const answer: MoveSpec<Of<'putin.answer'>> = {
  type: 'putin.answer',
  side: 'putin',
  schema: v.object({
    side,
    type: v.literal('putin.answer'),
    goal: id,
    answer: v.picklist(ANSWERS),
    counter: v.optional(id),
    refusal: v.optional(v.picklist(REFUSALS)),
    claim: v.optional(id),
    bluff: v.optional(v.boolean()),
    truth: v.optional(v.picklist(['counter', ...REFUSALS])),
  }),
  check(scenario, state, move) {
    const wrong = awaited(state, move.goal, 'offer');
    if (wrong) return wrong;
    const goal = spec(scenario, move.goal);
    const offer = state.goals[goal.id]!.context.offer!;
    // A limit it breaks, or a goods list it waits for: he cannot agree to it (the goal's machine refuses it too).
    const barred = (o: OptionSpec, goalId = goal.id) =>
      o.breaks.length > 0
        ? msg('error.unlawful', { limit: msg(`constraint.${o.breaks[0]}.says`) })
        : o.needsList && state.goals[goalId]!.context.listOk !== true
          ? msg('error.unlawful', { limit: msg('reason.needs-list') })
          : null;
    const items = state.awaiting?.items ?? [{ goal: goal.id, option: offer.option }];
    if (move.answer === 'accept') {
      for (const i of items) {
        const wrong = barred(spec(scenario, i.goal).options.find((o) => o.id === i.option)!, i.goal);
        if (wrong) return wrong;
      }
      return null;
    }
    if (move.answer === 'counter') {
      // A package is taken or left whole: he counters single offers only.
      if (items.length > 1) return msg('error.package-counter');
      const counter = goal.options.find((o) => o.id === move.counter);
      if (!counter || counter.id === offer.option) return msg('error.unknown-option');
      return barred(counter);
    }
    if (!move.refusal) return msg('error.bad-move');
    if (move.claim !== undefined) {
      if (move.refusal !== 'NEVER') return msg('error.bad-move');
      // A limit he names must be one a goal of the offer has (an option of it breaks it): so says the rule of bluffs too.
      if (!items.some((i) => spec(scenario, i.goal).options.some((o) => o.breaks.includes(move.claim!)))) return msg('error.claim-not-of-goal');
    }
    return null;
  },
  machineEvent: (move) =>
    move.answer === 'accept' ? { type: 'putin.accept' } : move.answer === 'counter' ? { type: 'putin.counter', option: move.counter ?? '' } : { type: 'putin.refuse', refusal: move.refusal ?? 'NEVER' },
  effect(d, scenario, move, explanation) {
    const goal = spec(scenario, move.goal);
    const { costs, patienceCost, faceShift } = scenario;
    const at = d.awaiting!.clockBefore;
    const offer = d.goals[goal.id]!.context.offer!;
    const items = d.awaiting!.items ?? [{ goal: goal.id, option: offer.option }];
    const options = items.map((i) => spec(scenario, i.goal).options.find((o) => o.id === i.option)!);
    const framingUs = offer.framing ? (scenario.framings.find((f) => f.id === offer.framing)?.us ?? 0) : 0;
    const titles = items.map((i) => msg(`option.${i.goal}.${i.option}.title`));
    const offered = items.length > 1 ? titles : titles[0]!;
    const given = explanation ?? [];
    const before = { ...d.summit.context };
    let result: PutinAnswer;
    if (move.answer === 'accept') {
      for (const i of items) sendGoal(d, scenario, i.goal, { type: 'putin.accept' });
      const reasons = explanation ?? [{ id: 'accept', weight: 'binding' as const, message: msg('reason.accept'), facts: [] }];
      result = { goal: goal.id, kind: 'accept', reasons, says: msg('putin.accept', { option: offered }) };
      recordDeal(d, scenario, items, offer.sweetener, offer.framing, costs.propose);
      spendBudget(d, scenario, items);
      const us = options.reduce((s, o) => s + o.us, 0);
      const face = options.reduce((s, o) => s + dealFace(scenario, o.kim), 0);
      advance(d, { minutes: costs.propose, usAttention: us + framingUs, face });
    } else if (move.answer === 'counter') {
      const counter = move.counter!;
      sendGoal(d, scenario, goal.id, { type: 'putin.counter', option: counter });
      const reasons = explanation ?? [
        { id: 'counter', weight: 'binding' as const, message: msg('reason.counter', { option: msg(`option.${goal.id}.${counter}.title`) }), facts: [] },
      ];
      result = { goal: goal.id, kind: 'counter', counterOption: counter, reasons, says: msg('putin.counter', { option: msg(`option.${goal.id}.${counter}.title`) }) };
      // The argument's attention in Washington comes with a deal made on it (taken now, or his counter taken later).
      advance(d, { minutes: costs.propose, patience: -patienceCost.counter });
    } else {
      const refusal = move.refusal as RefusalKind;
      for (const i of items) sendGoal(d, scenario, i.goal, { type: 'putin.refuse', refusal });
      d.refusedOffers = [...d.refusedOffers, offerKey(items, offer.sweetener, offer.framing)];
      // A bluff: a limit named that the offer does not break. What really decided is kept for the debrief.
      const bluff = move.bluff === true || (move.claim !== undefined && !options.some((o) => o.breaks.includes(move.claim!)));
      // A bluff is worded as a real limit is: the limit named (with its own sources), then what else
      // he weighed, which is true; only what really decided (his price) is kept back for the debrief.
      const claimed = !explanation ? refusalReasons(scenario, move) : bluff ? [...refusalReasons(scenario, move), ...given.filter((r) => r.weight !== 'binding' && !(r.id === 'counter'))] : given;
      const binding = claimed.find((r) => r.weight === 'binding') ?? claimed[0];
      result = { goal: goal.id, kind: 'refuse', refusal, reasons: claimed, says: msg(`putin.refuse.${refusal}`, { reason: binding?.message ?? msg('reason.too-much', { option: offered }) }) };
      // The option he claims it of: of a package, the one he claimed it of before, else the one that
      // breaks it, else one of a goal that has it.
      const claim = move.claim;
      const at = claim
        ? (items.find((i) => d.claims.some((c) => c.goal === i.goal && c.option === i.option && c.constraint === claim)) ??
          items.find((_i, k) => options[k]!.breaks.includes(claim)) ??
          items.find((i) => spec(scenario, i.goal).options.some((o) => o.breaks.includes(claim))) ??
          items[0]!)
        : items[0]!;
      if (claim) {
        result.claim = claim;
        // He keeps to what he claimed until Kim calls it.
        if (!d.claims.some((c) => c.goal === at.goal && c.option === at.option)) d.claims = [...d.claims, { goal: at.goal, option: at.option, constraint: claim, bluff }];
      }
      if (bluff) {
        const truth = move.truth === 'counter' ? undefined : (move.truth as RefusalKind | undefined);
        result.bluff = { trueRefusal: truth, trueReasons: given };
        d.bluffs = [...d.bluffs, { step: d.turn, goal: at.goal, option: at.option, claimed, truth: given }];
      }
      // A bluff costs what a real refusal of its kind costs: the meters do not give it away.
      advance(d, {
        minutes: costs.propose,
        patience: -patienceCost[refusal],
        face: refusal === 'NEVER' ? faceShift.rebuffed : 0,
      });
    }
    const after = d.summit.context;
    result.shift = { minutes: after.clock - before.clock, patience: after.patience - before.patience, face: after.face - before.face, usAttention: after.usAttention - before.usAttention };
    if (items.length > 1) result.goals = items.map((i) => i.goal);
    say(d, 'putin', result.says, goal.id, at);
    // The answer is kept on every goal of the offer.
    for (const i of items.slice(1)) setOf(d, 'answers', i.goal, [...(d.answers[i.goal] ?? []), result]);
    return { answer: result };
  },
  hasGoal: true,
  // A two-person game's answer: kind, counter or refusal, the limit claimed.
  write(w, move, scenario) {
    const goal = spec(scenario, move.goal);
    const a = indexIn(ANSWERS, move.answer);
    const r = move.refusal ? indexIn(REFUSALS, move.refusal) + 1 : 0;
    w.byte((a << 4) | (r << 1) | (move.bluff ? 1 : 0));
    w.byte(move.counter ? indexIn(goal.options.map((o) => o.id), move.counter) + 1 : 0);
    w.byte(move.claim ? indexIn(scenario.constraints.map((c) => c.id), move.claim) + 1 : 0);
  },
  read(r, scenario, goalId) {
    const goal = spec(scenario, goalId);
    const b = r.byte();
    const c = r.byte();
    const claim = r.byte();
    const move: Of<'putin.answer'> = { side: 'putin', type: 'putin.answer', goal: goalId, answer: pick(ANSWERS, b >> 4) };
    if ((b >> 1) & 7) move.refusal = pick(REFUSALS, ((b >> 1) & 7) - 1);
    if (b & 1) move.bluff = true;
    if (c) move.counter = pick(goal.options, c - 1).id;
    if (claim) move.claim = pick(scenario.constraints, claim - 1).id;
    return move;
  },
};

/** The gates of his day's budgets: China's line, his money, Washington's patience. */
const BUDGETS = new Set(['china', 'money', 'us-watching']);

/**
 * The lawful options of a goal that the day's budgets rule out now, each with the budget that does:
 * his own gates (putin/reasons.ts) asked of the option offered alone, without an argument (an
 * argument can only draw more of Washington's attention).
 */
function budgetLimits(d: Draft, scenario: Scenario, goal: GoalSpec): Reason[] {
  const gates = gatesOf(scenario).filter((g) => BUDGETS.has(g.id));
  const out: Reason[] = [];
  for (const o of goal.options) {
    if (o.breaks.length > 0) continue;
    const ctx = offerContext(scenario, d, [{ goal: goal.id, option: o.id }]);
    for (const gate of gates) {
      const item = gate.holds(ctx);
      if (!item) continue;
      out.push({ id: gate.id, weight: 'against', message: gate.message(ctx, item), facts: gate.facts(ctx, item) });
      break;
    }
  }
  return out;
}

const hint: MoveSpec<Of<'putin.hint'>> = {
  type: 'putin.hint',
  side: 'putin',
  schema: v.object({ side, type: v.literal('putin.hint'), goal: id, framing: v.optional(id), option: v.optional(id) }),
  check(scenario, state, move) {
    const wrong = awaited(state, move.goal, 'ask');
    if (wrong) return wrong;
    if (move.framing !== undefined && !scenario.framings.some((f) => f.id === move.framing)) return msg('error.unknown-framing');
    if (move.option !== undefined && !spec(scenario, move.goal).options.some((o) => o.id === move.option)) return msg('error.unknown-option');
    return null;
  },
  machineEvent: () => ({ type: 'putin.hint' }),
  effect(d, scenario, move) {
    const goal = spec(scenario, move.goal);
    const at = d.awaiting!.clockBefore;
    sendGoal(d, scenario, goal.id, { type: 'putin.hint' });
    const said: Message[] = [];
    if (move.framing) said.push(msg('hint.framing', { framing: msg(`framing.${move.framing}.title`) }));
    if (move.option) said.push(msg('hint.position', { option: msg(`option.${goal.id}.${move.option}.title`) }));
    const reasons: Reason[] = [];
    if (said.length === 0) {
      setOf(d, 'revealed', goal.id, goal.options.map((o) => o.id));
      said.push(msg('hint.constraints'));
      // One line per limit, however many options it rules out.
      for (const c of [...new Set(goal.options.flatMap((o) => o.breaks))]) {
        reasons.push({ id: `limit.${c}`, weight: 'against', message: msg('reason.constraint', { says: msg(`constraint.${c}.says`) }), facts: scenario.constraints.find((x) => x.id === c)?.facts ?? [] });
      }
      // And where what he can give in the whole day stops him on this goal now (these differ from
      // seed to seed): the money, China's line, Washington's attention. Said in the words of his refusals.
      reasons.push(...budgetLimits(d, scenario, goal));
    }
    // Whatever else he lets out, he says which options of the goal he is cold to today (they differ from seed to seed).
    const cold = d.profile.cold[goal.id] ?? [];
    if (cold.length) {
      const options = cold.map((o) => msg(`option.${goal.id}.${o}.title`));
      said.push(msg('hint.cold', { options }));
      reasons.push({ id: 'cold', weight: 'against', message: msg('reason.cold', { options }), facts: scenario.reasonFacts['cold'] ?? [] });
    }
    setOf(d, 'hints', goal.id, [...(d.hints[goal.id] ?? []), ...said]);
    const result: PutinAnswer = { goal: goal.id, kind: 'hint', reasons, says: msg('putin.hint', { hint: said }) };
    say(d, 'putin', result.says, goal.id, at);
    advance(d, { minutes: scenario.costs.ask, patience: -scenario.patienceCost.ask });
    return { answer: result };
  },
  hasGoal: true,
  // One byte: the argument (+1) and the option (+1), each in four bits (either or both); neither means the limits.
  write(w, move, scenario) {
    const f = move.framing ? indexIn(scenario.framings.map((x) => x.id), move.framing) + 1 : 0;
    const o = move.option ? indexIn(spec(scenario, move.goal).options.map((x) => x.id), move.option) + 1 : 0;
    w.byte((f << 4) | o);
  },
  read(r, scenario, goal) {
    const b = r.byte();
    const move: Of<'putin.hint'> = { side: 'putin', type: 'putin.hint', goal };
    if (b >> 4) move.framing = pick(scenario.framings, (b >> 4) - 1).id;
    if (b & 15) move.option = pick(spec(scenario, goal).options, (b & 15) - 1).id;
    return move;
  },
};

export const PUTIN_MOVES = [answer, hint] as const;
