// The page guard that every e2e test relies on must itself catch what it promises to catch.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guardedPage, launchChromium, serveDist, unnamedControls, type StaticServer } from '../support/browser';
import { layoutProblems, phone, PHONE_PORTRAIT } from '../support/phone';

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

  test('the phone check finds a select whose chosen option is clipped, and only such', async () => {
    const { context, page } = await guardedPage(browser, phone(PHONE_PORTRAIT));
    try {
      const long = 'Offer a long-term supply of fertiliser';
      const opts = (chosen: 0 | 1) => `<option${chosen === 0 ? ' selected' : ''}>No</option><option${chosen === 1 ? ' selected' : ''}>${long}</option>`;
      // The game's own select style (src/shell/style.css), native look.
      await page.setContent(`<style>
        body { margin: 0; font: 16px sans-serif; } #ui { width: 360px; }
        select { display: block; min-height: 44px; padding: .45rem .6rem; border: 2px solid #888; border-radius: .45rem; background: #0b1322; color: #eee; font: inherit; font-size: 1rem; margin: 4px 0; }
        </style><div id="ui">
        <select id="narrow" aria-label="a" style="width: 120px">${opts(1)}</select>
        <select id="short-chosen" aria-label="b" style="width: 120px">${opts(0)}</select>
        <select id="natural" aria-label="c">${opts(1)}</select>
        <select id="under-arrow" aria-label="d">${opts(1)}</select>
        <select id="flat" aria-label="e" style="appearance: none">${opts(1)}</select>
        <select id="wraps" aria-label="f" style="appearance: base-select; width: 120px; white-space: normal">${opts(1)}</select>
        <select id="one-line" aria-label="g" style="appearance: base-select; width: 120px; white-space: nowrap">${opts(1)}</select>
        </div>`);
      // A select of its natural width (Chromium's: the longest option's text, the arrow, the padding)
      // shows its text in full; 20 px narrower, the end of the text is under the arrow.
      await page.evaluate(() => {
        const natural = document.getElementById('natural') as HTMLSelectElement;
        const under = document.getElementById('under-arrow') as HTMLSelectElement;
        under.style.width = `${natural.offsetWidth - 20}px`;
        // Without the arrow, the same 20 px less still leaves room (the arrow's and the 4 px inset).
        const flat = document.getElementById('flat') as HTMLSelectElement;
        flat.style.width = `${natural.offsetWidth - 20}px`;
      });
      // A customizable select (the game's on a phone) lays its text out as a box: over lines, or spilling out.
      const problems = await layoutProblems(page, '#ui');
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(new RegExp(`^selected option clipped \\(\\d+ > \\d+\\): <select#narrow> "${long}"$`));
      expect(problems[1]).toMatch(new RegExp(`^selected option clipped \\(\\d+ > \\d+\\): <select#under-arrow> "${long}"$`));
      expect(problems[2]).toMatch(new RegExp(`^text spills out of its box \\(\\d+ > \\d+\\): <select#one-line> "${long}"$`));
    } finally {
      await context.close();
    }
  });
});
