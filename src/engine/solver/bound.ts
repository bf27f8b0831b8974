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
  /** Below Kim's position on its goal: an offer holding it may be a concession. */
  below: boolean;
}

/** A set of sweeteners: their worth to him in all and each (the most first), cost to Kim, face, how many, whether it holds one he asked for, and the money it gives back. */
type SweetenerSet = { worth: number; worths: number[]; cost: number; face: number; size: number; asked: boolean; back: number };
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
    let back = 0;
    const worths: number[] = [];
    for (let i = 0; i < unused.length; i++) {
      if (!(mask & (1 << i))) continue;
      const x = unused[i]!;
      worth += Math.max(0, p.sweeteners[x.id] ?? 0);
      worths.push(Math.max(0, p.sweeteners[x.id] ?? 0));
      cost += x.kimCost;
      face += x.face;
      size++;
      if (s.putinAsks.includes(x.id)) asked = true;
      back += Math.max(0, p.moneyBack[x.id] ?? 0);
    }
    sets.push({ worth, worths: worths.sort((a, b) => b - a), cost, face, size, asked, back });
  }
  sets.sort((a, b) => a.cost - b.cost);
  byUsed.set(k, sets);
  return sets;
}

/**
 * Whether a set of sweeteners can make up what the packages short of his price lack. Each sweetener
 * goes with one offer: a group of goals short by `lack` (offered with one argument, counted as one
 * package) gets sweeteners worth that in all, no more of them than the offers it can be split into
 * (one a goal of it); and however it is split, the offer holding its worst goal lacks at least
 * `worst` (that goal with every goal of the group that is worth more than his price), which one
 * sweetener must make up.
 */
export function covers(worths: readonly number[], short: readonly { lack: number; goals: number; worst: number }[]): boolean {
  if (short.length === 0) return true;
  if (short.length > worths.length) return false;
  if (short.length === 1) {
    const { lack, goals, worst } = short[0]!;
    let sum = 0;
    for (let i = 0; i < Math.min(goals, worths.length); i++) sum += worths[i]!;
    return sum >= lack - 0.01 && worths[0]! >= worst - 0.01;
  }
  const lack = short.map((x) => x.lack);
  const room = short.map((x) => x.goals);
  const worst = short.map((x) => x.worst);
  const give = (i: number): boolean => {
    if (lack.every((x) => x <= 0.01) && worst.every((x) => x <= 0.01)) return true;
    if (i === worths.length) return false;
    const w = worths[i]!;
    for (let u = 0; u < short.length; u++) {
      if ((lack[u]! <= 0.01 && worst[u]! <= 0.01) || room[u] === 0) continue;
      const before = worst[u]!;
      lack[u]! -= w;
      room[u]!--;
      if (w >= before - 0.01) worst[u] = 0;
      const ok = give(i + 1);
      lack[u]! += w;
      room[u]!++;
      worst[u] = before;
      if (ok) return true;
    }
    return give(i + 1);
  };
  return give(0);
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
  /**
   * Bounds already worked out in this search (one profile, one seed), by what the bound reads of a
   * state (boundKey): states that differ only in what it does not read (Putin's patience, the words
   * said, which offers were refused, Kim's positions beyond the steps they leave) share one.
   */
  memo?: Map<string, { value: number; above: number }>;
}

export const dayKey = (t: Target) => JSON.stringify(t);

/**
 * What the bound reads of a state, as a key: the clock (and so the news delivered), the meters it
 * weighs (Washington, face), his price's inputs (concessions, the steps Kim's positions still
 * allow, the goal named first, stalls, the sweeteners given and so his asks), his budgets spent,
 * the claims, and each goal's deal, standing counter, deadline and list.
 */
function boundKey(scenario: Scenario, s: GameState, options: BoundOptions): string {
  const c = s.summit.context;
  let k = `${c.clock},${c.usAttention},${c.face},${s.concessions},${s.hardening},${s.firstGoal},${s.spent.money},${s.spent.china},${[...s.sweetenersUsed].sort().join('+')},${s.putinAsks.join('+')},${s.news.length};`;
  for (const x of s.claims) k += `${x.goal}=${x.option}${x.bluff ? '!' : ''},`;
  let potential = 0;
  for (const g of scenario.goals) {
    const track = s.goals[g.id]!;
    if (isFinal(goalMachine(g), track)) {
      k += `|${track.context.deal}`;
      continue;
    }
    potential += stepsLeft(g, s.positions[g.id]);
    k += `|${track.value === 'countered' ? track.context.counter : ''},${track.context.roundsLeft !== null && track.context.roundsLeft <= 0},${track.context.listOk}`;
  }
  return `${k};${potential};${options.exact === true}${options.target ? dayKey(options.target) : ''}`;
}

/** The concessions a goal still allows: its lawful options below Kim's position (all but the top one before he has one). */
function stepsLeft(g: Scenario['goals'][number], pos: number | null | undefined): number {
  let n = 0;
  for (let i = 0; i < g.options.length; i++) if (g.options[i]!.breaks.length === 0 && (pos === null || pos === undefined || i < pos)) n++;
  return pos === null || pos === undefined ? Math.max(0, n - 1) : n;
}

export function bound(bundle: ScenarioBundle, s: GameState, options: BoundOptions = {}): number {
  const { memo } = options;
  if (!memo || options.days) return boundOf(bundle, s, options);
  const k = boundKey(bundle.scenario, s, options);
  const above = options.above ?? Number.NEGATIVE_INFINITY;
  const known = memo.get(k);
  // A value above the `above` it was worked out for is the bound itself; one at or below it says
  // only that the bound is no more than that `above`, which answers any question asked above it.
  if (known && (known.value > known.above || above >= known.above)) return known.value > known.above ? known.value : Math.min(known.value, above);
  const value = boundOf(bundle, s, options);
  memo.set(k, { value, above });
  return value;
}

function boundOf(bundle: ScenarioBundle, s: GameState, options: BoundOptions): number {
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
  // Whether Kim has a position on a goal he can still come down on: if not, his next offer only
  // takes positions (a concession is an offer below a position already taken).
  let positioned = false;
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
    const left = stepsLeft(g, s.positions[g.id]);
    potential += left;
    if (left > 0 && s.positions[g.id] !== null && s.positions[g.id] !== undefined) positioned = true;
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
      const pos = s.positions[g.id];
      const below = pos !== null && pos !== undefined && g.options.indexOf(o) < pos;
      list.push({ kim: o.kim, face: dealFace(scenario, o.kim), us: o.us, money: o.money, china: o.china ? 1 : 0, base, needs: o.needsFraming, key: `${g.id}=${o.id}`, goal: g.id, option: o.id, free: standing, below });
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
  const moneyBack = scenario.sweeteners.reduce((sum, x) => sum + (s.sweetenersUsed.includes(x.id) ? 0 : Math.max(0, p.moneyBack[x.id] ?? 0)), 0);
  const spentCost = s.sweetenersUsed.reduce((sum, id) => sum + (scenario.sweeteners.find((x) => x.id === id)?.kimCost ?? 0), 0);
  const bluffs = s.claims.filter((x) => x.bluff).length;
  const faceGain = Math.max(0, scenario.faceShift.calledBluff) * bluffs;

  const goalIds = scenario.goals.filter((g) => !isFinal(goalMachine(g), s.goals[g.id]!)).map((g) => g.id);
  let best = Number.NEGATIVE_INFINITY;
  const candidates: { pooled: number; run: (floor: number) => number }[] = [];
  const offerMinutes = scenario.costs.propose;
  const deadline = scenario.dayLength - scenario.putin.deadlineWindow;
  // The news at their best once the first i of those to come have arrived, and their pull on Washington by then.
  const atBest = Array.from({ length: events.length + 1 }, (_, i) => newsAtBest(scenario, deckAhead.slice(0, i)));
  const pullBy = [0];
  for (const e of events) pullBy.push(pullBy.at(-1)! + (e?.usAttention ?? 0));
  // Level j: j more news delivered before the talks end.
  for (let j = 0; j <= events.length; j++) {
    const lastClock = j < events.length ? Math.min(scenario.dayLength, (delivered + j + 1) * scenario.newsEvery - 1) : scenario.dayLength;
    const firstClock = j === 0 ? clock : (delivered + j) * scenario.newsEvery;
    if (lastClock < clock || firstClock > scenario.dayLength) continue;
    // An offer begun before the end of the day is answered (the clock stops at the day's length).
    const offers = Math.max(0, lastClock >= scenario.dayLength ? Math.ceil((scenario.dayLength - clock) / offerMinutes) : Math.floor((lastClock - clock) / offerMinutes));
    /**
     * The r-th offer before the end of the talks (r = 0: the last): it starts at the latest r offers
     * before the end (each takes its minutes, other moves only add to them), so it is answered with
     * no more news than had come by then, and with no more concessions than the offers up to it (the
     * first of them none, if Kim has no position yet where he can come down), nor than the goals'
     * lawful steps allow; his deadline step if it is answered late enough.
     */
    const slot = (r: number, newsBy = j, still = 0, startBy = Number.POSITIVE_INFINITY) => {
      let start = Math.min(startBy, lastClock >= scenario.dayLength ? scenario.dayLength - 1 - offerMinutes * r : lastClock - offerMinutes * (r + 1));
      // Answered with no more than `newsBy` of the news to come: begun before the next one's checkpoint.
      if (newsBy < events.length) start = Math.min(start, (delivered + newsBy + 1) * scenario.newsEvery - 1);
      const upTo = Math.min(offers - r, Math.floor((start - clock) / offerMinutes) + 1);
      if (upTo < 1) return null;
      // Offers that cannot be concessions: the first, where Kim has no position yet to come down
      // from, and the packages of deals none of whose options is below his position (`still` of
      // them no later than this one).
      const made = s.concessions + Math.min(Math.max(0, upTo - Math.max(positioned ? 0 : 1, still)), potential);
      const late = made >= 1 && Math.min(scenario.dayLength, start + offerMinutes) >= deadline;
      return { start, steps: made + (late ? 1 : 0), news: Math.min(newsBy, Math.max(0, Math.floor(start / scenario.newsEvery) - delivered)) };
    };
    const last = slot(0) ?? { steps: s.concessions, news: 0 };
    const steps = last.steps;
    // The worth the news by the last offer add to options and arguments, and the room all of the
    // level's news make on China's line, at their best (news that would weigh an argument down is
    // left out: that only allows more).
    const { bonus, arguments: argNews } = atBest[last.news]!;
    const { china } = atBest[j]!;
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
    // The sweeteners not yet spent may each give back some of his money: a day over what is left of
    // it needs a set of them that gives back the rest (checked with the sweeteners, below).
    const moneyLeft = p.money - s.spent.money;
    const room = { money: moneyLeft + moneyBack, china: p.china - s.spent.china + china };
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
      const byPackages = (chosen: readonly Choice[], points: number, dealFaces: number, dealWon: number, usLinear: number, usGate: number, floor: number): number => {
        const items = chosen.filter((x) => !x.free);
        // Deals over his money need sweeteners that give back the rest (only one offered gives it back).
        const over = chosen.reduce((sum, x) => sum + x.money, 0) - moneyLeft;
        const universe: (string | undefined)[] = [undefined];
        for (const f of scenario.framings) {
          if (items.some((x) => x.needs === f.id || (x.needs === undefined && argOf(f.id, x.goal) > 0))) universe.push(f.id);
        }
        // The packages take distinct offers, the latest at best the last few (r = 0: the last offer).
        const gainsAt = new Map<number, number[][]>();
        /** What each item is worth against his price at these steps, with each argument, with k of the news to come arrived. */
        const gains = (steps: number, k: number) => {
          const key = steps * 64 + k;
          let g = gainsAt.get(key);
          if (!g) {
            const news = atBest[k]!;
            const argAt = (f: string, goal: string) => (p.framings[f]?.[goal] ?? 0) + (s.argumentBonus[f]?.[goal] ?? 0) + (news.arguments.get(`${f}=${goal}`) ?? 0);
            g = items.map((x) => {
              const gain = x.base + (news.bonus.get(x.key) ?? 0) - priceFor(scenario, p, steps, s.firstGoal === x.goal, s.hardening, !withAsked);
              return universe.map((f) => gain + (f ? argAt(f, x.goal) : 0));
            });
            gainsAt.set(key, g);
          }
          return g;
        };
        const framingUs = universe.map((f) => (f ? scenario.framings.find((x) => x.id === f)!.us : 0));
        const of = items.map(() => 0);
        const counts = universe.map(() => 0);
        let out = Number.NEGATIVE_INFINITY;
        const used: number[] = [];
        /** The groups given distinct offers (the g-th group of `used` its slot), each short one named with what it lacks. */
        const own = universe.map(() => 0);
        const size = universe.map(() => 0);
        let mostWorth = 0;
        let mostSize = 0;
        for (const set of usable) {
          mostWorth = Math.max(mostWorth, set.worth);
          mostSize = Math.max(mostSize, set.size);
        }
        const faceNoSet = Math.min(100, Math.max(c.face + dealFaces + faceGain, dealFaces + faceGain));
        /** The most a day with arguments drawing this much of Washington's attention can leave (no sweetener at all). */
        const ceilingAt = (usF: number) => points - spentCost + stanceScore(scenario, faceNoSet, Math.max(0, Math.min(usLinear + usF, 100 + usNeg)), dealWon);
        const placed = universe.map(() => false);
        /**
         * The packages given the last offers, the r-th from the end in turn, each with the most news
         * that can have come by then (no more than by the offer after it: the news only add worth,
         * and more news by an offer leaves more for the offers after it), under Washington's
         * patience then: what it is now, those news' pull, the package's own, and for the last
         * offer every other deal's too. Each package short of his price is named with what it lacks.
         */
        const lacking: { lack: number; goals: number; worst: number }[] = [];
        const place = (r: number, newsBy: number, startBy: number, deficit: number, short: number, usF: number, usGateAll: number) => {
          // No set of sweeteners makes up as much: no order of the rest does better.
          if (deficit > mostWorth + 0.01 || short > mostSize) return;
          if (r === used.length) {
            const usLow = Math.max(0, Math.min(usLinear + usF, 100 + usNeg));
            const faceNoSet = Math.min(100, Math.max(c.face + dealFaces + faceGain, dealFaces + faceGain));
            const ceiling = points - spentCost + stanceScore(scenario, faceNoSet, usLow, dealWon);
            for (const set of usable) {
              if (ceiling - set.cost <= Math.max(out, floor)) break;
              if (set.worth < deficit - 0.01 || set.size < short || set.size > offers || set.back < over - 1e-9 || !covers(set.worths, lacking)) continue;
              const faceLinear = c.face + dealFaces + faceGain + set.face;
              const face = Math.min(100, Math.max(faceLinear, dealFaces + faceGain));
              const v = points - spentCost - set.cost + stanceScore(scenario, face, usLow, dealWon);
              if (v > out) out = v;
            }
            return;
          }
          for (const u of used) {
            if (placed[u]) continue;
            const gate = c.usAttention + (r === 0 ? usGateAll + usF : own[u]! + framingUs[u]!);
            // This offer begins an offer's minutes before the one after it, at the latest.
            const still = Math.max(0, stay - r);
            const latest = slot(r, newsBy, still, startBy);
            if (!latest) continue;
            let k = latest.news;
            while (k >= 0 && gate + pullBy[k]! > p.usLimit) k--;
            if (k < 0) continue;
            const here = k === latest.news ? latest : slot(r, k, still, startBy);
            if (!here) continue;
            const g = gains(here.steps, k);
            let sum = 0;
            let least = 0;
            let above = 0;
            for (let i = 0; i < items.length; i++) {
              if (of[i] !== u) continue;
              const x = g[i]![u]!;
              sum += x;
              least = Math.min(least, x);
              if (x > 0) above += x;
            }
            placed[u] = true;
            if (sum < -0.01) lacking.push({ lack: -sum, goals: size[u]!, worst: -(least + above) });
            place(r + 1, k, here.start - offerMinutes, sum < -0.01 ? deficit - sum : deficit, sum < -0.01 ? short + 1 : short, usF, usGateAll);
            if (sum < -0.01) lacking.pop();
            placed[u] = false;
          }
        };
        const assign = (k: number) => {
          if (k === items.length) {
            used.length = 0;
            let usF = 0;
            // Packages that cannot be concessions (no option below Kim's position): of them, all
            // but r come no later than the r-th offer from the end.
            stay = 0;
            for (let u = 0; u < universe.length; u++) {
              if (counts[u] === 0) continue;
              let concedes = false;
              for (let i = 0; i < items.length; i++) if (of[i] === u && items[i]!.below) concedes = true;
              if (!concedes) stay++;
            }
            for (let u = 0; u < universe.length; u++) {
              if (counts[u] === 0) continue;
              used.push(u);
              if (universe[u]) usF += scenario.framings.find((f) => f.id === universe[u])!.us;
            }
            if (used.length > offers) return;
            if (c.usAttention + usGate + usF + usLeast > p.usLimit) return;
            if (ceilingAt(usF) <= Math.max(out, floor)) return;
            own.fill(0);
            size.fill(0);
            for (let i = 0; i < items.length; i++) {
              own[of[i]!]! += items[i]!.us;
              size[of[i]!]!++;
            }
            place(0, j, Number.POSITIVE_INFINITY, 0, 0, usF, usGate);
            return;
          }
          const x = items[k]!;
          for (let u = 0; u < universe.length; u++) {
            if (x.needs !== undefined && universe[u] !== x.needs) continue;
            // Each argument used draws Washington's attention: once the most the day could leave
            // with those drawn so far is no better than found (or than what is asked of the
            // bound), no way of offering the rest does better.
            const more = counts[u] === 0 ? framingUs[u]! : 0;
            if (more > 0 && ceilingAt(usDrawn + more) <= Math.max(out, floor)) continue;
            of[k] = u;
            counts[u]!++;
            usDrawn += more;
            assign(k + 1);
            usDrawn -= more;
            counts[u]!--;
          }
        };
        let usDrawn = 0;
        let stay = 0;
        if (ceilingAt(0) <= floor) return out;
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
            if (set.worth < need - 0.01 || set.size > offers || set.back < money - moneyLeft - 1e-9) continue;
            const faceLinear = c.face + dealFaces + faceGain + set.face;
            const face = Math.min(100, Math.max(faceLinear, dealFaces + faceGain));
            const v = points - spentCost - set.cost + stanceScore(scenario, face, usLow, dealWon);
            if (v > bestLeaf) bestLeaf = v;
          }
          if (exact) {
            // The sum over the whole day first; the packages, which take longer, only where it could matter.
            const chosen = [...picked];
            if (bestLeaf > Number.NEGATIVE_INFINITY) candidates.push({ pooled: bestLeaf, run: (floor: number) => byPackages(chosen, points, dealFaces, dealWon, usLinear, usGate, floor) });
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
      best = Math.max(best, x.run(Math.max(best, options.above ?? Number.NEGATIVE_INFINITY)));
    }
  }
  return best;
}
