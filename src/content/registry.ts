// The scenarios this build knows, by id. Each loads when first asked for, so a scenario that is
// not played costs the page nothing; the default one is also imported at start-up by the shell.
// A test fixture is listed here so that the tests can play it in a browser, but it is never
// offered to a player (no screen lists the registry; only an address naming it opens it).
import type { ScenarioBundle } from '../engine/scenario/bundle';

export const DEFAULT_SCENARIO_ID = 'vladivostok-2019';

const LOADERS: Record<string, () => Promise<ScenarioBundle>> = {
  'vladivostok-2019': () => import('./vladivostok-2019').then((m) => m.bundle),
  'fixture-harbour': () => import('./fixture-harbour').then((m) => m.bundle),
};

export const SCENARIO_IDS: readonly string[] = Object.keys(LOADERS);

/** The test fixtures among them (their scenario.json says `"fixture": true`; a content test checks the two agree). */
export const FIXTURE_IDS: ReadonlySet<string> = new Set(['fixture-harbour']);

/** The scenarios a player may be told of, e.g. by the message about a link naming an unknown one: not the fixtures. */
export const OFFERED_SCENARIO_IDS: readonly string[] = SCENARIO_IDS.filter((id) => !FIXTURE_IDS.has(id));

const loaded = new Map<string, ScenarioBundle>();

export function isScenarioId(id: unknown): id is string {
  return typeof id === 'string' && Object.hasOwn(LOADERS, id);
}

/** The bundle, once loaded (or given by register). */
export function loadedBundle(id: string): ScenarioBundle | undefined {
  return loaded.get(id);
}

/** Make an already imported bundle available without waiting (the shell's default scenario). */
export function register(bundle: ScenarioBundle): ScenarioBundle {
  loaded.set(bundle.scenario.id, bundle);
  return bundle;
}

export async function loadBundle(id: string): Promise<ScenarioBundle | undefined> {
  const have = loaded.get(id);
  if (have) return have;
  const load = isScenarioId(id) ? LOADERS[id] : undefined;
  if (!load) return undefined;
  return register(await load());
}
