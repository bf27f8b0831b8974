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
//   line can do: stalls and his asks left unanswered only add to it); an offer that goes back up
//   on a goal takes back the step it may make, and a day whose deals lie below Kim's positions
//   but above steps he can still take is counted both ways: without those steps, or with all of
//   them less the one the deal's offer takes back (stepsMade); packages of a day's deals that each
//   go back up on a goal are distinct offers, and each takes back a step (retractions-counted);
//   and he counts concessions only up to the steps that bring his price to his floor (engine
//   version 8): an offer is priced at no more than the most his count can be in any order of the
//   offers up to it (floor-capped);
// - the deals' worth to him, each with the best argument for its goal, the news at their best and
//   the unused sweeteners he values most (at most one an offer), must reach those prices summed
//   over the deals (summing over the whole day, instead of package by package, only allows more);
//   package by package, while his asks go unanswered, a package offered before the sweetener he
//   asked for pays his mark-up too;
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
import { asksAnswered, priceFor, withConcession } from '../putin/reasons';
import { isRung, pressesCold } from '../putin/cold';
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
  /**
   * Below Kim's position on its goal, or he has none there yet (his first offer on it may be
   * above this option, so this one's may be a concession): an offer holding it may be a concession.
   * Only an option at or above a position taken never is (positions only come down).
   */
  below: boolean;
  /** Below a position Kim has taken on its goal. */
  under: boolean;
  /**
   * The goal's lawful steps below this option that Kim's position still allows (solver/bound.ts,
   * `stepsMade`): taking them, he must go back up to make this deal, which takes back a step.
   */
  back: number;
  /** The lawful steps left on its goal (stepsLeft): closed once the deal is made. */
  left: number;
  /** Above Kim's position on its goal: the offer that makes this deal goes back up on it. */
  above: boolean;
  /** Offered, an option he is cold to where pressing it counts: its offer is a stall (cold-stall, cold-offer). */
  pressed: boolean;
}

/**
 * A set of sweeteners: their worth to him in all and each (the most first), cost to Kim, face, how
 * many, whether it holds one he asked for, and the money it gives back, in all and by each of those
 * that give any back (its worth to him and what it gives back).
 */
type SweetenerSet = { worth: number; worths: number[]; after: number[]; cost: number; face: number; size: number; asked: boolean; askedWorths: number[]; back: number; backs: { worth: number; back: number }[] };
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
    const askedWorths: number[] = [];
    const backs: { worth: number; back: number }[] = [];
    for (let i = 0; i < unused.length; i++) {
      if (!(mask & (1 << i))) continue;
      const x = unused[i]!;
      worth += Math.max(0, p.sweeteners[x.id] ?? 0);
      worths.push(Math.max(0, p.sweeteners[x.id] ?? 0));
      cost += x.kimCost;
      face += x.face;
      size++;
      if (s.putinAsks.includes(x.id)) {
        asked = true;
        askedWorths.push(Math.max(0, p.sweeteners[x.id] ?? 0));
      }
      back += Math.max(0, p.moneyBack[x.id] ?? 0);
      if ((p.moneyBack[x.id] ?? 0) > 0) backs.push({ worth: Math.max(0, p.sweeteners[x.id] ?? 0), back: p.moneyBack[x.id]! });
    }
    worths.sort((a, b) => b - a);
    sets.push({ worth, worths, after: sumsAfter(worths), cost, face, size, asked, askedWorths, back, backs });
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
export function covers(worths: readonly number[], short: readonly { lack: number; goals: number; worst: number }[], after: readonly number[] = sumsAfter(worths)): boolean {
  const g = short.length;
  if (g === 0) return true;
  if (g > worths.length) return false;
  // Worths are sorted, the most first. Of any way to cover, one gives each worth in turn to a
  // group still short (a worth given to a group already covered is wasted, and a worth left out
  // can take the place of a smaller one given later: more worth, same number of sweeteners, and
  // the worst goal still made up), so only those ways are searched.
  for (let u = 0; u < g; u++) {
    const x = short[u]!;
    lackOf[u] = x.lack;
    roomOf[u] = x.goals;
    worstOf[u] = x.worst;
  }
  return give(worths, after, g, 0);
}

/** The sums of the worths from each on (after[i]: worths[i] and all after it; after[length] = 0). */
export function sumsAfter(worths: readonly number[]): number[] {
  const after = new Array<number>(worths.length + 1);
  after[worths.length] = 0;
  for (let i = worths.length - 1; i >= 0; i--) after[i] = after[i + 1]! + worths[i]!;
  return after;
}

// What the short groups still lack, their room, their worst goal: covers' own working arrays.
const lackOf: number[] = [];
const roomOf: number[] = [];
const worstOf: number[] = [];

/** Whether worths i… can cover what the g groups still lack (covers). */
function give(worths: readonly number[], after: readonly number[], g: number, i: number): boolean {
  let open = 0;
  let need = 0;
  let roomOpen = 0;
  let hardest = 0;
  for (let u = 0; u < g; u++) {
    if (lackOf[u]! <= 0.01 && worstOf[u]! <= 0.01) continue;
    if (roomOf[u] === 0) return false;
    open++;
    need += Math.max(0, lackOf[u]! - 0.01);
    roomOpen += roomOf[u]!;
    if (worstOf[u]! > hardest) hardest = worstOf[u]!;
  }
  if (open === 0) return true;
  // Each short group needs one more worth at least, the largest left must make up every worst
  // goal still short, and the worths left that can be given at all must reach what is lacked.
  if (open > worths.length - i || worths[i]! < hardest - 0.01) return false;
  if (after[i]! - after[Math.min(worths.length, i + roomOpen)]! < need) return false;
  const w = worths[i]!;
  for (let u = 0; u < g; u++) {
    if (lackOf[u]! <= 0.01 && worstOf[u]! <= 0.01) continue;
    // Two groups alike: giving to the second is the same as giving to the first.
    let twin = false;
    for (let v = 0; v < u && !twin; v++) twin = lackOf[v] === lackOf[u] && roomOf[v] === roomOf[u] && worstOf[v] === worstOf[u];
    if (twin) continue;
    const lack = lackOf[u]!;
    const worst = worstOf[u]!;
    lackOf[u] = lack - w;
    roomOf[u]!--;
    if (w >= worst - 0.01) worstOf[u] = 0;
    const ok = give(worths, after, g, i + 1);
    lackOf[u] = lack;
    roomOf[u]!++;
    worstOf[u] = worst;
    if (ok) return true;
  }
  return false;
}

type Short = { lack: number; goals: number; worst: number };

/**
 * A package's items that go back up on their goal and those whose offer may be a concession; its
 * items' worths against his price at its last offer with more offers going back up and more that
 * cannot be concessions up to it, and at an offer before that one, which goes back up or not and
 * may be a concession or not (null where the day cannot hold it): see splitsOf.
 */
export interface SplitSteps {
  above: readonly boolean[];
  below: readonly boolean[];
  last: (extraUp: number, extraStill: number) => readonly number[] | null;
  before: (up: boolean, still: boolean) => readonly number[] | null;
}

/**
 * What the offers of a package short of his price lack, for each way of splitting it into offers
 * (one a goal at most): only the ways no other beats (no more offers short, each by no more), each
 * as what its short offers lack, the most first. With `steps` (split-retractions): a way that puts
 * items going back up in q offers makes q - 1 more offers going up than the package counted as one,
 * all of them by the last of its offers, each taking back a step (stepsMade), and a way whose
 * offers hold no item that may be a concession makes that many offers that are none: whichever
 * offer comes last is worth what it is with those, and each other offer what it can be at an offer
 * before the last (itself going up, or no concession, as its items say).
 */
function splitsOf(values: readonly number[], steps?: SplitSteps, cold?: ColdOffer): number[][] {
  const n = values.length;
  const found: number[][] = [];
  const block = new Array<number>(n).fill(0);
  const sums: number[] = [];
  /** What an offer of these items pays for a press in it (cold-offer): every item but those already charged, if any is. */
  const pressCost = (b: number) => {
    if (!cold) return 0;
    let items = 0;
    let pressed = 0;
    for (let k = 0; k < n; k++) {
      if (block[k] !== b) continue;
      items++;
      if (cold.pressed[k]) pressed++;
    }
    return pressed > 0 ? cold.harden * (items - pressed) : 0;
  };
  /** What the package's last offer pays for every press up to it (presses-before): each of its items, less the one already charged. */
  const lastCost = (b: number) => {
    if (!cold?.presses) return pressCost(b);
    let cost = 0;
    for (let k = 0; k < n; k++) if (block[k] === b) cost += cold.harden * (cold.pressed[k] ? cold.presses - 1 : cold.presses);
    return cost;
  };
  const add = (lacks: number[]) => {
    // Kept only if no way found so far is as good in every offer, and those it beats are dropped.
    const beats = (a: number[], b: number[]) => a.length <= b.length && a.every((x, k) => x <= b[k]! + 1e-9);
    if (found.some((f) => beats(f, lacks))) return;
    for (let k = found.length - 1; k >= 0; k--) if (beats(lacks, found[k]!)) found.splice(k, 1);
    found.push(lacks);
  };
  const visit = (i: number, blocks: number) => {
    if (i === n) {
      if (!steps || blocks === 1) {
        // Any of the package's offers may be its last (the one that pays every press up to it).
        for (let l = 0; l < (cold?.presses ? blocks : 1); l++) add(sums.slice(0, blocks).map((x, b) => x - (cold?.presses && b === l ? lastCost(b) : pressCost(b))).filter((x) => x < -0.01).map((x) => -x).sort((a, b) => b - a));
        return;
      }
      const up = new Array<boolean>(blocks).fill(false);
      const concedes = new Array<boolean>(blocks).fill(false);
      for (let k = 0; k < n; k++) {
        if (steps.above[k]) up[block[k]!] = true;
        if (steps.below[k]) concedes[block[k]!] = true;
      }
      const ups = up.filter(Boolean).length;
      const stills = concedes.filter((x) => !x).length;
      const last = steps.last(Math.max(0, ups - 1), stills - (concedes.some(Boolean) ? 0 : 1));
      if (!last) return;
      const before = up.map((x, b) => steps.before(x, !concedes[b]));
      for (let l = 0; l < blocks; l++) {
        const here = new Array<number>(blocks).fill(0);
        let possible = true;
        for (let k = 0; k < n; k++) {
          const b = block[k]!;
          const at = b === l ? last : before[b];
          if (!at) {
            possible = false;
            break;
          }
          // (An earlier offer is worth no more than at the package's own steps either.)
          here[b] = here[b]! + (b === l ? at[k]! : Math.min(at[k]!, values[k]!));
        }
        if (possible) add(here.map((x, b) => x - (b === l ? lastCost(b) : pressCost(b))).filter((x) => x < -0.01).map((x) => -x).sort((a, b) => b - a));
      }
      return;
    }
    for (let b = 0; b <= blocks; b++) {
      if (b === blocks) sums[b] = 0;
      block[i] = b;
      sums[b]! += values[i]!;
      visit(i + 1, b === blocks ? blocks + 1 : blocks);
      sums[b]! -= values[i]!;
    }
  };
  visit(0, 0);
  return found;
}

/**
 * Whether the sweeteners (their worths, the most first) can make up packages short of his price
 * (each as its items' worths against it) one sweetener an offer: some way of splitting each into
 * offers leaves short offers that distinct sweeteners each make up (the k-th most short by no more
 * than the k-th most worth). covers counts a package only by what it lacks in all, its offers and
 * its worst goal; two goals far below his price in one package need two sweeteners each worth
 * nearly as much as one of them lacks, which this tells and covers does not.
 */
export function coversSplit(worths: readonly number[], packages: readonly (readonly number[])[], steps?: readonly (SplitSteps | undefined)[], cold?: readonly (ColdOffer | undefined)[]): boolean {
  return coversWays(worths, splitWays(packages, steps, cold));
}

/** Each package's ways of splitting into offers, as splitsOf names them (worked out once for every set of sweeteners). */
export function splitWays(packages: readonly (readonly number[])[], steps?: readonly (SplitSteps | undefined)[], cold?: readonly (ColdOffer | undefined)[]): number[][][] {
  return packages.map((values, g) => splitsOf(values, steps?.[g], cold?.[g]));
}

/**
 * A package's items that press an option he is cold to (cold-offer): an offer holding one is a
 * stall, which hardens him before he answers, so every item of that offer pays `harden` on his
 * price; those items' worths have it already (cold-stall), the other items of their offer not.
 */
export interface ColdOffer {
  pressed: readonly boolean[];
  harden: number;
  /**
   * The offers of the day that press an option he is cold to, up to this package's last offer, at
   * least: one for each package placed no later than it that holds such an option (packages have
   * distinct arguments, so distinct offers), its own among them. Each of those presses hardens him
   * before an offer no later than this package's last, so every item of that last offer pays each
   * of their stalls (presses-before; engine version 10: a stall's hardening stays for the day).
   * Without the rule only the day's last offer is told them (cold-offer).
   */
  presses?: number;
}

/** Whether the sweeteners make up some way of splitting each package (coversSplit). */
function coversWays(worths: readonly number[], ways: readonly (readonly number[][])[]): boolean {
  const lacks: number[] = [];
  const pick = (g: number): boolean => {
    if (g === ways.length) {
      if (lacks.length > worths.length) return false;
      const sorted = [...lacks].sort((a, b) => b - a);
      return sorted.every((x, k) => x <= worths[k]! + 0.01);
    }
    for (const way of ways[g]!) {
      const n = lacks.length;
      lacks.push(...way);
      const ok = pick(g + 1);
      lacks.length = n;
      if (ok) return true;
    }
    return false;
  };
  return pick(0);
}

/** What a package of items worth these against his price, each less `less`, lacks (as covers names it), or null if it lacks nothing. */
function shortOf(values: readonly number[], less: number): Short | null {
  let sum = 0;
  let least = 0;
  let above = 0;
  for (const v of values) {
    const x = v - less;
    sum += x;
    least = Math.min(least, x);
    if (x > 0) above += x;
  }
  return sum < -0.01 ? { lack: -sum, goals: values.length, worst: -(least + above) } : null;
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
  /** Rules of the bound left out (each only lowers it where it holds): the tests search with and without each. */
  without?: ReadonlySet<BoundRule>;
}

/**
 * The bound's rules that engine version 5 made worth having, by name: a step taken back for a deal
 * Kim must go back up to; his mark-up until the sweetener he asked for is
 * offered; what the packages before an offer tell of the concessions up to it; China's line
 * held by the news that came before the offer, not all the day's; a day that closes every goal
 * ends with its last deal, so the news it counts came by then; and one engine version 6 made worth
 * having: the money a sweetener gives back, given back by the offer that carries the last deal
 * with money (money-back-in-time); and two of engine version 7: every package of a day's deals that
 * goes back up on a goal takes back a step, not only one of them (retractions-counted); a goal's top
 * lawful option offered where Kim has no position yet is no concession (first-at-top); a package
 * that must be split into offers (offers-split) and goes back up in several of them takes back a
 * step in each, and an offer of it that holds no concession is none (split-retractions); coming
 * down below the deals of m packages makes m offers going back up (backs-counted), each after a
 * step on its own goal, so that they take back m steps, less those steps made in one offer
 * (backs-matched); and one of engine version 8: his count, offer by offer up to the one that
 * makes a deal, never passes the concessions that bring his price to his floor, so a concession
 * made there is lost and an offer going back up takes one from there (floor-capped, countAtMost);
 * and one of engine version 9 (its standard and hard numbers are version 8's): a step down on the
 * goal of a package whose deals are at Kim's positions makes that package go back up, so that a
 * step bought there to reach his floor is taken back by the package (backs-capped, countWithBacks);
 * and the packages' counts, each the most its own slot allows, are weighed as they can come on one
 * line, where his count can reach his floor (counts-together, jointCounts in byPackages); and three
 * of engine version 10 (an offer pressing an option he is cold to is a stall): the deal's own goal
 * pays the stall (cold-stall), the other goals of its offer and the day's last offer pay it too
 * (cold-offer), and so does the last offer of every package placed after it (presses-before).
 */
export const BOUND_RULES = ['steps-taken-back', 'asks-pending', 'packages-before', 'china-in-time', 'day-settles', 'money-back-in-time', 'offers-split', 'retractions-counted', 'first-at-top', 'split-retractions', 'backs-counted', 'backs-matched', 'floor-capped', 'backs-capped', 'counts-together', 'cold-stall', 'cold-offer', 'presses-before'] as const;
export type BoundRule = (typeof BOUND_RULES)[number];

export const dayKey = (t: Target) => JSON.stringify(t);
const NONE: ReadonlySet<BoundRule> = new Set();

const residuesOf = new WeakMap<Scenario, number[] | null>();

/**
 * The clock as the bound reads it (boundOf): only through how many offers fit between it and a few
 * marks, and whether it has passed the end of the day. The marks are a minute before the end of
 * the day (the last offers' count rounds up: ceil((end - clock) / P) is floor((end - 1 - clock) / P)
 * plus one for whole minutes), a minute before each news checkpoint, and the starts of offers, each
 * a whole number of offers before one of those. For a mark A and offers of P minutes, that count is
 * floor((A - clock) / P), which is (A - r) / P plus floor((r - clock) / P) for r the remainder of A
 * by P. So clocks with the same floor((r - clock) / P) for each remainder r of the marks have the
 * same bound, and share one in the table (BoundOptions.memo): with Vladivostok's numbers (a
 * 360-minute day, news every 60, offers of 30) every remainder is 29, and the clocks from 30m to
 * 30m + 29 share one. (Where the minutes are not whole, as no scenario has them, each clock is its
 * own.)
 */
function clockClass(scenario: Scenario, clock: number): string {
  const P = scenario.costs.propose;
  let residues = residuesOf.get(scenario);
  if (residues === undefined) {
    const whole = [P, scenario.dayLength, scenario.newsEvery].every(Number.isInteger) && P > 0;
    if (whole) {
      const set = new Set<number>([(scenario.dayLength - 1) % P]);
      // (m times the news' interval, less a minute, for every m: their remainders repeat within P.)
      for (let m = 1; m <= P; m++) set.add((m * scenario.newsEvery - 1) % P);
      residues = [...set];
    } else residues = null;
    residuesOf.set(scenario, residues);
  }
  if (residues === null || !Number.isInteger(clock)) return `${clock}`;
  let k = clock > scenario.dayLength ? 'past ' : '';
  for (const r of residues) k += `${Math.floor((r - clock) / P)}/`;
  return k;
}

/**
 * What the bound reads of a state, as a key: the clock's class (clockClass), the news delivered,
 * the meters it weighs (Washington, face), his price's inputs (concessions, the steps Kim's
 * positions still allow, the goal named first, stalls, the sweeteners given and so his asks), his
 * budgets spent, the claims, and each goal's deal, standing counter, deadline and list.
 */
function boundKey(scenario: Scenario, s: GameState, options: BoundOptions): string {
  const c = s.summit.context;
  let k = `${clockClass(scenario, c.clock)},${c.usAttention},${c.face},${s.concessions},${s.hardening},${s.firstGoal},${s.spent.money},${s.spent.china},${[...s.sweetenersUsed].sort().join('+')},${s.putinAsks.join('+')},${s.news.length};`;
  for (const x of s.claims) k += `${x.goal}=${x.option}${x.bluff ? '!' : ''},`;
  let potential = 0;
  for (const g of scenario.goals) {
    const track = s.goals[g.id]!;
    if (isFinal(goalMachine(g), track)) {
      k += `|${track.context.deal}`;
      continue;
    }
    // Each goal's position, not only the steps they leave in all: where they stand against a day's
    // deals says which deals must go back up (stepsMade).
    potential += stepsLeft(scenario, s, g);
    k += `|${s.positions[g.id]},${track.value === 'countered' ? track.context.counter : ''},${track.context.roundsLeft !== null && track.context.roundsLeft <= 0},${track.context.listOk}`;
  }
  return `${k};${potential};${options.exact === true}${options.target ? dayKey(options.target) : ''}`;
}

/**
 * The steps the goal still allows below the option at this index: the options below it that can be
 * Kim's positions (putin/cold.ts: lawful ones, less those he is cold to where pressing them counts),
 * no more than the steps left on the goal (with no position yet, the top one is his first position,
 * not a step; an option he is cold to above it has every one of them below it).
 */
function stepsBelow(scenario: Scenario, s: GameState, g: Scenario['goals'][number], at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (isRung(scenario, s.profile, g, i)) n++;
  return Math.min(n, stepsLeft(scenario, s, g));
}

/** The concessions a goal still allows: the options below Kim's position that can be positions (all but the top one before he has one). */
function stepsLeft(scenario: Scenario, s: GameState, g: Scenario['goals'][number]): number {
  const pos = s.positions[g.id];
  let n = 0;
  for (let i = 0; i < g.options.length; i++) if (isRung(scenario, s.profile, g, i) && (pos === null || pos === undefined || i < pos)) n++;
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

/**
 * The offers up to one that makes deals, by what they do to his count (moves/kim.ts): the packages
 * of the day's deals before it that go back up on a goal and may come down on another too
 * (`upBoth`) or cannot (`upOnly`), those that do not go back up and may be concessions (`down`),
 * and what the offer itself does (`self`).
 */
export interface OfferKinds {
  upOnly: number;
  upBoth: number;
  down: number;
  self: 'up' | 'both' | 'down' | 'none';
  /** The steps left on the goals those packages before it close. */
  closed: number;
  /**
   * The packages before it that neither go back up nor come down (every deal at Kim's position on
   * its goal, `self` 'none' for the offer itself), as the steps left below their deals on their
   * goals (backs-capped, countWithBacks): a step down on one of those goals goes below its deal, so
   * that the package goes back up. `own`: the same of the offer itself (0 unless `self` is 'none');
   * `open`: the steps on every other goal still open.
   */
  flat?: readonly number[];
  downs?: readonly number[];
  own?: number;
  open?: number;
}

/**
 * The most his count can be once an offer is answered (floor-capped), from `now`: at most
 * `concessions` of the offers up to it are concessions (one a goal's step), `free` more offers are
 * none of the day's packages, and `late` of the goals' steps are on goals no package before it
 * closes (a concession made once those packages are made takes one of those). He counts a
 * concession only up to `cap` (those that bring his price to his floor, withConcession), and an
 * offer that goes back up takes one back, after its own concession if it makes one, never below
 * zero (moves/kim.ts): so a concession made at the cap is lost, and one counts only after offers
 * going back up that it makes good. Every order of the offers is tried, each package that may be a
 * concession counted as one or not, each free offer as a concession anywhere while steps are left:
 * the most of those counts is at least his count on any line. (Counting an offer as not going back
 * up, or as a concession, where it may not be, only raises the count.)
 */
export function countAtMost(now: number, cap: number, concessions: number, free: number, late: number, kinds: OfferKinds): number {
  if (!Number.isFinite(cap)) return Number.POSITIVE_INFINITY;
  // Beyond what the search's keys hold (a scenario with more steps than Vladivostok's nine), the cap
  // itself: the most he ever counts, so still never below his count.
  if (concessions > 15 || free > 15 || kinds.upOnly > 7 || kinds.upBoth > 7 || kinds.down > 7 || cap > 63) return cap;
  const k = `${now},${cap},${concessions},${free},${late},${kinds.upOnly},${kinds.upBoth},${kinds.down},${kinds.self}`;
  const known = countCache.get(k);
  if (known !== undefined) return known;
  const down = (c: number) => Math.min(c + 1, cap);
  const back = (c: number) => Math.max(0, c - 1);
  const seen = new Map<number, number>();
  const most = (u: number, b: number, d: number, f: number, left: number, c: number): number => {
    const key = ((((u * 8 + b) * 8 + d) * 16 + f) * 16 + left) * 64 + c;
    const had = seen.get(key);
    if (had !== undefined) return had;
    let best = 0;
    if (u + b + d === 0) {
      // The packages before it made: what is left of the free offers and the steps on open goals, then the offer itself.
      const room = Math.min(left, late);
      const selfDown = kinds.self === 'both' || kinds.self === 'down';
      for (const own of selfDown && room >= 1 ? [0, 1] : [0]) {
        let x = Math.min(cap, c + Math.min(f, room - own));
        if (kinds.self === 'up' || (kinds.self === 'both' && !own)) x = back(x);
        else if (kinds.self === 'both') x = back(down(x));
        else if (own) x = down(x);
        best = Math.max(best, x);
      }
    } else {
      if (u > 0) best = Math.max(best, most(u - 1, b, d, f, left, back(c)));
      if (b > 0) {
        best = Math.max(best, most(u, b - 1, d, f, left, back(c)));
        if (left > 0) best = Math.max(best, most(u, b - 1, d, f, left - 1, back(down(c))));
      }
      if (d > 0) {
        best = Math.max(best, most(u, b, d - 1, f, left, c));
        if (left > 0) best = Math.max(best, most(u, b, d - 1, f, left - 1, down(c)));
      }
      if (f > 0 && left > 0) best = Math.max(best, most(u, b, d, f - 1, left - 1, down(c)));
    }
    seen.set(key, best);
    return best;
  };
  const out = most(kinds.upOnly, kinds.upBoth, kinds.down, free, concessions, Math.min(now, cap));
  countCache.set(k, out);
  return out;
}
const countCache = new Map<string, number>();

/**
 * countAtMost, knowing where the concessions can be made (backs-capped). Each concession comes down
 * on some goal, taking at least one of its steps. A package before the offer that does not go back
 * up now (its deals at or below Kim's positions: `self` 'none' or 'down') goes back up once Kim has
 * come down below one of its deals (a lawful option above his most modest one: isRetraction), and
 * then takes a step back; the steps below its deals (`kinds.flat` for those that cannot be
 * concessions, `kinds.downs` for those that may, in `kinds.down`'s place) can only be taken before
 * it is made (it closes its goals). The same of the offer itself (`kinds.own`: the steps below its
 * deals, where `self` is 'none' or 'down'); the steps of every other goal still open
 * (`kinds.open`) are taken anywhere. Every order is tried, each concession of a free offer counted
 * as taken from any of those, one step each (an offer that comes down on several goals at once is
 * one concession that takes more steps, and one that goes below a deal without a concession, a
 * first position, only makes more packages go back up); a package's own concession comes down on
 * one of its goals to its deal there, so it takes a step above that deal, one of `open`'s; a free
 * offer is counted as never going back up, and a package that may be a concession as one where it
 * goes back up too: each only raises the count. So this too is at least his count on any line.
 * It is used in countAtMost's place, not with it: countAtMost holds to `late` every concession made
 * once the packages that go back up or may come down are made, even one made on the goals of a
 * package at Kim's positions still to be made (which then goes back up), as this does not.
 * Without `flat`, `downs` and `own` (no such steps), it is countAtMost.
 */
export function countWithBacks(now: number, cap: number, concessions: number, free: number, late: number, kinds: OfferKinds): number {
  const flat = kinds.flat ?? [];
  const downs = kinds.downs ?? [];
  const own = kinds.own ?? 0;
  const packs = [...flat.map((x) => ({ pool: x, down: false })), ...downs.map((x) => ({ pool: x, down: true }))];
  if (packs.every((x) => x.pool === 0) && own === 0) return countAtMost(now, cap, concessions, free, late, kinds);
  if (!Number.isFinite(cap) || packs.length > 6 || downs.length !== kinds.down) return countAtMost(now, cap, concessions, free, late, kinds);
  const k = `${now},${cap},${concessions},${free},${late},${kinds.upOnly},${kinds.upBoth},${kinds.self},${flat.join('+')},${downs.join('+')},${own},${kinds.open ?? Number.POSITIVE_INFINITY}`;
  const known = backsCache.get(k);
  if (known !== undefined) return known;
  const down = (c: number) => Math.min(c + 1, cap);
  const back = (c: number) => Math.max(0, c - 1);
  // Beyond what the keys below hold: the cap itself, the most he ever counts.
  if (kinds.open === undefined || kinds.upOnly > 7 || kinds.upBoth > 7 || free > 15 || concessions > 15 || cap > 63 || kinds.open > 15 || own > 7 || late > 15 || packs.some((x) => x.pool > 6)) return cap;
  const seen = new Map<number, number>();
  // Each package's steps left (-1 once made) as one number, the first the lowest.
  const stride: number[] = [];
  let space = 1;
  for (const x of packs) {
    stride.push(space);
    space *= x.pool + 2;
  }
  // `pools`: the steps left below each package's deals, -1 once it is made (gone back up if fewer
  // than it had: a step was taken there).
  // `lateLeft`: what is left of `late` (the steps on goals no package before it closes) once every
  // package before it that is not at Kim's positions is made: from then on the other goals' steps
  // and the offer's own are all on such goals (a package at his positions closes only its own).
  const most = (u: number, b: number, f: number, left: number, c: number, open: number, pools: number[], ownLeft: number, lateLeft: number): number => {
    let at = 0;
    for (let v = 0; v < pools.length; v++) at += (pools[v]! + 1) * stride[v]!;
    const key = (((((((u * 8 + b) * 16 + f) * 16 + left) * 64 + c) * 16 + open) * 8 + ownLeft) * 16 + Math.max(0, lateLeft)) * space + at;
    const had = seen.get(key);
    if (had !== undefined) return had;
    let best = 0;
    const after = u + b === 0 && pools.every((x, v) => x < 0 || !packs[v]!.down);
    const late1 = after ? lateLeft - 1 : lateLeft;
    if (u + b === 0 && pools.every((x) => x < 0)) {
      // Every package before it made: the free offers' concessions left, then the offer itself,
      // which goes back up if a step was taken below its deals.
      const room = Math.min(left, lateLeft);
      const selfDown = kinds.self === 'both' || kinds.self === 'down';
      for (const mine of selfDown && room >= 1 && open >= 1 ? [0, 1] : [0]) {
        const more = Math.min(f, room - mine);
        for (const taint of ownLeft > 0 ? [false, true] : [false]) {
          let x = Math.min(cap, c + Math.min(more, open - mine + (taint ? ownLeft : 0)));
          const up = kinds.self === 'up' || kinds.self === 'both' || taint || ownLeft < own;
          if (up) x = back(mine ? down(x) : x);
          else if (mine) x = down(x);
          best = Math.max(best, x);
        }
      }
    } else {
      if (u > 0) best = Math.max(best, most(u - 1, b, f, left, back(c), open, pools, ownLeft, lateLeft));
      if (b > 0) {
        best = Math.max(best, most(u, b - 1, f, left, back(c), open, pools, ownLeft, lateLeft));
        if (left > 0 && open > 0) best = Math.max(best, most(u, b - 1, f, left - 1, back(down(c)), open - 1, pools, ownLeft, lateLeft));
      }
      for (let v = 0; v < pools.length; v++) {
        if (pools[v]! < 0) continue;
        // Two packages alike (of one kind, neither touched, the same steps): making either first is the same.
        let twin = false;
        for (let w = 0; w < v && !twin; w++) twin = pools[w] === pools[v] && packs[w]!.pool === packs[v]!.pool && packs[w]!.down === packs[v]!.down && pools[w] === packs[w]!.pool;
        if (twin) continue;
        const made = [...pools];
        made[v] = -1;
        const up = pools[v]! < packs[v]!.pool;
        best = Math.max(best, most(u, b, f, left, up ? back(c) : c, open, made, ownLeft, lateLeft));
        if (packs[v]!.down && left > 0 && open > 0) best = Math.max(best, most(u, b, f, left - 1, up ? back(down(c)) : down(c), open - 1, made, ownLeft, lateLeft));
      }
      if (f > 0 && left > 0) {
        if (open > 0 && late1 >= 0) best = Math.max(best, most(u, b, f - 1, left - 1, down(c), open - 1, pools, ownLeft, late1));
        for (let v = 0; v < pools.length; v++) {
          if (pools[v]! <= 0) continue;
          const took = [...pools];
          took[v]!--;
          best = Math.max(best, most(u, b, f - 1, left - 1, down(c), open, took, ownLeft, lateLeft));
        }
        if (ownLeft > 0 && late1 >= 0) best = Math.max(best, most(u, b, f - 1, left - 1, down(c), open, pools, ownLeft - 1, late1));
      }
    }
    seen.set(key, best);
    return best;
  };
  const out = most(kinds.upOnly, kinds.upBoth, free, concessions, Math.min(now, cap), Math.max(0, kinds.open), packs.map((x) => x.pool), own, late);
  backsCache.set(k, out);
  return out;
}
const backsCache = new Map<string, number>();
const jointCache = new Map<string, number[][]>();

function boundOf(bundle: ScenarioBundle, s: GameState, options: BoundOptions): number {
  const without = options.without ?? NONE;
  const { target, days } = options;
  const exact = options.exact === true && target !== undefined;
  const { scenario } = bundle;
  const p = s.profile;
  const c = s.summit.context;
  const clock = c.clock;
  const n = scenario.goals.length;
  const total = (n * (n + 1)) / 2;
  // The most concessions he counts: those that bring his price to his floor (engine version 8).
  const floorSteps = withConcession(p, Number.POSITIVE_INFINITY);
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
    const left = stepsLeft(scenario, s, g);
    potential += left;
    if (left > 0 && s.positions[g.id] !== null && s.positions[g.id] !== undefined) positioned = true;
    const list: Choice[] = [];
    const noDeadline = track.context.roundsLeft === null || track.context.roundsLeft > 0;
    for (const o of g.options) {
      if (target && target[g.id] !== o.id) continue;
      // The counter standing is taken now, or let lapse and its option offered later (in a package,
      // say, where that offer may be a concession, which taking the counter is not).
      const counter = track.value === 'countered' && track.context.counter === o.id;
      for (const standing of counter ? [true, false] : [false]) {
      if (!standing) {
        if (!noDeadline) continue;
        if (o.breaks.length > 0 || s.claims.some((x) => x.goal === g.id && x.option === o.id && !x.bluff)) continue;
        if (o.needsList && track.context.listOk !== true && !listCanPass) continue;
      }
      // An option he is cold to, where pressing it counts (putin/cold.ts), is offered in a stall: the
      // offer that makes the deal hardens him first, so its goal's price is at least one stall more
      // (cold-stall; here left on the other goals of its package and the offers after it, which only
      // allows more: the packages placed in time charge those, cold-offer and presses-before).
      const stalls = !standing && !without.has('cold-stall') && pressesCold(scenario, p, g.id, o.id) ? scenario.putin.harden : 0;
      const base = (p.options[g.id]?.[o.id] ?? 0) + (s.eventBonus[g.id]?.[o.id] ?? 0) - stalls;
      const pos = s.positions[g.id];
      const at = g.options.indexOf(o);
      const under = pos !== null && pos !== undefined && at < pos;
      // With no position yet, an offer of its top lawful option is never a concession: a position
      // is a lawful option (one he is not cold to, where that counts), and none is above it
      // (first-at-top). An option he is cold to is no concession at all (putin/cold.ts).
      const below = (under || ((pos === null || pos === undefined) && (without.has('first-at-top') || g.options.some((x, i) => i > at && isRung(scenario, p, g, i))))) && (scenario.putin.coldPress !== true || isRung(scenario, p, g, at));
      const above = !standing && pos !== null && pos !== undefined && at > pos;
      const back = standing ? 0 : above ? left : stepsBelow(scenario, s, g, at);
      list.push({ kim: o.kim, face: dealFace(scenario, o.kim), us: o.us, money: o.money, china: o.china ? 1 : 0, base, needs: o.needsFraming, key: `${g.id}=${o.id}`, goal: g.id, option: o.id, free: standing, below, under, back, left, above, pressed: stalls > 0 });
      }
    }
    choices.push(list);
  }

  /**
   * His steps (concessions counted) once `offers` more offers that can be concessions are made, for
   * deals offered by then that hold `back` lawful steps below them on their goals (see Choice) or,
   * in `above` distinct offers (true: one), one above Kim's position. Each offer adds at most one
   * step, and one that goes back up on a goal adds none: it takes back the step it may make
   * (moves/kim.ts). To make a deal after coming down below it on its goal, Kim goes back up; that
   * costs a step, since the count was at least one once he came down (a concession): the steps
   * are then the day's all but one, else the day's less those below the deals. A deal above his
   * position goes back up in any case, which costs a step whenever the count is at least one to
   * start with.
   * With `above` a number of distinct offers going up (retractions-counted), each of them either
   * is a concession too, and then adds nothing where `offers` counted it as one step, or is not,
   * and takes a step back (none where the count is at zero). The count falls to zero only after as
   * many steps taken back as it had to start with, so those offers take back at least
   * min(above, concessions now) steps in all. `flat` is then the part of `back` held by deals in
   * offers of their own that do not go up: a line that takes none of those steps makes at most the
   * steps left without them; one that takes any goes up in one more offer.
   */
  const stepsMade = (offers: number, back: number, above: boolean | number, flat: number | readonly number[] = back): number => {
    const all = Math.min(offers, potential);
    if (without.has('steps-taken-back')) return s.concessions + all;
    // `flat` as the steps below the deals of each package that does not go up (backs-counted): a
    // line that takes steps below the deals of m of them goes up in m offers more (each a package
    // of its own), and has no more steps than those m leave with the others' steps left out; and
    // one at least of those m takes a step back, since each came down on its goal before.
    // More (backs-matched): each of those m offers comes after a concession on its own goal. Where
    // those concessions are m distinct offers, the count is at zero at the k-th of the m going up
    // only once k steps have been taken back before it, so the m take back m steps in all; where an
    // offer came down on several of those goals at once (w more goals than offers), it took as many
    // steps of the goals' for one of his, and m - w are still taken back.
    if (typeof flat !== 'number' && typeof above === 'number' && !without.has('retractions-counted') && !without.has('backs-counted')) {
      // (`flat` comes sorted, the most steps first.)
      let total = 0;
      for (const x of flat) total += x;
      let most = Number.NEGATIVE_INFINITY;
      let taken = 0;
      const matched = !without.has('backs-matched');
      for (let m = 0; m <= flat.length; m++) {
        if (m > 0) taken += flat[m - 1]!;
        const left = Math.max(0, potential - (total - taken));
        for (let w = 0; w <= (matched ? Math.max(0, m - 1) : 0); w++) {
          const back = Math.max(Math.min(above + m, s.concessions), m >= 1 ? 1 : 0, matched ? m - w : 0);
          most = Math.max(most, s.concessions + Math.min(offers, Math.max(0, left - w)) - back);
        }
      }
      return most;
    }
    if (typeof flat !== 'number') flat = flat.reduce((a, b) => a + b, 0);
    if (typeof above === 'number' && above >= 1 && s.concessions >= 1 && !without.has('retractions-counted')) {
      const keep = s.concessions + Math.min(offers, Math.max(0, potential - flat)) - Math.min(above, s.concessions);
      return flat > 0 ? Math.max(keep, s.concessions + all - Math.min(above + 1, s.concessions)) : keep;
    }
    if (above && s.concessions >= 1) return s.concessions + all - 1;
    if (back > 0) return s.concessions + Math.max(Math.min(offers, potential - back), all - 1);
    return s.concessions + all;
  };

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
  // The room the first i of the news to come make on China's line (at their best, as atBest counts it).
  const chinaBy = [0];
  for (const e of events) chinaBy.push(chinaBy.at(-1)! + Math.max(0, e?.china ?? 0));
  const chinaInTime = !without.has('china-in-time');
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
    const slot = (r: number, newsBy = j, still = 0, startBy = Number.POSITIVE_INFINITY, back = 0, above: boolean | number = false, packages = 0, under = 0, flat: number | readonly number[] = back, up: boolean | OfferKinds = false) => {
      let start = Math.min(startBy, lastClock >= scenario.dayLength ? scenario.dayLength - 1 - offerMinutes * r : lastClock - offerMinutes * (r + 1));
      // Answered with no more than `newsBy` of the news to come: begun before the next one's checkpoint.
      if (newsBy < events.length) start = Math.min(start, (delivered + newsBy + 1) * scenario.newsEvery - 1);
      const upTo = Math.min(offers - r, Math.floor((start - clock) / offerMinutes) + 1);
      if (upTo < 1) return null;
      // Offers that cannot be concessions: the first, where Kim has no position yet to come down
      // from, and the packages of deals each of whose options is at or above a position he has
      // taken on its goal (`still` of them no later than this one).
      // `packages`: deals' packages that come no later than this offer, each an offer of its own;
      // if they are all the offers up to here, the only concessions among them are those with a
      // deal below a position Kim has taken (`under` of them): on a goal with none, no offer
      // before set one.
      if (upTo < packages) return null;
      const can = upTo === packages && !without.has('packages-before') ? Math.min(under, upTo - still) : upTo - Math.max(positioned ? 0 : 1, still);
      let made = stepsMade(Math.max(0, can), back, above, flat);
      // His count never passes the concessions that bring his price to his floor (floor-capped):
      // `up` says what the offers up to this one do to it (OfferKinds), or only that this one goes
      // back up (true), which leaves it one below those at most. Either is the most it can be on any
      // line (countAtMost), so the least of it and the count above only overestimates.
      if (up !== false && !without.has('floor-capped')) made = Math.min(made, typeof up === 'boolean' ? floorSteps - 1 : countWithBacks(s.concessions, floorSteps, Math.min(Math.max(0, can), potential), upTo - packages, Math.max(0, potential - up.closed), up));
      const late = made >= 1 && Math.min(scenario.dayLength, start + offerMinutes) >= deadline;
      return { start, steps: made + (late ? 1 : 0), made, news: Math.min(newsBy, Math.max(0, Math.floor(start / scenario.newsEvery) - delivered)) };
    };
    const last = slot(0) ?? { steps: s.concessions, made: s.concessions, news: 0 };
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
      /**
       * A day's deals in packages: each package has one argument and is taken or left whole, so the
       * deals are grouped by the argument they are offered with (the goals offered with one
       * argument counted as one package, which only allows more), each group must reach his price
       * with its own sweeteners, and each argument draws its attention from Washington. An argument
       * that helps no goal of the day (and draws attention) does no better than none.
       */
      const byPackages = (chosen: readonly Choice[], points: number, dealFaces: number, dealWon: number, usLinear: number, usGate: number, floor: number): number => {
        // His asks not yet answered, in a day whose sweeteners answer them: until one is offered, he asks more.
        const pending = withAsked && !answered && !without.has('asks-pending');
        const unansweredAtLeast = Math.max(0, scenario.putin.unanswered - 0.01);
        const items = chosen.filter((x) => !x.free);
        const settles = !without.has('day-settles') && items.length === goalIds.length;
        // Deals over his money need sweeteners that give back the rest.
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
        const backOf = universe.map(() => 0);
        /** The steps left on each package's goals (floor-capped). */
        const leftOf = universe.map(() => 0);
        const aboveOf = universe.map(() => false);
        const underOf = universe.map(() => false);
        const chinaOf = universe.map(() => 0);
        /** The money of each package's deals (counters standing now left out: taken before any offer, they are in `over` alone). */
        const moneyOf = universe.map(() => 0);
        let mostWorth = 0;
        let mostSize = 0;
        for (const set of usable) {
          mostWorth = Math.max(mostWorth, set.worth);
          mostSize = Math.max(mostSize, set.size);
        }
        const faceNoSet = Math.min(100, Math.max(c.face + dealFaces + faceGain, dealFaces + faceGain));
        /** The most a day with arguments drawing this much of Washington's attention can leave (no sweetener at all). */
        // (Asked at every step of the grouping below, for the few sums the arguments' attention can take: kept.)
        const ceilings = new Map<number, number>();
        const ceilingAt = (usF: number) => {
          let v = ceilings.get(usF);
          if (v === undefined) ceilings.set(usF, (v = points - spentCost + stanceScore(scenario, faceNoSet, Math.max(0, Math.min(usLinear + usF, 100 + usNeg)), dealWon)));
          return v;
        };
        const placed = universe.map(() => false);
        // The most each item can be worth against his price with each argument: at the most steps
        // any offer of this level can have (the last one's) and the best of the news by then.
        const top = items.map((_x, i) =>
          universe.map((_f, u) => {
            let most = Number.NEGATIVE_INFINITY;
            for (let k = 0; k <= j; k++) most = Math.max(most, gains(steps, k)[i]![u]!);
            return most;
          }),
        );
        // What the items from each on can add to a package at most (their best argument, if it adds).
        const topAfter = items.map(() => 0);
        for (let i = items.length - 1; i >= 0; i--) topAfter[i] = Math.max(0, ...top[i]!) + (topAfter[i + 1] ?? 0);
        /** Each package's worth at most (top, summed over its items), its least item, its items above his price, and what it lacks at best. */
        const topOf = universe.map(() => 0);
        const leastOf = universe.map(() => 0);
        const aboveTop = universe.map(() => 0);
        const topLack: ({ lack: number; goals: number; worst: number } | null)[] = universe.map(() => null);
        /**
         * Whether some set of sweeteners cheap enough to beat the best found (from `ceiling`, the
         * most the day can leave without them) makes up this much for this many short packages, and
         * covers those short packages named (`lacks`).
         */
        const affordable = (ceiling: number, deficit: number, short: number, lacks: readonly { lack: number; goals: number; worst: number }[] = []) => {
          if (deficit > mostWorth + 0.01 || short > mostSize) return false;
          for (const set of usable) {
            if (ceiling - set.cost <= Math.max(out, floor)) return false;
            if (set.worth >= deficit - 0.01 && set.size >= short && set.size <= offers && covers(set.worths, lacks, set.after)) return true;
          }
          return false;
        };
        /**
         * The packages given the last offers, the r-th from the end in turn, each with the most news
         * that can have come by then (no more than by the offer after it: the news only add worth,
         * and more news by an offer leaves more for the offers after it), under Washington's
         * patience then: what it is now, those news' pull, the package's own, and for the last
         * offer every other deal's too. Each package short of his price is named with what it lacks.
         */
        const lacking: { lack: number; goals: number; worst: number }[] = [];
        /** The items' worths against his price (asks answered) of the package placed at each offer from the end. */
        const valuesAt: number[][] = [];
        /** The money of the package placed at each offer from the end. */
        const moneyAt: number[] = [];
        /** The package placed at each offer from the end. */
        const groupAt: number[] = [];
        const splitRule = !without.has('offers-split');
        // (cold-offer) A package holding an option he is cold to, with other goals, may be short once
        // split into offers even where it is not as a whole: the offer pressing that option is a stall.
        const coldOffer = splitRule && !without.has('cold-stall') && !without.has('cold-offer') && items.some((x) => x.pressed);
        const pressedIn = (r: number) => items.filter((_x, i) => of[i] === groupAt[r]).map((x) => x.pressed);
        /**
         * The packages placed at this offer from the end or before it that press an option he is
         * cold to: each a distinct offer, and each of those stalls comes no later than the last
         * offer of the package at this one (presses-before). Without the rule, only the day's last
         * offer (r = 0) is told them (cold-offer).
         */
        const pressesRule = !without.has('presses-before');
        const pressesFrom = (r: number) => {
          if (r > 0 && !pressesRule) return 0;
          let k = 0;
          for (let q = r; q < used.length; q++) if (pressedIn(q).some(Boolean)) k++;
          return k;
        };
        /** Whether a package placed is weighed split into offers: it is short of his price, or may be once split or once the presses before it are paid (cold-offer, presses-before). */
        const splitting = (r: number) => valuesAt[r]!.reduce((a, b) => a + b, 0) < -0.01 || (coldOffer && ((valuesAt[r]!.length > 1 && pressedIn(r).some(Boolean)) || pressesFrom(r) > 0));
        /** The packages placed weighed split into offers, each as its items' worths. */
        const shortPackages = () => {
          const out: number[][] = [];
          for (let r = 0; r < used.length; r++) if (splitting(r)) out.push(valuesAt[r]!);
          return out;
        };
        /** Those packages' items that press an option he is cold to, and the presses up to each (cold-offer, presses-before). */
        const shortPressed = () => {
          const out: (ColdOffer | undefined)[] = [];
          for (let r = 0; r < used.length; r++) if (splitting(r)) out.push(coldOffer ? { pressed: pressedIn(r), harden: scenario.putin.harden, presses: pressesFrom(r) } : undefined);
          return out;
        };
        /** How the slot of each package placed was worked out (slot's arguments), for splitSteps. */
        const slotArgs: Parameters<typeof slot>[] = [];
        const startAt: number[] = [];
        /** Each package's count as its slot has it (made), whether its answer has his deadline step, and its news (counts-together). */
        const madeAt: number[] = [];
        const lateAt: boolean[] = [];
        const newsAt: number[] = [];
        // (Only where his count can reach his floor, where a step's place on the line matters most:
        // elsewhere it is left out, for speed, which only leaves the bound higher.)
        const together = Number.isFinite(floorSteps) && s.concessions + potential > floorSteps && !without.has('floor-capped') && !without.has('backs-capped') && !without.has('counts-together');
        const splitRetractions = splitRule && !without.has('split-retractions');
        /** The short packages' items going back up, and their worths with more offers going up (splitsOf). */
        const splitSteps = (): (SplitSteps | undefined)[] => {
          const out: (SplitSteps | undefined)[] = [];
          for (let r = 0; r < used.length; r++) {
            if (!splitting(r)) continue;
            const u = groupAt[r]!;
            const idx: number[] = [];
            for (let i = 0; i < items.length; i++) if (of[i] === u) idx.push(i);
            const args = slotArgs[r]!;
            const up = args[5];
            const worths = (there: { steps: number; news: number } | null) => {
              if (!there) return null;
              const g = gains(there.steps, there.news);
              return idx.map((i) => g[i]![u]!);
            };
            const start = startAt[r]!;
            const known = new Map<number, readonly number[] | null>();
            const once = (k: number, f: () => readonly number[] | null) => {
              if (!known.has(k)) known.set(k, f());
              return known.get(k)!;
            };
            out.push({
              above: idx.map((i) => items[i]!.above),
              below: idx.map((i) => items[i]!.below),
              // (The news no more than at the package's own offer: fewer only make it worth less.)
              last: (extraUp, extraStill) => once(extraUp * 16 + extraStill, () => worths(slot(args[0], args[1], (args[2] ?? 0) + extraStill, args[3], args[4], (typeof up === 'number' ? up : up ? 1 : 0) + extraUp, args[6], args[7], args[8]))),
              // An offer before the last: at the latest the one before it, its own going up and
              // whether it can be a concession the only ones counted up to it.
              before: (goesUp, still) => once(-1 - (goesUp ? 2 : 0) - (still ? 1 : 0), () => worths(slot(args[0] + 1, args[1], still ? 1 : 0, start - offerMinutes, 0, goesUp ? 1 : 0, 0, 0, 0, goesUp))),
            });
          }
          return out;
        };
        // The money-back rule, where the day's deals are over what is left of his money.
        const moneyInTime = over > 1e-9 && !without.has('money-back-in-time');
        /**
         * Whether a set holding a sweetener he asked for covers the packages placed, with his asks
         * unanswered until it is offered (each package offered before then pays his mark-up on every
         * goal): it is spent before all of them (on an offer that makes no deal, so it makes up
         * nothing), or offered with one of them, which it helps make up, and those before it pay.
         */
        const coversAsked = (set: SweetenerSet): boolean => {
          const n = used.length;
          for (let a = 0; a < set.askedWorths.length; a++) {
            const worth = set.askedWorths[a]!;
            if (set.askedWorths.indexOf(worth) !== a) continue;
            const rest = [...set.worths];
            rest.splice(rest.indexOf(worth), 1);
            const after = sumsAfter(rest);
            if (covers(rest, lacking, after)) return true;
            for (let with_ = 0; with_ < n; with_++) {
              const lacks: Short[] = [];
              for (let r = 0; r < n; r++) {
                // Rounded as his price is, the mark-up is at least this much less on each goal.
                const x = shortOf(valuesAt[r]!, r > with_ ? unansweredAtLeast : 0);
                if (r !== with_) {
                  if (x) lacks.push(x);
                  continue;
                }
                if (!x) continue;
                const left = { lack: x.lack - worth, goals: x.goals - 1, worst: worth >= x.worst - 0.01 ? 0 : x.worst };
                if (left.lack > 0.01 || left.worst > 0.01) lacks.push(left);
              }
              if (covers(rest, lacks, after)) return true;
            }
          }
          return false;
        };
        /**
         * Whether a set covers the packages placed with the money it gives back in time. He weighs
         * an offer holding a deal with money against what is left of his money, less what the
         * sweeteners offered by then (that one's own too) gave back (moves/kim.ts); every deal with
         * money is made by the offer that holds the last of them, so by that offer the sweeteners
         * that give back the day's excess (`over`) have been offered. That offer is at the latest
         * the last offer of the package placed last among those with money (a package's place is
         * its last offer: its deals are each counted there, where his price is lowest). So each
         * sweetener needed for the money is offered with no deal (it makes up nothing), or with a
         * package placed no later than that one (it helps make that package up), or with a package
         * placed after it only on an offer of that package's that comes earlier: the package is
         * then split in two offers at least, the one with this sweetener made up by it alone (one
         * sweetener an offer) and the rest left, as a package of its own, to the other sweeteners.
         * That earlier offer comes before the last offer of each package placed from that one on,
         * so it is at best the offer before as many as they are: its part is worth what it is
         * there (no more steps, nor news, than that offer can have).
         */
        const coversInTime = (set: SweetenerSet): boolean => {
          const n = used.length;
          let last = -1;
          for (let r = 0; r < n && last < 0; r++) if (moneyAt[r]! > 0) last = r;
          // No offer of this day holds a deal with money (those taken are counters standing now).
          if (last < 0) return true;
          const mb = set.backs;
          // Where each sweetener that gives back money goes: -2 not counted for the money (free, as
          // covers has it), -1 with no deal before that offer, r: with the package placed at r.
          const at = mb.map(() => -2);
          const check = (): boolean => {
            let back = 0;
            const pool = [...set.worths];
            for (let i = 0; i < mb.length; i++) {
              if (at[i] === -2) continue;
              back += mb[i]!.back;
              pool.splice(pool.indexOf(mb[i]!.worth), 1);
            }
            if (back < over - 1e-9) return false;
            const lacks: Short[] = [];
            /** Packages placed after that offer that hold one of those sweeteners: split, as said above. */
            const split: { values: number[]; idx: number[]; u: number; worth: number }[] = [];
            for (let r = 0; r < n; r++) {
              const given: number[] = [];
              for (let i = 0; i < mb.length; i++) if (at[i] === r) given.push(mb[i]!.worth);
              if (r < last && given.length === 1) {
                const u = groupAt[r]!;
                const idx: number[] = [];
                for (let i = 0; i < items.length; i++) if (of[i] === u) idx.push(i);
                split.push({ values: valuesAt[r]!, idx, u, worth: given[0]! });
                continue;
              }
              // (Two of them with one package placed after it: counted as given to it, as covers would.)
              let x = shortOf(valuesAt[r]!, 0);
              for (const w of given) {
                if (!x) break;
                const left = { lack: x.lack - w, goals: x.goals - 1, worst: w >= x.worst - 0.01 ? 0 : x.worst };
                x = left.lack > 0.01 || left.worst > 0.01 || left.goals < 0 ? left : null;
              }
              if (x) {
                if (x.goals < 0) return false;
                lacks.push(x);
              }
            }
            const after = sumsAfter(pool);
            // Each split package: a part its sweetener makes up alone, the rest short as a package.
            const splitAt = (k: number): boolean => {
              if (k === split.length) return covers(pool, lacks, after);
              const { values, idx, u, worth } = split[k]!;
              const m = values.length;
              for (let part = 1; part < (1 << m) - 1; part++) {
                // The part's offer: a concession only if one of its deals is below Kim's position,
                // and one that goes back up (or may) takes back a step, as for any offer (slot).
                let concedes = false;
                let backSteps = 0;
                let goesUp = false;
                for (let i = 0; i < m; i++) {
                  if (!(part & (1 << i))) continue;
                  const x = items[idx[i]!]!;
                  concedes ||= x.below;
                  backSteps += x.back;
                  goesUp ||= x.above;
                }
                const there = slot(last + 1, j, concedes ? 0 : 1, Number.POSITIVE_INFINITY, backSteps, goesUp, 0, 0, backSteps, goesUp);
                if (!there) continue;
                const g = gains(there.steps, there.news);
                let sum = 0;
                const rest: number[] = [];
                for (let i = 0; i < m; i++) {
                  if (part & (1 << i)) sum += g[idx[i]!]![u]!;
                  else rest.push(values[i]!);
                }
                if (sum + worth < -0.01) continue;
                const x = shortOf(rest, 0);
                if (x) lacks.push(x);
                const ok = splitAt(k + 1);
                if (x) lacks.pop();
                if (ok) return true;
              }
              return false;
            };
            return splitAt(0);
          };
          // Where each may go, the least binding first: with a package placed no later than that
          // offer, with no deal, with a package placed after it (split).
          const where = [...Array.from({ length: n - last }, (_, k) => last + k), -1, ...Array.from({ length: last }, (_, k) => k)];
          const backAfter = sumsAfter(mb.map((x) => x.back));
          const place = (i: number, back: number): boolean => {
            // Enough given back: the rest are free (placed anywhere, they would only bind more).
            if (back >= over - 1e-9 || i === mb.length) {
              for (let k = i; k < mb.length; k++) at[k] = -2;
              return back >= over - 1e-9 && check();
            }
            if (back + backAfter[i]! < over - 1e-9) return false;
            for (const r of where) {
              at[i] = r;
              if (place(i + 1, back + mb[i]!.back)) return true;
            }
            // Or this one not counted for the money, the others giving back enough.
            at[i] = -2;
            return place(i + 1, back);
          };
          return place(0, 0);
        };
        /**
         * The counts his can be at the answers of the packages placed, on one line (counts-together):
         * each package's slot gives the most at its own answer on any line (slot), but the line that
         * reaches it for one may not for another. The packages are made in the order placed, each
         * no later than its slot, with the free offers that fit before it; his count moves as
         * countWithBacks has it (every concession takes a step: below a package's deals, which makes
         * it go back up, or one of the others; a package's own concession one of the others; a free
         * offer never goes back up, a package that may be a concession is one or not, as it likes):
         * every line's counts are at most one of the sets returned, each at its most.
         */
        const jointCounts = (): number[][] => {
          const n = used.length;
          const kind: ('up' | 'both' | 'down' | 'none')[] = [];
          const pool0: number[] = [];
          const freeBy: number[] = [];
          let pooled = 0;
          // In time order: t = 0 the first made (r = n - 1).
          for (let t = 0; t < n; t++) {
            const r = n - 1 - t;
            const u = groupAt[r]!;
            kind.push(aboveOf[u] ? (stillOf[u] ? 'up' : 'both') : stillOf[u] ? 'none' : 'down');
            pool0.push(aboveOf[u] ? 0 : backOf[u]!);
            pooled += pool0[t]!;
            const upTo = Math.min(offers - r, Math.floor((startAt[r]! - clock) / offerMinutes) + 1);
            freeBy.push(Math.max(0, upTo - (t + 1)));
          }
          const open0 = Math.max(0, potential - pooled);
          const key = `${s.concessions},${floorSteps},${open0},${kind.join('+')},${pool0.join('+')},${freeBy.join('+')}`;
          const known = jointCache.get(key);
          if (known) return known;
          /** The best of these sets of counts: none kept that another is as high as in every package. */
          const pareto = (all: number[][]): number[][] => {
            const out: number[][] = [];
            for (const v of all) {
              if (out.some((f) => f.every((x, q) => x >= v[q]!))) continue;
              for (let q = out.length - 1; q >= 0; q--) if (v.every((x, w) => x >= out[q]![w]!)) out.splice(q, 1);
              out.push(v);
            }
            return out;
          };
          const down = (x: number) => Math.min(x + 1, floorSteps);
          const back = (x: number) => Math.max(0, x - 1);
          const memo = new Map<string, number[][]>();
          // The counts at the answers of packages t… (in time order) from this state on.
          const go = (t: number, c: number, open: number, pools: number[], free: number): number[][] => {
            if (t === n) return [[]];
            const k = `${t},${c},${open},${pools.join('+')},${free}`;
            const known = memo.get(k);
            if (known) return known;
            const all: number[][] = [];
            // A free offer before this package: a concession on one of the other goals, or below a deal to come.
            if (free < freeBy[t]!) {
              if (open > 0) all.push(...go(t, down(c), open - 1, pools, free + 1));
              for (let q = t; q < n; q++) {
                if (pools[q]! <= 0) continue;
                const took = [...pools];
                took[q]!--;
                all.push(...go(t, down(c), open, took, free + 1));
              }
            }
            // The package itself.
            const up = kind[t] === 'up' || kind[t] === 'both' || pools[t]! < pool0[t]!;
            const answers: [number, number][] = [[up ? back(c) : c, open]];
            if ((kind[t] === 'both' || kind[t] === 'down') && open > 0) answers.push([up ? back(down(c)) : down(c), open - 1]);
            for (const [x, o] of answers) for (const rest of go(t + 1, x, o, pools, free)) all.push([x, ...rest]);
            const out = pareto(all);
            memo.set(k, out);
            return out;
          };
          // (Indexed by r, as the slots are: the last made first.)
          const found = go(0, Math.min(s.concessions, floorSteps), open0, pool0, 0).map((v) => v.reverse());
          jointCache.set(key, found);
          return found;
        };
        /** The most the packages' arguments leave (ceilingAt), once they are chosen. */
        let ceiling = Number.POSITIVE_INFINITY;
        const place = (r: number, newsBy: number, startBy: number, deficit: number, short: number, usF: number, usGateAll: number) => {
          // No set of sweeteners makes up as much as the packages placed lack and those still to
          // place lack at best, or none that does costs little enough to beat the best found: no
          // order of the rest does better.
          let lackLeast = deficit;
          let shortLeast = short;
          const named = lacking.length;
          for (const v of used) {
            if (placed[v] || topOf[v]! >= -0.01) continue;
            lackLeast -= topOf[v]!;
            shortLeast++;
            lacking.push(topLack[v]!);
          }
          // The packages placed are short by what they lack, those still to place by at least what
          // they lack at best: a set that cannot make that up cannot make up more.
          const ok = affordable(ceiling, lackLeast, shortLeast, lacking);
          lacking.length = named;
          if (!ok) return;
          if (r === used.length) {
            const usLow = Math.max(0, Math.min(usLinear + usF, 100 + usNeg));
            const settle = (deficit: number, short: number) => {
              // The short packages' ways of splitting into offers, once asked for (the same for every set).
              let ways: number[][][] | undefined;
              let stepWays: number[][][] | undefined;
              for (const set of usable) {
                if (ceiling - set.cost <= Math.max(out, floor)) break;
                if (set.worth < deficit - 0.01 || set.size < short || set.size > offers || set.back < over - 1e-9) continue;
                if (pending ? !coversAsked(set) : !covers(set.worths, lacking, set.after)) continue;
                if (moneyInTime && !coversInTime(set)) continue;
                // Split at the package's own steps first, then (where that holds) with the steps the
                // split takes back: each is a condition every line meets.
                if (splitRule && !coversWays(set.worths, (ways ??= splitWays(shortPackages(), undefined, shortPressed())))) continue;
                if (splitRetractions && !coversWays(set.worths, (stepWays ??= splitWays(shortPackages(), splitSteps(), shortPressed())))) continue;
                const faceLinear = c.face + dealFaces + faceGain + set.face;
                const face = Math.min(100, Math.max(faceLinear, dealFaces + faceGain));
                const v = points - spentCost - set.cost + stanceScore(scenario, face, usLow, dealWon);
                if (v > out) out = v;
              }
            };
            // (counts-together) His counts at the packages' answers, each the most its slot allows,
            // may not come on one line: then the day is weighed at each set of counts that can.
            const joint = together && used.length >= 2 ? jointCounts() : null;
            if (!joint || joint.some((v) => v.every((x, r) => x >= madeAt[r]!))) {
              settle(deficit, short);
              return;
            }
            const keepValues = valuesAt.slice(0, used.length);
            const keepLacking = lacking.slice();
            for (const v of joint) {
              let lack = 0;
              let shortHere = 0;
              lacking.length = 0;
              for (let q = 0; q < used.length; q++) {
                const made = Math.min(madeAt[q]!, v[q]!);
                const g = gains(made + (lateAt[q] && made >= 1 ? 1 : 0), newsAt[q]!);
                const values: number[] = [];
                for (let i = 0; i < items.length; i++) if (of[i] === groupAt[q]) values.push(g[i]![groupAt[q]!]!);
                valuesAt[q] = values;
                const x = shortOf(values, 0);
                if (x) {
                  lacking.push(x);
                  lack += x.lack;
                  shortHere++;
                }
              }
              settle(lack, shortHere);
            }
            for (let q = 0; q < used.length; q++) valuesAt[q] = keepValues[q]!;
            lacking.length = 0;
            lacking.push(...keepLacking);
            return;
          }
          for (const u of used) {
            if (placed[u]) continue;
            const gate = c.usAttention + (r === 0 ? usGateAll + usF : own[u]! + framingUs[u]!);
            // The packages at this offer or before it: those not yet placed (this one among them), of
            // which `still` cannot be concessions.
            let still = 0;
            let backSteps = 0;
            // The packages at or before this offer that go back up on a goal: distinct offers each;
            // and the steps below the deals of those that do not.
            let goesUp = 0;
            const flatSteps: number[] = [];
            let packages = 0;
            let under = 0;
            let chinaHere = 0;
            for (const v of used) {
              if (placed[v]) continue;
              backSteps += backOf[v]!;
              if (aboveOf[v]) goesUp++;
              else if (backOf[v]! > 0) {
                // Kept sorted, the most steps first (stepsMade).
                let at = flatSteps.length;
                while (at > 0 && flatSteps[at - 1]! < backOf[v]!) at--;
                flatSteps.splice(at, 0, backOf[v]!);
              }
              packages++;
              chinaHere += chinaOf[v]!;
              if (underOf[v]) under++;
              if (stillOf[v]) still++;
            }
            // (Without the rule: of the packages that cannot be concessions, all but r come no later than this one.)
            if (without.has('packages-before')) still = Math.max(0, stillOf.filter((x, v) => x && counts[v]! > 0).length - r);
            // What the packages up to it and its own do to his count (floor-capped).
            const kinds: OfferKinds = { upOnly: 0, upBoth: 0, down: 0, self: aboveOf[u] ? (stillOf[u] ? 'up' : 'both') : stillOf[u] ? 'none' : 'down', closed: 0 };
            // (backs-capped) The packages before it that do not go back up now, by the steps below
            // their deals, and the offer's own if it does not.
            const flat: number[] = [];
            const downs: number[] = [];
            for (const v of used) {
              if (placed[v] || v === u) continue;
              kinds.closed += leftOf[v]!;
              if (aboveOf[v]) kinds[stillOf[v] ? 'upOnly' : 'upBoth']++;
              else if (!stillOf[v]) {
                kinds.down++;
                downs.push(backOf[v]!);
              } else flat.push(backOf[v]!);
            }
            if (!without.has('backs-capped')) {
              kinds.flat = flat.sort((a, b) => b - a);
              kinds.downs = downs.sort((a, b) => b - a);
              kinds.own = aboveOf[u] ? 0 : backOf[u]!;
              kinds.open = potential - flat.reduce((a, b) => a + b, 0) - downs.reduce((a, b) => a + b, 0) - kinds.own;
            }
            const latest = slot(r, newsBy, still, startBy, backSteps, goesUp, packages, under, flatSteps, kinds);
            if (!latest) continue;
            let k = latest.news;
            while (k >= 0 && gate + pullBy[k]! > p.usLimit) k--;
            if (k < 0) continue;
            // China's line must hold this package and those before it with the news by then (fewer
            // news only make less room, and more fail Washington's patience).
            if (chinaInTime && chinaHere > 0 && s.spent.china + chinaHere > p.china + chinaBy[k]!) continue;
            // A day whose deals close every goal ends with its last offer's answer: for the j-th news
            // to have come by then, that offer began after the one before it.
            if (r === 0 && settles && k < j - 1) continue;
            const here = k === latest.news ? latest : slot(r, k, still, startBy, backSteps, goesUp, packages, under, flatSteps, kinds);
            if (!here) continue;
            slotArgs[r] = [r, k, still, startBy, backSteps, goesUp, packages, under, flatSteps];
            startAt[r] = here.start;
            const g = gains(here.steps, k);
            let sum = 0;
            let least = 0;
            let above = 0;
            const values: number[] = [];
            for (let i = 0; i < items.length; i++) {
              if (of[i] !== u) continue;
              const x = g[i]![u]!;
              values.push(x);
              sum += x;
              least = Math.min(least, x);
              if (x > 0) above += x;
            }
            valuesAt[r] = values;
            madeAt[r] = here.made;
            lateAt[r] = here.steps > here.made;
            newsAt[r] = k;
            moneyAt[r] = moneyOf[u]!;
            groupAt[r] = u;
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
            for (let u = 0; u < universe.length; u++) {
              if (counts[u] === 0) continue;
              used.push(u);
              usF += framingUs[u]!;
            }
            if (used.length > offers) return;
            if (c.usAttention + usGate + usF + usLeast > p.usLimit) return;
            ceiling = ceilingAt(usF);
            if (ceiling <= Math.max(out, floor)) return;
            // What the packages lack at best, in all and how many are short: where no set of
            // sweeteners is worth that much, or holds that many, place (affordable) would stop at
            // once; most ways of grouping the items end here, so before the rest is worked out.
            topOf.fill(0);
            for (let i = 0; i < items.length; i++) topOf[of[i]!]! += top[i]![of[i]!]!;
            let lackAll = 0;
            let shortAll = 0;
            for (const u of used) {
              if (topOf[u]! >= -0.01) continue;
              lackAll -= topOf[u]!;
              shortAll++;
            }
            if (lackAll > mostWorth + 0.01 || shortAll > mostSize) return;
            // Packages that cannot be concessions: each option at or above Kim's position.
            for (const u of used) {
              let concedes = false;
              for (let i = 0; i < items.length; i++) if (of[i] === u && items[i]!.below) concedes = true;
              stillOf[u] = !concedes;
            }
            own.fill(0);
            size.fill(0);
            backOf.fill(0);
            leftOf.fill(0);
            aboveOf.fill(false);
            underOf.fill(false);
            chinaOf.fill(0);
            moneyOf.fill(0);
            leastOf.fill(0);
            aboveTop.fill(0);
            for (let i = 0; i < items.length; i++) {
              const x = top[i]![of[i]!]!;
              leastOf[of[i]!] = Math.min(leastOf[of[i]!]!, x);
              if (x > 0) aboveTop[of[i]!]! += x;
              own[of[i]!]! += items[i]!.us;
              size[of[i]!]!++;
              backOf[of[i]!]! += items[i]!.back;
              leftOf[of[i]!]! += items[i]!.left;
              if (items[i]!.above) aboveOf[of[i]!] = true;
              if (items[i]!.under) underOf[of[i]!] = true;
              chinaOf[of[i]!]! += items[i]!.china;
              moneyOf[of[i]!]! += items[i]!.money;
            }
            // What each package lacks at best, named as a package placed names it (place).
            for (const u of used) topLack[u] = topOf[u]! < -0.01 ? { lack: -topOf[u]!, goals: size[u]!, worst: -(leastOf[u]! + aboveTop[u]!) } : null;
            place(0, j, Number.POSITIVE_INFINITY, 0, 0, usF, usGate);
            return;
          }
          // What the packages so far lack at least, once the items left add all they can to them.
          let lackLeast = -topAfter[k]!;
          for (let u = 0; u < universe.length; u++) if (counts[u]! > 0 && partial[u]! < 0) lackLeast -= partial[u]!;
          if (k > 0 && !affordable(ceilingAt(usDrawn), lackLeast, 0)) return;
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
            partial[u]! += top[k]![u]!;
            usDrawn += more;
            assign(k + 1);
            usDrawn -= more;
            partial[u]! -= top[k]![u]!;
            counts[u]!--;
          }
        };
        let usDrawn = 0;
        const stillOf = universe.map(() => false);
        /** The packages' worth at most (top) over the items given them so far. */
        const partial = universe.map(() => 0);
        if (ceilingAt(0) <= floor) return out;
        assign(0);
        return out;
      };
      const walk = (i: number, surplus: number, money: number, chinaUsed: number, usDeals: number, usGate: number) => {
        if (i === choices.length) {
          // Deals that must go back up, or may, take back a step: the last offer's steps for them.
          let back = 0;
          let above = false;
          let offered = false;
          let chinaOffered = 0;
          for (const x of picked) {
            if (x.free) continue;
            offered = true;
            chinaOffered += x.china;
            back += x.back;
            above ||= x.above;
          }
          // China's line must hold the deals offered with the news by the last offer.
          if (chinaInTime && chinaOffered > 0 && s.spent.china + chinaOffered > p.china + chinaBy[last.news]!) return;
          let need = -surplus;
          if (offered && (back > 0 || above)) {
            const fewer = slot(0, j, 0, Number.POSITIVE_INFINITY, back, above);
            if (!fewer) return;
            if (fewer.steps < steps) for (const x of picked) if (!x.free) need += priceFor(scenario, p, fewer.steps, s.firstGoal === x.goal, s.hardening, !withAsked) - price(x.goal, !withAsked);
            // A deal above Kim's position is made by an offer that goes back up, which leaves his
            // count one below the steps to his floor at most (floor-capped): that offer comes no
            // later than the last, so its steps are no more than the last's with that cap.
            if (above && !without.has('floor-capped')) {
              const up = slot(0, j, 0, Number.POSITIVE_INFINITY, back, above, 0, 0, back, true);
              if (!up) return;
              const at = Math.min(steps, fewer.steps);
              if (up.steps < at) for (const x of picked) if (x.above) need += priceFor(scenario, p, up.steps, s.firstGoal === x.goal, s.hardening, !withAsked) - priceFor(scenario, p, at, s.firstGoal === x.goal, s.hardening, !withAsked);
            }
          }
          // The sweeteners: the cheapest set (for Kim's score: its cost less its face) that covers what the deals lack.
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
