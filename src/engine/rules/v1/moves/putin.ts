// Putin's moves: his answer to Kim's offer, and what he tells when asked. The computer makes
// them in putin/model.ts; a person makes them through the same apply(). The effects (time, his
// patience, Kim's face, Washington's attention, his memories) follow from the answer given.
import * as v from 'valibot';
import { indexIn, pick } from '../code/bytes';
import { msg } from '../messages';
import { restoredRng } from '../rng';
import type { OptionSpec, Scenario } from '../scenario/schema';
import type { PutinAnswer, PutinMove, Reason, RefusalKind } from '../types';
import { inPhase } from './checks';
import { advance, type Draft, remember, say, sendGoal, setOf, spec } from './draft';
import { dealFace, spend } from './kim';
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
    return [{ id: `constraint.${move.claim}`, weight: 'binding', message: msg(`constraint.${move.claim}.says`), facts: move.bluff ? [] : (c?.facts ?? []) }];
  }
  const key = move.refusal === 'NO_GAIN' ? 'no-gain' : 'too-much';
  return [{ id: key, weight: 'binding', message: msg(`reason.${key}`), facts: [] }];
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
    rolled: v.optional(v.boolean()),
  }),
  check(scenario, state, move) {
    const wrong = awaited(state, move.goal, 'offer');
    if (wrong) return wrong;
    const goal = spec(scenario, move.goal);
    const offer = state.goals[goal.id]!.context.offer!;
    const offered = goal.options.find((o) => o.id === offer.option)!;
    // A limit it breaks, or a goods list it waits for: he cannot agree to it (the goal's machine refuses it too).
    const barred = (o: OptionSpec) =>
      o.breaks.length > 0
        ? msg('error.unlawful', { limit: msg(`constraint.${o.breaks[0]}.says`) })
        : o.needsList && state.goals[goal.id]!.context.listOk !== true
          ? msg('error.unlawful', { limit: msg('reason.needs-list') })
          : null;
    if (move.answer === 'accept') return barred(offered);
    if (move.answer === 'counter') {
      const counter = goal.options.find((o) => o.id === move.counter);
      if (!counter || counter.id === offer.option) return msg('error.unknown-option');
      return barred(counter);
    }
    if (!move.refusal) return msg('error.bad-move');
    if (move.claim !== undefined && !scenario.constraints.some((c) => c.id === move.claim)) return msg('error.bad-move');
    return null;
  },
  machineEvent: (move) =>
    move.answer === 'accept' ? { type: 'putin.accept' } : move.answer === 'counter' ? { type: 'putin.counter', option: move.counter ?? '' } : { type: 'putin.refuse', refusal: move.refusal ?? 'NEVER' },
  effect(d, scenario, move, explanation) {
    const goal = spec(scenario, move.goal);
    const { costs, patienceCost, faceShift } = scenario;
    const at = d.awaiting!.clockBefore;
    const offer = d.goals[goal.id]!.context.offer!;
    const option = goal.options.find((o) => o.id === offer.option)!;
    const framingUs = offer.framing ? (scenario.framings.find((f) => f.id === offer.framing)?.us ?? 0) : 0;
    const optionTitle = msg(`option.${goal.id}.${option.id}.title`);
    // The die the computer rolled for this answer: one draw of the game's generator.
    if (move.rolled) {
      const rng = restoredRng(d.rng);
      rng.next();
      d.rng = rng.state();
    }
    const given = explanation ?? [];
    let result: PutinAnswer;
    if (move.answer === 'accept') {
      sendGoal(d, scenario, goal.id, { type: 'putin.accept' });
      const reasons = explanation ?? [{ id: 'accept', weight: 'binding' as const, message: msg('reason.accept'), facts: [] }];
      result = { goal: goal.id, kind: 'accept', reasons, says: msg('putin.accept', { option: optionTitle }) };
      advance(d, { minutes: costs.propose, usAttention: option.us + framingUs, face: dealFace(scenario, option.kim, offer.sweetener) });
      spend(d, scenario, offer.sweetener);
      remember(d, scenario, 'deal');
    } else if (move.answer === 'counter') {
      const counter = move.counter!;
      sendGoal(d, scenario, goal.id, { type: 'putin.counter', option: counter });
      const reasons = explanation ?? [
        { id: 'too-much', weight: 'binding' as const, message: msg('reason.counter', { option: msg(`option.${goal.id}.${counter}.title`) }), facts: [] },
      ];
      result = { goal: goal.id, kind: 'counter', counterOption: counter, reasons, says: msg('putin.counter', { option: msg(`option.${goal.id}.${counter}.title`) }) };
      advance(d, { minutes: costs.propose, patience: -patienceCost.counter, usAttention: framingUs });
    } else {
      const refusal = move.refusal as RefusalKind;
      sendGoal(d, scenario, goal.id, { type: 'putin.refuse', refusal });
      // A bluff: the limit he claims, with what really decided kept for the debrief.
      const bluff = move.bluff === true || (move.claim !== undefined && !option.breaks.includes(move.claim));
      const claimed = move.bluff || !explanation ? refusalReasons(scenario, move) : given;
      const binding = claimed.find((r) => r.weight === 'binding') ?? claimed[0];
      result = { goal: goal.id, kind: 'refuse', refusal, reasons: claimed, says: msg(`putin.refuse.${refusal}`, { reason: binding?.message ?? msg('reason.too-much') }) };
      if (bluff) {
        const truth = move.truth === 'counter' ? undefined : (move.truth as RefusalKind | undefined);
        result.bluff = { trueRefusal: truth, trueReasons: given };
        d.bluffs = [...d.bluffs, { step: d.turn, goal: goal.id, option: option.id, claimed, truth: given }];
      }
      // What it costs follows what he really decided: a bluff over a counter costs what a counter does.
      const real: RefusalKind | 'counter' = move.truth ?? refusal;
      if (real === 'NEVER' && !bluff) remember(d, scenario, 'insult');
      advance(d, {
        minutes: costs.propose,
        patience: -(real === 'counter' ? patienceCost.counter : patienceCost[real]),
        face: real === 'NEVER' && !bluff ? faceShift.rebuffed : 0,
        usAttention: framingUs,
      });
    }
    say(d, 'putin', result.says, goal.id, at);
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

const hint: MoveSpec<Of<'putin.hint'>> = {
  type: 'putin.hint',
  side: 'putin',
  schema: v.object({ side, type: v.literal('putin.hint'), goal: id, framing: v.optional(id) }),
  check(scenario, state, move) {
    const wrong = awaited(state, move.goal, 'ask');
    if (wrong) return wrong;
    return move.framing === undefined || scenario.framings.some((f) => f.id === move.framing) ? null : msg('error.unknown-framing');
  },
  machineEvent: () => ({ type: 'putin.hint' }),
  effect(d, scenario, move) {
    const goal = spec(scenario, move.goal);
    const at = d.awaiting!.clockBefore;
    sendGoal(d, scenario, goal.id, { type: 'putin.hint' });
    setOf(d, 'revealed', goal.id, goal.options.map((o) => o.id));
    const said = move.framing ? msg('hint.framing', { framing: msg(`framing.${move.framing}.title`) }) : msg('hint.constraints');
    setOf(d, 'hints', goal.id, [...(d.hints[goal.id] ?? []), said]);
    // One line per limit, however many options it rules out.
    const limits = [...new Set(goal.options.flatMap((o) => o.breaks))];
    const reasons: Reason[] = limits.map((c) => ({
      id: `limit.${c}`,
      weight: 'against' as const,
      message: msg('reason.constraint', { says: msg(`constraint.${c}.says`) }),
      facts: scenario.constraints.find((x) => x.id === c)?.facts ?? [],
    }));
    const result: PutinAnswer = { goal: goal.id, kind: 'hint', reasons, says: msg('putin.hint', { hint: said }) };
    say(d, 'putin', result.says, goal.id, at);
    advance(d, { minutes: scenario.costs.ask, patience: -scenario.patienceCost.ask });
    return { answer: result };
  },
  hasGoal: true,
  write(w, move, scenario) {
    w.byte(move.framing ? indexIn(scenario.framings.map((f) => f.id), move.framing) + 1 : 0);
  },
  read(r, scenario, goal) {
    const f = r.byte();
    return f ? { side: 'putin', type: 'putin.hint', goal, framing: pick(scenario.framings, f - 1).id } : { side: 'putin', type: 'putin.hint', goal };
  },
};

export const PUTIN_MOVES = [answer, hint] as const;
