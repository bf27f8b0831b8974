// The one place where the teacher's page meets the scenario: the class's state names it by id
// (ClassState.scenarioId), and this module turns the id into the scenario's data, its goals and
// its catalogues. Nothing else in src/classroom reads the engine's scenario.
import { SCENARIO, SCENARIO_CATALOGUES, SCENARIOS, type GoalId, type Lang } from '../engine';
import type { Catalogue } from '../shell/text';

/** A scenario's data, as the engine loads it. */
export type Scenario = typeof SCENARIO;

export interface ClassScenario {
  id: string;
  data: Scenario;
  /** The goals, in the scenario's order. */
  goals: readonly GoalId[];
  /** The scenario's own texts, per language. */
  catalogues: Record<Lang, Catalogue>;
}

/** The scenario a new class plays. */
export const DEFAULT_SCENARIO_ID: string = SCENARIO.id;

/** The scenarios this version can verify. */
export const SCENARIO_IDS: readonly string[] = Object.keys(SCENARIOS);

export function isScenarioId(id: unknown): id is string {
  return typeof id === 'string' && Object.hasOwn(SCENARIOS, id);
}

const known = new Map<string, ClassScenario>();

/** The scenario of a class. Its id is checked when a class is read (./store.ts), so an unknown one is a bug. */
export function scenarioOf(id: string): ClassScenario {
  let s = known.get(id);
  if (!s) {
    const data = SCENARIOS[id];
    if (!data) throw new Error(`unknown scenario: ${id}`);
    // Today there is one scenario, with one pair of catalogues.
    s = { id, data, goals: data.goals.map((g) => g.id), catalogues: SCENARIO_CATALOGUES };
    known.set(id, s);
  }
  return s;
}
