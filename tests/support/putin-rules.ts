// Putin's rules of engine version 2, written out again for the tests from the scenario's data and
// his drawn profile, apart from the engine's own predicates (src/engine/putin/reasons.ts and
// decide.ts): what he asks for a goal, the gates that stop him whatever an offer is worth, what an
// offer is worth to him, and from these the answer he must give. The property tests compare every
// answer of the engine with this statement; the solver's test bounds its exhaustive search with it.
//
//   price of a goal = floor + (aspiration − floor) · max(0, 1 − step · (concessions + deadline step))
//                     + mark-up if Kim named this goal first + harden · stalls
//                     + unanswered while Kim has offered none of the sweeteners Putin asked for (this offer's counts)
//   deadline step   = 1 when Kim has made a concession and the answer comes within the deadline window
//   worth of an offer = Σ (his value of the option + what the news added to it + what the argument adds on the goal
//                          + what the news added to that argument on the goal)
//                       + the sweetener's worth, once
//   gates, in order: a limit an option breaks (NEVER, the scenario's order), a limit he claimed for an
//   option (NEVER), an argument an option needs (NOT_NOW), a goods list an option needs (NOT_NOW),
//   China's line (NOT_NOW), the day's money (TOO_MUCH), Washington's attention (NOT_NOW).
import type { GameState, OfferItem } from '../../src/engine/state';
import type { RefusalKind, Scenario } from '../../src/engine';

type Profile = GameState['profile'];
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The minutes of the day at which an offer made now is answered. */
export const answeredAt = (scenario: Scenario, clock: number) => Math.min(scenario.dayLength, clock + scenario.costs.propose);

/** Whether the deadline step applies to an answer given at `at` minutes, after `concessions`. */
export const deadlineApplies = (scenario: Scenario, concessions: number, at: number) => concessions >= 1 && at >= scenario.dayLength - scenario.putin.deadlineWindow;

/** What he asks for one goal of a deal. */
export function goalPrice(scenario: Scenario, profile: Profile, steps: number, namedFirst: boolean, stalls: number, asksOpen = false): number {
  const p = scenario.putin;
  const base = profile.floor + (profile.aspiration - profile.floor) * Math.max(0, 1 - profile.step * steps);
  return round2(base + (namedFirst ? p.markup : 0) + p.harden * stalls + (asksOpen ? (p.unanswered ?? 0) : 0));
}

/** Whether none of the sweeteners he asked for has been offered (this offer's included, as it is spent when offered). */
export const asksOpen = (s: GameState) => s.putinAsks.length > 0 && !s.sweetenersUsed.some((x) => s.putinAsks.includes(x));

/** An offer as he weighs it: from the state in which his answer is awaited (Kim's move made). */
export interface Weighed {
  gates: { id: string; refusal: RefusalKind; item: OfferItem }[];
  worth: number;
  price: number;
  floor: number;
  steps: number;
  deadline: boolean;
  /** Per item: what it is worth to him and what he asks for its goal. */
  terms: { item: OfferItem; option: number; news: number; framing: number; argumentNews: number; price: number }[];
  sweetener: number;
}

const optionOf = (scenario: Scenario, i: OfferItem) => scenario.goals.find((g) => g.id === i.goal)!.options.find((o) => o.id === i.option)!;

/** Weigh an offer of these items (sweetener, argument) in the state `s` in which it is awaited. */
export function weigh(scenario: Scenario, s: GameState, items: readonly OfferItem[], sweetener?: string, framing?: string): Weighed {
  const profile = s.profile;
  const at = answeredAt(scenario, s.summit.context.clock);
  const deadline = deadlineApplies(scenario, s.concessions, at);
  const steps = s.concessions + (deadline ? 1 : 0);
  const options = items.map((i) => optionOf(scenario, i));
  const gates: Weighed['gates'] = [];
  const firstWith = (test: (k: number) => boolean) => items.find((_i, k) => test(k));
  for (const c of scenario.constraints) {
    const item = firstWith((k) => options[k]!.breaks.includes(c.id));
    if (item) gates.push({ id: `constraint.${c.id}`, refusal: 'NEVER', item });
  }
  const claimed = items.find((i) => s.claims.some((c) => c.goal === i.goal && c.option === i.option));
  if (claimed) gates.push({ id: 'claimed', refusal: 'NEVER', item: claimed });
  const needsFraming = firstWith((k) => options[k]!.needsFraming !== undefined && options[k]!.needsFraming !== framing);
  if (needsFraming) gates.push({ id: 'needs-framing', refusal: 'NOT_NOW', item: needsFraming });
  const needsList = firstWith((k) => options[k]!.needsList && s.goals[items[k]!.goal]!.context.listOk !== true);
  if (needsList) gates.push({ id: 'needs-list', refusal: 'NOT_NOW', item: needsList });
  if (s.spent.china + options.filter((o) => o.china).length > profile.china) gates.push({ id: 'china', refusal: 'NOT_NOW', item: firstWith((k) => options[k]!.china)! });
  if (s.spent.money + options.reduce((a, o) => a + o.money, 0) > profile.money) gates.push({ id: 'money', refusal: 'TOO_MUCH', item: firstWith((k) => options[k]!.money > 0)! });
  const framingUs = framing ? scenario.framings.find((f) => f.id === framing)!.us : 0;
  if (s.summit.context.usAttention + options.reduce((a, o) => a + o.us, 0) + framingUs > profile.usLimit) {
    const most = Math.max(...options.map((o) => o.us));
    gates.push({ id: 'us-watching', refusal: 'NOT_NOW', item: items[options.findIndex((o) => o.us === most)]! });
  }
  const terms = items.map((i) => ({
    item: i,
    option: profile.options[i.goal]![i.option]!,
    news: s.eventBonus[i.goal]?.[i.option] ?? 0,
    framing: framing ? (profile.framings[framing]?.[i.goal] ?? 0) : 0,
    argumentNews: framing ? (s.argumentBonus[framing]?.[i.goal] ?? 0) : 0,
    price: goalPrice(scenario, profile, steps, s.firstGoal === i.goal, s.hardening, asksOpen(s)),
  }));
  const sweetenerWorth = sweetener ? profile.sweeteners[sweetener]! : 0;
  return {
    gates,
    worth: round2(terms.reduce((a, t) => a + t.option + t.news + t.framing + t.argumentNews, 0) + sweetenerWorth),
    price: round2(terms.reduce((a, t) => a + t.price, 0)),
    floor: round2(profile.floor * items.length),
    steps,
    deadline,
    terms,
    sweetener: sweetenerWorth,
  };
}

/** Whether he takes it as it stands: no gate, and worth at least his price. */
export const takes = (w: Weighed) => w.gates.length === 0 && w.worth >= w.price;

export type Expected =
  | { kind: 'accept' }
  | { kind: 'counter'; option: string }
  | { kind: 'refuse'; refusal: RefusalKind; binding: string };

/**
 * The answer the rules call for (before a bluff dresses it up): a gate of the law or a claim makes a
 * NEVER; otherwise he takes it if it is worth his price; otherwise, on one goal and unless the law
 * forbids it, he counters with the most valuable more modest option he would take now with the same
 * argument and sweetener; otherwise the first gate decides, or the sum: below his floor NO_GAIN, else TOO_MUCH.
 */
export function expectedAnswer(scenario: Scenario, s: GameState, items: readonly OfferItem[], sweetener?: string, framing?: string): Expected {
  const w = weigh(scenario, s, items, sweetener, framing);
  if (takes(w)) return { kind: 'accept' };
  const first = w.gates[0];
  if (first?.refusal !== 'NEVER' && items.length === 1) {
    const goal = scenario.goals.find((g) => g.id === items[0]!.goal)!;
    const offered = optionOf(scenario, items[0]!);
    const smaller = goal.options.filter((o) => o.kim < offered.kim).sort((a, b) => b.kim - a.kim);
    const counter = smaller.find((o) => takes(weigh(scenario, s, [{ goal: goal.id, option: o.id }], sweetener, framing)));
    if (counter) return { kind: 'counter', option: counter.id };
  }
  if (first) return { kind: 'refuse', refusal: first.refusal, binding: first.id };
  return w.worth < w.floor ? { kind: 'refuse', refusal: 'NO_GAIN', binding: 'no-gain' } : { kind: 'refuse', refusal: 'TOO_MUCH', binding: 'too-much' };
}
