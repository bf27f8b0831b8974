// Putin's reasons as one named list of predicates. Each predicate is evaluated once per offer;
// the decision is read off the results and the same results are shown as his explanation,
// so what he says can never disagree with what he does.
import { msg } from '../messages';
import type { FramingSpec, GoalSpec, OptionSpec, Scenario, SweetenerSpec } from '../scenario/schema';
import type { Claim } from '../state';
import type { Message, RefusalKind } from '../types';
import type { PutinProfile } from './profile';

export interface ItemContext {
  goal: GoalSpec;
  option: OptionSpec;
}

/** Everything Putin weighs for an offer (one goal, or a package of several) at a given moment. */
export interface OfferContext {
  scenario: Scenario;
  profile: PutinProfile;
  items: ItemContext[];
  sweetener?: SweetenerSpec;
  framing?: FramingSpec;
  /** Minutes of the day that will have passed once this offer is answered. */
  clock: number;
  /** Kim's concessions so far, this offer's included. */
  concessions: number;
  hardening: number;
  /** Offers in which Kim went back up on a goal he had come down on (each took back one of Putin's steps). */
  retractions: number;
  /** Whether Kim has offered one of the concessions Putin asked for (before, or with this offer), or he asked for none. */
  answered: boolean;
  firstGoal: string | null;
  usAttention: number;
  spent: { money: number; china: number };
  claims: readonly Claim[];
  /** Value news events have added, by goal and option id. */
  eventBonus: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Value the news has added to an argument, by argument and goal. */
  argumentBonus: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The news in effect (by id): a reason that the news moved an argument cites the news that did. */
  news?: readonly { id: string }[];
  /** Goals whose goods list has passed. */
  listOk: (goal: string) => boolean;
}

/** A gate: when it holds, Putin does not agree, whatever the offer is worth. */
export interface Gate {
  id: string;
  refusal: RefusalKind;
  /** The item it holds for (or the first, for a gate on the whole day's budget). */
  holds(ctx: OfferContext): ItemContext | null;
  message(ctx: OfferContext, item: ItemContext): Message;
  facts(ctx: OfferContext, item: ItemContext): string[];
}

const factsOf = (id: string) => (ctx: OfferContext) => ctx.scenario.reasonFacts[id] ?? [];
const first = (ctx: OfferContext, test: (i: ItemContext) => boolean) => ctx.items.find(test) ?? null;
const sum = (ctx: OfferContext, f: (o: OptionSpec) => number) => ctx.items.reduce((s, i) => s + f(i.option), 0);
const optionTitle = (i: ItemContext) => msg(`option.${i.goal.id}.${i.option.id}.title`);

const constraintGate = (id: string, facts: string[]): Gate => ({
  id: `constraint.${id}`,
  refusal: 'NEVER',
  holds: (ctx) => first(ctx, (i) => i.option.breaks.includes(id)),
  message: () => msg(`constraint.${id}.says`),
  facts: () => facts,
});

/** A limit he has claimed for an option: he keeps to it, bluff or not, until Kim calls it. */
const claimedGate: Gate = {
  id: 'claimed',
  refusal: 'NEVER',
  holds: (ctx) => first(ctx, (i) => ctx.claims.some((c) => c.goal === i.goal.id && c.option === i.option.id)),
  message: (ctx, i) => msg(`constraint.${ctx.claims.find((c) => c.goal === i.goal.id && c.option === i.option.id)!.constraint}.says`),
  facts: () => [],
};

/** Gates that are not limits of the law: an argument or a list he waits for, and what he can give in the whole day. */
const SOFT_GATES: readonly Gate[] = [
  {
    id: 'needs-framing',
    refusal: 'NOT_NOW',
    holds: (ctx) => first(ctx, (i) => i.option.needsFraming !== undefined && ctx.framing?.id !== i.option.needsFraming),
    message: (_ctx, i) => msg('reason.needs-framing', { framing: msg(`framing.${i.option.needsFraming}.title`) }),
    facts: factsOf('needs-framing'),
  },
  {
    id: 'needs-list',
    refusal: 'NOT_NOW',
    holds: (ctx) => first(ctx, (i) => i.option.needsList && !ctx.listOk(i.goal.id)),
    message: () => msg('reason.needs-list'),
    facts: factsOf('needs-list'),
  },
  {
    id: 'china',
    refusal: 'NOT_NOW',
    holds: (ctx) => (ctx.spent.china + sum(ctx, (o) => (o.china ? 1 : 0)) > ctx.profile.china ? first(ctx, (i) => i.option.china) : null),
    message: (_ctx, i) => msg('reason.china', { option: optionTitle(i) }),
    facts: factsOf('china'),
  },
  {
    id: 'money',
    refusal: 'TOO_MUCH',
    holds: (ctx) => (ctx.spent.money + sum(ctx, (o) => o.money) > ctx.profile.money ? first(ctx, (i) => i.option.money > 0) : null),
    message: (_ctx, i) => msg('reason.money', { option: optionTitle(i) }),
    facts: factsOf('money'),
  },
  {
    id: 'us-watching',
    refusal: 'NOT_NOW',
    holds: (ctx) => (ctx.usAttention + sum(ctx, (o) => o.us) + (ctx.framing?.us ?? 0) > ctx.profile.usLimit ? [...ctx.items].sort((a, b) => b.option.us - a.option.us)[0]! : null),
    message: (_ctx, i) => msg('reason.us-watching', { option: optionTitle(i) }),
    facts: factsOf('us-watching'),
  },
];

const gateCache = new WeakMap<Scenario, readonly Gate[]>();

/** In order: the first gate that holds binds. The law's limits come first, in the scenario's order: nothing outweighs them. */
export function gatesOf(scenario: Scenario): readonly Gate[] {
  let gates = gateCache.get(scenario);
  if (!gates) {
    gates = [...scenario.constraints.map((c) => constraintGate(c.id, c.facts)), claimedGate, ...SOFT_GATES];
    gateCache.set(scenario, gates);
  }
  return gates;
}

/**
 * What one item of an offer is worth to him: the option (his warmth to the goal included), what the
 * news did to the option, the argument, and what the news did to the argument on this goal.
 */
export function itemTerms(ctx: OfferContext, item: ItemContext): { option: number; news: number; framing: number; argumentNews: number } {
  return {
    option: ctx.profile.options[item.goal.id]?.[item.option.id] ?? 0,
    news: ctx.eventBonus[item.goal.id]?.[item.option.id] ?? 0,
    framing: ctx.framing ? (ctx.profile.framings[ctx.framing.id]?.[item.goal.id] ?? 0) : 0,
    argumentNews: ctx.framing ? (ctx.argumentBonus[ctx.framing.id]?.[item.goal.id] ?? 0) : 0,
  };
}

/** An item's worth to him: the sum of its terms. */
export const itemWorth = (t: ReturnType<typeof itemTerms>) => t.option + t.news + t.framing + t.argumentNews;

/** The sweetener's worth to him (once per offer, however many goals it holds). */
export const sweetenerValue = (ctx: OfferContext) => (ctx.sweetener ? (ctx.profile.sweeteners[ctx.sweetener.id] ?? 0) : 0);

/** Whether the deadline step applies: late in the day, and only if Kim has moved at all. */
export const deadlineStep = (ctx: OfferContext) => ctx.concessions >= 1 && ctx.clock >= ctx.scenario.dayLength - ctx.scenario.putin.deadlineWindow;

/**
 * What he asks for one goal of a deal now: from his aspiration down towards his floor, one step for
 * each concession of Kim's (and one more at the deadline if Kim has moved), never below the floor;
 * more on the goal Kim named first, more for every stall, more while his own asks go unanswered.
 */
/**
 * The concessions that bring his price down to his floor: more are not banked (engine version 8),
 * so that a line cannot come down on every goal past his floor and then go back up at the cost of
 * one step. The game's invention.
 */
const stepsToFloor = (step: number) => (step > 0 ? Math.ceil(1 / step - 1e-9) : Number.POSITIVE_INFINITY);

/** Kim's concessions counted once he makes one more: never more than bring his price to his floor. */
export const withConcession = (profile: PutinProfile, concessions: number) => Math.min(concessions + 1, stepsToFloor(profile.step));

export function priceFor(scenario: Scenario, profile: PutinProfile, steps: number, namedFirst: boolean, hardening: number, unanswered = false): number {
  const base = profile.floor + (profile.aspiration - profile.floor) * Math.max(0, 1 - profile.step * steps);
  return Math.round((base + (namedFirst ? scenario.putin.markup : 0) + scenario.putin.harden * hardening + (unanswered ? scenario.putin.unanswered : 0)) * 100) / 100;
}

export function priceOf(ctx: OfferContext, goal: string): number {
  return priceFor(ctx.scenario, ctx.profile, ctx.concessions + (deadlineStep(ctx) ? 1 : 0), ctx.firstGoal === goal, ctx.hardening, !ctx.answered);
}

/** Whether his asks are answered: he asked for none, or Kim has offered one of them (the one in this offer counts). */
export function asksAnswered(putinAsks: readonly string[], sweetenersUsed: readonly string[], sweetener?: string): boolean {
  return putinAsks.length === 0 || sweetenersUsed.some((s) => putinAsks.includes(s)) || (sweetener !== undefined && putinAsks.includes(sweetener));
}

/** Terms worth saying: a value big enough to notice. */
export const SAY_THRESHOLD = 1;
