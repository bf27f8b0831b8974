// Model-based tests of the six machines with xstate/graph: every state is reachable, every
// non-final state can still reach an end, and no path agrees to an option that breaks a hard limit.
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { SCENARIO } from '../../src/engine';
import { GOAL_MACHINES } from '../../src/engine/machines';
import type { GoalEvent } from '../../src/engine/machines/goal-machine';
import { summitMachine, type SummitEvent } from '../../src/engine/machines/summit-machine';

const stateNames = (m: AnyStateMachine) => Object.keys(m.root.states).sort();

describe.each(SCENARIO.goals.map((g) => [g.id, g] as const))('the %s machine', (id, spec) => {
  const machine = GOAL_MACHINES[id];
  const breaks = Object.fromEntries(spec.options.map((o) => [o.id, o.breaks]));
  const lawful = spec.options.find((o) => o.breaks.length === 0)!.id;
  const unlawful = spec.options.find((o) => o.breaks.length > 0)!.id;
  const events: GoalEvent[] = [
    { type: 'goal.ask' },
    { type: 'offer.propose', offer: { option: lawful } },
    { type: 'offer.propose', offer: { option: unlawful, sweetener: 'seat-at-talks' } },
    { type: 'putin.accept' },
    { type: 'putin.counter', option: lawful },
    { type: 'putin.refuse', refusal: 'TOO_MUCH' },
    { type: 'offer.accept' },
    { type: 'goal.walkAway' },
    { type: 'goal.close' },
    { type: 'barter.list' },
    { type: 'putin.listOk' },
    { type: 'putin.listRefused' },
  ];
  const options = {
    input: { goal: id, breaks },
    events,
    serializeState: (s: ReturnType<typeof machine.transition>) =>
      JSON.stringify([s.value, s.context.offer?.option, s.context.counter, s.context.deal, s.context.asked, s.context.roundsLeft, s.context.listOk]),
  };
  const paths = getShortestPaths(machine, options);
  const reached = paths.map((p) => p.state);

  it('reaches every one of its states', () => {
    const seen = new Set(reached.map((s) => s.value as string));
    const expected = stateNames(machine).filter((n) => n !== 'listing' || id === 'barter');
    expect([...seen].sort()).toEqual(expected);
  });

  it('can reach an end from every state that is not final', () => {
    for (const state of reached.filter((s) => s.status !== 'done')) {
      const toEnd = getShortestPaths(machine, { ...options, fromState: state, toState: (s) => s.status === 'done' });
      expect(toEnd.length, `from ${JSON.stringify(state.value)}`).toBeGreaterThan(0);
    }
  });

  it('never agrees to an option that breaks a hard constraint', () => {
    const agreed = reached.filter((s) => s.value === 'agreed');
    expect(agreed.length).toBeGreaterThan(0);
    for (const s of agreed) expect(breaks[s.context.deal!]).toEqual([]);
  });
});

describe('the summit machine', () => {
  const events: SummitEvent[] = [
    { type: 'briefing.rank', ranking: ['lifeline', 'sanctions', 'workers', 'transport', 'barter'] },
    { type: 'talks.step', minutes: 200 },
    { type: 'talks.step', minutes: 0, patience: -100 },
    { type: 'summit.end' },
    { type: 'talks.settled' },
    { type: 'press.present', stance: 'modest', face: 0, usAttention: 0 },
  ];
  const options = {
    input: { dayLength: 360, patience: 100, face: 50, usAttention: 20 },
    events,
    serializeState: (s: ReturnType<typeof summitMachine.transition>) => JSON.stringify([s.value, s.context.clock, s.context.patience, s.context.endedBy]),
  };
  const reached = getShortestPaths(summitMachine, options).map((p) => p.state);

  it('reaches every phase, and every way the talks can end', () => {
    expect(new Set(reached.map((s) => s.value))).toEqual(new Set(stateNames(summitMachine)));
    expect(new Set(reached.filter((s) => s.value === 'press').map((s) => s.context.endedBy))).toEqual(new Set(['clock', 'patience', 'player', 'settled']));
  });

  it('can reach the end of the day from every phase', () => {
    for (const state of reached.filter((s) => s.status !== 'done')) {
      expect(getShortestPaths(summitMachine, { ...options, fromState: state, toState: (s) => s.status === 'done' }).length).toBeGreaterThan(0);
    }
  });
});
