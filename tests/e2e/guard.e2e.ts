// The page guard that every e2e test relies on must itself catch what it promises to catch.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guardedPage, launchChromium, serveDist, unnamedControls, type StaticServer } from '../support/browser';

describe('page guard', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('reports console errors and warnings, page errors, failed and off-host requests', async () => {
    const { context, page, guard } = await guardedPage(browser);
    try {
      // A blank page of the same origin, without the game.
      await page.route(`${server.url}/blank`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
      await page.goto(`${server.url}/blank`);
      expect(guard.problems).toEqual([]);
      await page.evaluate(async () => {
        console.error('deliberate error');
        console.warn('deliberate warning');
        console.log('a log is fine');
        setTimeout(() => {
          throw new Error('deliberate uncaught');
        });
        await fetch('/assets/deliberately-missing.js').catch(() => undefined);
        await fetch('https://example.com/deliberately-off-host').catch(() => undefined);
        await new Promise((r) => setTimeout(r, 100));
      });
      const all = guard.problems.join('\n');
      expect(all).toContain('console.error: deliberate error');
      expect(all).toContain('console.warning: deliberate warning');
      expect(all).not.toContain('a log is fine');
      expect(all).toContain('pageerror: Error: deliberate uncaught');
      expect(all).toContain('HTTP 404: GET');
      expect(all).toContain('request to a host other than 127.0.0.1: https://example.com/deliberately-off-host');
      expect(() => guard.check()).toThrow(/problem/);

      // A console message a test declares is allowed, and then required.
      guard.problems.length = 0;
      guard.expectConsole(/^expected warning$/);
      await page.evaluate(() => console.warn('expected warning'));
      expect(() => guard.check()).not.toThrow();
      guard.expectConsole(/^never said$/);
      expect(() => guard.check()).toThrow(/never came/);
    } finally {
      await context.close();
    }
  });

  test('finds the controls that have no accessible name', async () => {
    const { context, page } = await guardedPage(browser);
    try {
      await page.setContent(`<main>
        <button id="ok">Named</button><button aria-label="Also named">▲</button>
        <button id="nameless"><span aria-hidden="true">▲</span></button>
        <label for="t">Seed</label><input id="t"><input id="bare-input">
        <button hidden>hidden is fine</button></main>`);
      expect(await unnamedControls(page)).toEqual(['button <button> #nameless', 'textbox <input> #bare-input']);
    } finally {
      await context.close();
    }
  });
});
