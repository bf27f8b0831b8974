// The teacher's page on a phone: at 640×360 (held sideways) and 360×640 (upright), in English and in
// Bahasa Indonesia (chosen by the address, teacher.html?lang=…), with touch. A session is started by
// taps and two codes made in Node are pasted, so that every part shows (the link, the QR code, the
// session code, the handout and notes, the table, the charts); each part is checked for text that
// spills out of its box, text under 16 px, touch targets under 44×44 CSS px and sideways scrolling.
// Screenshots go to test-artifacts/classroom-phone-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { sessionCode } from '../../src/classroom/session';
import { encodeResultCode, makeStrategy, newGame, playOut, type Lang } from '../../src/engine';
import { VLADIVOSTOK } from '../support/bundles';
import { shot, useE2E } from '../support/e2e';
import { layoutProblems, phone, PHONE_LANDSCAPE, PHONE_PORTRAIT, touch } from '../support/phone';
import { teacherReady } from '../support/classroom';

const SEED = 'class-phone';
const ID = sessionCode(VLADIVOSTOK.scenario.id, SEED, 'standard');
const SECTIONS = ['session', 'keep', 'handout-section', 'collect', 'class'] as const;

/** Two finished games of the session, played from its link (`session`: the code and the class's mark), as the students would hand them in. */
function twoCodes(session: string): string[] {
  return (['greedy', 'historical'] as const).map((strategy, i) => {
    const game = newGame(VLADIVOSTOK, { seed: SEED, settings: { difficulty: 'standard', session }, name: `Siswa ${i + 1}` });
    playOut(game, makeStrategy(strategy, 'phone'));
    return encodeResultCode(game.record(), VLADIVOSTOK);
  });
}

describe('the teacher’s page on a phone', () => {
  const e2e = useE2E(phone(PHONE_LANDSCAPE));

  async function checkAll(size: { width: number; height: number }): Promise<void> {
    const { page } = e2e;
    const problems: string[] = [];
    const input = touch(problems);
    await page.setViewportSize(size);
    for (const lang of ['en', 'id'] as const satisfies readonly Lang[]) {
      const tag = `classroom-phone-${size.width}x${size.height}-${lang}`;
      const t = (key: string, params?: Record<string, string | number>) => ct(lang, key, params);
      const check = async (what: string) => problems.push(...(await layoutProblems(page, '#classroom')).map((p) => `${tag} ${what}: ${p}`));

      // The address names the language: the whole page speaks it.
      await page.goto(e2e.url(`/teacher.html?lang=${lang}`));
      await teacherReady(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.locator('h1').textContent()).toBe(t('class.page.title', { title: VLADIVOSTOK.messages[lang]['scenario.title']! }));
      expect(await page.locator('#lang-en').getAttribute('aria-pressed')).toBe(String(lang === 'en'));
      expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toMatch(/^#[0-9a-f]{6}$/i);
      expect(await page.locator('link[rel="apple-touch-icon"]').count()).toBe(1);

      if (lang === 'en') {
        // A fresh page: no session yet.
        await check('no session');
        await shot(page, `${tag}-start`);
        // 1. A session, started by taps.
        await input.type(page.locator('#seed'), SEED);
        await input.choose(page.locator('#difficulty-standard'));
        await input.press(page.locator('#start-session'));
        await expect.poll(() => page.locator('#session-code').textContent()).toBe(ID);
        // 2. Two codes pasted and checked.
        const codes = twoCodes(new URL(await page.locator('#student-link').inputValue()).searchParams.get('session')!);
        await input.type(page.locator('#codes'), codes.join('\n'));
        await input.press(page.locator('#check-codes'));
        await teacherReady(page);
      }
      await expect.poll(() => page.locator('#session-code').textContent()).toBe(ID);
      await page.locator('#qr svg').waitFor();
      await expect.poll(() => page.locator('#results tbody tr[data-verdict="verified"]').count()).toBe(2);
      expect(await page.locator('.chart-goal').count()).toBe(5);
      await page.locator('.chart-spread').waitFor();
      expect(await page.locator('#counts').textContent()).toContain(t('class.class.counts', { verified: 2, flagged: 0, total: 2 }));
      // The handout and the notes, shown on the page.
      await input.press(page.locator('#toggle-sheets'));
      await page.locator('#handout-area:not([hidden])').waitFor();
      await page.locator('#handout .sheet-qr svg').waitFor();

      await check('everything shown');
      for (const id of SECTIONS) {
        const section = page.locator(`#${id}`);
        await section.scrollIntoViewIfNeeded();
        await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), `#${id}`);
        problems.push(...(await layoutProblems(page, `#${id}`)).map((p) => `${tag} #${id}: ${p}`));
        await shot(page, `${tag}-${id}`);
      }
      // The table scrolls sideways inside its own box, never the page.
      await page.locator('#results').scrollIntoViewIfNeeded();
      await shot(page, `${tag}-table`);
      await page.locator('#charts').scrollIntoViewIfNeeded();
      await shot(page, `${tag}-charts`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

      // The language buttons, tapped: the page turns to the other language and back.
      const other: Lang = lang === 'en' ? 'id' : 'en';
      await page.evaluate(() => window.scrollTo(0, 0));
      await input.press(page.locator(`#lang-${other}`));
      await expect.poll(() => page.locator('h1').textContent()).toBe(ct(other, 'class.page.title', { title: VLADIVOSTOK.messages[other]['scenario.title']! }));
      expect(new URL(page.url()).searchParams.get('lang')).toBe(other);
      await input.press(page.locator(`#lang-${lang}`));
      await expect.poll(() => page.locator('h1').textContent()).toBe(t('class.page.title', { title: VLADIVOSTOK.messages[lang]['scenario.title']! }));
    }
    expect(problems, 'layout problems on a phone').toEqual([]);
  }

  test('held sideways (640×360), in English and in Bahasa Indonesia', async () => {
    await checkAll(PHONE_LANDSCAPE);
  });

  test('held upright (360×640), in English and in Bahasa Indonesia', async () => {
    await checkAll(PHONE_PORTRAIT);
  });
});
