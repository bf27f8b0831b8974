// A lazily loaded file that cannot be loaded (issue #13: "offline before the lazy files arrive: the
// last move leaves the screen on the press scene with 'Failed to fetch dynamically imported module';
// Continue fails until a full reload"). The service worker is kept out (serviceWorkers: 'block': a
// first visit before it has installed), the file is kept from the page, and the connection goes:
// - the debrief's code: the last move is saved; the page says, in its language, that a reload (online)
//   continues, with a Reload button; Continue on the title says so again; online, the button reloads
//   the page and the game resumes at the debrief with every move;
// - the debrief's QR code library: the code is there to copy, and the QR code's place says why there
//   is no picture, with a Reload button;
// - the teacher's page's QR code reader ("Scan from a photo"): said so with a Reload button; after the
//   reload the class is still there and the photo reads.
// Before the fix (e273f05), the press scene stayed with a page error and no word; the QR code said only
// "could not be drawn here"; the scanner blamed the camera or the reader and offered photos that failed
// the same way.
// A file is kept away by page.route (aborted as "internet disconnected"), not by taking the whole
// context offline: the art still loading in the background would fail too, at its own pace.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { makeStrategy, newGame, playOut, type GameRecord } from '../../src/engine';
import { play, SEED, SESSION } from '../classroom/fixtures';
import { VLADIVOSTOK } from '../support/bundles';
import { teacherReady, tableRows } from '../support/classroom';
import { useE2E } from '../support/e2e';
import { currentScene, pauseClock, record, sceneShot, until, view, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, text } from '../support/play';
import { qrPicture, toPng } from '../support/qr';
import { kept, SAVES_DB } from '../support/storage';

const SAVE_KEY = 'vladivostok-2019.save';
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

const DEBRIEF_CHUNK = /\/assets\/Debrief-[^/]+\.js$/;
/** The qrcode package's chunk (named after its entry, qrcode/lib/browser.js). */
const QRCODE_CHUNK = /\/assets\/browser-[^/]+\.js$/;
const QR_READER_CHUNK = /\/assets\/qr-decode-[^/]+\.js$/;

function finished(seed: string): GameRecord {
  return playOut(newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } }), makeStrategy('greedy', seed)).record();
}

const stored = async (page: Page): Promise<GameRecord | null> => JSON.parse((await kept(page, SAVES_DB, SAVE_KEY)) ?? 'null') as GameRecord | null;

describe('a lazily loaded file that cannot be loaded', () => {
  // No service worker: the visit before it has installed (after that, every file is precached).
  const e2e = useE2E({ serviceWorkers: 'block' });

  /** Keeps the files matching `re` from the page (as if the connection had gone before they came). */
  async function keepAway(page: Page, re: RegExp): Promise<void> {
    e2e.guard.expectFailedRequest(re);
    // What Playwright itself says for the blocked registration (public/registerSW.js registers on every load).
    e2e.guard.expectConsole(/^Service Worker registration blocked by Playwright$/);
    await page.route(re, (route) => route.abort('internetdisconnected'));
  }

  test('the debrief never arrived: the last move is kept, the page says reload, and the reload resumes at the debrief', async () => {
    const { page } = e2e;
    const whole = finished('lazy-debrief');
    await pauseClock(page);
    await keepAway(page, DEBRIEF_CHUNK);
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify({ ...whole, moves: whole.moves.slice(0, -1) })] as const);
    await page.reload();
    await waitForScene(page, 'Press');

    // The last move: the state media's report of the day.
    const v = (await view(page))!;
    await mouse().choose(page.getByRole('radio', { name: text('en', v.stances[0]!.title, v.scenarioId), exact: true }));
    await mouse().press(page.getByRole('button', { name: label('en', 'scenario.press.present'), exact: true }));
    const notice = page.getByRole('alert').filter({ hasText: label('en', 'ui.lazy.failed') });
    await until(page, async () => (await notice.count()) === 1, 'the notice that the debrief could not be loaded');
    // Its Reload button has the focus (the player pressed a button far below the notice).
    const reload = notice.getByRole('button', { name: label('en', 'ui.reload'), exact: true });
    expect(await reload.evaluate((el) => el === document.activeElement)).toBe(true);
    // Nothing lost: the move is made and saved; the scene stays, and stays usable.
    expect(await currentScene(page)).toBe('Press');
    expect((await record(page))?.moves).toHaveLength(whole.moves.length);
    expect(await stored(page)).toEqual(await record(page));
    await sceneShot(page, 'lazy-Press-offline');

    // The menu, then Continue: said again (once), instead of nothing happening.
    await mouse().press(page.getByRole('button', { name: label('en', 'ui.top.menu'), exact: true }));
    await waitForTitle(page);
    await mouse().press(page.getByRole('button', { name: label('en', 'ui.title.continue'), exact: true }));
    await until(page, async () => (await notice.count()) === 1 && (await currentScene(page)) === 'Title', 'the notice again');
    expect(await page.getByRole('alert').count()).toBe(1);

    // Online again, the Reload button: the game resumes at the debrief with every move.
    await page.unroute(DEBRIEF_CHUNK);
    await mouse().press(page.getByRole('button', { name: label('en', 'ui.reload'), exact: true }));
    await waitForScene(page, 'Debrief');
    expect((await record(page))?.moves).toHaveLength(whole.moves.length);
    await until(page, async () => (await page.locator('#result-qr').getAttribute('data-state')) === 'ready', 'the QR code');
  });

  test("the debrief's QR code library cannot be loaded: the code is there, and the QR code's place says reload", async () => {
    const { page } = e2e;
    await pauseClock(page);
    await keepAway(page, QRCODE_CHUNK);
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(finished('lazy-qr'))] as const);
    await page.reload();
    await waitForScene(page, 'Debrief');
    await until(page, async () => (await page.locator('#result-qr').getAttribute('data-state')) === 'unloaded', 'the QR code to give up');
    const figure = page.locator('#result-qr');
    expect(await figure.getByRole('status').textContent()).toBe(label('en', 'ui.debrief.qrUnloaded'));
    expect(await figure.getByRole('button', { name: label('en', 'ui.reload'), exact: true }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: label('en', 'ui.debrief.code'), exact: true }).inputValue()).toMatch(/^V19[0-9A-Z]+$/);
    await figure.scrollIntoViewIfNeeded();
    await sceneShot(page, 'lazy-Debrief-qr-unloaded');
  });

  test("the teacher's QR code reader cannot be loaded: said so with a Reload button; after the reload the class is there and the photo reads", async () => {
    const { page } = e2e;
    await keepAway(page, QR_READER_CHUNK);
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    await page.getByLabel(en('class.session.seed'), { exact: true }).fill(SEED);
    await page.getByRole('radio', { name: new RegExp(`^${en('class.difficulty.standard')}`) }).check();
    await page.getByRole('button', { name: en('class.session.start') }).click();
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(SESSION);

    // The game played from the class's link: its session value carries the class's mark.
    const session = new URL(await page.locator('#student-link').inputValue()).searchParams.get('session')!;
    const photo = { name: 'ayu.png', mimeType: 'image/png', buffer: toPng(qrPicture(play({ strategy: 'greedy', name: 'Ayu', session }).code)) };
    await page.locator('#scan-photo').setInputFiles(photo);
    await expect.poll(() => page.locator('#scan-status').textContent()).toContain(en('class.scan.unloaded'));
    expect(await page.locator('#scan-status').getAttribute('role')).toBe('alert');
    await page.locator('#scan-panel').scrollIntoViewIfNeeded();
    await sceneShot(page, 'lazy-teacher-scan-unloaded');

    await page.unroute(QR_READER_CHUNK);
    await page.getByRole('button', { name: en('class.reload'), exact: true }).click();
    await teacherReady(page);
    expect(await page.locator('#session-code').textContent()).toBe(SESSION);
    await page.locator('#scan-photo').setInputFiles(photo);
    await expect.poll(async () => (await tableRows(page)).map((r) => [r.verdict, r.name]), { timeout: 30_000 }).toEqual([['verified', 'Ayu']]);
  });
});
