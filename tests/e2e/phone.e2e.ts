// Phones: whole games played by taps (touch emulation, mobile viewport) at 640×360 (landscape) and
// 360×640 (portrait); every scene met is checked for text that spills out of its box, text under
// 16 px, touch targets under 44×44 CSS px and sideways scrolling; and screenshots at both sizes in
// both languages go to test-artifacts/phone-*.png. The games by taps are played on Vladivostok 2019
// (from the title) and on the made-up test scenario (opened by its address).
import { describe, expect, test } from 'vitest';
import { encodeResultCode, makeStrategy, newGame, playOut, verifyResultCode, type GameRecord, type Lang } from '../../src/engine';
import { formatNumber } from '../../src/shell/text';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, record, sceneShot, tick, until, waitForScene, waitForTitle, type SceneKey } from '../support/game';
import { label, playToDebrief, startNewGame } from '../support/play';
import { layoutProblems, phone, PHONE_LANDSCAPE, PHONE_PORTRAIT, touch } from '../support/phone';
import { gameAddress, SCENARIO_CASES, scenarioTextProblems, type ScenarioCase } from '../support/scenarios';
import { putKept, SAVES_DB } from '../support/storage';

// The shell's storage keys (src/shell/persistence.ts).
const SAVE_KEY = 'vladivostok-2019.save';
const PLACE_KEY = 'vladivostok-2019.place';

describe('phones', () => {
  // One mobile, touch-enabled context per test; the portrait tests turn the phone with setViewportSize.
  const e2e = useE2E(phone(PHONE_LANDSCAPE));

  async function playByTaps(sc: ScenarioCase, lang: Lang, size: { width: number; height: number }, seed: string): Promise<void> {
    const { page } = e2e;
    const problems: string[] = [];
    const input = touch(problems);
    const tag = `phone-${sc.open === 'title' ? '' : `${sc.bundle.scenario.id}-`}${size.width}x${size.height}-${lang}`;
    await page.setViewportSize(size);
    await pauseClock(page);
    if (sc.open === 'title') {
      await page.goto(e2e.url(`/?lang=${lang}`));
      await waitForTitle(page);
      problems.push(...(await layoutProblems(page)).map((p) => `Title: ${p}`));
      await startNewGame(page, { lang, input, seed, difficulty: 'standard' });
    } else {
      await page.goto(e2e.url(gameAddress(sc.bundle, { seed, difficulty: 'standard', lang })));
      await waitForScene(page, 'Briefing');
    }
    const seen = new Set<string>();
    const code = await playToDebrief(page, {
      lang,
      input,
      async beforeAction({ scene }) {
        if (seen.has(scene)) return;
        seen.add(scene);
        problems.push(...(await layoutProblems(page)).map((p) => `${scene}: ${p}`));
        problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, scene, scene === 'Briefing' || scene === 'Summit')));
        await sceneShot(page, `${tag}-${scene}`);
      },
    });
    problems.push(...(await layoutProblems(page)).map((p) => `Debrief: ${p}`));
    problems.push(...(await scenarioTextProblems(page, sc.bundle, lang, 'Debrief', true)));
    await sceneShot(page, `${tag}-Debrief`);
    expect([...seen].sort()).toEqual(['Briefing', 'Negotiation', 'Press', 'Summit']);
    const verified = verifyResultCode(code, lookupBundle);
    expect(verified.ok && verified.finished).toBe(true);
    expect(verified.ok && verified.record.scenarioId).toBe(sc.bundle.scenario.id);
    expect(verified.ok && verified.record.moves).toEqual((await record(page))?.moves);
    expect(await page.locator('section.goal-result').count()).toBe(sc.bundle.scenario.goals.length);
    expect(await page.locator('#chart-deals').count()).toBe(1);
    expect((await page.locator('#score-kim').textContent())?.trim()).toBe(verified.ok ? formatNumber(lang, Math.round(verified.score.kim * 10) / 10, 1) : '(no score)');
    // Nothing needed a mouse: every action above was a tap.
    expect(await page.evaluate(() => (window as unknown as { __mouse: number }).__mouse)).toBe(0);
    expect(problems, 'layout problems on a phone').toEqual([]);
  }

  /** Counts real mouse presses (not the ones a tap synthesizes): a game by taps must need none. */
  async function countMouse(): Promise<void> {
    await e2e.page.addInitScript(() => {
      const w = window as unknown as { __mouse: number };
      w.__mouse = 0;
      window.addEventListener('pointerdown', (e) => e.isTrusted && e.pointerType === 'mouse' && (w.__mouse += 1), true);
      window.addEventListener('contextmenu', (e) => e.isTrusted && (w.__mouse += 100), true);
    });
  }

  for (const sc of SCENARIO_CASES) {
    test(`${sc.name}: a whole game by taps on a phone held sideways (640×360), in English`, async () => {
      await countMouse();
      await playByTaps(sc, 'en', PHONE_LANDSCAPE, 'phone landscape');
    });

    test(`${sc.name}: a whole game by taps on a phone held upright (360×640), in Bahasa Indonesia`, async () => {
      await countMouse();
      await playByTaps(sc, 'id', PHONE_PORTRAIT, 'phone portrait');
    });
  }

  test('every scene fits at both phone sizes in both languages (screenshots)', async () => {
    const { page } = e2e;
    const seed = 'phone-shots';
    const full = playOut(newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } }), makeStrategy('greedy', seed)).record();
    const mid: GameRecord = { ...full, moves: full.moves.slice(0, 6) };
    expect(verifyResultCode(encodeResultCode(full, VLADIVOSTOK), lookupBundle).ok).toBe(true);
    const problems: string[] = [];
    const check = async (what: string) => problems.push(...(await layoutProblems(page)).map((p) => `${what}: ${p}`));
    const withSave = async (lang: Lang, rec: GameRecord | null, scene: SceneKey) => {
      // A save and no remembered place: the page resumes in the save's scene.
      await putKept(page, SAVES_DB, { [PLACE_KEY]: null, [SAVE_KEY]: rec ? JSON.stringify(rec) : null });
      await page.goto(e2e.url(`/?lang=${lang}`));
      await waitForScene(page, scene);
    };

    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    for (const size of [PHONE_LANDSCAPE, PHONE_PORTRAIT]) {
      await page.setViewportSize(size);
      for (const lang of ['en', 'id'] as const) {
        const tag = `phone-${size.width}x${size.height}-${lang}`;
        await withSave(lang, null, 'Title');
        await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);
        await check(`${tag} Title`);
        await sceneShot(page, `${tag}-Title`);
        await withSave(lang, mid, 'Summit');
        await check(`${tag} Summit`);
        await sceneShot(page, `${tag}-Summit`);
        await page.locator('button[id^="open-"]').first().tap();
        await waitForScene(page, 'Negotiation');
        await check(`${tag} Negotiation`);
        await sceneShot(page, `${tag}-Negotiation`);
        await withSave(lang, full, 'Debrief');
        await check(`${tag} Debrief`);
        await sceneShot(page, `${tag}-Debrief`);
        // The debrief's hand-in controls, scrolled into view.
        await page.getByRole('button', { name: label(lang, 'ui.debrief.copy'), exact: true }).scrollIntoViewIfNeeded();
        await tick(page, 100);
        await sceneShot(page, `${tag}-Debrief-code`);
      }
    }
    expect(problems, 'layout problems on a phone').toEqual([]);
  });
});
