// Putin's hidden profile, drawn once from the seed within the scenario's ranges: how much he asks,
// his alternative (the floor he never goes below), what each option is worth to him on this seed,
// the argument that moves him on each goal, the sweeteners he asks for, and what he can give in
// the whole day (money, Washington's attention, steps beyond China's line). It is never shown to
// the player during play; an ask reveals part of it, and the debrief and the solver read it all.
import type { Rng } from '../rng';
import type { Scenario } from '../scenario/schema';
import type { Difficulty, GoalId } from '../types';

export type Reveal = 'argument' | 'position' | 'limits';

export interface PutinProfile {
  /** What he asks at the start of the day, per goal of a deal, in his utility units. */
  aspiration: number;
  /** What no deal is worth to him, per goal: he never asks less. */
  floor: number;
  /** One concession of Kim's brings him this share of the way from aspiration to floor. */
  step: number;
  /** His value of granting each option, per goal (the goal's warmth on this seed included). */
  options: Record<GoalId, Record<string, number>>;
  sweeteners: Record<string, number>;
  /** What each sweetener gives back of his day's money once offered: only one he wants does. */
  moneyBack: Record<string, number>;
  /** What each argument adds on a goal. */
  framings: Record<string, Partial<Record<GoalId, number>>>;
  /** The argument that moves him most on each goal, on this seed. */
  keyArgument: Record<GoalId, string | null>;
  /** The sweeteners he asks for at the start of the day. */
  asks: string[];
  /** What he can give in the whole day. */
  money: number;
  usLimit: number;
  china: number;
  /** The options he is cold to on this seed, by goal (none where he is not): asking about the goal reveals them. */
  cold: Record<GoalId, string[]>;
  /** What asking him about a goal reveals, on this seed. */
  reveals: Record<GoalId, Reveal>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function drawProfile(scenario: Scenario, difficulty: Difficulty, rng: Rng): PutinProfile {
  const p = scenario.putin;
  const between = (r: readonly [number, number]) => round2(rng.between(r[0], r[1]));
  const aspiration = between(p.aspiration);
  const floor = between(p.floor[difficulty]);
  const options = {} as PutinProfile['options'];
  const coldTo = {} as PutinProfile['cold'];
  for (const goal of scenario.goals) {
    const warmth = between(p.warmth);
    // On some seeds he is cold to a goal: nothing past its most modest option is worth his while
    // today, however the rest of a package pays; but what he gave on the day (the record's deal)
    // keeps his warmth, so that he never refuses what he did give. The game's invention.
    const cold = p.cold !== undefined && rng.next() < p.cold.chance ? between(p.cold.warmth) : null;
    const recorded = scenario.history.deals[goal.id] ?? null;
    const values: Record<string, number> = {};
    // His warmth to a goal moves what he would give on it; the most modest option (talks go on) it leaves alone.
    coldTo[goal.id] = [];
    goal.options.forEach((option, i) => {
      const isCold = i > 0 && cold !== null && option.id !== recorded;
      const w = i === 0 ? 0 : isCold ? cold : warmth;
      values[option.id] = round2(between(option.putin) + w);
      if (isCold && option.breaks.length === 0) coldTo[goal.id]!.push(option.id);
    });
    options[goal.id] = values;
  }
  // One argument per goal moves him: drawn among the arguments that can apply to the goal.
  const keyArgument = {} as PutinProfile['keyArgument'];
  for (const goal of scenario.goals) {
    const fit = scenario.framings.filter((f) => f.goals.includes(goal.id));
    keyArgument[goal.id] = fit.length ? fit[rng.int(fit.length)]!.id : null;
  }
  const framings: PutinProfile['framings'] = {};
  for (const f of scenario.framings) {
    const bonus: Partial<Record<GoalId, number>> = {};
    for (const goal of f.goals) bonus[goal] = between(keyArgument[goal] === f.id ? p.keyArgument : p.otherArgument);
    framings[f.id] = bonus;
  }
  const askable = scenario.sweeteners.filter((s) => s.ask).map((s) => s.id);
  const asks = scenario.rules.putinAsks === false ? [] : rng.shuffle(askable).slice(0, p.asks);
  // Without his asks said aloud (an ablation), the same sweeteners still weigh what they would.
  const wanted = scenario.rules.putinAsks === false ? rng.shuffle(askable).slice(0, p.asks) : asks;
  const sweeteners: Record<string, number> = {};
  for (const s of scenario.sweeteners) sweeteners[s.id] = between(wanted.includes(s.id) ? p.askedSweetener : p.otherSweetener);
  // What he wants is worth money to Russia: a share of the minerals, a route to both Koreas' markets
  // pays back part of what it would put in (the game's invention, on P14 and P15).
  const moneyBack: Record<string, number> = {};
  for (const s of scenario.sweeteners) moneyBack[s.id] = wanted.includes(s.id) ? (s.money ?? 0) : 0;
  const money = between(p.money);
  const usLimit = between(p.usLimit);
  const china = Math.floor(between(p.china));
  const kinds = p.reveals[difficulty];
  const reveals = {} as PutinProfile['reveals'];
  for (const goal of scenario.goals) reveals[goal.id] = kinds[rng.int(kinds.length)]!;
  return { aspiration, floor, step: p.step[difficulty], options, sweeteners, moneyBack, framings, keyArgument, asks, money, usLimit, china, cold: coldTo, reveals };
}
