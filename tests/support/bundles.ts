// The scenarios the tests play, and their text in a language (the game's formatter).
import fixtureRaw from '../../src/content/fixture-harbour/scenario.json';
import { makeBundle, type ScenarioBundle } from '../../src/engine';
import { BUNDLES } from '../../tools/scenarios';

export { BUNDLES, lookupBundle, textOf } from '../../tools/scenarios';
export const VLADIVOSTOK = BUNDLES['vladivostok-2019']!;
/**
 * Vladivostok without engine version 10's cold-press rule (putin/cold.ts): the same seeds and cold
 * options, but an offer onto one of them is a step like any other. For tests of how his concessions
 * are counted, which the rule would otherwise cut short on most seeds.
 */
export const WITHOUT_COLD_PRESS: ScenarioBundle = (() => {
  const { coldPress: _rule, ...putin } = VLADIVOSTOK.scenario.putin;
  return { ...VLADIVOSTOK, scenario: { ...VLADIVOSTOK.scenario, putin } };
})();
/** The made-up test scenario: 3 goals (a plain one, one with a deadline, one with a goods list). */
export const FIXTURE = BUNDLES['fixture-harbour']!;

/**
 * The test scenario with a day short enough to search every legal move (tests/support/exhaustive.ts);
 * with `coldChance`, under the cold-press rule (putin/cold.ts), cold on options with that chance a goal;
 * with `otherArgument`, the range of an argument's weight where it is not the key one (below zero:
 * an argument that weighs against the option it is offered with, so that he refuses a step he would take bare).
 */
export function shortFixture(dayLength = 60, coldChance?: number, otherArgument?: readonly [number, number]): ScenarioBundle {
  let putin = coldChance === undefined ? fixtureRaw.putin : { ...fixtureRaw.putin, coldPress: true, cold: { chance: coldChance, warmth: [-10, -6] } };
  if (otherArgument) putin = { ...putin, otherArgument: [...otherArgument] };
  return makeBundle({ ...fixtureRaw, dayLength, putin } as never, FIXTURE.messages);
}
