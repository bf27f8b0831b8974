// Whole games in the built page, of Vladivostok 2019 (started from the title) and of the made-up
// test scenario (opened by the address that names it): one by mouse in English (with a reload in
// the middle), one by keyboard alone in Bahasa Indonesia. The result code shown at the end must
// verify with the engine here in Node, against the scenario's bundle, and give the same score and
// hash as replaying the page's own record. A game shows its own scenario's texts (its goals, its
// debrief with a result for each goal and one chart of the deals made, its title on the menu) and
// none of another scenario's goals. After the talks the counterpart's words to reporters are the
// engine's for this game; the debrief shows each capital's reaction with the score term it reads,
// and the glossary's nine ideas, each with the example the engine reads off this game's record.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { frontierOfRecord } from '../../src/engine/debrief/frontier';
import { IDEAS, lessonsOf, replayRecord, scoreGame, verifyResultCode, type GameRecord, type Lang, type ScenarioBundle } from '../../src/engine';
import { formatNumber } from '../../src/shell/text';
import { lookupBundle, textOf } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { currentScene, pauseClock, record, sceneShot, until, view, waitForScene, waitForTitle, type SceneKey } from '../support/game';
import { keyboard, label, mouse, playToDebrief, startNewGame, type Input } from '../support/play';
import { gameAddress, goalTitles, SCENARIO_CASES, scenarioTextProblems, type ScenarioCase } from '../support/scenarios';

const r1 = (x: number) => Math.round(x * 10) / 10;

/** The code verifies, finished, with the page's moves, and agrees with a replay of the page's record. */
function checkResult(code: string, pageRecord: GameRecord, shownScore: string, bundle: ScenarioBundle, lang: Lang): void {
  expect(code).toMatch(/^V19[0-9A-Z]+$/);
  const verified = verifyResultCode(code, lookupBundle);
  if (!verified.ok) throw new Error(`The result code does not verify: ${JSON.stringify(verified.error)}`);
  expect(verified.finished).toBe(true);
  expect(verified.record.scenarioId).toBe(bundle.scenario.id);
  expect(verified.record.scenarioHash).toBe(bundle.hash);
  expect(pageRecord.scenarioId).toBe(bundle.scenario.id);
  expect(verified.record.seed).toBe(pageRecord.seed);
  expect(verified.record.settings).toEqual(pageRecord.settings);
  expect(verified.record.moves).toEqual(pageRecord.moves);

  const replayed = replayRecord(pageRecord, lookupBundle);
  if (!replayed.ok) throw new Error(`The page's record does not replay: ${JSON.stringify(replayed.error)}`);
  expect(replayed.game.bundle).toBe(bundle);
  expect(replayed.game.isOver()).toBe(true);
  expect(verified.hash).toBe(replayed.game.hash());
  expect(verified.score).toEqual(scoreGame(replayed.game));
  // As the page's language writes a number (a decimal comma in Indonesian).
  expect(shownScore.trim()).toBe(formatNumber(lang, r1(verified.score.kim), 1));
}

/** A fact's source as the scenario names it: a paragraph of its article, or the source's own label. */
function factText(lang: Lang, fact: string, bundle: ScenarioBundle): string {
  const p = /^P(\d+)$/.exec(fact);
  return p ? label(lang, 'source.article', { n: Number(p[1]) }, bundle) : label(lang, `source.${fact}.label`, undefined, bundle);
}

/**
 * The debrief shows one result for each of the scenario's goals, one chart of the deals made (a star
 * for each, and the no-deal point), and the scenario's key ideas, notes on history and questions,
 * in its order and the page's language.
 */
async function checkDebrief(page: Page, lang: Lang, bundle: ScenarioBundle): Promise<void> {
  const say = (key: string) => textOf(bundle, lang, { key });
  const texts = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const titles = goalTitles(bundle, lang);
  const headings = await texts('section.goal-result h3');
  expect(headings).toHaveLength(bundle.scenario.goals.length);
  expect(new Set(headings.map((h) => titles.find((t) => h.startsWith(t))))).toEqual(new Set(titles));
  // One chart of the deals made (the chart of what the day held arrives later, from a worker).
  expect(await page.locator('svg.chart#chart-deals').count()).toBe(1);
  expect(await page.getByRole('img', { name: label(lang, 'ui.chart.dealsTitle'), exact: true }).count()).toBe(1);
  const deals = (await view(page))!.result!.deals.length;
  expect(await page.locator('#chart-deals [data-point^="deal-"]').count()).toBe(deals);
  expect(await page.locator('#chart-deals [data-point="nodeal"]').count()).toBe(1);
  expect(await page.locator('#deal-list > li').count()).toBe(deals);
  // The best possible in this game, found by the solver in a Web Worker: never below what was played.
  await page.locator('#best-line[data-best]').waitFor({ timeout: 60_000 });
  expect(Number(await page.locator('#best-line').getAttribute('data-best'))).toBeGreaterThanOrEqual((await view(page))!.result!.kim);
  // The most any line could score: the best itself where the search finished; the page says a range otherwise.
  const upper = Number(await page.locator('#best-line').getAttribute('data-upper'));
  const best = Number(await page.locator('#best-line').getAttribute('data-best'));
  expect(upper).toBeGreaterThanOrEqual(best);
  if (upper > best + 0.05) expect(await page.locator('#best-line').textContent()).toContain(formatNumber(lang, upper, 1));

  const { ideas, history, questions } = bundle.scenario.debrief;
  expect(await texts('section[aria-labelledby="ideas-h"] dt')).toEqual(ideas.map((i) => say(i.term)));
  expect(await texts('section[aria-labelledby="ideas-h"] dd')).toEqual(ideas.map((i) => say(i.meaning)));
  expect(await texts('section[aria-labelledby="history-h"] li')).toEqual(history.map((n) => say(n.text)));
  const facts = [...new Set(history.flatMap((n) => n.facts ?? []))];
  expect(await texts('section[aria-labelledby="history-h"] .source')).toEqual([label(lang, 'ui.source', { list: facts.map((f) => factText(lang, f, bundle)).join(', ') })]);
  expect(await texts('section[aria-labelledby="questions-h"] li')).toEqual(questions.map((n) => say(n.text)));
  // The sources: the article named by its title, and every source by its name, never by an id.
  expect(await page.locator('#source-about').textContent()).toBe(say('source.about'));
  expect(await texts('section[aria-labelledby="sources-h"] li strong')).toEqual(bundle.scenario.sources.map((f) => `${factText(lang, f, bundle)}: `));
}

/**
 * After the talks: Putin's words to reporters are the engine's statement for this game, in the
 * page's language, with the choice of the state media's line; a screenshot for the README.
 */
async function checkPress(page: Page, lang: Lang, bundle: ScenarioBundle, shotName: string): Promise<void> {
  const v = (await view(page))!;
  const said = v.endOfDay!.statement.map((m) => textOf(bundle, lang, m));
  expect(said.length).toBeGreaterThan(0);
  expect(await page.locator('#press-statement p').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).toEqual(said);
  expect(await page.locator('#speaker-h').textContent()).toBe(textOf(bundle, lang, { key: 'scenario.press.speaker' }));
  expect(await page.getByRole('radio').count()).toBe(bundle.scenario.stances.length);
  await sceneShot(page, shotName);
}

/**
 * The debrief's end of the day and its glossary: one reaction per capital, each with the points of
 * the score term it reads (the same number the score counts); then the nine ideas by name, each
 * with the example the engine reads off this game's record, at least three of them on the
 * player's own moves. Screenshots of both for the README.
 */
async function checkReactionsAndGlossary(page: Page, lang: Lang, bundle: ScenarioBundle, pageRecord: GameRecord, shotName: string): Promise<void> {
  const result = (await view(page))!.result!;
  const capitals = [...new Set(bundle.scenario.endOfDay.reactions.map((r) => r.from))];
  expect(await page.locator('#reactions dt').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).toEqual(capitals.map((c) => textOf(bundle, lang, { key: `reaction.from.${c}` })));
  for (const c of capitals) {
    const term = bundle.scenario.endOfDay.reactions.find((r) => r.from === c)!.term;
    expect(Number(await page.locator(`#reaction-${c}`).getAttribute('data-points'))).toBe(term === 'face' ? result.faceBonus : 0 - result.usPenalty);
  }
  await page.locator('#reactions').scrollIntoViewIfNeeded();
  await sceneShot(page, `${shotName}-reactions`);

  const replayed = replayRecord(pageRecord, lookupBundle);
  if (!replayed.ok) throw new Error('the page record does not replay');
  // The zone, the frontier and the Nash point are told on the seed's possible days, which the
  // debrief's worker searches: once its chart is there, the glossary says them.
  await page.locator('#chart-day').waitFor({ state: 'attached', timeout: 90_000 });
  const lessons = lessonsOf(replayed.game, frontierOfRecord(bundle, pageRecord));
  expect(await page.locator('#glossary dt').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).toEqual(IDEAS.map((id) => label(lang, `ui.glossary.${id}.term`)));
  const examples = await page.locator('#glossary .lesson-example').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(examples).toEqual(lessons.map((l) => `${label(lang, 'ui.glossary.inYourGame')} ${textOf(bundle, lang, l.example)}`));
  expect(await page.locator('#glossary dd[data-from-moves="true"]').count()).toBeGreaterThanOrEqual(3);
  await page.locator('#glossary').scrollIntoViewIfNeeded();
  await sceneShot(page, `${shotName}-glossary`);
}

/** Back on the title (the main menu), it names the scenario of the game: its title and subtitle. */
async function checkTitleNames(page: Page, lang: Lang, input: Input, bundle: ScenarioBundle): Promise<void> {
  await input.press(page.getByRole('button', { name: label(lang, 'ui.top.menu'), exact: true }));
  await waitForTitle(page);
  expect(await page.locator('#panel h1').first().textContent()).toBe(textOf(bundle, lang, { key: 'scenario.title' }));
  expect(await page.locator('#panel .lede').first().textContent()).toBe(textOf(bundle, lang, { key: 'scenario.subtitle' }));
  expect(await scenarioTextProblems(page, bundle, lang, 'Title')).toEqual([]);
}

/** Starts a game of the case's scenario: from the title, or by its address (then on the Briefing). */
async function openGame(page: Page, url: (p: string) => string, sc: ScenarioCase, lang: Lang, input: Input, seed: string, difficulty: 'open' | 'standard' | 'hard'): Promise<void> {
  if (sc.open === 'title') {
    await page.goto(url('/'));
    await waitForTitle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    if (lang !== 'en') {
      await input.press(page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }));
      await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);
      await page.getByRole('button', { name: label(lang, 'ui.title.start'), exact: true }).waitFor();
    }
    await sceneShot(page, `${input.kind}-${lang}-Title`);
    await startNewGame(page, { lang, input, seed, difficulty });
    return;
  }
  await page.goto(url(gameAddress(sc.bundle, { seed, difficulty })));
  await waitForScene(page, 'Briefing');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  if (lang !== 'en') {
    await input.press(page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }));
    await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);
    await page.getByRole('button', { name: label(lang, 'ui.briefing.confirm'), exact: true }).waitFor();
  }
  // The address has done its work: it leaves the address bar, so that a reload resumes the game.
  expect(new URL(page.url()).search).toBe('');
}

describe('full games', () => {
  const e2e = useE2E();

  for (const sc of SCENARIO_CASES) {
    const tag = sc.open === 'title' ? '' : `${sc.bundle.scenario.id}-`;

    test(`${sc.name}: by mouse, in English; a reload in the middle resumes at the same move`, async () => {
      const { page } = e2e;
      const lang: Lang = 'en';
      const input = mouse();
      const unnamed: string[] = [];
      const problems: string[] = [];
      const seen = new Set<SceneKey>();
      await pauseClock(page);
      await openGame(page, (p) => e2e.url(p), sc, lang, input, 'e2e-mouse', 'open');

      let reloaded = false;
      const code = await playToDebrief(page, {
        lang,
        input,
        shots: `${tag}mouse-en`,
        unnamed,
        async beforeAction({ scene, moves }) {
          if (!seen.has(scene)) {
            seen.add(scene);
            problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, scene, scene === 'Briefing' || scene === 'Summit')));
            if (scene === 'Press') await checkPress(page, lang, sc.bundle, `${tag}end-of-day-${lang}-Press`);
          }
          if (reloaded || moves < 4 || scene !== 'Negotiation') return;
          reloaded = true;
          const before = await record(page);
          const heading = await page.locator('#panel h1').first().textContent();
          await page.reload();
          await waitForScene(page, scene);
          expect(await currentScene(page)).toBe(scene);
          expect((await record(page))?.moves).toEqual(before?.moves);
          expect((await record(page))?.scenarioId).toBe(sc.bundle.scenario.id);
          expect(await page.locator('#panel h1').first().textContent()).toBe(heading);
          problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, 'after the reload')));
        },
      });
      expect(reloaded).toBe(true);
      expect([...seen].sort()).toEqual(['Briefing', 'Negotiation', 'Press', 'Summit']);

      const pageRecord = (await record(page))!;
      checkResult(code, pageRecord, (await page.locator('#score-kim').textContent()) ?? '', sc.bundle, lang);
      expect(pageRecord.settings.difficulty).toBe('open');
      expect(pageRecord.seed).toBe('e2e-mouse');
      await checkDebrief(page, lang, sc.bundle);
      await checkReactionsAndGlossary(page, lang, sc.bundle, pageRecord, `${tag}end-of-day-${lang}-Debrief`);
      problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, 'Debrief', true)));

      // The replay viewer opens on the last move, with the scenario's texts.
      await mouse().press(page.getByRole('button', { name: label(lang, 'ui.debrief.watch'), exact: true }));
      await waitForScene(page, 'Replay');
      const n = pageRecord.moves.length;
      expect(await page.getByRole('status').filter({ hasText: label(lang, 'ui.replay.position', { n, total: n }) }).count()).toBe(1);
      problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, 'Replay', true)));
      await sceneShot(page, `${tag}mouse-en-Replay`);
      await checkTitleNames(page, lang, input, sc.bundle);
      expect(unnamed, 'controls without an accessible name').toEqual([]);
      expect(problems, "another scenario's texts").toEqual([]);
    });

    test(`${sc.name}: by keyboard only, in Bahasa Indonesia`, async () => {
      const { page } = e2e;
      const lang: Lang = 'id';
      const input = keyboard(page);
      const unnamed: string[] = [];
      const problems: string[] = [];
      // Count pointer input: a keyboard-only game must not need any.
      await page.addInitScript(() => {
        (window as unknown as { __pointer: number }).__pointer = 0;
        for (const type of ['pointerdown', 'mousedown', 'touchstart'])
          window.addEventListener(type, (e) => e.isTrusted && ((window as unknown as { __pointer: number }).__pointer += 1), true);
      });
      await pauseClock(page);
      await openGame(page, (p) => e2e.url(p), sc, lang, input, 'e2e keyboard', 'hard');

      const seen = new Set<SceneKey>();
      const code = await playToDebrief(page, {
        lang,
        input,
        shots: `${tag}keyboard-id`,
        unnamed,
        async beforeAction({ scene }) {
          if (seen.has(scene)) return;
          seen.add(scene);
          problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, scene, scene === 'Briefing' || scene === 'Summit')));
          if (scene === 'Press') await checkPress(page, lang, sc.bundle, `${tag}end-of-day-${lang}-Press`);
        },
      });
      const pageRecord = (await record(page))!;
      checkResult(code, pageRecord, (await page.locator('#score-kim').textContent()) ?? '', sc.bundle, lang);
      expect(pageRecord.settings.difficulty).toBe('hard');
      expect(pageRecord.seed).toBe('e2e keyboard');
      await checkDebrief(page, lang, sc.bundle);
      await checkReactionsAndGlossary(page, lang, sc.bundle, pageRecord, `${tag}end-of-day-${lang}-Debrief`);
      problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, 'Debrief', true)));
      await expect.poll(() => page.locator('#panel h1').first().textContent()).toBe(label(lang, 'ui.debrief.title'));
      await checkTitleNames(page, lang, input, sc.bundle);
      expect(await page.evaluate(() => (window as unknown as { __pointer: number }).__pointer)).toBe(0);
      expect(unnamed, 'controls without an accessible name').toEqual([]);
      expect(problems, "another scenario's texts").toEqual([]);
    });
  }
});
