// Checks several move types share: the phase, the goal, whose turn it is.
import { goalMachine, type GoalEvent } from '../machines/goal-machine';
import { accepts, isFinal, step } from '../machines/run';
import { msg } from '../messages';
import type { GoalSpec, Scenario } from '../scenario/schema';
import type { GameState, Phase } from '../state';
import type { Message } from '../types';

export function inPhase(state: GameState, phase: Phase): Message | null {
  if (state.summit.value === 'over') return msg('error.game-over');
  return state.summit.value === phase ? null : msg('error.phase');
}

/** Kim may move only when no answer of Putin's is awaited. */
export function kimsTurn(state: GameState, phase: Phase): Message | null {
  return inPhase(state, phase) ?? (state.awaiting ? msg('error.not-your-turn') : null);
}

/** The goal of a move on a track still open; or why not. */
export function openGoal(scenario: Scenario, state: GameState, goal: unknown): { spec: GoalSpec } | { error: Message } {
  const spec = typeof goal === 'string' ? scenario.goals.find((g) => g.id === goal) : undefined;
  if (!spec) return { error: msg('error.unknown-goal') };
  if (isFinal(goalMachine(spec), state.goals[spec.id]!)) return { error: msg('error.goal-final') };
  return { spec };
}

/**
 * Legality asks the goal's machine: does it take this event now? A counter on the table lapses
 * first when Kim does anything but take it (apply.ts), and a track whose deadline has passed closes
 * as it lapses: the machine is asked in the state the move will meet.
 */
export function machineTakes(scenario: Scenario, state: GameState, goal: string, event: GoalEvent): boolean {
  const spec = scenario.goals.find((g) => g.id === goal);
  if (spec === undefined) return false;
  const machine = goalMachine(spec);
  let track = state.goals[spec.id]!;
  if (track.value === 'countered' && event.type !== 'offer.accept' && !state.awaiting) {
    const lapsed = step(machine, track, { type: 'counter.lapse' }, { goal: spec });
    if (!lapsed) return false;
    track = lapsed;
  }
  return accepts(machine, track, event);
}
