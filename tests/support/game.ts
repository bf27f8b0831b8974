// What the e2e tests and the web benchmark know about the game's page. Only public surfaces:
// the DOM overlay (#panel[data-scene] names the scene on screen), the ready signal, and the
// read-only window.__vladivostok helpers (view(), record()).
import type { Page } from 'playwright-core';
import { shot } from './browser';
import type { GameRecord, PlayerView } from '../../src/engine';

export type SceneKey = 'Title' | 'Briefing' | 'Summit' | 'Negotiation' | 'Press' | 'Debrief' | 'Replay';

const paced = new WeakSet<Page>();

/**
 * Take over the page's clock (call before the first goto): Date, timers and requestAnimationFrame
 * stand still, and Phaser draws a frame only when a test advances time with tick(). Under software
 * WebGL each Phaser frame costs a lot of CPU, and a page that draws 60 of them a second answers
 * every test command slowly; a paused page answers at once. Pressing keys and clicking still go
 * through the real browser input path; only the passing of time is the test's to give.
 */
export async function pauseClock(page: Page): Promise<void> {
  const t0 = new Date('2019-04-25T10:00:00+10:00').getTime();
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(t0 + 1000);
  paced.add(page);
}

/** Let `ms` of the page's time pass: on a paused clock, advance it; otherwise wait for real. */
export async function tick(page: Page, ms = 50): Promise<void> {
  if (paced.has(page)) await page.clock.runFor(ms);
  else await page.waitForTimeout(ms);
}

/** Polls `cond`, letting page time pass in between, until it holds or `timeout` (real ms) passes. */
export async function until(page: Page, cond: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await tick(page);
  }
}

/** Resolves once the overlay shows `scene` (its panel carries data-scene, and its heading is up). */
export async function waitForScene(page: Page, scene: SceneKey, timeout = 30_000): Promise<void> {
  await until(
    page,
    () => page.evaluate((s) => document.querySelector(`#panel[data-scene="${s}"] h1`) !== null, scene),
    `the ${scene} scene`,
    timeout,
  );
}

/** Resolves once the title screen is there and usable. */
export async function waitForTitle(page: Page, timeout = 30_000): Promise<void> {
  await waitForScene(page, 'Title', timeout);
}

export async function currentScene(page: Page): Promise<string | undefined> {
  return (await page.locator('#panel').getAttribute('data-scene')) ?? undefined;
}

export function view(page: Page): Promise<PlayerView | null> {
  return page.evaluate(() => window.__vladivostok?.view() ?? null);
}

export function record(page: Page): Promise<GameRecord | null> {
  return page.evaluate(() => window.__vladivostok?.record() ?? null);
}

/** A screenshot after a few frames, so that a paused page has drawn its art (test-artifacts/<name>.png). */
export async function sceneShot(page: Page, name: string): Promise<string> {
  await tick(page, 200);
  return shot(page, name);
}
