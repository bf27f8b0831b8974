// Putin's hidden profile: his weights, drawn once from the seed within the scenario's ranges.
// It is never shown to the player during play; the debrief uses it to draw the possible deals.
import type { Rng } from '../rng';
import type { Scenario } from '../scenario/schema';
import type { Difficulty, GoalId } from '../types';

export interface PutinProfile {
  /** What he asks for at the start of the day, in his utility units. */
  aspiration: number;
  /** Concession exponent e: below 1 concedes late (Boulware), above 1 early (Conceder). */
  e: number;
  moneyWeight: number;
  /** His value of granting each option, per goal. */
  options: Record<GoalId, Record<string, number>>;
  sweeteners: Record<string, number>;
  /** Extra value a framing adds on a goal (0 where it does not apply). */
  framings: Record<string, Partial<Record<GoalId, number>>>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function drawProfile(scenario: Scenario, difficulty: Difficulty, rng: Rng): PutinProfile {
  const [alo, ahi] = scenario.putin.aspiration;
  const [elo, ehi] = scenario.putin.boulware[difficulty];
  const [mlo, mhi] = scenario.putin.moneyWeight;
  const aspiration = round2(rng.between(alo, ahi));
  const e = round2(rng.between(elo, ehi));
  const moneyWeight = round2(rng.between(mlo, mhi));
  const options = {} as PutinProfile['options'];
  for (const goal of scenario.goals) {
    const values: Record<string, number> = {};
    for (const option of goal.options) values[option.id] = round2(rng.between(option.putin[0], option.putin[1]));
    options[goal.id] = values;
  }
  const sweeteners: Record<string, number> = {};
  for (const s of scenario.sweeteners) sweeteners[s.id] = round2(rng.between(s.putin[0], s.putin[1]));
  const framings: PutinProfile['framings'] = {};
  for (const f of scenario.framings) {
    const bonus: Partial<Record<GoalId, number>> = {};
    for (const [goal, r] of Object.entries(f.bonus) as [GoalId, [number, number]][]) bonus[goal] = round2(rng.between(r[0], r[1]));
    framings[f.id] = bonus;
  }
  return { aspiration, e, moneyWeight, options, sweeteners, framings };
}
