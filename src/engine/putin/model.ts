// The computer's Putin: from the state, the move he makes. It is a pure function of the state
// (his hidden profile, the offer on the table, the clock, the concessions and claims so far), and
// its move goes through apply() exactly as a person's would. On replay his moves are made again by
// this function; a record of a game against the computer therefore holds only Kim's moves.
import { dieOf } from '../hash';
import type { Scenario } from '../scenario/schema';
import type { GameState } from '../state';
import type { PutinMove, Reason } from '../types';
import { offerContext } from './context';
import { decide, wouldAccept } from './decide';
import { withConcession } from './reasons';

/**
 * At 'hard', whether an answer about price is dressed up as a hard limit: a die keyed by the seed,
 * the offer and how far Kim has come (not a draw of a shared generator), so the same offer at the
 * same point of the day always gets the same answer, whatever was played on other goals.
 */
export function bluffDie(state: GameState, goal: string, option: string): number {
  return dieOf(`${state.scenarioId}/${state.seed}/bluff/${goal}/${option}/${state.concessions}`);
}

/** The best option he would take now on a goal alone, with its key argument: what an ask may reveal. */
function position(scenario: Scenario, state: GameState, goal: string): string | undefined {
  const spec = scenario.goals.find((g) => g.id === goal)!;
  const framing = state.profile.keyArgument[goal] ?? undefined;
  for (const option of [...spec.options].reverse()) {
    if (wouldAccept(offerContext(scenario, state, [{ goal, option: option.id }], undefined, framing, scenario.costs.propose, withConcession(state.profile, state.concessions)))) return option.id;
  }
  return undefined;
}

/** The computer's answer and the predicates that decided it (his reasons), or null when nothing is awaited. */
export function modelAnswer(scenario: Scenario, state: GameState): { move: PutinMove; reasons?: Reason[] } | null {
  const awaiting = state.awaiting;
  if (!awaiting) return null;
  const goal = scenario.goals.find((g) => g.id === awaiting.goal);
  if (!goal) return null;
  const g = goal.id;
  if (awaiting.kind === 'ask') {
    // What he lets out differs from seed to seed: the argument that moves him, how far he would go
    // now with that argument, or the limits. On 'open' he names the argument (the limits are shown anyway).
    const reveal = state.settings.difficulty === 'open' ? 'argument' : state.profile.reveals[g];
    if (reveal === 'argument') {
      const framing = state.profile.keyArgument[g];
      return { move: framing ? { side: 'putin', type: 'putin.hint', goal: g, framing } : { side: 'putin', type: 'putin.hint', goal: g } };
    }
    if (reveal === 'position') {
      // How far he would go now, and with which argument: the position is his with that argument.
      const option = position(scenario, state, g);
      const framing = state.profile.keyArgument[g];
      const move: PutinMove = { side: 'putin', type: 'putin.hint', goal: g };
      if (framing) move.framing = framing;
      if (option) move.option = option;
      return { move };
    }
    return { move: { side: 'putin', type: 'putin.hint', goal: g } };
  }
  const offer = state.goals[g]!.context.offer!;
  const items = awaiting.items ?? [{ goal: g, option: offer.option }];
  const ctx = offerContext(scenario, state, items, offer.sweetener, offer.framing, scenario.costs.propose);
  const decision = decide(ctx);
  const reasons = decision.reasons;
  if (decision.kind === 'accept') return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'accept' }, reasons };
  // A limit he claimed before for this option: he keeps to it, and it stays what it was (a bluff or not).
  const claim = state.claims.find((c) => items.some((i) => i.goal === c.goal && i.option === c.option));
  if (claim && decision.evaluation.gates[0] === 'claimed') {
    const move: PutinMove = { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal: 'NEVER', claim: claim.constraint };
    if (claim.bluff) move.bluff = true;
    return { move, reasons };
  }
  // At 'hard' an answer about price on one goal may be dressed up as a limit the goal really has.
  const priceOnly = decision.kind === 'counter' || decision.refusal === 'TOO_MUCH' || decision.refusal === 'NO_GAIN';
  if (state.settings.difficulty === 'hard' && !awaiting.called && items.length === 1 && priceOnly && goal.bluffClaim && bluffDie(state, g, offer.option) < scenario.putin.bluffChance) {
    const truth = decision.kind === 'counter' ? 'counter' : decision.refusal!;
    return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal: 'NEVER', claim: goal.bluffClaim, bluff: true, truth }, reasons };
  }
  if (decision.kind === 'counter') return { move: { side: 'putin', type: 'putin.answer', goal: g, answer: 'counter', counter: decision.counterOption! }, reasons };
  const move: PutinMove = { side: 'putin', type: 'putin.answer', goal: g, answer: 'refuse', refusal: decision.refusal! };
  // A real limit: he names the one that binds (the first of the scenario's limits the offer breaks).
  const binding = decision.evaluation.gates[0];
  if (decision.refusal === 'NEVER' && binding?.startsWith('constraint.')) move.claim = binding.slice('constraint.'.length);
  return { move, reasons };
}

/** The computer's move alone (what a replay checks against). */
export function modelMove(scenario: Scenario, state: GameState): PutinMove | null {
  return modelAnswer(scenario, state)?.move ?? null;
}
