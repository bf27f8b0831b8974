// A goal's negotiation track, one chart for every goal, shaped by the goal's twist in the
// scenario data: a deadline leaves a fixed number of proposals and then closes the track; a goods
// list adds a `listing` state that must pass before list-bound options can be agreed. Putin's hard
// limits are guards here too, and so is the goods list: no sequence of moves, the computer's or a
// person's, can reach `agreed` with an option that breaks one, nor with an option that needs a list
// before a list has passed. The machine refuses the event and the move is illegal.
import { assign, setup } from 'xstate';
import type { GoalSpec } from '../scenario/schema';
import type { ConstraintId, GoalId, RefusalKind } from '../types';

export interface Offer {
  option: string;
  sweetener?: string;
  framing?: string;
}

export type GoalStatus = 'closed' | 'opening' | 'asking' | 'askingCountered' | 'listing' | 'offered' | 'countered' | 'agreed' | 'deadlocked' | 'walkedOut';

export interface GoalContext {
  goal: GoalId;
  offer: Offer | null;
  counter: string | null;
  deal: string | null;
  /** The offer that led to the deal (its sweetener is spent). */
  dealOffer: Offer | null;
  asked: boolean;
  tried: string[];
  refusals: number;
  /** Proposals left before a deadline closes the track; null where there is no deadline. */
  roundsLeft: number | null;
  /** Whether Putin has accepted a goods list; null where the goal has none. */
  listOk: boolean | null;
}

export type GoalEvent =
  | { type: 'goal.ask' }
  /** `again`: the same offer put back on the table (a called bluff): no new round is spent. */
  | { type: 'offer.propose'; offer: Offer; again?: boolean }
  | { type: 'counter.lapse' }
  | { type: 'putin.accept' }
  | { type: 'putin.counter'; option: string }
  | { type: 'putin.refuse'; refusal: RefusalKind }
  | { type: 'putin.hint' }
  | { type: 'offer.accept' }
  | { type: 'goal.walkAway' }
  | { type: 'goal.close' }
  | { type: 'goods.list' }
  | { type: 'putin.listOk' }
  | { type: 'putin.listRefused' };

export interface GoalInput {
  goal: GoalSpec;
}

/** What each option breaks: the guards' only knowledge of the limits. */
const breaksOf = (spec: GoalSpec, option: string | null | undefined): readonly ConstraintId[] | null =>
  option == null ? null : (spec.options.find((o) => o.id === option)?.breaks ?? null);
const lawful = (spec: GoalSpec, option: string | null | undefined) => breaksOf(spec, option)?.length === 0;
/** An option that may be agreed now: it breaks no limit, and one that needs a goods list has one that passed. */
const agreeable = (spec: GoalSpec, context: GoalContext, option: string | null | undefined) =>
  lawful(spec, option) && (context.listOk === true || !spec.options.find((o) => o.id === option)?.needsList);

function build(spec: GoalSpec) {
  const rounds = spec.twist.deadline?.rounds ?? null;
  const list = spec.twist.goodsList ? { 'goods.list': { target: 'listing' } } : {};
  const propose = { target: 'offered', guard: 'mayPropose', actions: 'recordOffer' } as const;
  return setup({
    types: {} as { context: GoalContext; events: GoalEvent; input: GoalInput },
    guards: {
      mayPropose: ({ context, event }) =>
        (context.roundsLeft === null || context.roundsLeft > 0) && event.type === 'offer.propose' && spec.options.some((o) => o.id === event.offer.option),
      lawfulOffer: ({ context }) => agreeable(spec, context, context.offer?.option),
      lawfulCounter: ({ context, event }) => event.type === 'putin.counter' && agreeable(spec, context, event.option) && event.option !== context.offer?.option,
      counterStands: ({ context }) => agreeable(spec, context, context.counter),
      notAsked: ({ context }) => !context.asked,
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
          roundsLeft: context.roundsLeft === null || event.again ? context.roundsLeft : context.roundsLeft - 1,
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
  }).createMachine({
    id: spec.id,
    context: () => ({
      goal: spec.id,
      offer: null,
      counter: null,
      deal: null,
      dealOffer: null,
      asked: false,
      tried: [],
      refusals: 0,
      roundsLeft: rounds,
      listOk: spec.twist.goodsList ? false : null,
    }),
    initial: 'closed',
    on: { 'goal.close': '.deadlocked' },
    states: {
      closed: {
        on: {
          'goal.ask': { target: 'asking', guard: 'notAsked', actions: 'markAsked' },
          'offer.propose': propose,
          'goal.walkAway': 'walkedOut',
          ...list,
        },
      },
      // Kim has asked what Putin needs: his hint is awaited.
      asking: { on: { 'putin.hint': 'opening' } },
      opening: {
        always: { guard: 'deadlinePassed', target: 'deadlocked' },
        on: {
          'goal.ask': { target: 'asking', guard: 'notAsked', actions: 'markAsked' },
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
          'putin.counter': { target: 'countered', guard: 'lawfulCounter', actions: 'recordCounter' },
          'putin.refuse': { target: 'opening', actions: 'recordRefusal' },
        },
      },
      // His counter stands until Kim's next move; any other move lets it lapse.
      countered: {
        on: {
          'counter.lapse': { target: 'opening', actions: assign({ counter: null }) },
          'offer.accept': { target: 'agreed', guard: 'counterStands', actions: 'agreeCounter' },
          'offer.propose': propose,
          'goal.ask': { target: 'askingCountered', guard: 'notAsked', actions: 'markAsked' },
          'goal.walkAway': 'walkedOut',
        },
      },
      // Asked while his counter is on the table: the counter stands after his hint.
      askingCountered: { on: { 'putin.hint': 'countered' } },
      agreed: { type: 'final' },
      deadlocked: { type: 'final' },
      walkedOut: { type: 'final' },
    },
  });
}

export type GoalMachine = ReturnType<typeof build>;

const machines = new WeakMap<GoalSpec, GoalMachine>();

/** The machine of a goal, built once per goal of a loaded scenario. */
export function goalMachine(spec: GoalSpec): GoalMachine {
  let m = machines.get(spec);
  if (!m) {
    m = build(spec);
    machines.set(spec, m);
  }
  return m;
}
