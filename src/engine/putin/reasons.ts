// Putin's reasons as one named list of predicates. Each predicate is evaluated once per offer;
// the decision is read off the results and the same results are shown as his explanation,
// so what he says can never disagree with what he does.
import { msg } from '../messages';
import type { FramingSpec, GoalSpec, OptionSpec, Scenario, SweetenerSpec } from '../scenario/schema';
import type { ConstraintId, Message, RefusalKind } from '../types';
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
  barterListOk: boolean;
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

const constraintGate = (id: ConstraintId): Gate => ({
  id: `constraint.${id}`,
  refusal: 'NEVER',
  holds: (ctx) => ctx.option.breaks.includes(id),
  message: () => msg(`constraint.${id}.says`),
  facts: (ctx) => ctx.scenario.constraints.find((c) => c.id === id)?.facts ?? [],
});

/** In order: the first gate that holds binds. Hard constraints come first: nothing outweighs them. */
export const GATES: readonly Gate[] = [
  constraintGate('un-sanctions'),
  constraintGate('no-money'),
  constraintGate('us-dispute'),
  constraintGate('no-joint-statement'),
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
    holds: (ctx) => ctx.option.needsList && !ctx.barterListOk,
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

const titleOf = (kind: string, id: string) => msg(`${kind}.${id}.title`);

/** Putin's utility for an offer is the sum of these terms. */
export const TERMS: readonly Term[] = [
  {
    id: 'option',
    value: (ctx) => ctx.profile.options[ctx.goal.id][ctx.option.id] ?? 0,
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
    id: 'follows-china',
    value: () => 0,
    informational: true,
    message: (ctx) => (ctx.option.followsChina ? msg('reason.follows-china') : undefined),
    facts: factsOf('follows-china'),
  },
  {
    id: 'far-east-needs',
    value: () => 0,
    informational: true,
    message: (ctx) => (ctx.goal.id === 'workers' && ctx.option.kim > (ctx.goal.options[0]?.kim ?? 0) ? msg('reason.far-east-needs') : undefined),
    facts: factsOf('far-east-needs'),
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
