// Scanning result codes, end to end in headless Chromium. A student's debrief shows the result code as
// a QR code, and a screenshot of that QR code reads back (with the teacher's page's own decoder) as the
// code in the "Result code" field, in both languages and after the name changes the code. The teacher's
// camera is Chromium's fake camera playing a video made from that screenshot: "Scan codes" reads it and
// the student's row appears verified with the name and score, once however long the code is held up.
// The same screenshot as a photo ("Scan from a photo", or dropped with the files) is read the same way
// and counts as the same hand-in. A picture with no QR code, a QR code of a link, no session, a refused
// camera, no camera and an insecure page each get their message. Where the browser has a QR reader of
// its own (a stand-in BarcodeDetector here) it is used and jsQR is never loaded.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import QR from 'qrcode';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { verifyResultCode, type Lang } from '../../src/engine';
import { QR_MARGIN, QR_MODULE_PX } from '../../src/shell/result-qr';
import { serialise } from '../../src/classroom/store';
import { CLASS_SESSION, fixtureClass, play, SEED, SESSION } from '../classroom/fixtures';
import { lookupBundle } from '../support/bundles';
import { ARTIFACTS, guardedPage, launchChromium, shot, useE2E } from '../support/e2e';
import { pauseClock, tick, until, waitForScene, waitForTitle } from '../support/game';
import { label } from '../support/play';
import { layoutProblems, PHONE_LANDSCAPE, PHONE_PORTRAIT } from '../support/phone';
import { fromPng, noise, readQr, toPng, y4m } from '../support/qr';
import { teacherReady, tableRows } from '../support/classroom';

const SAVE_KEY = 'vladivostok-2019.save'; // src/shell/persistence.ts
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

/** A finished game of the session (greedy moves), played from its link, without a name: the student types one at the debrief. */
const game = play({ strategy: 'greedy', session: CLASS_SESSION });

interface Shown {
  /** The code in the debrief's "Result code" field. */
  code: string;
  /** A screenshot of the QR code beside it. */
  png: Buffer;
}

/** The QR code on screen once it shows the code in the field; its screenshot. */
async function shownQr(page: Page): Promise<Shown> {
  const code = async () => (await page.locator('#result-code').inputValue()).trim();
  await until(
    page,
    async () => (await page.locator('#result-qr[data-state="ready"] img').count()) === 1 && (await page.locator('#result-qr').getAttribute('data-code')) === (await code()),
    'the QR code of the result code',
  );
  return { code: await code(), png: await page.locator('#result-qr img').screenshot() };
}

/** The student's debrief (the game resumes its finished save), with `name` typed in. */
async function studentDebrief(page: Page, origin: string, lang: Lang, name: string): Promise<Shown> {
  await pauseClock(page);
  await page.goto(`${origin}/?lang=${lang}`);
  await waitForTitle(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(game.record)] as const);
  await page.reload();
  await waitForScene(page, 'Debrief');
  await page.getByRole('textbox', { name: label(lang, 'ui.debrief.name'), exact: true }).fill(name);
  return shownQr(page);
}

/** The teacher's page with the session of fixtures.ts open (opened from its file: the class's own mark is the fixtures'). */
async function teacherSession(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await teacherReady(page);
  await page.locator('#import-session').setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(serialise(fixtureClass())) });
  await expect.poll(() => page.locator('#session-code').textContent()).toBe(SESSION);
  await teacherReady(page);
}

/** The student's row, verified, with the name and the score that a replay in Node gives. */
async function expectStudentRow(page: Page, code: string, name: string): Promise<void> {
  const v = verifyResultCode(code, lookupBundle);
  if (!v.ok) throw new Error('the code on the debrief does not verify in Node');
  await expect.poll(async () => (await tableRows(page)).map((r) => [r.verdict, r.name, Number(r.score)]), { timeout: 30_000 }).toEqual([['verified', name, v.score.kim]]);
}

/** The reader the page should choose here: the browser's own if it has one that reads QR codes, else jsQR. */
function expectedReader(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const Native = (window as unknown as { BarcodeDetector?: { getSupportedFormats(): Promise<string[]> } }).BarcodeDetector;
    return Native && (await Native.getSupportedFormats()).includes('qr_code') ? 'native' : 'jsqr';
  });
}

function artifact(name: string, data: Buffer): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, data);
  return file;
}

describe('scanning result codes', () => {
  const e2e = useE2E();

  test('the debrief shows the result code as a QR code that reads back as the code in the field', async () => {
    const { page } = e2e;
    const first = await studentDebrief(page, e2e.baseURL, 'en', 'Ana Putri');
    expect(first.code).toMatch(/^V19[0-9A-Z]+$/);
    expect(await readQr(fromPng(first.png))).toBe(first.code);
    const verified = verifyResultCode(first.code, lookupBundle);
    expect(verified.ok && verified.finished && verified.record.name).toBe('Ana Putri');
    // Named and explained, in the page's language.
    await page.getByRole('img', { name: label('en', 'ui.debrief.qrAlt'), exact: true }).waitFor();
    expect(await page.locator('#result-qr figcaption').textContent()).toBe(label('en', 'ui.debrief.qrHint'));
    // Five CSS pixels a module, quiet zone included: big enough for a webcam across a desk.
    const { size } = QR.create([{ data: first.code, mode: 'alphanumeric' }], { errorCorrectionLevel: 'L' }).modules;
    const box = await page.locator('#result-qr img').boundingBox();
    expect(Math.round(box!.width)).toBe((size + 2 * QR_MARGIN) * QR_MODULE_PX);
    await shot(page, 'scan-debrief-qr');
    // On a phone, either way up: the QR code fits, and nothing spills or shrinks.
    for (const size of [PHONE_LANDSCAPE, PHONE_PORTRAIT]) {
      await page.setViewportSize(size);
      await tick(page, 100);
      expect(await layoutProblems(page), `${size.width}×${size.height}`).toEqual([]);
      const qr = await page.locator('#result-qr img').boundingBox();
      expect(qr!.width).toBeLessThanOrEqual(size.width - 20);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // Another name is another code: the QR code follows.
    await page.getByRole('textbox', { name: label('en', 'ui.debrief.name'), exact: true }).fill('Citra');
    const second = await shownQr(page);
    expect(second.code).not.toBe(first.code);
    expect(await readQr(fromPng(second.png))).toBe(second.code);

    // In Bahasa Indonesia: the same code, its QR code named in Indonesian.
    await page.locator('#lang-id').click();
    await page.getByRole('img', { name: label('id', 'ui.debrief.qrAlt'), exact: true }).waitFor();
    expect(await page.locator('#result-qr figcaption').textContent()).toBe(label('id', 'ui.debrief.qrHint'));
    const inId = await shownQr(page);
    expect(inId.code).toBe(second.code);
    expect(await readQr(fromPng(inId.png))).toBe(second.code);
  });

  test("the teacher's camera reads the QR code on the student's screen: the row appears verified, once", async () => {
    const name = 'Budi Santoso';
    const { code, png } = await studentDebrief(e2e.page, e2e.baseURL, 'en', name);
    // What the student's screen shows, held up to the camera: a video of that screenshot.
    const video = artifact('scan-camera.y4m', y4m(fromPng(png)));
    const browser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const { context, page, guard } = await guardedPage(browser);
      await context.grantPermissions(['camera'], { origin: e2e.baseURL });
      await teacherSession(page, e2e.url('/teacher.html'));
      await page.getByRole('button', { name: en('class.scan.start'), exact: true }).click();
      await page.locator('#scan-video').waitFor();
      await expectStudentRow(page, code, name);
      await expect.poll(() => page.locator('#scan-count').textContent()).toBe(en('class.scan.count', { n: 1 }));
      expect(await page.locator('#scan-count').getAttribute('aria-live')).toBe('polite');
      expect(await page.locator('#scan-panel').getAttribute('data-reader')).toBe(await expectedReader(page));
      await shot(page, 'scan-camera');
      // Held up for another two seconds: still one hand-in, read once.
      await page.waitForTimeout(2000);
      const rows = await tableRows(page);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.text).not.toContain(en('class.copies', { n: 2 }));
      expect(await page.locator('#scan-count').textContent()).toBe(en('class.scan.count', { n: 1 }));
      // Stop: the camera goes off and says how many it read.
      await page.getByRole('button', { name: en('class.scan.stop'), exact: true }).click();
      await expect.poll(() => page.locator('#scan-video').count()).toBe(0);
      expect(await page.locator('#scan-status').textContent()).toBe(en('class.scan.stopped', { n: 1 }));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('scan-start');
      guard.check();
      await context.close();
    } finally {
      await browser.close();
    }
  });

  test('a photo of the QR code is read the same way, and counts as the same hand-in', async () => {
    const { page } = e2e;
    const name = 'Dewi Lestari';
    let shown: Shown;
    {
      // The student, in Bahasa Indonesia, in a browser of their own.
      const { context, page: student, guard } = await guardedPage(e2e.browser);
      try {
        shown = await studentDebrief(student, e2e.baseURL, 'id', name);
        guard.check();
      } finally {
        await context.close();
      }
    }
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await teacherSession(page, e2e.url('/teacher.html'));
    // Nothing of the QR reader is loaded before it is needed.
    expect(requests.filter((u) => /qr-decode|jsQR/i.test(u))).toEqual([]);
    const photo = { name: 'dewi.png', mimeType: 'image/png', buffer: shown.png };
    await page.locator('#scan-photo').setInputFiles(photo);
    await expectStudentRow(page, shown.code, name);
    expect(await page.locator('#scan-status').textContent()).toBe(en('class.scan.photoRead', { n: 1 }));
    const kind = await expectedReader(page);
    expect(await page.locator('#scan-panel').getAttribute('data-reader')).toBe(kind);
    expect(requests.filter((u) => /jsQR/i.test(u))).toHaveLength(kind === 'jsqr' ? 1 : 0);
    // The same photo again, this time dropped with the files: the same hand-in, shown once.
    await page.locator('#code-files').setInputFiles(photo);
    await expect.poll(() => page.locator('#notice').textContent()).toContain(en('class.collect.added', { added: 0, duplicates: 1, ms: 0 }).split(';')[0]!);
    await teacherReady(page);
    await expect.poll(async () => (await tableRows(page))[0]?.text).toContain(en('class.copies', { n: 2 }));

    // A picture with no QR code, and a QR code of something else: said so, nothing added.
    await page.locator('#scan-photo').setInputFiles({ name: 'noise.png', mimeType: 'image/png', buffer: toPng(noise(300, 200)) });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'noise.png' }).textContent()).toBe(en('class.scan.photoNone', { files: '“noise.png”' }));
    const link = await QR.toBuffer(`${e2e.baseURL}/index.html?seed=${SEED}&session=${SESSION}`, { margin: 4, scale: 6 });
    await page.locator('#scan-photo').setInputFiles({ name: 'link.png', mimeType: 'image/png', buffer: link });
    await expect.poll(() => page.locator('#scan-status').textContent()).toBe(en('class.scan.photoNotCode', { files: '“link.png”' }));
    expect(await tableRows(page)).toHaveLength(1);
    await page.locator('#scan-panel').scrollIntoViewIfNeeded();
    await shot(page, 'scan-photo');
  });

  test("where the browser reads QR codes itself, its reader is used and jsQR is never loaded", async () => {
    const { page } = e2e;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const other = play({ strategy: 'historical', name: 'Eko', session: CLASS_SESSION });
    // A stand-in for the Barcode Detection API that reads the one code, whatever the picture.
    await page.addInitScript((code) => {
      class FakeDetector {
        static async getSupportedFormats() {
          return ['qr_code'];
        }
        async detect() {
          return [{ rawValue: code }];
        }
      }
      Object.defineProperty(window, 'BarcodeDetector', { value: FakeDetector, configurable: true });
    }, other.code);
    await teacherSession(page, e2e.url('/teacher.html'));
    await page.locator('#scan-photo').setInputFiles({ name: 'any.png', mimeType: 'image/png', buffer: toPng(noise(64, 64)) });
    await expectStudentRow(page, other.code, 'Eko');
    expect(await page.locator('#scan-panel').getAttribute('data-reader')).toBe('native');
    expect(requests.filter((u) => /jsQR/i.test(u))).toEqual([]);
  });

  test('no session, a refused camera, no camera and an insecure page each get a plain message, in the page’s language', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    const scan = () => page.locator('#scan-start').click();
    const status = page.locator('#scan-status');
    // No session yet: the camera is not even asked for.
    await page.evaluate(() => {
      (window as unknown as { asked: number }).asked = 0;
      navigator.mediaDevices.getUserMedia = () => {
        (window as unknown as { asked: number }).asked += 1;
        return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      };
    });
    await scan();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(en('class.collect.needSession'));
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(0);

    await page.getByLabel(en('class.session.seed'), { exact: true }).fill(SEED);
    await page.getByRole('button', { name: en('class.session.start') }).click();
    await scan();
    await expect.poll(() => status.textContent()).toBe(en('class.scan.denied'));
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);

    await page.evaluate(() => (navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))));
    await scan();
    await expect.poll(() => status.textContent()).toBe(en('class.scan.noCamera'));

    await page.evaluate(() => (navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'))));
    await scan();
    await expect.poll(() => status.textContent()).toBe(en('class.scan.busy'));

    await page.evaluate(() => Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true }));
    await scan();
    await expect.poll(() => status.textContent()).toBe(en('class.scan.insecure'));
    // The message follows the page's language.
    await page.locator('#lang-id').click();
    await expect.poll(() => page.locator('#scan-status').textContent()).toBe(ct('id', 'class.scan.insecure'));
    expect(await page.locator('#scan-start').textContent()).toBe(ct('id', 'class.scan.start'));
    await page.locator('#scan-panel').scrollIntoViewIfNeeded();
    await shot(page, 'scan-insecure-id');
  });
});
