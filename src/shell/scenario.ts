// Which scenario the page plays. The default one is part of the first download; any other loads
// when an address, a save or a code names it (src/content/registry.ts), before it is used.
import { isScenarioId, loadBundle, loadedBundle, register } from '../content/registry';
import { bundle as defaultBundle } from '../content/default';
import type { BundleLookup, Catalogue, Lang, ScenarioBundle } from '../engine';

register(defaultBundle);
let active: ScenarioBundle = defaultBundle;
/** The texts of a replay of an earlier engine version on show (see showFrozenTexts), else null. */
let frozen: Readonly<Record<Lang, Catalogue>> | null = null;

/** The scenario whose texts the page shows now (the live game's, or the replay's on screen). */
export function activeBundle(): ScenarioBundle {
  return active;
}

export function showBundle(bundle: ScenarioBundle): void {
  active = bundle;
  frozen = null;
}

/**
 * A replay of an earlier engine version is on show: its texts as that version had them (its
 * engine's and its scenario's, which today's may have changed or dropped) come before the live
 * ones, until another scenario or game is shown. The scenario a new game starts with stays.
 */
export function showFrozenTexts(texts: Readonly<Record<Lang, Catalogue>> | null): void {
  frozen = texts;
}

export function frozenTexts(): Readonly<Record<Lang, Catalogue>> | null {
  return frozen;
}

export const defaultScenario = (): ScenarioBundle => defaultBundle;

/** The scenarios loaded so far, by id: what replays, saves and codes are read against. */
export const lookupBundle: BundleLookup = (id) => loadedBundle(id);

/** Load every scenario these ids name (unknown ids are skipped: reading them then says so). */
export async function loadScenarios(ids: Iterable<string | null | undefined>): Promise<void> {
  const wanted = [...new Set([...ids].filter((id): id is string => isScenarioId(id) && !loadedBundle(id)))];
  await Promise.all(wanted.map((id) => loadBundle(id).catch(() => undefined)));
}
