// No connection, installing, new versions, handing in a result:
// - the web app manifest is valid and the page installable (Chromium's own verdict over CDP), its
//   icons load at their stated sizes, and the service worker precaches both pages and their JS;
// - a game goes on with the browser context offline after a reload, to the debrief, of Vladivostok
//   2019 and of the made-up test scenario (its own chunk, loaded when first named, is precached
//   too); the teacher's page opens offline too;
// - a save left by another version of the engine is explained in plain words and kept aside;
// - Share hands the result code to the share sheet where the Web Share API exists; Copy works
//   everywhere; the copied code, pasted back with spaces and line breaks, opens in the replay viewer.
import { describe, expect, test } from 'vitest';
import { ENGINE_VERSION, makeStrategy, newGame, playOut, verifyResultCode, type GameRecord } from '../../src/engine';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, record, sceneShot, until, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, playToDebrief, startNewGame } from '../support/play';
import { gameAddress, SCENARIO_CASES, scenarioTextProblems } from '../support/scenarios';
import { kept, SAVES_DB } from '../support/storage';
import type { Page } from 'playwright-core';

const SAVE_KEY = 'vladivostok-2019.save';
const ASIDE_1 = 'vladivostok-2019.save.unreadable.1';

/** Resolves once a service worker is active for the page and controls it. */
async function swControls(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await until(page, () => page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker to control the page');
}

/** The URLs (path from the site root, no query) in Workbox's precache. */
function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const req of await cache.keys()) out.push(new URL(req.url).pathname);
    }
    return out.sort();
  });
}

function finishedGame(seed: string): GameRecord {
  return playOut(newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } }), makeStrategy('greedy', seed)).record();
}

describe('offline, install, update, share', () => {
  const e2e = useE2E();

  test('the manifest is valid, the game installable, and both pages are precached', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    const cdp = await page.context().newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string; critical: number }[]; data?: string };
    expect(manifest.url).toMatch(/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const m = JSON.parse(manifest.data ?? '{}') as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose?: string }[] };
    expect(m.name).toBe('Vladivostok 2019');
    expect(m.short_name).toBeTruthy();
    expect(m.display).toBe('standalone');
    expect(m.start_url).toBe('./');
    expect(m.scope).toBe('./');
    expect(m.background_color).toMatch(/^#/);
    expect(m.theme_color).toMatch(/^#/);
    const sizes = m.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    // Every icon loads and has the size it claims.
    for (const icon of m.icons) {
      const src = new URL(icon.src, manifest.url).href;
      const got = await page.evaluate(async (u) => {
        const img = new Image();
        img.src = u;
        await img.decode();
        return { w: img.naturalWidth, h: img.naturalHeight };
      }, src);
      if (icon.sizes !== 'any') expect(`${got.w}x${got.h}`, icon.src).toBe(icon.sizes);
      else expect(got.w, icon.src).toBeGreaterThan(0);
    }

    await swControls(page);
    const reg = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return { script: r.active?.scriptURL ?? '', scope: r.scope };
    });
    expect(reg.script).toBe(e2e.url('/sw.js'));
    expect(reg.scope).toBe(e2e.url('/'));
    // Chromium's own installability check: a manifest with icons, a service worker with a fetch handler.
    // Playwright's contexts are incognito-like, which Chromium reports by itself ('in-incognito').
    const inst = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(inst.installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    await cdp.detach();

    const list = await precached(page);
    const entry = await page.evaluate(() => new URL(document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src).pathname);
    expect(list).toContain('/index.html');
    expect(list).toContain('/teacher.html');
    expect(list).toContain('/manifest.webmanifest');
    expect(list).toContain(entry);
    // The teacher's page's own entry, and every lazy scene, engine, font and picture of the game.
    const html = await (await page.context().request.get(e2e.url('/teacher.html'))).text();
    const teacherEntry = /<script type="module"[^>]*src="\.?([^"]+)"/.exec(html)?.[1];
    expect(teacherEntry).toBeTruthy();
    expect(list).toContain(teacherEntry);
    // (v1-…js: engine version 1, frozen, which reads its codes and replay files.)
    // The game's scenes and its Indonesian texts are chunks of their own, not part of the first download (issue 14).
    for (const re of [/\/assets\/Briefing-[^/]+\.js$/, /\/assets\/Summit-[^/]+\.js$/, /\/assets\/Negotiation-[^/]+\.js$/, /\/assets\/Press-[^/]+\.js$/, /\/assets\/lang-id-[^/]+\.js$/, /\/assets\/Debrief-[^/]+\.js$/, /\/assets\/Replay-[^/]+\.js$/, /\/assets\/v1-[^/]+\.js$/, /\/assets\/fixture-harbour-[^/]+\.js$/, /\.woff2$/, /\/assets\/putin-[^/]+\.svg$/, /\/icons\/icon-192\.png$/]) {
      expect(list.some((u) => re.test(u)), String(re)).toBe(true);
    }
  });

  test('a first visit in English, then offline: the page opens in Bahasa Indonesia, and switches back and forth', async () => {
    const { page, context } = e2e;
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await swControls(page);
    await context.setOffline(true);
    await page.goto(e2e.url('/?lang=id'));
    await waitForTitle(page);
    const start = (lang: 'en' | 'id') => page.getByRole('button', { name: label(lang, 'ui.title.start'), exact: true });
    await start('id').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await start('en').waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    await start('id').waitFor();
    await context.setOffline(false);
  });

  for (const sc of SCENARIO_CASES) {
    test(`${sc.name}: offline after the first visit: reload mid-game, play on to the debrief; the teacher page opens too`, async () => {
      const { page, context } = e2e;
      const input = mouse();
      await pauseClock(page);
      await page.goto(e2e.url('/?lang=en'));
      await waitForTitle(page);
      await swControls(page);
      await waitForTitle(page);
      if (sc.open === 'title') {
        await startNewGame(page, { lang: 'en', input, seed: 'offline', difficulty: 'open' });
      } else {
        // Named by its address after the first visit: its chunk comes from the precache.
        await context.setOffline(true);
        await page.goto(e2e.url(gameAddress(sc.bundle, { seed: 'offline', difficulty: 'open' })));
        await waitForScene(page, 'Briefing');
        await context.setOffline(false);
      }

      let offline = false;
      const code = await playToDebrief(page, {
        lang: 'en',
        input,
        async beforeAction({ scene, moves }) {
          if (offline || moves < 3 || scene !== 'Summit') return;
          offline = true;
          const before = (await record(page))?.moves;
          await context.setOffline(true);
          expect(await page.evaluate(() => navigator.onLine)).toBe(false);
          await page.reload();
          await waitForScene(page, 'Summit');
          expect((await record(page))?.moves).toEqual(before);
          expect(await scenarioTextProblems(page, sc.bundle, 'en', 'Summit offline', true)).toEqual([]);
          await sceneShot(page, `${sc.open === 'title' ? '' : `${sc.bundle.scenario.id}-`}offline-Summit`);
        },
      });
      expect(offline).toBe(true);
      await sceneShot(page, `${sc.open === 'title' ? '' : `${sc.bundle.scenario.id}-`}offline-Debrief`);
      const verified = verifyResultCode(code, lookupBundle);
      expect(verified.ok && verified.finished).toBe(true);
      expect(verified.ok && verified.record.scenarioId).toBe(sc.bundle.scenario.id);

      // The teacher's page, offline, from the same precache.
      await page.goto(e2e.url('/teacher.html'));
      await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
      await sceneShot(page, 'offline-teacher');
      await context.setOffline(false);
    });
  }

  test('a save from another version of the game is explained in plain words and kept aside', async () => {
    const { page } = e2e;
    const old = { ...finishedGame('old-version'), engineVersion: ENGINE_VERSION - 1 };
    old.moves = old.moves.slice(0, 5);
    const raw = JSON.stringify(old);
    await pauseClock(page);
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, raw] as const);
    await page.reload();
    await waitForTitle(page);
    const notice = page.getByRole('status').filter({ hasText: label('en', 'ui.save.oldVersion', { found: ENGINE_VERSION - 1, expected: ENGINE_VERSION }) });
    await until(page, async () => (await notice.count()) === 1, 'the old-version message');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(label('en', 'ui.save.oldKept', { key: ASIDE_1 }));
    expect(text).not.toContain('record.error');
    // Kept, byte for byte, and offered as a file.
    expect(await kept(page, SAVES_DB, ASIDE_1)).toBe(raw);
    expect(await kept(page, SAVES_DB, SAVE_KEY)).toBeNull();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mouse().press(page.getByRole('button', { name: label('en', 'ui.save.downloadOld'), exact: true })),
    ]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).toBe(raw);
    await sceneShot(page, 'update-old-save');
    // No game was started behind the player's back; the title offers a new one.
    expect(await record(page)).toBeNull();
  });

  test('Share hands the code to the share sheet; Copy works; the code pasted back with spaces and line breaks opens', async () => {
    const { page, context } = e2e;
    const input = mouse();
    const full = finishedGame('share');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url('/') });
    // A share sheet that records what it is handed (headless Chromium on Linux has none).
    await page.addInitScript(() => {
      const w = window as unknown as { __shared: ShareData[] };
      w.__shared = [];
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (d: ShareData) => void w.__shared.push(d) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
    });
    await pauseClock(page);
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(full)] as const);
    await page.reload();
    await waitForScene(page, 'Debrief');
    const code = await page.getByRole('textbox', { name: label('en', 'ui.debrief.code'), exact: true }).inputValue();
    expect(code).toMatch(/^V19[0-9A-Z]+$/);
    expect(code.length).toBeLessThan(200);

    await input.press(page.getByRole('button', { name: label('en', 'ui.debrief.share'), exact: true }));
    await until(page, async () => (await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared.length)) === 1, 'the share sheet');
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared[0]!);
    expect(shared.text?.split('\n').at(-1)).toBe(code);
    expect(shared.text).toContain('Vladivostok 2019');
    expect(shared.title).toBe(label('en', 'ui.debrief.shareTitle', { title: { key: 'scenario.title' } }));
    await until(page, async () => (await page.locator('#copy-status').textContent()) === label('en', 'ui.debrief.shared'), 'the shared status');

    await input.press(page.getByRole('button', { name: label('en', 'ui.debrief.copy'), exact: true }));
    await until(page, async () => (await page.locator('#copy-status').textContent()) === label('en', 'ui.debrief.copied'), 'the copied status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(code);

    // Pasted back from a chat message: line breaks, spaces, lower case.
    await input.press(page.getByRole('button', { name: label('en', 'ui.debrief.again'), exact: true }));
    await waitForTitle(page);
    const messy = `\n  ${copied.toLowerCase().replace(/(.{6})/g, '$1 ').replace(/(.{21})/g, '$1\n')}  \n`;
    await input.type(page.getByRole('textbox', { name: label('en', 'ui.title.codeLabel'), exact: true }), messy);
    await input.press(page.getByRole('button', { name: label('en', 'ui.title.openReplay'), exact: true }));
    await waitForScene(page, 'Replay');
    const n = full.moves.length;
    expect(await page.getByRole('status').filter({ hasText: label('en', 'ui.replay.position', { n, total: n }) }).count()).toBe(1);
  });

  test('without the Web Share API there is no Share button, and Copy is there', async () => {
    const { page } = e2e;
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (Navigator.prototype as { canShare?: unknown }).canShare;
    });
    await pauseClock(page);
    await page.goto(e2e.url('/?lang=id'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(finishedGame('no-share'))] as const);
    await page.reload();
    await waitForScene(page, 'Debrief');
    expect(await page.getByRole('button', { name: label('id', 'ui.debrief.share'), exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: label('id', 'ui.debrief.copy'), exact: true }).count()).toBe(1);
  });
});
