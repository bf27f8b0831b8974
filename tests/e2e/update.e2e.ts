// A new version never breaks an open tab (issue #13: "the new service worker deletes the old lazily
// loaded files; an open game's QR code and the teacher's 'Scan from a photo' fail with 404s").
//
// The site is served from a folder that first holds the build under test (dist/) and is then swapped,
// while the pages stay open, for a second build of the same source with every chunk changed (and so
// every hashed file name): what a host does when a new version is put up. The open page's service
// worker is asked to look for an update (registration.update()). The new one installs and waits;
// the open page then loads what it had not loaded yet: the QR code library of the debrief, the
// replay viewer; on the teacher's page, jsQR for "Scan from a photo". No 404, nothing fails. A new
// tab opened meanwhile gets the version the open tabs run; once they are closed, the new version.
// Before the fix (e273f05: skipWaiting + clientsClaim), the new service worker took over at once and
// deleted the old files from its cache, and the server no longer had them: 404.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { makeStrategy, newGame, playOut, type GameRecord } from '../../src/engine';
import { play, SEED, SESSION } from '../classroom/fixtures';
import { VLADIVOSTOK } from '../support/bundles';
import { teacherReady, tableRows } from '../support/classroom';
import { PageGuard, ROOT, serveDist, type StaticServer } from '../support/browser';
import { useE2E } from '../support/e2e';
import { pauseClock, sceneShot, until, view, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, text } from '../support/play';
import { qrPicture, toPng } from '../support/qr';

const SAVE_KEY = 'vladivostok-2019.save';
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

/** A game of Vladivostok 2019 one move from its end: the state media's report of the day is all that is left. */
function atThePress(seed: string): GameRecord {
  const whole = playOut(newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } }), makeStrategy('greedy', seed)).record();
  expect(whole.moves.at(-1)?.type).toBe('press.present');
  return { ...whole, moves: whole.moves.slice(0, -1) };
}

/** Resolves once a service worker is active for the page and controls it. */
async function swControls(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await until(page, () => page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker to control the page');
}

/** The page's own entry script (its hashed name says which build it runs). */
const entryScript = (page: Page) => page.evaluate(() => new URL(document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src).pathname);

/**
 * Asks the page's service worker registration for an update and resolves once the new worker has
 * installed: waiting (as it should) or, as before the fix, already active in the old one's place.
 */
async function updateServiceWorker(page: Page): Promise<{ waiting: boolean; controllerIsOld: boolean }> {
  return page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.getRegistration())!;
    const old = reg.active;
    await reg.update();
    const fresh = reg.installing ?? reg.waiting ?? (reg.active !== old ? reg.active : null);
    if (!fresh) throw new Error('no new service worker was found');
    await new Promise<void>((resolve, reject) => {
      const settled = () => {
        if (fresh.state === 'redundant') reject(new Error('the new service worker failed to install'));
        else if (fresh.state === 'installed' || fresh.state === 'activated') resolve();
      };
      fresh.addEventListener('statechange', settled);
      settled();
    });
    return { waiting: reg.waiting === fresh, controllerIsOld: navigator.serviceWorker.controller === old };
  });
}

describe('a new version while pages are open', () => {
  const e2e = useE2E();
  let served = '';
  let later = '';
  let server: StaticServer | undefined;
  let first = '';

  beforeAll(async () => {
    const dist = path.resolve(ROOT, process.env.E2E_DIST ?? 'dist');
    served = mkdtempSync(path.join(tmpdir(), 'v19-served-'));
    later = mkdtempSync(path.join(tmpdir(), 'v19-later-'));
    cpSync(dist, served, { recursive: true });
    first = readdirSync(path.join(served, 'assets')).sort().join(',');
    // The same source with a line added to every chunk: every hashed file name changes.
    await build({
      root: ROOT,
      logLevel: 'error',
      build: { outDir: later, emptyOutDir: true, rolldownOptions: { output: { banner: '/* a later version */' } } },
    });
    server = await serveDist({ outDir: served });
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    rmSync(served, { recursive: true, force: true });
    rmSync(later, { recursive: true, force: true });
  });

  /** Puts the later build where the first one was, as a host does when it updates the site. */
  function putUpLaterVersion(): void {
    for (const f of readdirSync(served)) rmSync(path.join(served, f), { recursive: true, force: true });
    cpSync(later, served, { recursive: true });
    const now = readdirSync(path.join(served, 'assets')).sort().join(',');
    expect(now).not.toBe(first);
  }

  const at = (p: string) => `${server!.url}${p}`;

  test('an open game finishes on the old version: the QR code and the replay viewer load; the next visit gets the new one', async () => {
    const { page, context } = e2e;
    putUpFirstVersion();
    await pauseClock(page);
    await page.goto(at('/?lang=en'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(atThePress('update'))] as const);
    await page.reload();
    await swControls(page);
    await waitForScene(page, 'Press');
    const oldEntry = await entryScript(page);

    putUpLaterVersion();
    const sw = await updateServiceWorker(page);

    // The last move, then what the debrief loads only now: the QR code library; then the replay viewer.
    const v = (await view(page))!;
    await mouse().choose(page.getByRole('radio', { name: text('en', v.stances[0]!.title, v.scenarioId), exact: true }));
    await mouse().press(page.getByRole('button', { name: label('en', 'scenario.press.present'), exact: true }));
    await waitForScene(page, 'Debrief');
    await until(page, async () => (await page.locator('#result-qr').getAttribute('data-state')) !== 'drawing', 'the QR code');
    expect(await page.locator('#result-qr').getAttribute('data-state')).toBe('ready');
    await sceneShot(page, 'update-Debrief');
    await mouse().press(page.getByRole('button', { name: label('en', 'ui.debrief.watch'), exact: true }));
    await waitForScene(page, 'Replay');

    // The new worker waits for the open tabs; a tab opened meanwhile runs the same version as they do.
    expect(sw).toEqual({ waiting: true, controllerIsOld: true });
    const meanwhile = await context.newPage();
    const guardMeanwhile = new PageGuard(meanwhile);
    await pauseClock(meanwhile);
    await meanwhile.goto(at('/?lang=en'));
    // (The player left the debrief for the replay viewer, a menu: a new tab opens on the title.)
    await waitForTitle(meanwhile);
    expect(await entryScript(meanwhile)).toBe(oldEntry);
    guardMeanwhile.check();

    // Every tab closed, the next visit runs the new version.
    await meanwhile.close();
    await page.goto('about:blank');
    const next = await context.newPage();
    const guardNext = new PageGuard(next);
    await pauseClock(next);
    await next.goto(at('/?lang=en'));
    await until(
      next,
      async () => {
        if ((await entryScript(next)) !== oldEntry) return true;
        await next.reload();
        return false;
      },
      'the new version on the next visit',
    );
    await waitForTitle(next);
    guardNext.check();
    await next.close();
  });

  test("the teacher's page, open across an update, still scans from a photo", async () => {
    const { page } = e2e;
    putUpFirstVersion();
    await page.goto(at('/teacher.html'));
    await teacherReady(page);
    await swControls(page);
    await teacherReady(page);
    await page.getByLabel(en('class.session.seed'), { exact: true }).fill(SEED);
    await page.getByRole('radio', { name: new RegExp(`^${en('class.difficulty.standard')}`) }).check();
    await page.getByRole('button', { name: en('class.session.start') }).click();
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(SESSION);

    putUpLaterVersion();
    expect(await updateServiceWorker(page)).toEqual({ waiting: true, controllerIsOld: true });

    // The game played from the class's link: its session value carries the class's mark.
    const session = new URL(await page.locator('#student-link').inputValue()).searchParams.get('session')!;
    const student = play({ strategy: 'greedy', name: 'Ayu', session });
    await page.locator('#scan-photo').setInputFiles({ name: 'ayu.png', mimeType: 'image/png', buffer: toPng(qrPicture(student.code)) });
    await expect.poll(() => page.locator('#scan-status').textContent(), { timeout: 30_000 }).toBe(en('class.scan.photoRead', { n: 1 }));
    await expect.poll(async () => (await tableRows(page)).map((r) => [r.verdict, r.name]), { timeout: 30_000 }).toEqual([['verified', 'Ayu']]);
  });

  /** The first build back in place (each test starts from it). */
  function putUpFirstVersion(): void {
    for (const f of readdirSync(served)) rmSync(path.join(served, f), { recursive: true, force: true });
    cpSync(path.resolve(ROOT, process.env.E2E_DIST ?? 'dist'), served, { recursive: true });
  }
});
