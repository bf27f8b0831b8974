// A scenario bundle: the validated rules and content of one scenario, its message catalogues in
// each language, and the hash of its rules. The engine never imports a bundle: whoever plays a
// game (the shell, the teacher's page, a tool, a test) loads one from src/content/ and passes it.
import { canonicalJson, fnv1a64 } from '../hash';
import type { Lang } from '../types';
import { parseScenario, type Scenario } from './schema';

export type Catalogue = Record<string, string>;

export interface ScenarioBundle {
  scenario: Scenario;
  /** The scenario's own messages, per language. */
  messages: Record<Lang, Catalogue>;
  /** Hash of the rule data (not of its wording or its sources): a result code carries it. */
  hash: string;
}

/** Keys that carry wording or citations, not rules (the end of the day only chooses words): a corrected sentence or source must not invalidate codes. */
const NOT_RULES = new Set(['facts', 'debrief', 'sources', 'title', 'endOfDay']);

function rulesOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rulesOnly);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !NOT_RULES.has(k))
      .map(([k, v]) => [k, rulesOnly(v)]),
  );
}

/** 8 hex digits of the rules' fingerprint. */
export function rulesHash(scenario: Scenario): string {
  return fnv1a64(canonicalJson(rulesOnly(scenario))).slice(0, 8);
}

/** Validate a scenario's data and make its bundle; an invalid scenario throws, naming every broken rule. */
export function makeBundle(raw: unknown, messages: Record<Lang, Catalogue>): ScenarioBundle {
  const parsed = parseScenario(raw);
  if (!parsed.ok) {
    const id = (raw as { id?: unknown } | null)?.id;
    throw new Error(`The scenario ${String(id)} is invalid:\n${parsed.issues.join('\n')}`);
  }
  return { scenario: parsed.scenario, messages, hash: rulesHash(parsed.scenario) };
}
