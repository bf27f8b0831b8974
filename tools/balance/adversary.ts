// Players that try to beat Putin's model through the agent interface (src/engine/agents/types.ts):
// fixed recipes, stalling, and loopholes. Each is an agent a fresh game gets (some keep a count of
// their own moves); most play a trick first and then the `strong` reference player, so that the
// trick's worth is the difference to `strong` alone. They know the scenario's published data (the
// ladders, the arguments, the sweeteners), never Putin's hidden profile.
// `npm run balance -- --adversary` runs them all against the solver's best (tools/balance.ts).
import type { KimMove, Move, Scenario } from '../../src/engine';
import { builtinAgent, type Agent } from '../../src/engine/agents';
import { bestStance } from '../../src/engine/agents/read';
import type { PlayerView } from '../../src/engine/view-types';

type Propose = Extract<KimMove, { type: 'offer.propose' }>;
/** A move of the trick, from the view as it is now (null: skip it). */
type Trick = (view: PlayerView) => KimMove | null;

const lawful = (scenario: Scenario, goal: string) => scenario.goals.find((g) => g.id === goal)!.options.filter((o) => o.breaks.length === 0);
const open = (view: PlayerView, goal: string) => !view.goals.find((g) => g.id === goal)?.final;

/** The trick's moves first (an illegal one is reported by the runner and the next is tried), then `strong`. */
function thenStrong(scenario: Scenario, tricks: Trick[]): Agent {
  const strong = builtinAgent('strong', scenario);
  let i = 0;
  return (view: PlayerView, legal: Move[]) => {
    if (view.phase === 'talks') {
      while (i < tricks.length) {
        const m = tricks[i++]!(view);
        if (m) return m;
      }
    }
    return strong(view, legal) as KimMove;
  };
}

/** A fixed list of moves, the same on every seed, through the agent interface: a move not legal now is skipped; then the day ends. */
export function fixedAgent(line: readonly Move[]): Agent {
  let i = 0;
  return (view: PlayerView, legal: Move[]) => {
    if (view.phase === 'briefing') {
      const rank = line.find((m) => m.type === 'briefing.rank');
      return rank ?? legal[0]!;
    }
    if (view.phase === 'press') return { side: 'kim', type: 'press.present', stance: bestStance(view) };
    while (i < line.length) {
      const m = line[i++]!;
      if (m.type === 'briefing.rank' || m.type === 'press.present') continue;
      if (m.type === 'offer.propose' || legal.some((x) => JSON.stringify(x) === JSON.stringify(m))) return m;
    }
    return { side: 'kim', type: 'summit.end' };
  };
}

const propose = (goal: string, option: string, framing?: string, sweetener?: string, withItems?: { goal: string; option: string }[]): Propose => {
  const m: Propose = { side: 'kim', type: 'offer.propose', goal, option };
  if (framing) m.framing = framing;
  if (sweetener) m.sweetener = sweetener;
  if (withItems?.length) m.with = withItems;
  return m;
};

/**
 * Concession farming: on every goal, up and down between its two upper lawful options, each time
 * with another argument (so that no offer is the same as one he refused, which is a stall): every
 * "down" would count as a concession if it were measured against Kim's last offer.
 */
function farming(scenario: Scenario, rounds: number): Trick[] {
  const out: Trick[] = [];
  const framings = [undefined, ...scenario.framings.map((f) => f.id)];
  // The goal with the longest lawful ladder and no deadline is the cheapest to farm on.
  const goals = scenario.goals.filter((g) => !g.twist.deadline && !g.twist.goodsList && lawful(scenario, g.id).length >= 3);
  for (const g of goals.slice(0, 1)) {
    const ladder = lawful(scenario, g.id);
    const top = ladder.at(-1)!.id;
    const below = ladder.at(-2)!.id;
    for (let r = 0; r < rounds; r++) {
      const f1 = framings[(2 * r) % framings.length];
      const f2 = framings[(2 * r + 1) % framings.length];
      out.push((v) => (open(v, g.id) ? propose(g.id, top, f1) : null));
      out.push((v) => (open(v, g.id) ? propose(g.id, below, f2) : null));
    }
  }
  return out;
}

/** Waiting: ask about every goal (each ask passes time) before negotiating. */
const asksSpam = (scenario: Scenario): Trick[] => scenario.goals.map((g) => (v) => (open(v, g.id) ? { side: 'kim', type: 'goal.ask', goal: g.id } : null));

/** The goods list sent again and again (each a stall once it has been sent). */
function resentLists(scenario: Scenario, times: number): Trick[] {
  const goal = scenario.goals.find((g) => g.twist.goodsList);
  if (!goal) return [];
  const goods = scenario.goods.filter((x) => x.sanctionedBy === null).map((x) => x.id);
  return Array.from({ length: times }, () => (v: PlayerView) => (open(v, goal.id) ? { side: 'kim', type: 'goods.list', goal: goal.id, goods } : null));
}

/** The same ambitious offer again and again: his answer should only harden. */
function repeatedOffer(scenario: Scenario, times: number): Trick[] {
  const g = scenario.goals[0]!;
  const top = lawful(scenario, g.id).at(-1)!.id;
  return Array.from({ length: times }, () => (v: PlayerView) => (open(v, g.id) ? propose(g.id, top) : null));
}

/**
 * Packages that try to smuggle: a goal twice, an option over a limit of the law carried by modest
 * ones, and the same sweetener twice. Each is illegal or refused; the runner reports the illegal ones.
 */
function smuggling(scenario: Scenario): Trick[] {
  const [a, b, c] = scenario.goals;
  const over = scenario.goals.flatMap((g) => g.options.filter((o) => o.breaks.length > 0).map((o) => ({ goal: g.id, option: o.id })))[0];
  const sweet = scenario.sweeteners[0]?.id;
  const modest = (g: { id: string }) => ({ goal: g.id, option: scenario.goals.find((x) => x.id === g.id)!.options[0]!.id });
  const out: Trick[] = [];
  if (a && b) out.push(() => propose(a.id, a.options[1]!.id, undefined, undefined, [modest(a), modest(b)]));
  if (over && b && c) out.push(() => propose(over.goal, over.option, undefined, undefined, [modest(b), modest(c)].filter((i) => i.goal !== over.goal)));
  if (sweet && a && b) {
    out.push(() => propose(a.id, lawful(scenario, a.id).at(-1)!.id, undefined, sweet));
    out.push(() => propose(b.id, lawful(scenario, b.id).at(-1)!.id, undefined, sweet));
  }
  return out;
}

/**
 * Calling a bluff where none was claimed (at standard he never bluffs), on two goals (the runner
 * ends the day for a player after three illegal moves in a row), and again after each refusal.
 */
function callEverything(scenario: Scenario): Trick[] {
  const calls: Trick[] = scenario.goals.slice(0, 2).map((g) => () => ({ side: 'kim', type: 'offer.call', goal: g.id }) as KimMove);
  const g = scenario.goals[0]!;
  const top = lawful(scenario, g.id).at(-1)!.id;
  return [...calls, (v) => (open(v, g.id) ? propose(g.id, top) : null), () => ({ side: 'kim', type: 'offer.call', goal: g.id }) as KimMove];
}

/** The day ended at once, with the best stance. */
const endAtOnce: Agent = (view, legal) => {
  if (view.phase === 'briefing') return legal[0]!;
  if (view.phase === 'press') return { side: 'kim', type: 'press.present', stance: bestStance(view) };
  return { side: 'kim', type: 'summit.end' };
};

export interface Adversary {
  name: string;
  kind: 'fixed' | 'stalling' | 'loophole';
  /** A fresh agent for one game. */
  make: () => Agent;
}

/** Every adversary for a scenario; `lists` are fixed move lists (the recipes, training seeds' best lines). */
export function adversaries(scenario: Scenario, lists: readonly [string, readonly Move[]][]): Adversary[] {
  return [
    ...lists.map(([name, line]) => ({ name, kind: 'fixed' as const, make: () => fixedAgent(line) })),
    { name: 'asks about every goal first, then strong', kind: 'stalling', make: () => thenStrong(scenario, asksSpam(scenario)) },
    { name: 'the goods list sent 6 times, then strong', kind: 'stalling', make: () => thenStrong(scenario, resentLists(scenario, 6)) },
    { name: 'the same offer 4 times, then strong', kind: 'stalling', make: () => thenStrong(scenario, repeatedOffer(scenario, 4)) },
    { name: 'concession farming (up and down 3 times), then strong', kind: 'loophole', make: () => thenStrong(scenario, farming(scenario, 3)) },
    { name: 'smuggling packages and a sweetener twice, then strong', kind: 'loophole', make: () => thenStrong(scenario, smuggling(scenario)) },
    { name: 'calling bluffs never made, then strong', kind: 'loophole', make: () => thenStrong(scenario, callEverything(scenario)) },
    { name: 'ending the day at once', kind: 'loophole', make: () => endAtOnce },
  ];
}
