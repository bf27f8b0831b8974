// What the canvas costs a weak machine: the background pictures are the browser's, and the game
// loop draws only while something on the canvas moves (a scene starting, Putin's reaction), then
// sleeps. A player who asked for less motion gets no reaction and no frames for it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2E } from '../support/e2e';
import { until, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, openGoalButton, waitForMoves } from '../support/play';

const LINK = '/?lang=en&seed=drawing&difficulty=open';
const drawing = (page: Page) => page.evaluate(() => window.__vladivostok!.drawing());
const backdrop = (page: Page) => page.locator('#backdrop').evaluate((el) => ({ which: (el as HTMLElement).dataset.backdrop, image: getComputedStyle(el).backgroundImage }));

async function asleep(page: Page, what: string): Promise<void> {
  await until(page, async () => !(await drawing(page)), `the game loop to sleep ${what}`, 10_000);
  // And it stays asleep while nothing happens.
  await page.waitForTimeout(600);
  expect(await drawing(page), `the loop woke up by itself ${what}`).toBe(false);
}

/** Propose on the first goal; resolves with for how long (ms, sampled every 10) the loop drew frames after the proposal. */
async function proposeWatchingLoop(page: Page): Promise<number> {
  const input = mouse();
  await input.press(await openGoalButton(page, 'en'));
  await waitForScene(page, 'Negotiation');
  await asleep(page, 'on the negotiation');
  await page.evaluate(() => {
    const w = window as unknown as { __sawDrawing: number; __watch: boolean };
    w.__sawDrawing = 0;
    w.__watch = true;
    let last = performance.now();
    const look = () => {
      // Frames drawn (not canvas work waiting for the panel's paint), for as long as they are.
      const now = performance.now();
      if (window.__vladivostok!.looping()) w.__sawDrawing += now - last;
      last = now;
      if (w.__watch) setTimeout(look, 10);
    };
    look();
  });
  const before = (await page.evaluate(() => window.__vladivostok!.record()?.moves.length)) ?? 0;
  await input.press(page.getByRole('button', { name: label('en', 'ui.nego.propose'), exact: true }));
  await waitForMoves(page, before + 1);
  await page.locator('#putin-answer').waitFor();
  await page.waitForTimeout(400);
  const saw = await page.evaluate(() => {
    const w = window as unknown as { __sawDrawing: number; __watch: boolean };
    w.__watch = false;
    return w.__sawDrawing;
  });
  await asleep(page, 'after the answer');
  return saw;
}

/** A new game from a link, through the briefing to the summit, with the backdrops on the way. */
async function toSummit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForScene(page, 'Briefing');
  expect((await backdrop(page)).which).toBe('bay');
  await mouse().press(page.getByRole('button', { name: label('en', 'ui.briefing.confirm'), exact: true }));
  await waitForScene(page, 'Summit');
  const b = await backdrop(page);
  expect(b.which).toBe('room');
  expect(b.image).toMatch(/room.*\.svg/);
}

describe('drawing', () => {
  const e2e = useE2E();

  test('the title shows the bay behind the canvas, and the loop sleeps once it is drawn', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    const b = await backdrop(page);
    expect(b.which).toBe('bay');
    expect(b.image).toMatch(/bay.*\.svg/);
    await asleep(page, 'on the title');
  });

  test("Putin's reaction wakes the loop for its frames, then it sleeps again", async () => {
    const { page } = e2e;
    await toSummit(page, e2e.url(LINK));
    await asleep(page, 'on the summit');
    expect(await proposeWatchingLoop(page)).toBeGreaterThan(0);
  });
});

const canvasBox = (page: Page) => page.locator('#game canvas').boundingBox();

describe('drawing, the canvas keeps to the art', () => {
  const e2e = useE2E({ viewport: { width: 1280, height: 720 } });

  test('on a wide screen the canvas ends where the panel begins', async () => {
    const { page } = e2e;
    await toSummit(page, e2e.url(LINK));
    const canvas = (await canvasBox(page))!;
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(300);
    expect(Math.abs(canvas.x + canvas.width - panel.x)).toBeLessThanOrEqual(1);
    expect(canvas.y + canvas.height).toBeCloseTo(720, 0);
  });
});

describe('drawing, on a phone held sideways', () => {
  const e2e = useE2E({ viewport: { width: 640, height: 360 }, hasTouch: true, isMobile: true });

  test('the art column beside the panel stays put, the same size, when the answer scrolls the panel', async () => {
    const { page } = e2e;
    await toSummit(page, e2e.url(LINK));
    await mouse().press(await openGoalButton(page, 'en'));
    await waitForScene(page, 'Negotiation');
    await asleep(page, 'on the negotiation');
    const before = (await canvasBox(page))!;
    // A column beside the panel, from the top bar to the foot of the screen.
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(before.width).toBeGreaterThanOrEqual(140);
    expect(Math.abs(before.x + before.width - panel.x)).toBeLessThanOrEqual(1);
    expect(before.y + before.height).toBeCloseTo(360, 0);
    const moves = (await page.evaluate(() => window.__vladivostok!.record()?.moves.length)) ?? 0;
    await mouse().press(page.getByRole('button', { name: label('en', 'ui.nego.propose'), exact: true }));
    await waitForMoves(page, moves + 1);
    expect(await page.locator('#ui').evaluate((el) => el.scrollTop), 'the answer is scrolled into view').toBeGreaterThan(0);
    await asleep(page, 'after the answer');
    expect(await canvasBox(page)).toEqual(before);
  });
});

describe('drawing, with reduced motion', () => {
  const e2e = useE2E({ reducedMotion: 'reduce' });

  test('no reaction is animated: the answer is drawn in place, in a frame or two, and the loop sleeps', async () => {
    const { page } = e2e;
    await toSummit(page, e2e.url(LINK));
    // His words in the bubble and the meters are drawn where they end (the canvas shows the answer
    // too, so it draws a frame or two); no nod, no sliding plate (their tweens run 450 to 900 ms).
    expect(await proposeWatchingLoop(page)).toBeLessThan(300);
  });
});
