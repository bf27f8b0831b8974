// Model-based tests of the machines with xstate/graph, for every goal of every scenario: every state
// is reachable, every state can still reach an end, and no path agrees to an option that breaks a
// hard limit, nor to an option that needs a goods list before a list has passed. The goal's chart
// is one for any scenario, shaped by the goal's twist (a deadline, a goods list): the tests read
// the goals from the data and name no id. Then the summit day, and the same rule through apply()
// when a person plays Putin.
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, type AnyStateMachine, createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { apply, checkMove, Game, legalMoves, type Move, type ScenarioBundle } from '../../src/engine';
import { type GoalContext, type GoalEvent, goalMachine } from '../../src/engine/machines/goal-machine';
import { summitMachine, type SummitContext, type SummitEvent } from '../../src/engine/machines/summit-machine';
import type { GoalSpec } from '../../src/engine/scenario/schema';
import { BUNDLES, textOf } from '../support/bundles';

const SCENARIOS = Object.values(BUNDLES);
const stateNames = (m: AnyStateMachine) => Object.keys(m.root.states).sort();
const goalsOf = (bundles: ScenarioBundle[]) => bundles.flatMap((b) => b.scenario.goals.map((g) => [`${b.scenario.id}/${g.id}`, b, g] as const));

type Adjacency = Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { state: AnyMachineSnapshot }> }>;

/** The states of an adjacency map from which no end can be reached (a search backwards from the final states). */
function statesWithoutEnd(adj: Adjacency, serialize: (s: AnyMachineSnapshot) => string): string[] {
  const into = new Map<string, string[]>();
  for (const [from, { transitions }] of Object.entries(adj)) {
    for (const { state } of Object.values(transitions)) {
      const to = serialize(state);
      into.set(to, [...(into.get(to) ?? []), from]);
    }
  }
  const canEnd = new Set(Object.entries(adj).filter(([, v]) => v.state.status === 'done').map(([k]) => k));
  const queue = [...canEnd];
  while (queue.length) {
    for (const from of into.get(queue.shift()!) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        queue.push(from);
      }
    }
  }
  return Object.keys(adj).filter((k) => !canEnd.has(k));
}

/** Every event the goal's chart knows, with every option of the goal where an event names one. */
function goalEvents(bundle: ScenarioBundle, spec: GoalSpec, { close = true } = {}): GoalEvent[] {
  const sweetener = bundle.scenario.sweeteners[0]?.id;
  const framing = bundle.scenario.framings[0]?.id;
  return [
    { type: 'goal.ask' },
    { type: 'putin.hint' },
    ...spec.options.map((o) => ({ type: 'offer.propose' as const, offer: { option: o.id } })),
    // A sweetener and an argument change nothing the chart decides.
    { type: 'offer.propose', offer: { option: spec.options.at(-1)!.id, ...(sweetener ? { sweetener } : {}), ...(framing ? { framing } : {}) } },
    { type: 'putin.accept' },
    ...spec.options.map((o) => ({ type: 'putin.counter' as const, option: o.id })),
    { type: 'putin.refuse', refusal: 'TOO_MUCH' },
    { type: 'putin.refuse', refusal: 'NEVER' },
    { type: 'offer.accept' },
    { type: 'goal.walkAway' },
    ...(close ? [{ type: 'goal.close' } as const] : []),
    { type: 'goods.list' },
    { type: 'putin.listOk' },
    { type: 'putin.listRefused' },
  ];
}

type GoalSnapshot = AnyMachineSnapshot & { context: GoalContext };
const serializeGoal = (s: GoalSnapshot) =>
  JSON.stringify([s.value, s.context.offer?.option ?? null, s.context.counter, s.context.deal, s.context.asked, s.context.roundsLeft, s.context.listOk]);

describe.each(goalsOf(SCENARIOS))('the %s machine', (_name, bundle, spec) => {
  const machine = goalMachine(spec) as AnyStateMachine;
  const options = { input: { goal: spec }, events: goalEvents(bundle, spec), serializeState: (s: AnyMachineSnapshot) => serializeGoal(s as GoalSnapshot) };
  const paths = getShortestPaths(machine, options);
  const reached = paths.map((p) => p.state as GoalSnapshot);
  const needsList = new Set(spec.options.filter((o) => o.needsList).map((o) => o.id));
  const lawful = spec.options.filter((o) => o.breaks.length === 0).map((o) => o.id);

  it('is the one chart, built once per goal', () => {
    expect(goalMachine(spec)).toBe(machine);
  });

  it('reaches every one of its states (the goods list only where the goal has one)', () => {
    const seen = new Set(reached.map((s) => s.value as string));
    const expected = stateNames(machine).filter((n) => n !== 'listing' || spec.twist.goodsList);
    expect([...seen].sort()).toEqual(expected);
    if (!spec.twist.goodsList) expect(reached.every((s) => s.context.listOk === null)).toBe(true);
  });

  it('can reach an end from every state that is not final', () => {
    const adj = getAdjacencyMap(machine, options) as unknown as Adjacency;
    expect(Object.keys(adj).length).toBe(reached.length);
    expect(statesWithoutEnd(adj, options.serializeState)).toEqual([]);
    // Even without the day's end closing it: Kim can always walk away.
    const own = getAdjacencyMap(machine, { ...options, events: goalEvents(bundle, spec, { close: false }) }) as unknown as Adjacency;
    expect(statesWithoutEnd(own, options.serializeState)).toEqual([]);
  });

  it('agrees to every lawful option, and never to one that breaks a hard limit', () => {
    const agreed = reached.filter((s) => s.value === 'agreed');
    expect([...new Set(agreed.map((s) => s.context.deal))].sort()).toEqual([...lawful].sort());
    for (const s of agreed) expect(spec.options.find((o) => o.id === s.context.deal)!.breaks, `${s.context.deal}`).toEqual([]);
  });

  it('never agrees to an option that needs a goods list before a list has passed', () => {
    const agreed = reached.filter((s) => s.value === 'agreed' && needsList.has(s.context.deal!));
    expect(agreed.length > 0).toBe(needsList.size > 0);
    for (const s of agreed) expect(s.context.listOk, `${s.context.deal}`).toBe(true);
    // On every shortest path to such a deal, a list passed first.
    for (const p of paths.filter((x) => x.state.value === 'agreed' && needsList.has((x.state as GoalSnapshot).context.deal!))) {
      expect(p.steps.some((step) => step.event.type === 'putin.listOk')).toBe(true);
    }
    // And no state holds a counter that needs a list while none has passed.
    for (const s of reached) if (s.context.counter && needsList.has(s.context.counter)) expect(s.context.listOk).toBe(true);
  });

  it('closes the track by itself when the deadline passes, and only where the goal has one', () => {
    const own = getShortestPaths(machine, { ...options, events: goalEvents(bundle, spec, { close: false }) }).map((p) => p.state as GoalSnapshot);
    const lapsed = own.filter((s) => s.value === 'deadlocked');
    if (spec.twist.deadline) {
      expect(lapsed.length).toBeGreaterThan(0);
      for (const s of lapsed) expect(s.context.roundsLeft).toBe(0);
      expect(Math.min(...reached.map((s) => s.context.roundsLeft!))).toBe(0);
    } else {
      expect(lapsed).toEqual([]);
      expect(reached.every((s) => s.context.roundsLeft === null)).toBe(true);
    }
  });
});

describe.each(SCENARIOS.map((b) => [b.scenario.id, b] as const))('the summit machine of %s', (_id, bundle) => {
  const { scenario } = bundle;
  const input = { dayLength: scenario.dayLength, ...scenario.meters };
  const events: SummitEvent[] = [
    { type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) },
    { type: 'talks.patienceGone' },
    { type: 'talks.timeUp' },
    { type: 'talks.settled' },
    { type: 'summit.end' },
    ...scenario.stances.map((s) => ({ type: 'press.present' as const, stance: s.id, face: s.face, usAttention: s.usAttention })),
  ];
  const serializeState = (s: AnyMachineSnapshot) => {
    const c = s.context as SummitContext;
    return JSON.stringify([s.value, c.clock, c.patience, c.endedBy, c.stance]);
  };
  const options = { input, events, serializeState };
  const first = createActor(summitMachine, { input }).getSnapshot();
  /** The talks with the meters as moves/draft.ts advance leaves them: the clock at the day's end, or his patience gone. */
  const talks = (meters: Partial<SummitContext>) =>
    summitMachine.resolveState({ value: 'talks', context: { ...first.context, ranking: scenario.goals.map((g) => g.id), ...meters } });
  const fromStart = getShortestPaths(summitMachine, options).map((p) => p.state);
  const dayOver = getShortestPaths(summitMachine, { ...options, fromState: talks({ clock: scenario.dayLength }) }).map((p) => p.state);
  const patienceGone = getShortestPaths(summitMachine, { ...options, fromState: talks({ clock: 90, patience: 0 }) }).map((p) => p.state);
  const reached = [...fromStart, ...dayOver, ...patienceGone];
  const endings = (states: AnyMachineSnapshot[]) => new Set(states.filter((s) => s.value === 'press').map((s) => (s.context as SummitContext).endedBy));

  it('reaches every phase, and every way the talks can end', () => {
    expect(new Set(fromStart.map((s) => s.value))).toEqual(new Set(stateNames(summitMachine)));
    expect(new Set(reached.map((s) => (s.context as SummitContext).endedBy).filter((e) => e !== null))).toEqual(new Set(['clock', 'patience', 'player', 'settled']));
  });

  it('ends the talks by the clock or by his patience only when the meters say so', () => {
    // With time and patience left, the day does not end by itself.
    expect(endings(fromStart)).toEqual(new Set(['player', 'settled']));
    expect(endings(dayOver)).toEqual(new Set(['clock', 'player', 'settled']));
    expect(endings(patienceGone)).toEqual(new Set(['patience', 'player', 'settled']));
  });

  it('ends with one of the scenario’s stances, and only after the talks', () => {
    const over = reached.filter((s) => s.value === 'over');
    expect(new Set(over.map((s) => (s.context as SummitContext).stance))).toEqual(new Set(scenario.stances.map((s) => s.id)));
    const briefing = fromStart.filter((s) => s.value === 'briefing');
    expect(briefing).toHaveLength(1);
  });

  it('can reach the end of the day from every phase', () => {
    for (const fromState of [first, talks({ clock: scenario.dayLength }), talks({ patience: 0 })]) {
      expect(statesWithoutEnd(getAdjacencyMap(summitMachine, { ...options, fromState }) as unknown as Adjacency, serializeState)).toEqual([]);
    }
    for (const state of reached.filter((s) => s.status !== 'done')) {
      expect(getShortestPaths(summitMachine, { ...options, fromState: state, toState: (s) => s.status === 'done' }).length, JSON.stringify(state.value)).toBeGreaterThan(0);
    }
  });
});

// The same rule through apply(), where a person plays Putin: his acceptance of a list-bound option before any list is illegal.
// Scenarios where a list can pass: lawful goods both ways (in Vladivostok nothing North Korea could sell is lawful).
const LISTED = SCENARIOS.filter(
  (b) =>
    b.scenario.goals.some((g) => g.twist.goodsList && g.options.some((o) => o.needsList)) &&
    new Set(b.scenario.goods.filter((g) => g.sanctionedBy === null).map((g) => g.direction)).size === 2,
);

describe.each(LISTED.map((b) => [b.scenario.id, b] as const))('a person playing Putin in %s', (_id, bundle) => {
  const { scenario } = bundle;
  const goal = scenario.goals.find((g) => g.twist.goodsList)!;
  const bound = goal.options.filter((o) => o.needsList && o.breaks.length === 0);
  const top = bound.at(-1)!;
  const lawfulGoods = scenario.goods.filter((g) => g.sanctionedBy === null).map((g) => g.id);

  function offered(seed: string): Game {
    const game = new Game(bundle, { seed, settings: { difficulty: 'standard' }, putin: 'person' });
    expect(game.play({ side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) }).ok).toBe(true);
    expect(game.play({ side: 'kim', type: 'offer.propose', goal: goal.id, option: top.id }).ok).toBe(true);
    expect(game.turnOf).toBe('putin');
    return game;
  }

  it('may not accept a list-bound option before a list has passed, nor counter with one', () => {
    const game = offered('person-list');
    const before = game.state;
    const accept: Move = { side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'accept' };
    const refused = apply(bundle, before, accept);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toEqual(checkMove(bundle, before, accept));
      expect(textOf(bundle, 'en', refused.error)).toBe(`He cannot agree to that: ${bundle.messages.en['reason.needs-list']}`);
    }
    // Nothing of it is kept, and the screen never offers it.
    expect(game.state).toBe(before);
    expect(game.play(accept).ok).toBe(false);
    const offers = legalMoves(bundle, before, 'putin');
    expect(offers.some((m) => m.type === 'putin.answer' && m.answer === 'accept')).toBe(false);
    for (const o of bound.filter((x) => x.id !== top.id)) {
      const counter: Move = { side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'counter', counter: o.id };
      expect(checkMove(bundle, before, counter)).not.toBeNull();
      expect(offers).not.toContainEqual(counter);
    }
    // He may refuse it for now; the track is still open.
    expect(game.play({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal: 'NOT_NOW' }).ok).toBe(true);
    expect(game.goal(goal.id).context.deal).toBeNull();
  });

  it('may accept it once a lawful list has passed', () => {
    const game = offered('person-list-ok');
    expect(game.play({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal: 'NOT_NOW' }).ok).toBe(true);
    expect(game.play({ side: 'kim', type: 'goods.list', goal: goal.id, goods: lawfulGoods }).ok).toBe(true);
    expect(game.goal(goal.id).context.listOk).toBe(true);
    expect(game.play({ side: 'kim', type: 'offer.propose', goal: goal.id, option: top.id }).ok).toBe(true);
    const accept: Move = { side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'accept' };
    expect(legalMoves(bundle, game.state, 'putin')).toContainEqual(accept);
    expect(game.play(accept).ok).toBe(true);
    expect(game.goal(goal.id).value).toBe('agreed');
    expect(game.goal(goal.id).context.deal).toBe(top.id);
  });
});
