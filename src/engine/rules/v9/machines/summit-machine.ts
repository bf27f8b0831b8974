// The summit day: briefing → talks → the end of the day (the state media's report) → over, and why the talks ended. The day's
// meters are plain numbers in its context that the moves' effects set (moves/draft.ts: advance);
// the machine decides the phases: the talks end when the player ends them, when every track is
// settled, when the clock runs out or when Putin's patience does (advance sends those events).
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
  | { type: 'talks.patienceGone' }
  | { type: 'talks.timeUp' }
  | { type: 'talks.settled' }
  | { type: 'summit.end' }
  | { type: 'press.present'; stance: PressStance; face: number; usAttention: number };

export interface SummitInput {
  dayLength: number;
  patience: number;
  face: number;
  usAttention: number;
}

/** A meter stays between 0 and 100. */
export const clamp = (x: number) => Math.max(0, Math.min(100, x));

export const summitMachine = setup({
  types: {} as { context: SummitContext; events: SummitEvent; input: SummitInput },
  guards: {
    dayOver: ({ context }) => context.clock >= context.dayLength,
    patienceGone: ({ context }) => context.patience <= 0,
  },
  actions: {
    rank: assign(({ event }) => (event.type === 'briefing.rank' ? { ranking: event.ranking } : {})),
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
      on: {
        'talks.patienceGone': { guard: 'patienceGone', target: 'press', actions: assign({ endedBy: 'patience' }) },
        'talks.timeUp': { guard: 'dayOver', target: 'press', actions: assign({ endedBy: 'clock' }) },
        'talks.settled': { target: 'press', actions: assign({ endedBy: 'settled' }) },
        'summit.end': { target: 'press', actions: assign({ endedBy: 'player' }) },
      },
    },
    press: { on: { 'press.present': { target: 'over', actions: 'present' } } },
    over: { type: 'final' },
  },
});

export type SummitMachine = typeof summitMachine;
