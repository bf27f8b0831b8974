// Putin's reasons as one named list of predicates. Each predicate is evaluated once per offer;
// the decision is read off the results and the same results are shown as his explanation,
// so what he says can never disagree with what he does.
import { msg } from '../messages';
import type { FramingSpec, GoalSpec, OptionSpec, Scenario, SweetenerSpec } from '../scenario/schema';
import type { Message, RefusalKind } from '../types';
import type { PutinProfile } from './profile';

export interface OfferContext {
  scenario: Scenario;
  profile: PutinProfile;
  goal: GoalSpec;
  option: OptionSpec;
  sweetener?: SweetenerSpec;
  framing?: FramingSpec;
  /** Share of the day that will have passed once this offer is answered, 0..1. */
  t: number;
  goodwill: number;
  patience: number;
  usAttention: number;
  /** Value news events have added to this goal's options, by option id. */
  eventBonus: Readonly<Record<string, number>>;
  /** Whether this goal's goods list has passed (goals with a goods list). */
  listOk: boolean;
}

/** A gate: when it holds, Putin refuses with its kind, whatever the offer is worth. */
export interface Gate {
  id: string;
  refusal: RefusalKind;
  holds(ctx: OfferContext): boolean;
  message(ctx: OfferContext): Message;
  facts(ctx: OfferContext): string[];
}

/** A term of Putin's utility for an offer: its value is what it adds or takes away. */
export interface Term {
  id: string;
  value(ctx: OfferContext): number;
  /** Words for it when it matters; undefined = counted but not worth saying. */
  message?(ctx: OfferContext): Message | undefined;
  /** Said whenever its message applies, though it adds nothing to the sum (a fact Putin points to). */
  informational?: boolean;
  facts(ctx: OfferContext): string[];
}

/** The fact paragraphs a reason rests on, from the scenario's data. */
const factsOf = (id: string) => (ctx: OfferContext) => ctx.scenario.reasonFacts[id] ?? [];

const constraintGate = (id: string, facts: string[]): Gate => ({
  id: `constraint.${id}`,
  refusal: 'NEVER',
  holds: (ctx) => ctx.option.breaks.includes(id),
  message: () => msg(`constraint.${id}.says`),
  facts: () => facts,
});

/** Gates that are not limits: he will not hear of it without its argument, its list, or with Washington watching. */
const SOFT_GATES: readonly Gate[] = [
  {
    id: 'needs-framing',
    refusal: 'NOT_NOW',
    holds: (ctx) => ctx.option.needsFraming !== undefined && ctx.framing?.id !== ctx.option.needsFraming,
    message: () => msg('reason.needs-framing'),
    facts: factsOf('needs-framing'),
  },
  {
    id: 'needs-list',
    refusal: 'NOT_NOW',
    holds: (ctx) => ctx.option.needsList && !ctx.listOk,
    message: () => msg('reason.needs-list'),
    facts: factsOf('needs-list'),
  },
  {
    id: 'us-watching',
    refusal: 'NOT_NOW',
    holds: (ctx) => ctx.usAttention + ctx.option.us + (ctx.framing?.us ?? 0) > ctx.scenario.usThreshold,
    message: () => msg('reason.us-watching'),
    facts: factsOf('us-watching'),
  },
];

const gateCache = new WeakMap<Scenario, readonly Gate[]>();

/** In order: the first gate that holds binds. Hard constraints come first, in the scenario's order: nothing outweighs them. */
export function gatesOf(scenario: Scenario): readonly Gate[] {
  let gates = gateCache.get(scenario);
  if (!gates) {
    gates = [...scenario.constraints.map((c) => constraintGate(c.id, c.facts)), ...SOFT_GATES];
    gateCache.set(scenario, gates);
  }
  return gates;
}

const titleOf = (kind: string, id: string) => msg(`${kind}.${id}.title`);

/** Putin's utility for an offer is the sum of these terms. */
export const TERMS: readonly Term[] = [
  {
    id: 'option',
    value: (ctx) => ctx.profile.options[ctx.goal.id]?.[ctx.option.id] ?? 0,
    facts: (ctx) => ctx.option.facts,
  },
  {
    id: 'news',
    value: (ctx) => ctx.eventBonus[ctx.option.id] ?? 0,
    facts: (ctx) => ctx.option.facts,
  },
  {
    id: 'money',
    value: (ctx) => -(ctx.option.money * ctx.profile.moneyWeight),
    message: () => msg('reason.money'),
    facts: factsOf('money'),
  },
  {
    // The facts he points to on this option (the scenario's notes): said, but adding nothing.
    id: 'notes',
    value: () => 0,
    informational: true,
    facts: () => [],
  },
  {
    id: 'framing',
    value: (ctx) => (ctx.framing ? (ctx.profile.framings[ctx.framing.id]?.[ctx.goal.id] ?? 0) : 0),
    message: (ctx) => msg('reason.framing-helped', { framing: titleOf('framing', ctx.framing?.id ?? '') }),
    facts: (ctx) => ctx.framing?.facts ?? [],
  },
  {
    id: 'sweetener',
    value: (ctx) => (ctx.sweetener ? (ctx.profile.sweeteners[ctx.sweetener.id] ?? 0) : 0),
    message: (ctx) => msg('reason.sweetener-helped', { sweetener: titleOf('sweetener', ctx.sweetener?.id ?? '') }),
    facts: (ctx) => ctx.sweetener?.facts ?? [],
  },
  {
    // Below a third of his patience, every offer is worth less to him.
    id: 'patience',
    value: (ctx) => (ctx.patience < 30 ? -(30 - ctx.patience) / 3 : 0),
    message: () => msg('reason.patience-low'),
    facts: () => [],
  },
  {
    id: 'goodwill',
    value: (ctx) => ctx.goodwill,
    message: (ctx) => msg(ctx.goodwill >= 0 ? 'reason.goodwill' : 'reason.illwill'),
    facts: () => [],
  },
];

/** Terms worth saying: a message and, for valued terms, a value big enough to notice. */
export const SAY_THRESHOLD = 1;
