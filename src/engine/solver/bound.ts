// The solver's bound: no line from a state of the talks can score more than this. The search
// (solver/index.ts) follows a line only while this bound is above the best found, so the search is
// exact exactly when this bound is valid: never below the score of any line from the state. Each
// step below says why it only ever overestimates.
//
// A line from here ends the talks at some clock T with some set of further deals. What it can
// reach is limited by time:
// - the news delivered by T is a known prefix of the deck (the deck is drawn from the seed): so the
//   bound is taken for each number j of news still to come, as the best day with exactly those j
//   news delivered (their worth to options and room on China's line, counted as if each had
//   arrived before every deal; their pull on Washington counted in full, as it is in the score);
// - a deal is struck by an offer answered at most at T (or by taking a counter already standing);
//   the offers that fit before T, every one of them a concession (one a goal, at most as many as
//   the goals' lawful steps below Kim's positions allow), and the deadline step if T reaches his
//   deadline window, give the most steps his price can have come down by: every future deal is
//   priced at least at that (his price falls with steps and never rises with anything else the
//   line can do: stalls and his asks left unanswered only add to it);
// - the deals' worth to him, each with the best argument for its goal, the news at their best and
//   the unused sweeteners he values most (at most one an offer), must reach those prices summed
//   over the deals (summing over the whole day, instead of package by package, only allows more);
// - his money, China's line and Washington's patience must hold them (Washington's attention
//   counted at the least it can be when the last offer is weighed);
// - Kim's face gains nothing but the deals' face, the bluffs he can still call and the stance; his
//   sweeteners cost their price and their face; Washington's attention is at least what the deals
//   and the delivered news add; the stance is the best for those meters.
import { goalMachine } from '../machines/goal-machine';
import { isFinal } from '../machines/run';
import { dealFace } from '../day-terms';
import { listPasses } from '../moves/kim';
import { newsAtBest } from '../news-at-best';
import { asksAnswered, priceFor } from '../putin/reasons';
import type { ScenarioBundle } from '../scenario/bundle';
import type { Scenario } from '../scenario/schema';
import { bestStance } from '../stance';
import type { GameState } from '../state';

interface Choice {
  kim: number;
  face: number;
  us: number;
  money: number;
  china: number;
  /** `goal=option`, for the news still to come. */
  key: string;
  goal: string;
  option: string;
  /** His worth of the option and the news so far, without an argument; the argument it needs, if any. */
  base: number;
  needs: string | undefined;
  /** A counter standing: taken without a price. */
  free: boolean;
}

type SweetenerSet = { worth: number; cost: number; face: number; size: number; asked: boolean };
const setCache = new WeakMap<object, Map<string, SweetenerSet[]>>();

/** Each set of the sweeteners not yet spent, as (worth to him, cost to Kim, face, size, holds one he asked for), cheapest first; worked out once per game and sweeteners spent. */
function sweetenerSets(scenario: Scenario, s: GameState): SweetenerSet[] {
  let byUsed = setCache.get(s.profile);
  if (!byUsed) setCache.set(s.profile, (byUsed = new Map()));
  const k = `${[...s.sweetenersUsed].sort().join('+')}|${s.putinAsks.join('+')}`;
  const known = byUsed.get(k);
  if (known) return known;
  const p = s.profile;
  const unused = scenario.sweeteners.filter((x) => !s.sweetenersUsed.includes(x.id));
  const sets: SweetenerSet[] = [];
  for (let mask = 0; mask < 1 << unused.length; mask++) {
    let worth = 0;
    let cost = 0;
    let face = 0;
    let size = 0;
    let asked = false;
    for (let i = 0; i < unused.length; i++) {
      if (!(mask & (1 << i))) continue;
      const x = unused[i]!;
      worth += Math.max(0, p.sweeteners[x.id] ?? 0);
      cost += x.kimCost;
      face += x.face;
      size++;
      if (s.putinAsks.includes(x.id)) asked = true;
    }
    sets.push({ worth, cost, face, size, asked });
  }
  sets.sort((a, b) => a.cost - b.cost);
  byUsed.set(k, sets);
  return sets;
}

/** The best score stances can give from these meters. */
const stanceScore = (scenario: Scenario, face: number, us: number, won: number) => bestStance(scenario.stances, face, us, won).score;

/** A day to aim at: for each goal, the option to agree (null: none). */
export type Target = Readonly<Record<string, string | null>>;

export interface BoundOptions {
  /** Only lines whose deals are this day's, or some of them. */
  target?: Target;
  /** With a target: only lines whose deals are exactly the target's (the days short of it are days of their own). */
  exact?: boolean;
  /** Where only whether the bound is above this matters: a day's bound below it may be reported as anything no more than it. */
  above?: number;
  /** Filled with the bound of every day (its key: the target, as dayKey writes it). */
  days?: Map<string, { target: Target; bound: number }>;
}

export const dayKey = (t: Target) => JSON.stringify(t);

export function bound(bundle: ScenarioBundle, s: GameState, options: BoundOptions = {}): number {
  const { target, days } = options;
  const exact = options.exact === true && target !== undefined;
  const { scenario } = bundle;
  const p = s.profile;
  const c = s.summit.context;
  const clock = c.clock;
  const n = scenario.goals.length;
  const total = (n * (n + 1)) / 2;
  const listCanPass = listPasses(scenario, scenario.goods.filter((g) => g.sanctionedBy == null).map((g) => g.id));

  // The deals made, and each open goal's choices: no deal, or a lawful option he could take.
  const fixed: number[] = [];
  let won = 0;
  const choices: Choice[][] = [];
  let potential = 0;
  for (const g of scenario.goals) {
    const track = s.goals[g.id]!;
    const deal = track.context.deal;
    if (target && deal && target[g.id] !== deal) return Number.NEGATIVE_INFINITY;
    if (deal) {
      const kim = g.options.find((o) => o.id === deal)!.kim;
      fixed.push(kim);
      won += kim;
      continue;
    }
    if (isFinal(goalMachine(g), track)) {
      fixed.push(0);
      continue;
    }
    const lawfulIdx = g.options.map((o, i) => (o.breaks.length === 0 ? i : -1)).filter((i) => i >= 0);
    const pos = s.positions[g.id];
    potential += pos === null || pos === undefined ? Math.max(0, lawfulIdx.length - 1) : lawfulIdx.filter((i) => i < pos).length;
    const list: Choice[] = [];
    const noDeadline = track.context.roundsLeft === null || track.context.roundsLeft > 0;
    for (const o of g.options) {
      if (target && target[g.id] !== o.id) continue;
      const standing = track.value === 'countered' && track.context.counter === o.id;
      if (!standing) {
        if (!noDeadline) continue;
        if (o.breaks.length > 0 || s.claims.some((x) => x.goal === g.id && x.option === o.id && !x.bluff)) continue;
        if (o.needsList && track.context.listOk !== true && !listCanPass) continue;
      }
      const base = (p.options[g.id]?.[o.id] ?? 0) + (s.eventBonus[g.id]?.[o.id] ?? 0);
      list.push({ kim: o.kim, face: dealFace(scenario, o.kim), us: o.us, money: o.money, china: o.china ? 1 : 0, base, needs: o.needsFraming, key: `${g.id}=${o.id}`, goal: g.id, option: o.id, free: standing });
    }
    choices.push(list);
  }

  // The news still to come, in the order of the deck, and where the day's checkpoints fall.
  const delivered = s.news.filter((x) => !x.before).length;
  const marks = Math.max(0, Math.ceil(scenario.dayLength / scenario.newsEvery) - 1);
  const deckAhead = s.deck.slice(delivered, marks);
  const events = deckAhead.map((id) => scenario.events.find((e) => e.id === id));

  // Sweeteners not yet spent: each set of them as (worth to him, cost to Kim, face, size, holds one he asked for).
  const answered = asksAnswered(s.putinAsks, s.sweetenersUsed);
  const sets = sweetenerSets(scenario, s);
  const spentCost = s.sweetenersUsed.reduce((sum, id) => sum + (scenario.sweeteners.find((x) => x.id === id)?.kimCost ?? 0), 0);
  const bluffs = s.claims.filter((x) => x.bluff).length;
  const faceGain = Math.max(0, scenario.faceShift.calledBluff) * bluffs;

  const goalIds = scenario.goals.filter((g) => !isFinal(goalMachine(g), s.goals[g.id]!)).map((g) => g.id);
  let best = Number.NEGATIVE_INFINITY;
  const candidates: { pooled: number; run: () => number }[] = [];
  const offerMinutes = scenario.costs.propose;
  const deadline = scenario.dayLength - scenario.putin.deadlineWindow;
  // Level j: j more news delivered before the talks end.
  for (let j = 0; j <= events.length; j++) {
    const lastClock = j < events.length ? Math.min(scenario.dayLength, (delivered + j + 1) * scenario.newsEvery - 1) : scenario.dayLength;
    const firstClock = j === 0 ? clock : (delivered + j) * scenario.newsEvery;
    if (lastClock < clock || firstClock > scenario.dayLength) continue;
    // An offer begun before the end of the day is answered (the clock stops at the day's length).
    const offers = Math.max(0, lastClock >= scenario.dayLength ? Math.ceil((scenario.dayLength - clock) / offerMinutes) : Math.floor((lastClock - clock) / offerMinutes));
    const concessions = s.concessions + Math.min(offers, potential);
    const steps = concessions + (concessions >= 1 && offers >= 1 && lastClock >= deadline ? 1 : 0);
    // The worth these news add to options and arguments and the room they make on China's line, at
    // their best (news that would weigh an argument down is left out: that only allows more).
    const { bonus, arguments: argNews, china } = newsAtBest(scenario, deckAhead.slice(0, j));
    // Washington: the news' pull with its sign, the least it reaches on the way, and what it takes back.
    let us = 0;
    let usLeast = 0;
    let usNeg = 0;
    for (const e of events.slice(0, j)) {
      us += e?.usAttention ?? 0;
      if ((e?.usAttention ?? 0) < 0) usNeg += e!.usAttention!;
      usLeast = Math.min(usLeast, us);
    }
    const argOf = (f: string, goal: string) => (p.framings[f]?.[goal] ?? 0) + (s.argumentBonus[f]?.[goal] ?? 0) + (argNews.get(`${f}=${goal}`) ?? 0);
    const bestArg = (x: Choice) => (x.needs ? argOf(x.needs, x.goal) : Math.max(0, ...scenario.framings.map((f) => argOf(f.id, x.goal))));
    const room = { money: p.money - s.spent.money, china: p.china - s.spent.china + china };
    // His price per goal at the most steps the time allows (no stall, his asks answered; the
    // mark-up only on the goal already named first).
    const price = (goal: string, open: boolean) => priceFor(scenario, p, steps, s.firstGoal === goal, s.hardening, open);
    for (const withAsked of answered ? [true] : [true, false]) {
      const prices = goalIds.map((g) => price(g, !withAsked));
      const usable = sets.filter((x) => (withAsked && !answered ? x.asked : !withAsked ? !x.asked : true));
      if (usable.length === 0) continue;
      const picked: Choice[] = [];
      const priceOfGoal = new Map(goalIds.map((g, i) => [g, prices[i]!]));
      /**
       * A day's deals in packages: each package has one argument and is taken or left whole, so the
       * deals are grouped by the argument they are offered with (the goals offered with one
       * argument counted as one package, which only allows more), each group must reach his price
       * with its own sweeteners, and each argument draws its attention from Washington. An argument
       * that helps no goal of the day (and draws attention) does no better than none.
       */
      const byPackages = (chosen: readonly Choice[], points: number, dealFaces: number, dealWon: number, usLinear: number, usGate: number): number => {
        const items = chosen.filter((x) => !x.free);
        const universe: (string | undefined)[] = [undefined];
        for (const f of scenario.framings) {
          if (items.some((x) => x.needs === f.id || (x.needs === undefined && argOf(f.id, x.goal) > 0))) universe.push(f.id);
        }
        const sums = universe.map(() => 0);
        const counts = universe.map(() => 0);
        let out = Number.NEGATIVE_INFINITY;
        const assign = (k: number) => {
          if (k === items.length) {
            let deficit = 0;
            let short = 0;
            let groups = 0;
            let usF = 0;
            for (let u = 0; u < universe.length; u++) {
              if (counts[u] === 0) continue;
              groups++;
              if (sums[u]! < -0.01) {
                deficit -= sums[u]!;
                short++;
              }
              if (universe[u]) usF += scenario.framings.find((f) => f.id === universe[u])!.us;
            }
            if (groups > offers) return;
            if (c.usAttention + usGate + usF + usLeast > p.usLimit) return;
            const usLow = Math.max(0, Math.min(usLinear + usF, 100 + usNeg));
            const faceNoSet = Math.min(100, Math.max(c.face + dealFaces + faceGain, dealFaces + faceGain));
            const ceiling = points - spentCost + stanceScore(scenario, faceNoSet, usLow, dealWon);
            for (const set of usable) {
              if (ceiling - set.cost <= out) break;
              if (set.worth < deficit - 0.01 || set.size < short || set.size > offers) continue;
              const faceLinear = c.face + dealFaces + faceGain + set.face;
              const face = Math.min(100, Math.max(faceLinear, dealFaces + faceGain));
              const v = points - spentCost - set.cost + stanceScore(scenario, face, usLow, dealWon);
              if (v > out) out = v;
            }
            return;
          }
          const x = items[k]!;
          const gain = x.base + (bonus.get(x.key) ?? 0) - priceOfGoal.get(x.goal)!;
          for (let u = 0; u < universe.length; u++) {
            const f = universe[u];
            if (x.needs !== undefined && f !== x.needs) continue;
            const v = gain + (f ? argOf(f, x.goal) : 0);
            sums[u]! += v;
            counts[u]!++;
            assign(k + 1);
            sums[u]! -= v;
            counts[u]!--;
          }
        };
        assign(0);
        return out;
      };
      const walk = (i: number, surplus: number, money: number, chinaUsed: number, usDeals: number, usGate: number) => {
        if (i === choices.length) {
          // The sweeteners: the cheapest set (for Kim's score: its cost less its face) that covers what the deals lack.
          const need = -surplus;
          let bestLeaf = Number.NEGATIVE_INFINITY;
          const values = [...fixed, ...picked.map((x) => x.kim)].sort((a, b) => b - a);
          let points = 0;
          for (let r = 0; r < values.length; r++) points += ((n - r) / total) * values[r]!;
          let dealFaces = 0;
          let dealWon = won;
          for (const x of picked) {
            dealFaces += x.face;
            dealWon += x.kim;
          }
          // Washington's attention at the least: what it is, the deals' and the news' pull; a clamp at
          // 100 on the way can only have cut a rise the news later takes back in part.
          const usLinear = c.usAttention + usDeals + us;
          const usLow = Math.max(0, Math.min(usLinear, 100 + usNeg));
          const faceNoSet = Math.min(100, Math.max(c.face + dealFaces + faceGain, dealFaces + faceGain));
          const ceiling = points - spentCost + stanceScore(scenario, faceNoSet, usLow, dealWon);
          // Sets by their cost to Kim: a set's face only lowers the score, so none costing more than
          // the gap to the best so far can beat it.
          for (const set of usable) {
            if (ceiling - set.cost <= (days || exact ? bestLeaf : Math.max(bestLeaf, best))) break;
            if (set.worth < need - 0.01 || set.size > offers) continue;
            const faceLinear = c.face + dealFaces + faceGain + set.face;
            const face = Math.min(100, Math.max(faceLinear, dealFaces + faceGain));
            const v = points - spentCost - set.cost + stanceScore(scenario, face, usLow, dealWon);
            if (v > bestLeaf) bestLeaf = v;
          }
          if (exact) {
            // The sum over the whole day first; the packages, which take longer, only where it could matter.
            const chosen = [...picked];
            if (bestLeaf > Number.NEGATIVE_INFINITY) candidates.push({ pooled: bestLeaf, run: () => byPackages(chosen, points, dealFaces, dealWon, usLinear, usGate) });
            return;
          }
          if (bestLeaf > best) best = bestLeaf;
          if (days && bestLeaf > Number.NEGATIVE_INFINITY) {
            const t: Record<string, string | null> = {};
            for (const g of scenario.goals) t[g.id] = s.goals[g.id]!.context.deal;
            for (const x of picked) t[x.goal] = x.option;
            const k = dayKey(t);
            const known = days.get(k);
            if (!known || known.bound < bestLeaf) days.set(k, { target: t, bound: bestLeaf });
          }
          return;
        }
        const goal = goalIds[i]!;
        // No deal on this goal.
        if (!exact || target![goal] == null) walk(i + 1, surplus, money, chinaUsed, usDeals, usGate);
        if (offers === 0 && !choices[i]!.some((x) => x.free)) return;
        for (const x of choices[i]!) {
          if (!x.free && offers === 0) continue;
          if (money + x.money > room.money || chinaUsed + x.china > room.china) continue;
          // Washington's patience: the last offer weighed with every deal's pull and the least the news leaves.
          if (!x.free && c.usAttention + usGate + x.us + usLeast > p.usLimit) continue;
          const gain = x.free ? 0 : x.base + bestArg(x) + (bonus.get(x.key) ?? 0) - prices[i]!;
          picked.push(x);
          walk(i + 1, surplus + gain, money + x.money, chinaUsed + x.china, usDeals + x.us, usGate + (x.free ? 0 : x.us));
          picked.pop();
        }
      };
      walk(0, 0, 0, 0, 0, 0);
    }
  }
  if (exact) {
    candidates.sort((a, b) => b.pooled - a.pooled);
    for (const x of candidates) {
      if (x.pooled <= Math.max(best, options.above ?? Number.NEGATIVE_INFINITY)) break;
      best = Math.max(best, x.run());
    }
  }
  return best;
}
