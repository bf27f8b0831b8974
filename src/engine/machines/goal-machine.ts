// The shared parts of a goal's negotiation track. Each goal's own file adds its twist.
// Putin's answer arrives as an event computed by the decision model; the hard constraints
// are also guards here, so no event sequence can ever reach `agreed` with an unlawful option.
import { assign, setup } from 'xstate';
import type { ConstraintId, GoalId, RefusalKind } from '../types';

export interface Offer {
  option: string;
  sweetener?: string;
  framing?: string;
}

export interface GoalContext {
  goal: GoalId;
  /** What each option breaks, from the scenario: the guards' only knowledge. */
  breaks: Record<string, ConstraintId[]>;
  offer: Offer | null;
  counter: string | null;
  deal: string | null;
  /** The offer that led to the deal (its sweetener is spent). */
  dealOffer: Offer | null;
  asked: boolean;
  tried: string[];
  refusals: number;
  /** Workers: proposals left before the deadline closes the track; null where there is no deadline. */
  roundsLeft: number | null;
  /** Barter: whether Putin has accepted a goods list; null where there is no list. */
  listOk: boolean | null;
}

export type GoalEvent =
  | { type: 'goal.ask' }
  | { type: 'offer.propose'; offer: Offer }
  | { type: 'putin.accept' }
  | { type: 'putin.counter'; option: string }
  | { type: 'putin.refuse'; refusal: RefusalKind }
  | { type: 'offer.accept' }
  | { type: 'goal.walkAway' }
  | { type: 'goal.close' }
  | { type: 'barter.list' }
  | { type: 'putin.listOk' }
  | { type: 'putin.listRefused' };

export interface GoalInput {
  goal: GoalId;
  breaks: Record<string, ConstraintId[]>;
}

export interface Twist {
  /** Proposals allowed before a deadline closes the track. */
  rounds?: number;
  /** A goods list must be accepted before list-bound options (checked by Putin's gates). */
  goodsList?: boolean;
}

const lawful = (ctx: GoalContext, option: string | null | undefined) => option != null && (ctx.breaks[option]?.length ?? 1) === 0;

export const goalSetup = setup({
  types: {} as { context: GoalContext; events: GoalEvent; input: GoalInput },
  guards: {
    lawfulOffer: ({ context }) => lawful(context, context.offer?.option),
    lawfulCounter: ({ context }) => lawful(context, context.counter),
    roundsRemain: ({ context }) => context.roundsLeft === null || context.roundsLeft > 0,
    deadlinePassed: ({ context }) => context.roundsLeft !== null && context.roundsLeft <= 0,
  },
  actions: {
    markAsked: assign({ asked: true }),
    recordOffer: assign(({ context, event }) => {
      if (event.type !== 'offer.propose') return {};
      return {
        offer: event.offer,
        counter: null,
        tried: context.tried.includes(event.offer.option) ? context.tried : [...context.tried, event.offer.option],
        roundsLeft: context.roundsLeft === null ? null : context.roundsLeft - 1,
      };
    }),
    agreeOffer: assign(({ context }) => ({ deal: context.offer?.option ?? null, dealOffer: context.offer })),
    agreeCounter: assign(({ context }) => ({
      deal: context.counter,
      dealOffer: context.offer && context.counter ? { ...context.offer, option: context.counter } : null,
    })),
    recordCounter: assign(({ event }) => (event.type === 'putin.counter' ? { counter: event.option } : {})),
    recordRefusal: assign(({ context }) => ({ refusals: context.refusals + 1, counter: null })),
    listAccepted: assign({ listOk: true }),
    listRefused: assign({ listOk: false }),
  },
});

/** Build a goal's machine from the shared chart and its twist. */
export function createGoalMachine(id: GoalId, twist: Twist) {
  const propose = { target: 'offered', guard: 'roundsRemain', actions: 'recordOffer' } as const;
  const list = twist.goodsList ? { 'barter.list': { target: 'listing' } } : {};
  return goalSetup.createMachine({
    id,
    context: ({ input }) => ({
      goal: input.goal,
      breaks: input.breaks,
      offer: null,
      counter: null,
      deal: null,
      dealOffer: null,
      asked: false,
      tried: [],
      refusals: 0,
      roundsLeft: twist.rounds ?? null,
      listOk: twist.goodsList ? false : null,
    }),
    initial: 'closed',
    on: { 'goal.close': '.deadlocked' },
    states: {
      closed: {
        on: {
          'goal.ask': { target: 'opening', actions: 'markAsked' },
          'offer.propose': propose,
          'goal.walkAway': 'walkedOut',
          ...list,
        },
      },
      opening: {
        always: { guard: 'deadlinePassed', target: 'deadlocked' },
        on: {
          'goal.ask': { actions: 'markAsked' },
          'offer.propose': propose,
          'goal.walkAway': 'walkedOut',
          ...list,
        },
      },
      listing: {
        on: {
          'putin.listOk': { target: 'opening', actions: 'listAccepted' },
          'putin.listRefused': { target: 'opening', actions: 'listRefused' },
        },
      },
      offered: {
        on: {
          'putin.accept': { target: 'agreed', guard: 'lawfulOffer', actions: 'agreeOffer' },
          'putin.counter': { target: 'countered', actions: 'recordCounter' },
          'putin.refuse': { target: 'opening', actions: 'recordRefusal' },
        },
      },
      countered: {
        on: {
          'offer.accept': { target: 'agreed', guard: 'lawfulCounter', actions: 'agreeCounter' },
          'offer.propose': propose,
          'goal.ask': { actions: 'markAsked' },
          'goal.walkAway': 'walkedOut',
        },
      },
      agreed: { type: 'final' },
      deadlocked: { type: 'final' },
      walkedOut: { type: 'final' },
    },
  });
}

export type GoalMachine = ReturnType<typeof createGoalMachine>;
