// The one place where the teacher's page meets the scenario: the class's state names it by id
// (ClassState.scenarioId), and this module turns the id into the scenario's bundle, its goals and
// its catalogues. Nothing else in src/classroom reads a scenario. The teacher's page holds every
// scenario of this build (a few kilobytes each), so it can verify any code a student hands in.
import { BUNDLES } from '../content/all';
import engineEn from '../content/engine.en.json';
import engineId from '../content/engine.id.json';
import { DEFAULT_SCENARIO_ID as DEFAULT_ID } from '../content/registry';
import type { BundleLookup, GoalId, Lang, Scenario, ScenarioBundle } from '../engine';
import type { Catalogue } from '../shell/text';

export type { Scenario };

export interface ClassScenario {
  id: string;
  bundle: ScenarioBundle;
  data: Scenario;
  /** The goals, in the scenario's order. */
  goals: readonly GoalId[];
  /** The scenario's own texts and the engine's, per language. */
  catalogues: Record<Lang, Catalogue>;
}

/** The scenario a new class plays, unless its address names another. */
export const DEFAULT_SCENARIO_ID: string = DEFAULT_ID;

/** The scenarios this version can verify. */
export const SCENARIO_IDS: readonly string[] = Object.keys(BUNDLES);

export function isScenarioId(id: unknown): id is string {
  return typeof id === 'string' && Object.hasOwn(BUNDLES, id);
}

/** For the engine: the bundle of a scenario a code or file names. */
export const lookupBundle: BundleLookup = (id) => (isScenarioId(id) ? BUNDLES[id] : undefined);

const known = new Map<string, ClassScenario>();

/** The scenario of a class. Its id is checked when a class is read (./store.ts), so an unknown one is a bug. */
export function scenarioOf(id: string): ClassScenario {
  let s = known.get(id);
  if (!s) {
    const bundle = lookupBundle(id);
    if (!bundle) throw new Error(`unknown scenario: ${id}`);
    const m = bundle.messages;
    s = { id, bundle, data: bundle.scenario, goals: bundle.scenario.goals.map((g) => g.id), catalogues: { en: { ...engineEn, ...m.en }, id: { ...engineId, ...m.id } } };
    known.set(id, s);
  }
  return s;
}
