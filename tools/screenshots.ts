// npm run screenshots: every scene of a game at 1280×720, 640×360 and 360×640, in English and
// Bahasa Indonesia, with Putin's answer to an accepted, a countered and a refused proposal, written
// to docs/screenshots/tour/ as JPEG (device scale 1) for the README's table. Serves the existing
// build (run `npm run build` first) and drives Debian's Chromium, like the browser tests.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { GameRecord, Lang } from '../src/engine';
import { launchChromium, ROOT, serveDist } from '../tests/support/browser';
import { pauseClock, until, view, waitForScene, waitForTitle, type SceneKey } from '../tests/support/game';
import { label, mouse, openGoalButton, text } from '../tests/support/play';
import { dayAfter, findReactions, type Proposal } from '../tests/support/reactions';
import { putKept, SAVES_DB } from '../tests/support/storage';
import { VLADIVOSTOK } from '../tests/support/bundles';

export const OUT = path.join(ROOT, 'docs/screenshots/tour');
export const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '640x360', width: 640, height: 360 },
  { name: '360x640', width: 360, height: 640 },
] as const;
export const LANGS: Lang[] = ['en', 'id'];
export const SHOTS = ['Title', 'Briefing', 'Summit', 'Negotiation-accept', 'Negotiation-counter', 'Negotiation-refuse', 'Press', 'Debrief'] as const;

const input = mouse();

/** Until the canvas has drawn its last change and the loop sleeps (every animation has ended). */
async function settled(page: Page): Promise<void> {
  await until(page, () => page.evaluate(() => window.__vladivostok?.drawing() === false), 'the canvas to settle');
  await page.waitForTimeout(150);
}

async function snap(page: Page, size: string, lang: Lang, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: path.join(OUT, `${size}-${lang}-${name}.jpg`), type: 'jpeg', quality: 72 });
}

/** The game in `rec` put in the page's save, and the page opened on it. */
async function load(page: Page, base: string, lang: Lang, rec: GameRecord, scene: SceneKey): Promise<void> {
  await putKept(page, SAVES_DB, { 'vladivostok-2019.place': null, 'vladivostok-2019.save': JSON.stringify(rec) });
  await page.goto(`${base}/?lang=${lang}`);
  await waitForScene(page, scene);
  // Every picture in (the portraits arrive after the first screen).
  await until(page, () => page.evaluate(() => document.body.dataset.ready === 'true'), 'the page');
}

async function propose(page: Page, lang: Lang, move: Proposal): Promise<void> {
  await input.press(await openGoalButton(page, lang, move.goal));
  await waitForScene(page, 'Negotiation');
  const goal = VLADIVOSTOK.scenario.goals.find((g) => g.id === move.goal)!;
  await input.choose(page.getByRole('radio', { name: text(lang, { key: `option.${goal.id}.${move.option}.title` }), exact: true }));
  const n = (await view(page))!.step;
  await input.press(page.getByRole('button', { name: label(lang, 'ui.nego.propose'), exact: true }));
  await until(page, async () => (await view(page))!.step > n, 'the proposal to land');
  await until(page, () => page.evaluate(() => (window.__vladivostok?.stage().bubble?.shown ?? '') !== ''), "Putin's bubble");
}

async function tour(browser: Browser, base: string, size: (typeof SIZES)[number], lang: Lang): Promise<void> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    const r = findReactions();
    const day = dayAfter(r);
    await page.goto(`${base}/?lang=${lang}`);
    await waitForTitle(page);
    await page.evaluate(() => document.fonts.ready);
    await snap(page, size.name, lang, 'Title');
    await page.goto(`${base}/?seed=${encodeURIComponent(r.seed)}&difficulty=standard&lang=${lang}`);
    await waitForScene(page, 'Briefing');
    await snap(page, size.name, lang, 'Briefing');
    await load(page, base, lang, day.summit, 'Summit');
    await until(page, () => page.evaluate(() => window.__vladivostok?.stage().faces.putin !== undefined), 'the portraits');
    await snap(page, size.name, lang, 'Summit');
    for (const kind of ['accept', 'counter', 'refuse'] as const) {
      await load(page, base, lang, r.base, 'Summit');
      await propose(page, lang, r.moves[kind]);
      // The page scrolled to his answer; on a phone the art is above it: back to the top, where both show.
      await page.evaluate(() => document.getElementById('ui')?.scrollTo(0, 0));
      await snap(page, size.name, lang, `Negotiation-${kind}`);
    }
    await load(page, base, lang, day.press, 'Press');
    await snap(page, size.name, lang, 'Press');
    await load(page, base, lang, day.over, 'Debrief');
    await until(page, () => page.evaluate(() => (window.__vladivostok?.stage().headlines?.length ?? 0) > 0), 'the headlines');
    await snap(page, size.name, lang, 'Debrief');
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    for (const size of SIZES) for (const lang of LANGS) await tour(browser, server.url, size, lang);
  } finally {
    await browser.close();
    await server.close();
  }
  const files = readdirSync(OUT).filter((f) => f.endsWith('.jpg'));
  const bytes = files.reduce((s, f) => s + statSync(path.join(OUT, f)).size, 0);
  console.log(`${files.length} screenshots in ${path.relative(ROOT, OUT)}, ${(bytes / 1e6).toFixed(2)} MB`);
}

await main();
