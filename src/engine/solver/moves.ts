// The moves the solver considers from a state of the talks: every move that can change the
// outcome, and of moves with the same outcome only the cheapest. An offer he refuses matters only
// for where it leaves Kim (his position, a concession), so it is tried bare; an offer he takes is
// tried with the least it needs (no argument or the one that helps, of the sweeteners that are
// enough the one that costs Kim's score least, price and face, and of those the one he values
// least; and with each that costs more but that he values less than every cheaper one that would
// do, which leaves the cheaper one for a later offer only it makes up). Packages of any two or more goals are tried where they are taken whole (the
// most valuable few of each set of goals); one anchor package sets Kim's first position on every goal at once.
// An offer he takes with a sweetener is also tried with each sweetener that gives back money in its
// place (engine version 6: the money given back pays for a later deal over his money). Before his
// deadline window, an offer that changes nothing but the clock lets the last offers come late. A
// step down he would take alone (a deal below the day's) is also made in a package with another
// goal at Kim's own position that he does not take: the step without the deal. Under the cold-press
// rule (putin/cold.ts), where the options he is cold to are no steps and those left are often ones he
// takes bare, such a step and the offer that passes the time are also made with the argument that
// weighs most against them (he refuses it: the step, or the wait, without the deal).
//
// Moves an agent has that are not tried here, and why they cannot raise the score (where a reason
// holds for every scenario) or what checks that they do not (where it rests on the data):
// - calling a limit that is real: Kim loses face, it is a stall (every price up, patience down), and
//   the offer is not answered again: all it can bring is ten minutes of the clock, at those costs;
// - a goods list other than every lawful good: a list passes exactly when it holds goods both ways
//   and none sanctioned (listPasses), so the full lawful list passes whenever any list does, and a
//   list that fails does the same to the day whatever it holds;
// - ending the talks: every state's own score (finalValue) is weighed as the end of the day;
// - asking before the deadline, walking away from a goal, repeating a refused offer (a stall), any
//   other first position, a concession made with an argument (under the cold-press rule, but the one
//   above), with one of his asked sweeteners or inside a package he refuses (but the one above; under
//   the cold-press rule, where no argument weighs enough against a step he would take bare, it is made
//   only so, in a package he refuses for a limit, and the bound does not count what that costs:
//   README, session 17): each changes only the clock, the meters or his asks in ways the
//   bound (solver/bound.ts) already allows for, so no line holding them can score above the bound;
//   that none of them scores above the best line is checked, not proven:
//   tests/engine/solver-vladivostok.test.ts makes each of them first, from the states of the best
//   line, and searches on (and the balance report's adversaries, tools/balance/adversary.ts, play them).
import { isFinal } from '../machines/run';
import { goalMachine } from '../machines/goal-machine';
import { isConcession } from '../putin/context';
import { offerKey } from '../moves/kim';
import { isRung } from '../putin/cold';
import { costOf, quickWay, type Way } from './quick';
import type { ScenarioBundle } from '../scenario/bundle';
import type { GoalSpec, OptionSpec } from '../scenario/schema';
import type { GameState, OfferItem } from '../state';
import type { KimMove } from '../types';
import type { Target } from './bound';

type Offer = Extract<KimMove, { type: 'offer.propose' }>;

const open = (bundle: ScenarioBundle, s: GameState) => bundle.scenario.goals.filter((g) => !isFinal(goalMachine(g), s.goals[g.id]!));

const lawful = (s: GameState, g: GoalSpec, o: OptionSpec) => o.breaks.length === 0 && !s.claims.some((c) => c.goal === g.id && c.option === o.id && !c.bluff);

function offer(items: OfferItem[], framing?: string, sweetener?: string): Offer {
  const m: Offer = { side: 'kim', type: 'offer.propose', goal: items[0]!.goal, option: items[0]!.option };
  if (items.length > 1) m.with = items.slice(1);
  if (framing) m.framing = framing;
  if (sweetener) m.sweetener = sweetener;
  return m;
}

/** The cheapest way (argument, sweetener) to have these items taken now, or null; with `only`, with that sweetener. */
function cheapest(bundle: ScenarioBundle, s: GameState, items: OfferItem[], only?: string): Way | null {
  return quickWay(bundle, s, items, s.summit.context.clock + bundle.scenario.costs.propose, isConcession(bundle.scenario, s, items), only);
}

/**
 * The sweeteners not yet offered that give back some of his money, where the deals still open can
 * come to more than is left of it: a deal over his money needs one offered by its offer or before,
 * which may be an offer the cheapest way would make with another sweetener, or none.
 */
function moneyBackers(bundle: ScenarioBundle, s: GameState, goals: readonly GoalSpec[], inDay: (items: OfferItem[]) => boolean): string[] {
  const p = s.profile;
  const backers = bundle.scenario.sweeteners.filter((x) => (p.moneyBack[x.id] ?? 0) > 0 && !s.sweetenersUsed.includes(x.id)).map((x) => x.id);
  if (backers.length === 0) return [];
  let most = 0;
  for (const g of goals) most += Math.max(0, ...g.options.filter((o) => o.money > 0 && lawful(s, g, o) && inDay([{ goal: g.id, option: o.id }])).map((o) => o.money));
  return s.spent.money + most > p.money ? backers : [];
}

/** These items with one more goal at the option Kim stands on there, where he does not take the package bare; or null. */
function refusedWith(bundle: ScenarioBundle, s: GameState, goals: readonly GoalSpec[], items: OfferItem[]): OfferItem[] | null {
  for (const h of goals) {
    const pos = s.positions[h.id];
    const track = s.goals[h.id]!;
    if (items.some((x) => x.goal === h.id) || pos === null || pos === undefined) continue;
    if (track.context.roundsLeft !== null && track.context.roundsLeft <= 0) continue;
    const both = [...items, { goal: h.id, option: h.options[pos]!.id }];
    const way = cheapest(bundle, s, both);
    if (!way || way.framing || way.sweetener) return both;
  }
  return null;
}

/** The argument that weighs most against an option (one that weighs against it at all), not yet refused with it; or undefined. */
function worstFraming(bundle: ScenarioBundle, s: GameState, g: GoalSpec, o: OptionSpec): string | undefined {
  let worst: string | undefined;
  let least = 0;
  for (const f of bundle.scenario.framings) {
    if (o.needsFraming && o.needsFraming !== f.id) continue;
    if (s.refusedOffers.includes(offerKey([{ goal: g.id, option: o.id }], undefined, f.id))) continue;
    const w = (s.profile.framings[f.id]?.[g.id] ?? 0) + (s.argumentBonus[f.id]?.[g.id] ?? 0);
    if (w < least) {
      least = w;
      worst = f.id;
    }
  }
  return worst;
}

/** The moves from a state; with a target day, no offer he would take that makes a deal outside it. */
export function solverMoves(bundle: ScenarioBundle, s: GameState, target?: Target): KimMove[] {
  const { scenario } = bundle;
  const out: KimMove[] = [];
  // Legality is left to the step that applies the move: an illegal one is simply not followed.
  const push = (m: KimMove) => {
    out.push(m);
  };
  // The cheapest way to have one goal's option taken now, worked out once per state.
  const single = new Map<string, { framing?: string; sweetener?: string } | null>();
  const cheapestSingle = (goal: string, option: string) => {
    const k = `${goal}=${option}`;
    if (!single.has(k)) single.set(k, cheapest(bundle, s, [{ goal, option }]));
    return single.get(k)!;
  };
  const goals = open(bundle, s);
  const inDay = (items: OfferItem[]) => !target || items.every((i) => target[i.goal] === i.option);
  const backers = moneyBackers(bundle, s, goals, inDay);
  /** An offer he takes, made the cheapest way, and with each sweetener that gives back money he would take it with too. */
  const taken = (items: OfferItem[], way: Way, into: (m: KimMove) => void) => {
    into(offer(items, way.framing, way.sweetener));
    // Only in place of another sweetener: where he takes it bare, a sweetener that gives back money
    // is as well offered with the deal over his money itself.
    if (way.sweetener === undefined) return;
    const tried = new Set([way.sweetener]);
    for (const b of backers) {
      if (b === way.sweetener) continue;
      tried.add(b);
      const other = cheapest(bundle, s, items, b);
      if (other) into(offer(items, other.framing, b));
    }
    // And with each sweetener he would take it with that costs Kim more but is worth less to him
    // than every cheaper one that would do: the one that costs least may be the only
    // one enough for a later offer, which this one then keeps. (One that costs more and is worth
    // more to him than another that would do is never better here: that other leaves it for later.)
    let least = s.profile.sweeteners[way.sweetener] ?? 0;
    for (const x of bundle.scenario.sweeteners.filter((y) => !tried.has(y.id) && !s.sweetenersUsed.includes(y.id)).sort((a, b) => costOf(a) - costOf(b))) {
      const worth = s.profile.sweeteners[x.id] ?? 0;
      if (worth >= least) continue;
      const other = cheapest(bundle, s, items, x.id);
      if (!other) continue;
      into(offer(items, other.framing, x.id));
      least = worth;
    }
  };
  for (const g of goals) if (s.goals[g.id]!.value === 'countered' && inDay([{ goal: g.id, option: s.goals[g.id]!.context.counter! }])) push({ side: 'kim', type: 'offer.accept', goal: g.id });
  for (const g of goals) {
    const track = s.goals[g.id]!;
    const last = s.answers[g.id]?.at(-1);
    if (last?.claim && s.claims.some((c) => c.goal === g.id && c.bluff)) push({ side: 'kim', type: 'offer.call', goal: g.id });
    if (track.context.roundsLeft !== null && track.context.roundsLeft <= 0) continue;
    const pos = s.positions[g.id];
    // The options that can be Kim's positions (putin/cold.ts): his first position is the top one,
    // and a concession the next one below his position.
    const rung = (i: number) => lawful(s, g, g.options[i]!) && isRung(scenario, s.profile, g, i);
    const top = g.options.findLastIndex((_x, i) => rung(i));
    // (Without the rule, one step down, as engine version 9 searches: its exactness is pinned.)
    const next = pos === null || pos === undefined ? -1 : scenario.putin.coldPress === true ? g.options.findLastIndex((_x, i) => i < pos && rung(i)) : pos - 1;
    // Of the options he would take now, the two most valuable (the second may spare a sweetener or the budget).
    let took = 0;
    for (let i = g.options.length - 1; i >= 0; i--) {
      const o = g.options[i]!;
      if (!lawful(s, g, o)) continue;
      const items = [{ goal: g.id, option: o.id }];
      const way = cheapestSingle(g.id, o.id);
      if (way && inDay(items)) {
        if (took++ < 2) taken(items, way, push);
      }
      // Bare, where he does not take it bare (he refuses or counters): worth it as a first position
      // (the top) or as a concession (one step down), even where he would take it with more.
      if ((!way || way.framing || way.sweetener) && ((pos === null && i === top) || i === next)) push(offer(items));
      // A step down he would take bare, made where he refuses it: with another goal at the option
      // Kim already stands on there, in a package he does not take bare (the step without the deal).
      else if (way && !way.framing && !way.sweetener && i === next) {
        const other = scenario.rules.packages !== false ? refusedWith(bundle, s, goals, items) : null;
        if (other) push(offer(other));
        // Under the cold-press rule the options he is cold to are no steps, so those left are often
        // ones he takes bare: the step alone, with the argument that weighs most against it.
        const against = scenario.putin.coldPress === true ? worstFraming(bundle, s, g, o) : undefined;
        if (against) push(offer(items, against));
      }
    }
  }
  // A goods list that can pass: every lawful good, both ways (a list either passes or it does not).
  for (const g of goals) {
    if (g.twist.goodsList && s.goals[g.id]!.context.listOk !== true) {
      push({ side: 'kim', type: 'goods.list', goal: g.id, goods: scenario.goods.filter((x) => x.sanctionedBy === null).map((x) => x.id) });
    }
  }
  // Packages of two goals or more that he takes whole: of each set of goals, the three most valuable
  // to Kim (a package saves the minutes of the offers it replaces, and shares one sweetener).
  if (scenario.rules.packages !== false) {
    for (let mask = 0; mask < 1 << goals.length; mask++) {
      const set = goals.filter((_g, i) => mask & (1 << i));
      if (set.length < 2) continue;
      const found: [number, OfferItem[], Way][] = [];
      const visit = (k: number, items: OfferItem[], kim: number) => {
        if (k === set.length) {
          if (!inDay(items)) return;
          const way = cheapest(bundle, s, items);
          if (way) found.push([kim, items, way]);
          return;
        }
        const g = set[k]!;
        for (const o of g.options) if (lawful(s, g, o) && (!target || target[g.id] === o.id)) visit(k + 1, [...items, { goal: g.id, option: o.id }], kim + o.kim);
      };
      visit(0, [], 0);
      for (const [, items, way] of found.sort((x, y) => y[0] - x[0]).slice(0, 3)) taken(items, way, push);
    }
    // The anchor: Kim's first position on every goal not yet opened, at its top lawful option, led by each goal in turn.
    const topRung = (g: GoalSpec) => g.options.findLastIndex((o, i) => lawful(s, g, o) && isRung(scenario, s.profile, g, i));
    const fresh = goals.filter((g) => s.positions[g.id] === null && topRung(g) >= 0);
    if (fresh.length >= 2) {
      const tops = fresh.map((g) => ({ goal: g.id, option: g.options[topRung(g)]!.id }));
      // The goal it leads with is the one he takes Kim to need most, if Kim has named none yet;
      // once he has, every lead makes the same offer.
      const leads = s.firstGoal === null ? tops.length : 1;
      for (let lead = 0; lead < leads; lead++) push(offer([tops[lead]!, ...tops.filter((_, i) => i !== lead)]));
    }
  }
  // Time itself: late in the day, once Kim has moved, he makes one more step; an ask passes the time.
  const deadline = scenario.dayLength - scenario.putin.deadlineWindow;
  const clock = s.summit.context.clock;
  if (s.concessions >= 1 && clock < deadline && clock + scenario.costs.ask + scenario.costs.propose >= deadline) {
    const g = goals.find((x) => !s.goals[x.id]!.context.asked);
    if (g) push({ side: 'kim', type: 'goal.ask', goal: g.id });
  }
  // Before his deadline window, once Kim has moved: an offer that only passes the time (Kim's own
  // position on a goal, with an argument not yet refused there: neither a step, nor one back, nor a
  // stall). The bound lets the last offers come as late as the day allows (so with his deadline
  // step); a line with fewer offers than the time left reaches that only by passing the time.
  if (s.concessions >= 1 && clock < deadline) {
    // Under the cold-press rule the options left as Kim's positions are often ones he takes (an offer
    // he takes is a deal): also with the argument that weighs most against it, on the first goal
    // where one does.
    let against: Offer | undefined;
    if (scenario.putin.coldPress === true) {
      for (const g of goals) {
        const pos = s.positions[g.id];
        if (pos === null || pos === undefined) continue;
        const f = worstFraming(bundle, s, g, g.options[pos]!);
        if (f) {
          against = offer([{ goal: g.id, option: g.options[pos]!.id }], f);
          push(against);
          break;
        }
      }
    }
    for (const g of goals) {
      const pos = s.positions[g.id];
      if (pos === null || pos === undefined) continue;
      const o = g.options[pos]!;
      if (!inDay([{ goal: g.id, option: o.id }]) && cheapestSingle(g.id, o.id)) continue;
      const f = scenario.framings.find((x) => !s.refusedOffers.includes(offerKey([{ goal: g.id, option: o.id }], undefined, x.id)) && (!o.needsFraming || o.needsFraming === x.id));
      if (f) {
        if (against?.goal !== g.id || against.framing !== f.id) push(offer([{ goal: g.id, option: o.id }], f.id));
        break;
      }
    }
  }
  return out;
}
