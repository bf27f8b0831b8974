// Whole games in the built page: one by mouse in English (with a reload in the middle), one by
// keyboard alone in Bahasa Indonesia. The result code shown at the end must verify with the
// engine here in Node, and give the same score and hash as replaying the page's own record.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { replayRecord, SCENARIO, scoreGame, verifyResultCode, type GameRecord, type Lang } from '../../src/engine';
import { useE2E } from '../support/e2e';
import { currentScene, pauseClock, record, sceneShot, until, waitForScene, waitForTitle } from '../support/game';
import { keyboard, label, mouse, playToDebrief, startNewGame } from '../support/play';

const r1 = (x: number) => Math.round(x * 10) / 10;

/** The code verifies, finished, with the page's moves, and agrees with a replay of the page's record. */
function checkResult(code: string, pageRecord: GameRecord, shownScore: string): void {
  expect(code).toMatch(/^V19[0-9A-Z]+$/);
  const verified = verifyResultCode(code);
  if (!verified.ok) throw new Error(`The result code does not verify: ${JSON.stringify(verified.error)}`);
  expect(verified.finished).toBe(true);
  expect(verified.record.seed).toBe(pageRecord.seed);
  expect(verified.record.settings).toEqual(pageRecord.settings);
  expect(verified.record.moves).toEqual(pageRecord.moves);

  const replayed = replayRecord(pageRecord);
  if (!replayed.ok) throw new Error(`The page's record does not replay: ${JSON.stringify(replayed.error)}`);
  expect(replayed.game.isOver()).toBe(true);
  expect(verified.hash).toBe(replayed.game.hash());
  expect(verified.score).toEqual(scoreGame(replayed.game));
  expect(shownScore.trim()).toBe(String(r1(verified.score.kim)));
}

/** The debrief shows the scenario's key ideas, notes on 2019 and questions, in its order and the page's language. */
async function checkDebriefLists(page: Page, lang: Lang): Promise<void> {
  const texts = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const { ideas, history, questions } = SCENARIO.debrief;
  expect(await texts('section[aria-labelledby="ideas-h"] dt')).toEqual(ideas.map((i) => label(lang, i.term)));
  expect(await texts('section[aria-labelledby="ideas-h"] dd')).toEqual(ideas.map((i) => label(lang, i.meaning)));
  expect(await texts('section[aria-labelledby="history-h"] li')).toEqual(history.map((n) => label(lang, n.text)));
  expect(await texts('section[aria-labelledby="history-h"] .source')).toEqual([label(lang, 'ui.source', { list: label(lang, 'scenario.fact.record') })]);
  expect(await texts('section[aria-labelledby="questions-h"] li')).toEqual(questions.map((n) => label(lang, n.text)));
}

describe('full games', () => {
  const e2e = useE2E();

  test('by mouse, in English; a reload in the middle resumes at the same move', async () => {
    const { page } = e2e;
    const lang: Lang = 'en';
    const input = mouse();
    const unnamed: string[] = [];
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await startNewGame(page, { lang, input, seed: 'e2e-mouse', difficulty: 'open' });

    let reloaded = false;
    const code = await playToDebrief(page, {
      lang,
      input,
      shots: 'mouse-en',
      unnamed,
      async beforeAction({ scene, moves }) {
        if (reloaded || moves < 4 || scene !== 'Negotiation') return;
        reloaded = true;
        const before = await record(page);
        const heading = await page.locator('#panel h1').first().textContent();
        await page.reload();
        await waitForScene(page, scene);
        expect(await currentScene(page)).toBe(scene);
        expect((await record(page))?.moves).toEqual(before?.moves);
        expect(await page.locator('#panel h1').first().textContent()).toBe(heading);
      },
    });
    expect(reloaded).toBe(true);

    const pageRecord = (await record(page))!;
    checkResult(code, pageRecord, (await page.locator('#score-kim').textContent()) ?? '');
    expect(pageRecord.settings.difficulty).toBe('open');
    expect(pageRecord.seed).toBe('e2e-mouse');
    await checkDebriefLists(page, lang);

    // The replay viewer opens on the last move.
    await mouse().press(page.getByRole('button', { name: label(lang, 'ui.debrief.watch'), exact: true }));
    await waitForScene(page, 'Replay');
    const n = pageRecord.moves.length;
    expect(await page.getByRole('status').filter({ hasText: label(lang, 'ui.replay.position', { n, total: n }) }).count()).toBe(1);
    await sceneShot(page, 'mouse-en-Replay');
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });

  test('by keyboard only, in Bahasa Indonesia', async () => {
    const { page } = e2e;
    const lang: Lang = 'id';
    const input = keyboard(page);
    const unnamed: string[] = [];
    // Count pointer input: a keyboard-only game must not need any.
    await page.addInitScript(() => {
      (window as unknown as { __pointer: number }).__pointer = 0;
      for (const type of ['pointerdown', 'mousedown', 'touchstart'])
        window.addEventListener(type, (e) => e.isTrusted && ((window as unknown as { __pointer: number }).__pointer += 1), true);
    });
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);

    await input.press(page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }));
    await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === 'id', 'the page in Bahasa Indonesia');
    await page.getByRole('button', { name: label(lang, 'ui.title.start'), exact: true }).waitFor();
    await sceneShot(page, 'keyboard-id-Title');
    await startNewGame(page, { lang, input, seed: 'e2e keyboard', difficulty: 'hard' });

    const code = await playToDebrief(page, { lang, input, shots: 'keyboard-id', unnamed });
    const pageRecord = (await record(page))!;
    checkResult(code, pageRecord, (await page.locator('#score-kim').textContent()) ?? '');
    expect(pageRecord.settings.difficulty).toBe('hard');
    expect(pageRecord.seed).toBe('e2e keyboard');
    await checkDebriefLists(page, lang);
    await expect.poll(() => page.locator('#panel h1').first().textContent()).toBe(label(lang, 'ui.debrief.title'));
    expect(await page.evaluate(() => (window as unknown as { __pointer: number }).__pointer)).toBe(0);
    expect(unnamed, 'controls without an accessible name').toEqual([]);
  });
});
