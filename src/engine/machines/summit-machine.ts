// The summit day: briefing → talks → press conference → over, with the day's meters.
// The clock advances only through explicit events, so a restored or replayed game is exact.
import { assign, setup } from 'xstate';
import type { GoalId, PressStance } from '../types';

export interface SummitContext {
  dayLength: number;
  clock: number;
  patience: number;
  face: number;
  usAttention: number;
  ranking: GoalId[];
  stance: PressStance | null;
  /** Why the talks ended: the player, the clock, or Putin's patience. */
  endedBy: 'player' | 'clock' | 'patience' | 'settled' | null;
}

export interface MeterShift {
  minutes: number;
  patience?: number;
  face?: number;
  usAttention?: number;
}

export type SummitEvent =
  | { type: 'briefing.rank'; ranking: GoalId[] }
  | ({ type: 'talks.step' } & MeterShift)
  | { type: 'talks.settled' }
  | { type: 'summit.end' }
  | { type: 'press.present'; stance: PressStance; face: number; usAttention: number };

export interface SummitInput {
  dayLength: number;
  patience: number;
  face: number;
  usAttention: number;
}

const clamp = (x: number) => Math.max(0, Math.min(100, x));

export const summitMachine = setup({
  types: {} as { context: SummitContext; events: SummitEvent; input: SummitInput },
  guards: {
    dayOver: ({ context }) => context.clock >= context.dayLength,
    patienceGone: ({ context }) => context.patience <= 0,
  },
  actions: {
    rank: assign(({ event }) => (event.type === 'briefing.rank' ? { ranking: event.ranking } : {})),
    step: assign(({ context, event }) => {
      if (event.type !== 'talks.step') return {};
      return {
        clock: Math.min(context.dayLength, context.clock + event.minutes),
        patience: clamp(context.patience + (event.patience ?? 0)),
        face: clamp(context.face + (event.face ?? 0)),
        usAttention: clamp(context.usAttention + (event.usAttention ?? 0)),
      };
    }),
    present: assign(({ context, event }) => {
      if (event.type !== 'press.present') return {};
      return { stance: event.stance, face: clamp(context.face + event.face), usAttention: clamp(context.usAttention + event.usAttention) };
    }),
  },
}).createMachine({
  id: 'summit',
  context: ({ input }) => ({
    dayLength: input.dayLength,
    clock: 0,
    patience: input.patience,
    face: input.face,
    usAttention: input.usAttention,
    ranking: [],
    stance: null,
    endedBy: null,
  }),
  initial: 'briefing',
  states: {
    briefing: { on: { 'briefing.rank': { target: 'talks', actions: 'rank' } } },
    talks: {
      always: [
        { guard: 'patienceGone', target: 'press', actions: assign({ endedBy: 'patience' }) },
        { guard: 'dayOver', target: 'press', actions: assign({ endedBy: 'clock' }) },
      ],
      on: {
        'talks.step': { actions: 'step' },
        'talks.settled': { target: 'press', actions: assign({ endedBy: 'settled' }) },
        'summit.end': { target: 'press', actions: assign({ endedBy: 'player' }) },
      },
    },
    press: { on: { 'press.present': { target: 'over', actions: 'present' } } },
    over: { type: 'final' },
  },
});

export type SummitMachine = typeof summitMachine;
