// Which scenario a page shows: the e2e tests play Vladivostok 2019 and the made-up fixture, and a
// game of one must show its own texts and none of the other's.
import type { Page } from 'playwright-core';
import { LANGS, type Lang, type ScenarioBundle } from '../../src/engine';
import { BUNDLES, FIXTURE, textOf, VLADIVOSTOK } from './bundles';

/** How a test opens a game of the scenario: from the title (its default) or by the address naming it. */
export interface ScenarioCase {
  name: string;
  bundle: ScenarioBundle;
  open: 'title' | 'address';
}

export const SCENARIO_CASES: readonly ScenarioCase[] = [
  { name: 'Vladivostok 2019', bundle: VLADIVOSTOK, open: 'title' },
  { name: 'the test scenario', bundle: FIXTURE, open: 'address' },
];

/** The address that starts a game of the scenario (no scenario parameter for the default one). */
export function gameAddress(bundle: ScenarioBundle, params: { seed: string; difficulty?: string; lang?: Lang }): string {
  const q = new URLSearchParams();
  if (bundle !== VLADIVOSTOK) q.set('scenario', bundle.scenario.id);
  q.set('seed', params.seed);
  if (params.difficulty) q.set('difficulty', params.difficulty);
  if (params.lang) q.set('lang', params.lang);
  return `/?${q.toString()}`;
}

/** The scenario's goal titles in a language, in its order. */
export function goalTitles(bundle: ScenarioBundle, lang: Lang): string[] {
  return bundle.scenario.goals.map((g) => textOf(bundle, lang, { key: `goal.${g.id}.title` }));
}

/** Everything the page shows as text (the panel, the top bar, notices, the log for screen readers). */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/**
 * What is wrong with the scenario's texts on the page now: any goal title of another scenario (in
 * either language), and, with `ownGoals`, any of the scenario's own goal titles that is missing.
 */
export async function scenarioTextProblems(page: Page, bundle: ScenarioBundle, lang: Lang, where: string, ownGoals = false): Promise<string[]> {
  const shown = await pageText(page);
  const out: string[] = [];
  for (const other of Object.values(BUNDLES)) {
    if (other.scenario.id === bundle.scenario.id) continue;
    for (const l of LANGS)
      for (const title of goalTitles(other, l)) if (shown.includes(title)) out.push(`${where}: shows "${title}", a goal of ${other.scenario.id}`);
  }
  if (ownGoals) for (const title of goalTitles(bundle, lang)) if (!shown.includes(title)) out.push(`${where}: does not show its goal "${title}"`);
  return out;
}
