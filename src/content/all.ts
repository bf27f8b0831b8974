// Every scenario of this build, loaded at once: for the tools and the tests in Node, which play
// or verify any of them. The pages load scenarios one at a time (registry.ts).
import type { ScenarioBundle } from '../engine/scenario/bundle';
import { bundle as fixtureHarbour } from './fixture-harbour';
import { bundle as vladivostok } from './vladivostok-2019';

export const BUNDLES: Readonly<Record<string, ScenarioBundle>> = {
  [vladivostok.scenario.id]: vladivostok,
  [fixtureHarbour.scenario.id]: fixtureHarbour,
};

export const lookupBundle = (id: string): ScenarioBundle | undefined => (Object.hasOwn(BUNDLES, id) ? BUNDLES[id] : undefined);
