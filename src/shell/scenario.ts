// Which scenario the page plays. The default one is part of the first download; any other loads
// when an address, a save or a code names it (src/content/registry.ts), before it is used.
import { isScenarioId, loadBundle, loadedBundle, register } from '../content/registry';
import { bundle as defaultBundle } from '../content/default';
import type { BundleLookup, ScenarioBundle } from '../engine';

register(defaultBundle);
let active: ScenarioBundle = defaultBundle;

/** The scenario whose texts the page shows now (the live game's, or the replay's on screen). */
export function activeBundle(): ScenarioBundle {
  return active;
}

export function showBundle(bundle: ScenarioBundle): void {
  active = bundle;
}

export const defaultScenario = (): ScenarioBundle => defaultBundle;

/** The scenarios loaded so far, by id: what replays, saves and codes are read against. */
export const lookupBundle: BundleLookup = (id) => loadedBundle(id);

/** Load every scenario these ids name (unknown ids are skipped: reading them then says so). */
export async function loadScenarios(ids: Iterable<string | null | undefined>): Promise<void> {
  const wanted = [...new Set([...ids].filter((id): id is string => isScenarioId(id) && !loadedBundle(id)))];
  await Promise.all(wanted.map((id) => loadBundle(id).catch(() => undefined)));
}
