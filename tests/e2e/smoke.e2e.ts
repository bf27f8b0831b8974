// The built game opens on its title screen in headless Chromium, with a canvas and no errors.
import { describe, expect, test } from 'vitest';
import { shot, useE2E } from '../support/e2e';
import { waitForTitle } from '../support/game';

describe('smoke', () => {
  const e2e = useE2E();

  test('the title page loads, draws a canvas and logs no error', async () => {
    const { page } = e2e;
    const response = await page.goto(e2e.url('/'));
    expect(response?.status()).toBe(200);
    await waitForTitle(page);
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
    const box = await page.locator('canvas').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    await expect.poll(() => page.title()).toMatch(/Vladivostok/i);
    // The ready signal that tools/bench-web.ts times.
    expect(await page.evaluate(() => (window as { __vladivostokReady?: boolean }).__vladivostokReady)).toBe(true);
    expect(await page.locator('body').getAttribute('data-ready')).toBe('true');
    await shot(page, 'scene-title');
  });
});
