// Nothing lost when the browser will not keep it (issue #13): with the storage full (a small quota
// for the origin through Chromium's DevTools protocol, filled by another database, and localStorage
// filled to the brim, as an earlier version used it), the game and the teacher's page show a lasting warning
// with a working "download everything"; once there is room again and "Try again" is pressed, a
// reload has everything. A stored class that cannot be read and has no room to be set aside is
// offered as a download before anything is saved over it. Each of these failed on e273f05.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { sessionCode } from '../../src/classroom/session';
import { STORE_KEY } from '../../src/classroom/store';
import { encodeResultCode, makeStrategy, newGame, playOut } from '../../src/engine';
import { SAVE_KEY } from '../../src/shell/persistence';
import { VLADIVOSTOK } from '../support/bundles';
import { tableRows, teacherReady } from '../support/classroom';
import { shot, useE2E } from '../support/e2e';
import { currentScene, pauseClock, record, sceneShot, until, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, playToDebrief, startNewGame } from '../support/play';
import { CLASS_DB, kept, SAVES_DB } from '../support/storage';

const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

/**
 * A small quota for the page's origin (Chromium applies it only to storage not yet used: call before
 * the first goto). Enough for the page and its service worker's files; the tests then fill it.
 */
async function smallQuota(page: Page, origin: string): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 16 * 1024 * 1024 });
  return cdp;
}

/** The quota as the browser has it, for whatever this context does after the test. */
async function normalQuota(cdp: CDPSession, origin: string): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => undefined);
}

/**
 * Fills the origin's storage as other data would: another IndexedDB database takes every byte the
 * quota leaves (random text, which does not compress), and localStorage (where an earlier version
 * of the pages saved) is filled to its last character. Returns how many pieces each took.
 */
function fillStorage(page: Page): Promise<{ idb: number; local: number }> {
  return page.evaluate(async () => {
    const random = (n: number) => {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
      return Array.from(bytes, (b) => String.fromCharCode(33 + (b % 90))).join('');
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('other-data');
      req.onupgradeneeded = () => req.result.createObjectStore('junk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const put = (k: string, v: string) =>
      new Promise<boolean>((resolve) => {
        const tx = db.transaction('junk', 'readwrite');
        tx.objectStore('junk').put(v, k);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let idb = 0;
    for (let size = 1 << 20; size >= 512; ) {
      if (await put(`j${idb}`, random(size))) idb++;
      else size = Math.floor(size / 2);
    }
    db.close();
    let local = 0;
    for (let size = 1 << 20; size >= 1; ) {
      try {
        localStorage.setItem(`filler.${local}`, 'x'.repeat(size));
        local++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return { idb, local };
  });
}

/**
 * Makes room: the other data goes, and the quota grows as it would once the disk has room again
 * (Chromium 150, Debian's today, does not count a deleted database's bytes as free again within the
 * test, so deleting alone no longer makes room).
 */
async function makeRoom(page: Page, cdp: CDPSession, origin: string): Promise<void> {
  await page.evaluate(async () => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k);
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase('other-data');
      req.onsuccess = resolve;
      req.onerror = () => reject(req.error);
    });
  });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 * 1024 });
}

class Stop extends Error {}

describe('storage full', () => {
  const e2e = useE2E();

  test('the game: two moves with no room give a lasting warning whose download has them; with room again they survive a reload', async () => {
    const { page } = e2e;
    const input = mouse();
    const cdp = await smallQuota(page, e2e.baseURL);
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    await startNewGame(page, { lang: 'en', input, seed: 'no room', difficulty: 'standard' });
    const filled = await fillStorage(page);
    expect(filled.idb).toBeGreaterThan(0);
    expect(filled.local).toBeGreaterThan(0);
    // Two moves: ranking the goals, then a proposal.
    try {
      await playToDebrief(page, {
        lang: 'en',
        input,
        async beforeAction(info) {
          if (info.moves >= 2) throw new Stop();
        },
      });
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    const moves = (await record(page))!.moves;
    expect(moves).toHaveLength(2);

    const warning = page.getByRole('alert').filter({ hasText: label('en', 'ui.storage.failed') });
    await until(page, async () => (await warning.count()) === 1, 'the lasting warning');
    expect(await warning.textContent()).toContain(label('en', 'ui.storage.full'));
    // Lasting: still there (once) after another scene and another refused write.
    if ((await currentScene(page)) === 'Negotiation') {
      await input.press(page.getByRole('button', { name: label('en', 'ui.nego.back'), exact: true }));
      await waitForScene(page, 'Summit');
    }
    expect(await warning.count()).toBe(1);
    await sceneShot(page, 'storage-full-game');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      input.press(warning.getByRole('button', { name: label('en', 'ui.storage.download'), exact: true })),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(download.suggestedFilename()).toMatch(/^vladivostok-2019-saved-games-\d{12}\.json$/);
    expect(file).toMatchObject({ format: 'vladivostok-2019/saved-games', version: 1 });
    expect(file.current.moves).toEqual(moves);
    expect(file.current.seed).toBe('no room');

    // Room again: "Try again" saves it all, the warning goes, and a reload resumes with both moves.
    await makeRoom(page, cdp, e2e.baseURL);
    await input.press(warning.getByRole('button', { name: label('en', 'ui.storage.retry'), exact: true }));
    const saved = page.getByRole('status').filter({ hasText: label('en', 'ui.storage.saved') });
    await until(page, async () => (await warning.count()) === 0 && (await saved.count()) === 1, 'the warning to go');
    expect(JSON.parse((await kept(page, SAVES_DB, SAVE_KEY)) ?? 'null')?.moves).toEqual(moves);
    await page.reload();
    await waitForScene(page, 'Summit');
    expect((await record(page))!.moves).toEqual(moves);
    await normalQuota(cdp, e2e.baseURL);
  });

  test('the teacher: 80 large hand-ins, the disk full after 40: the warning outlasts "added", the download has all 80; with room, a reload has all 80', async () => {
    const { page } = e2e;
    const cdp = await smallQuota(page, e2e.baseURL);
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    const seed = 'storage-full';
    await page.locator('#seed').fill(seed);
    await page.locator('#start-session').click();
    // The page's own session code (read, so that the games are this session's whatever version made it).
    await expect.poll(() => page.locator('#session-code').textContent()).toMatch(/^[0-9A-Z]{6}$/);
    // The session value of the class's link (its code and the class's mark), as the students' games carry it.
    const id = new URL(await page.locator('#student-link').inputValue()).searchParams.get('session')!;

    // 80 replay files of this session, each about 90 KB as a pretty-printed, padded file is.
    const strategies = ['greedy', 'historical', 'random'] as const;
    const files = Array.from({ length: 80 }, (_, i) => {
      const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard', session: id }, name: `Student ${i + 1}` });
      playOut(game, makeStrategy(strategies[i % 3]!, `s${i}`));
      const text = JSON.stringify(game.record(), null, 2);
      return { name: `student-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text + ' '.repeat(90_000 - text.length)), code: encodeResultCode(game.record(), VLADIVOSTOK) };
    });
    expect(new Set(files.map((f) => f.code)).size).toBe(80);

    const warning = page.locator('#storage-warning');
    const notice = page.locator('#notice');
    let reported = 0;
    for (let batch = 0; batch < 4; batch++) {
      if (batch === 2) await fillStorage(page);
      await page.locator('#code-files').setInputFiles(files.slice(batch * 20, batch * 20 + 20).map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));
      await expect.poll(async () => (await tableRows(page)).length, { timeout: 60_000 }).toBe(batch * 20 + 20);
      await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toMatch(/^20 added/);
      reported += 20;
    }
    // The last "added" is on the notice line, and the warning is still there beside it.
    expect(await warning.getAttribute('role')).toBe('alert');
    expect(await warning.textContent()).toContain(en('class.store.failed'));
    expect(await notice.textContent()).toContain(en('class.store.notKept'));
    await shot(page, 'storage-full-teacher');

    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: en('class.store.download'), exact: true }).click()]);
    const cls = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(cls.entries).toHaveLength(reported);
    expect(new Set(cls.entries.map((e: { item: { text: string } }) => e.item.text))).toEqual(new Set(files.map((f) => f.code)));

    await makeRoom(page, cdp, e2e.baseURL);
    await warning.getByRole('button', { name: en('class.store.retry'), exact: true }).click();
    await expect.poll(() => warning.textContent()).toBe('');
    await expect.poll(() => notice.textContent()).toBe(en('class.store.saved'));
    // Kept compactly: each hand-in is its code, not its 90 KB file.
    const stored = (await kept(page, CLASS_DB, STORE_KEY)) ?? '';
    expect(stored.length).toBeLessThan(80 * 1000);

    await page.reload();
    await teacherReady(page);
    const rows = await tableRows(page);
    expect(rows).toHaveLength(reported);
    expect(rows.every((r) => r.verdict === 'verified')).toBe(true);
    await normalQuota(cdp, e2e.baseURL);
  });

  test('a stored class that cannot be read, with no room to set it aside, is offered as a download before anything is saved over it', async () => {
    const { page } = e2e;
    const cdp = await smallQuota(page, e2e.baseURL);
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    // As an earlier version left it in localStorage: 3 million characters that do not read, and no room for a second copy.
    const raw = `{"format":"vladivostok-2019/classroom-session","version":1,"entries":[{"note":"${'x'.repeat(3_000_000)}`;
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORE_KEY, raw] as const);
    await fillStorage(page);
    await page.reload();
    await teacherReady(page);

    const warning = page.locator('#storage-warning');
    await expect.poll(() => warning.textContent()).toContain(en('class.store.unreadable'));
    await shot(page, 'storage-unreadable-class');
    // The teacher starts a session before downloading it: nothing is saved over it.
    await page.locator('#seed').fill('after-corrupt');
    await page.locator('#start-session').click();
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(sessionCode(VLADIVOSTOK.scenario.id, 'after-corrupt', 'standard'));
    const stillThere = async () => (await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)) === raw || (await kept(page, CLASS_DB, STORE_KEY)) === raw;
    expect(await stillThere()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: en('class.store.downloadUnreadable'), exact: true }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
    await expect.poll(() => page.locator('#notice').textContent()).toBe(en('class.store.unreadableSaved'));

    // Room again: the new session is saved in its place, and a reload has it.
    await makeRoom(page, cdp, e2e.baseURL);
    await warning.getByRole('button', { name: en('class.store.retry'), exact: true }).click();
    await expect.poll(() => warning.textContent()).toBe('');
    await page.reload();
    await teacherReady(page);
    expect(await page.locator('#session-code').textContent()).toBe(sessionCode(VLADIVOSTOK.scenario.id, 'after-corrupt', 'standard'));
    expect(await page.evaluate((k) => localStorage.getItem(k), STORE_KEY)).toBeNull();
    await normalQuota(cdp, e2e.baseURL);
  });
});
