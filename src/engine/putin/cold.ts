// Options he is cold to today (drawn per seed: putin/profile.ts), and what pressing one costs from
// engine version 10 on (scenario.putin.coldPress): an offer holding one is a stall, and it is no
// step towards him, so it is neither a position of Kim's nor a concession. An ask about the goal
// says which they are (at a harder level only on some goals: scenario.putin.coldTold): a player who
// asks first pays it only where he would not say. (Measured in the README, "Session 14":
// a fixed list of moves has to press them on some seeds, a player who reads him does not.)
import { dieOf } from '../hash';
import type { PutinProfile } from './profile';
import type { GoalSpec, Scenario } from '../scenario/schema';
import type { OfferItem } from '../state';

/** Whether offering this option presses one he is cold to today. */
export const pressesCold = (scenario: Scenario, profile: PutinProfile, goal: string, option: string): boolean =>
  scenario.putin.coldPress === true && (profile.cold[goal]?.includes(option) ?? false);

/** Whether an offer holds an option he is cold to today. */
export const offerPressesCold = (scenario: Scenario, profile: PutinProfile, items: readonly OfferItem[]): boolean =>
  scenario.putin.coldPress === true && items.some((i) => pressesCold(scenario, profile, i.goal, i.option));

/** Whether the option at this index can be a position of Kim's on its goal: lawful, and not one pressing him where he is cold. */
export const isRung = (scenario: Scenario, profile: PutinProfile, goal: GoalSpec, index: number): boolean =>
  goal.options[index]!.breaks.length === 0 && !pressesCold(scenario, profile, goal.id, goal.options[index]!.id);

/**
 * Whether an ask about this goal names the options he is cold to there, as a number in [0, 1) to
 * hold against scenario.putin.coldTold: a die keyed by the seed and the goal, not a draw of the
 * shared generator, so every other draw of the seed stays as it was and the same ask always gets
 * the same answer.
 */
export const coldToldDie = (state: { scenarioId: string; seed: string }, goal: string): number =>
  dieOf(`${state.scenarioId}/${state.seed}/cold-told/${goal}`);
