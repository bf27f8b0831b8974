// What the day could have given both sides: every possible day of deals, its worth to Kim and to
// Putin measured as the game measures them, the Pareto frontier of those days and the Nash
// bargaining point on it. The debrief draws them beside the player's own day.
//
// A possible day: on each goal no deal or a lawful option (none that breaks a limit of the law,
// none that needs a goods list when no lawful list both ways exists); the goals sharing an argument
// go in one package (his price is per goal, so one package of them is as easy to agree as any split),
// each package at most one argument and any of the sweeteners, each sweetener spent once; within
// the whole day's money, China's line and Washington's patience; every package worth at least his
// floor per goal to him (his price never falls below it). The day's news is counted at its best for
// a deal (every easing it brings, none of its burdens): this is the most the day held, not a line of
// play. Time, asks, refusals and stalls cost nothing here; in the player's game they did, which is
// part of the distance between the two.
//
// Kim's worth of a day is his score as score.ts computes it (his ranking's weights times the deals'
// values, less the sweeteners, plus face, less Washington's attention, with the end-of-day stance
// that leaves the most); Putin's is his gain, the deals' worth to him above his floor (utilityOf less
// the floor, as the debrief's deals state it). No deal at all is worth 0 to him.
import { round1 as r1 } from '../score';
import { apply } from '../apply';
import { dealFace } from '../day-terms';
import { listPasses } from '../moves/kim';
import { newsAtBest } from '../news-at-best';
import { rankWeights } from '../score';
import type { ScenarioBundle } from '../scenario/bundle';
import type { GoalSpec, OptionSpec, Scenario } from '../scenario/schema';
import { bestStance } from '../stance';
import { initialState, type GameState } from '../state';
import type { GameRecord, GoalId } from '../types';

export interface DayItem {
  goal: GoalId;
  option: string;
  /** The argument of the package it is in (null: none). */
  framing: string | null;
}

export interface PossibleDay {
  items: DayItem[];
  sweeteners: string[];
  /** Kim's score for the day. */
  kim: number;
  /** Putin's gain: the deals' worth to him above his floor. */
  putin: number;
}

export interface DayFrontier {
  /** No deal at all: Kim's score with nothing agreed (the best stance), Putin's 0. */
  noDeal: PossibleDay;
  /** The days no other beats for both, from the best for Putin to the best for Kim (Kim's score rising). */
  frontier: PossibleDay[];
  /** The day on the frontier with the largest product of the two gains over no deal; null if no day beats no deal for Kim. */
  nash: PossibleDay | null;
  /** How many possible days there were. */
  possible: number;
  /** How many of them both sides like better than no deal (the zone of possible agreement). */
  zone: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.max(0, Math.min(100, x));

/** The news of the whole day as it can help a deal: what it has added so far, and the rest of what the day will bring, at its best. */
function dayNews(scenario: Scenario, state: GameState) {
  const marks = Math.max(0, Math.ceil(scenario.dayLength / scenario.newsEvery) - 1);
  const news = newsAtBest(scenario, state.deck.slice(0, marks));
  for (const [goal, options] of Object.entries(state.eventBonus)) for (const [option, v] of Object.entries(options)) news.bonus.set(`${goal}=${option}`, (news.bonus.get(`${goal}=${option}`) ?? 0) + v);
  for (const [framing, goals] of Object.entries(state.argumentBonus)) for (const [goal, v] of Object.entries(goals)) news.arguments.set(`${framing}=${goal}`, (news.arguments.get(`${framing}=${goal}`) ?? 0) + v);
  return news;
}

interface Choice {
  goal: GoalSpec;
  option: OptionSpec;
  framing: string | null;
  /** His worth of the item: the option, the news, the argument. */
  worth: number;
}

/**
 * Every possible day of a game (its state once the ranking is made: the profile, the deck, the
 * player's ranking), its Pareto frontier and its Nash point.
 */
export function dayFrontier(bundle: ScenarioBundle, state: GameState): DayFrontier {
  const { scenario } = bundle;
  const p = state.profile;
  const goals = scenario.goals;
  const ids = goals.map((g) => g.id);
  const ranking = state.summit.context.ranking.length === ids.length ? state.summit.context.ranking : ids;
  const weights = rankWeights(ranking, ids);
  const news = dayNews(scenario, state);
  // Some lawful list both ways exists: every good under no sanction, sent as one list, would pass.
  const listOk = listPasses(scenario, scenario.goods.filter((g) => g.sanctionedBy == null).map((g) => g.id));
  const { face: face0, usAttention: us0 } = state.summit.context;
  const usStart = clamp(us0 - news.relief);

  // An argument's weight on a goal, with what the day's news adds to it at best (nothing where it does not apply).
  const argValue = (f: string, goal: string) => (p.framings[f]?.[goal] ?? 0) + (news.arguments.get(`${f}=${goal}`) ?? 0);
  const usOf = (f: string) => scenario.framings.find((x) => x.id === f)?.us ?? 0;

  // Per goal: no deal, or each lawful option with the arguments worth trying: the one it needs, or
  // none, the best that draws no attention from Washington, and a better one that does.
  const choicesOf = (g: GoalSpec): (Choice | null)[] => {
    const out: (Choice | null)[] = [null];
    for (const o of g.options) {
      if (o.breaks.length > 0 || (o.needsList && !listOk)) continue;
      const base = (p.options[g.id]?.[o.id] ?? 0) + (news.bonus.get(`${g.id}=${o.id}`) ?? 0);
      const value = (f: string) => argValue(f, g.id);
      let framings: (string | null)[];
      if (o.needsFraming) framings = [o.needsFraming];
      else {
        const helping = scenario.framings.filter((f) => value(f.id) > 0).sort((a, b) => value(b.id) - value(a.id));
        const free = helping.find((f) => f.us === 0);
        const costly = helping.find((f) => f.us > 0 && value(f.id) > (free ? value(free.id) : 0));
        framings = [null, ...(free ? [free.id] : []), ...(costly ? [costly.id] : [])];
      }
      for (const f of framings) out.push({ goal: g, option: o, framing: f, worth: base + (f ? value(f) : 0) });
    }
    return out;
  };
  const perGoal = goals.map(choicesOf);
  // What the sweeteners can give back of his money (as if all were offered): a day over his money needs those that do (below).
  const moneyBack = scenario.sweeteners.reduce((sum, x) => sum + Math.max(0, p.moneyBack[x.id] ?? 0), 0);
  // Sweeteners he values at all (one he values at nothing only costs Kim); one at most to a package.
  const sweets = scenario.sweeteners.map((x) => ({ id: x.id, worth: p.sweeteners[x.id] ?? 0, cost: x.kimCost })).filter((x) => x.worth > 0);

  // Each set of sweeteners once: its worths (largest first, to match them fast), Kim's cost, his worth.
  const sets = Array.from({ length: 1 << sweets.length }, (_, mask) => {
    const used = sweets.filter((_, i) => mask & (1 << i));
    return {
      ids: used.map((x) => x.id),
      worths: used.map((x) => x.worth).sort((a, b) => b - a),
      cost: used.reduce((s, x) => s + x.cost, 0),
      worth: used.reduce((s, x) => s + x.worth, 0),
      back: used.reduce((s, x) => s + (p.moneyBack[x.id] ?? 0), 0),
    };
  });

  const found = new Map<number, PossibleDay>();
  const picked: Choice[] = [];

  /** Kim's score: the deals' points and face, the sweeteners' cost, the stance that leaves the most. */
  const scoreKim = (points: number, won: number, face: number, sweetCost: number, us: number) => points - sweetCost + bestStance(scenario.stances, clamp(face), clamp(us), won).score;

  const leaf = () => {
    const n = picked.length;
    let usDeals = usStart;
    let points = 0;
    let won = 0;
    let face = face0;
    for (const c of picked) {
      usDeals += c.option.us;
      points += (weights[c.goal.id] ?? 0) * c.option.kim;
      won += c.option.kim;
      face += dealFace(scenario, c.option.kim);
    }
    // Every way of making the deals as packages: the goals of a package share its argument. A goal
    // chosen with no argument of its own may ride in another's package, where that argument weighs on
    // it too (for or against; nothing where it does not apply), as it would in the game.
    for (const blocks of partitionsOf(n)) {
      let us = usDeals;
      let sameArgument = true;
      const balance: number[] = [];
      const framingOf: (string | null)[] = new Array<string | null>(n).fill(null);
      for (const b of blocks) {
        const framing = b.map((i) => picked[i]!.framing).find((f) => f !== null) ?? null;
        let sum = -b.length * p.floor;
        for (const i of b) {
          const c = picked[i]!;
          if (c.framing !== null && c.framing !== framing) sameArgument = false;
          sum += c.worth + (c.framing === null && framing !== null ? argValue(framing, c.goal.id) : 0);
          framingOf[i] = framing;
        }
        if (framing !== null) us += usOf(framing);
        balance.push(sum);
      }
      if (!sameArgument || us > p.usLimit) continue;
      // Over his money, only with sweeteners that give enough of it back.
      const over = picked.reduce((s, c) => s + c.option.money, 0) - p.money;
      // His gain: the deals' worth to him above his floor, the sweeteners' worth added.
      const gain = balance.reduce((s, b) => s + b, 0);
      for (const set of sets) {
        if (set.worths.length > blocks.length || !matches(balance, set.worths) || set.back < over) continue;
        const kim = r1(scoreKim(points, won, face, set.cost, us));
        const putin = r2(gain + set.worth);
        const key = kim * 1e6 + putin;
        if (found.has(key)) continue;
        found.set(key, { items: picked.map((c, i) => ({ goal: c.goal.id, option: c.option.id, framing: framingOf[i]! })), sweeteners: set.ids, kim, putin });
      }
    }
  };

  const walk = (i: number, money: number, china: number) => {
    if (i === goals.length) return leaf();
    for (const c of perGoal[i]!) {
      if (!c) {
        walk(i + 1, money, china);
        continue;
      }
      const m = money + c.option.money;
      const ch = china + (c.option.china ? 1 : 0);
      if (m > p.money + moneyBack || ch > p.china + news.china) continue;
      picked.push(c);
      walk(i + 1, m, ch);
      picked.pop();
    }
  };
  walk(0, 0, 0);
  const days = [...found.values()];

  const noDeal: PossibleDay = { items: [], sweeteners: [], kim: r1(scoreKim(0, 0, face0, 0, usStart)), putin: 0 };
  const frontier = paretoFrontier(days.length ? days : [noDeal]);
  let nash: PossibleDay | null = null;
  let product = 0;
  for (const d of frontier) {
    const gain = (d.kim - noDeal.kim) * d.putin;
    if (d.kim > noDeal.kim && d.putin >= 0 && (gain > product || (nash === null && gain >= product))) {
      nash = d;
      product = gain;
    }
  }
  const zone = days.filter((d) => d.kim > noDeal.kim && d.putin > 0).length;
  return { noDeal, frontier, nash, possible: days.length, zone };
}

/** Whether each sweetener can go to a package of its own so that no package falls short of his floor. */
function matches(balance: readonly number[], worths: readonly number[]): boolean {
  let short = 0;
  for (const b of balance) if (b < -1e-9) short++;
  if (short > worths.length) return false;
  if (short === 0 && worths.length <= balance.length) return true;
  const taken = new Array<boolean>(balance.length).fill(false);
  return assign(balance, worths, taken, 0);
}

function assign(balance: readonly number[], worths: readonly number[], taken: boolean[], k: number): boolean {
  if (k === worths.length) return balance.every((b, j) => b >= -1e-9 || taken[j]);
  for (let j = 0; j < balance.length; j++) {
    if (taken[j] || balance[j]! + worths[k]! < -1e-9) continue;
    taken[j] = true;
    if (assign(balance, worths, taken, k + 1)) return true;
    taken[j] = false;
  }
  return false;
}

/** The set partitions of 0..n-1, for every n up to the most goals a scenario has. */
function partitions(n: number): number[][][] {
  if (n === 0) return [[]];
  const out: number[][][] = [];
  for (const rest of partitions(n - 1)) {
    out.push([...rest, [n - 1]]);
    rest.forEach((_, j) => out.push(rest.map((b, k) => (k === j ? [...b, n - 1] : b))));
  }
  return out;
}
const PARTITIONS: number[][][][] = [];
const partitionsOf = (n: number) => (PARTITIONS[n] ??= partitions(n));

/** The days no other day beats for both sides (at least as good for both, better for one), Kim's score rising. */
export function paretoFrontier(days: readonly PossibleDay[]): PossibleDay[] {
  const sorted = [...days].sort((a, b) => b.kim - a.kim || b.putin - a.putin);
  const out: PossibleDay[] = [];
  let bestPutin = Number.NEGATIVE_INFINITY;
  for (const d of sorted) {
    if (d.putin > bestPutin) {
      out.push(d);
      bestPutin = d.putin;
    }
  }
  return out.reverse();
}

/**
 * How far a day (the player's: his score, Putin's gain) is from the frontier: the most Kim could
 * have scored on a possible day that gives Putin at least as much, less what he scored (0 if none is
 * better). Measured on Kim's score only: the two sides' units are never added.
 */
export function shortOfFrontier(frontier: readonly PossibleDay[], kim: number, putin: number): number {
  const better = frontier.filter((d) => d.putin >= putin - 1e-9).map((d) => d.kim);
  return better.length ? r1(Math.max(0, Math.max(...better) - kim)) : 0;
}

/** The possible days of a game against the computer, from its record: its state once Kim has ranked his goals. */
export function frontierOfRecord(bundle: ScenarioBundle, record: GameRecord): DayFrontier | null {
  const first = record.moves.find((m) => m.side === 'kim');
  if (!first || first.type !== 'briefing.rank') return null;
  const applied = apply(bundle, initialState(bundle, { seed: record.seed, settings: record.settings }), first);
  return applied.ok ? dayFrontier(bundle, applied.state) : null;
}
