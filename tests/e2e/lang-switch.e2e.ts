// Switching language while the Indonesian texts are still on their way (a slow phone): the language
// tapped last is the one the page shows and remembers.
import { describe, expect, test } from 'vitest';
import { useE2E } from '../support/e2e';
import { waitForTitle } from '../support/game';

describe('switching language', () => {
  const e2e = useE2E();

  test('English tapped while Bahasa Indonesia is loading stays English when its texts arrive', async () => {
    const { page } = e2e;
    // Hold the Indonesian chunk until English has been tapped.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let asked = false;
    await page.route(/\/assets\/lang-id-[^/]+\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
    await expect.poll(() => asked).toBe(true);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    release();
    // The chunk has arrived and been run: a later switch to Indonesian is now immediate.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /lang-id-/.test(e.name)))).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('vladivostok-2019.lang'))).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });
});
