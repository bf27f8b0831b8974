// The scenario the game opens with when nothing names another (DEFAULT_SCENARIO_ID in registry.ts).
// The shell imports it at start-up, so it is part of the first download; the code outside
// src/content/ names no scenario.
export { bundle } from './vladivostok-2019';
