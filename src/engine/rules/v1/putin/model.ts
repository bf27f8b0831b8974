// The computer's Putin: from the state, the move he makes. It is a pure function of the state
// (his hidden profile, the offer on the table, the clock, his memories), and its move goes
// through apply() exactly as a person's would. On replay his moves are made again by this
// function; a record of a game against the computer therefore holds only Kim's moves.
import { restoredRng } from '../rng';
import type { Scenario } from '../scenario/schema';
import type { GameState } from '../state';
import type { PutinMove, Reason } from '../types';
import { offerContext } from './context';
import { decide } from './decide';

/** At 'hard', an answer that is only about price may be dressed up as a hard limit: one roll of the game's die. */
function bluffRoll(scenario: Scenario, state: GameState): boolean {
  return restoredRng(state.rng).next() < scenario.putin.bluffChance;
}

/** The computer's answer and the predicates that decided it (his reasons), or null when nothing is awaited. */
export function modelAnswer(scenario: Scenario, state: GameState): { move: PutinMove; reasons?: Reason[] } | null {
  const awaiting = state.awaiting;
  if (!awaiting) return null;
  const goal = scenario.goals.find((g) => g.id === awaiting.goal);
  if (!goal) return null;
  if (awaiting.kind === 'ask') {
    // The argument he would listen to most on this subject: read from the same profile that scores offers.
    let best: string | undefined;
    let bestValue = 0;
    for (const f of scenario.framings) {
      const v = state.profile.framings[f.id]?.[goal.id] ?? 0;
      if (v > bestValue) {
        best = f.id;
        bestValue = v;
      }
    }
    return { move: best ? { side: 'putin', type: 'putin.hint', goal: goal.id, framing: best } : { side: 'putin', type: 'putin.hint', goal: goal.id } };
  }
  const offer = state.goals[goal.id]!.context.offer!;
  const ctx = offerContext(scenario, state, goal, offer.option, offer.sweetener, offer.framing, scenario.costs.propose);
  const decision = decide(ctx);
  const hard = state.settings.difficulty === 'hard';
  // Written out in full rather than spread from a common base: this runs for every offer, and V8
  // builds a literal far faster than it copies one.
  const reasons = decision.reasons;
  const g = goal.id;
  if (decision.kind === 'accept') return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'accept' }, reasons };
  if (decision.kind === 'counter') {
    const counter = decision.counterOption!;
    if (!hard) return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'counter', counter }, reasons };
    if (bluffRoll(scenario, state)) return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal: 'NEVER', claim: goal.bluffClaim, bluff: true, truth: 'counter', rolled: true }, reasons };
    return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'counter', counter, rolled: true }, reasons };
  }
  const refusal = decision.refusal!;
  if (hard && (refusal === 'TOO_MUCH' || refusal === 'NO_GAIN')) {
    if (bluffRoll(scenario, state)) return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal: 'NEVER', claim: goal.bluffClaim, bluff: true, truth: refusal, rolled: true }, reasons };
    return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal, rolled: true }, reasons };
  }
  return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal }, reasons };
}

/** The computer's move alone (what a replay checks against). */
export function modelMove(scenario: Scenario, state: GameState): PutinMove | null {
  return modelAnswer(scenario, state)?.move ?? null;
}
