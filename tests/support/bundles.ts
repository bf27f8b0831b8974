// The scenarios the tests play, and their text in a language (the game's formatter).
import { BUNDLES } from '../../tools/scenarios';

export { BUNDLES, lookupBundle, textOf } from '../../tools/scenarios';
export const VLADIVOSTOK = BUNDLES['vladivostok-2019']!;
/** The made-up test scenario: 3 goals (a plain one, one with a deadline, one with a goods list). */
export const FIXTURE = BUNDLES['fixture-harbour']!;
