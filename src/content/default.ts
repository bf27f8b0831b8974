// The scenario the game opens with when nothing names another (DEFAULT_SCENARIO_ID in registry.ts).
// The shell imports it at start-up, so it is part of the first download; the code outside
// src/content/ names no scenario. Its Indonesian texts are not: they come with the page's other
// Indonesian texts (./default.id.ts, loaded by src/shell/lang-id.ts when the page shows
// Indonesian), so that an English page's first download does not carry them. Its rules and its
// hash are the registry's bundle's (./vladivostok-2019), built from the same data.
import { makeBundle } from '../engine/scenario/bundle';
import en from './vladivostok-2019/messages.en.json';
import raw from './vladivostok-2019/scenario.json';

export const bundle = makeBundle(raw, { en, id: {} });
