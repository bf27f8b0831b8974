// A code proves the moves, not who played them: on the teacher's table, a game handed in again under
// another name is marked "identical game" on both rows, names that look alike (an invisible
// character, full-width letters, a Cyrillic letter) carry a "same name" badge and are shown
// normalised; a game played without the class's link (the same seed and difficulty, with the session
// code from the board typed into the address by hand) is flagged, while one from the link verifies.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { sessionCode } from '../../src/classroom/session';
import { encodeResultCode, makeStrategy, newGame, playOut, verifyResultCode, type GameRecord } from '../../src/engine';
import { VLADIVOSTOK, lookupBundle } from '../support/bundles';
import { teacherReady, tableRows } from '../support/classroom';
import { guardedPage, shot, useE2E, type E2E } from '../support/e2e';
import { pauseClock, waitForScene } from '../support/game';
import { label, mouse, playToDebrief } from '../support/play';

const V19 = VLADIVOSTOK.scenario.id;
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

/** The teacher's page with a session of `seed` started; the students' link and the session it carries. */
async function startClass(page: Page, e2e: E2E, seed: string): Promise<{ link: string; session: string }> {
  await page.goto(e2e.url('/teacher.html'));
  await teacherReady(page);
  await page.getByLabel(en('class.session.seed'), { exact: true }).fill(seed);
  await page.getByRole('radio', { name: new RegExp(`^${en('class.difficulty.standard')}`) }).check();
  await page.getByRole('button', { name: en('class.session.start') }).click();
  await expect.poll(() => page.locator('#session-code').textContent()).toBe(sessionCode(V19, seed, 'standard'));
  const link = await page.locator('#student-link').inputValue();
  return { link, session: new URL(link).searchParams.get('session')! };
}

/** A student opens `address` in a browser of their own, plays to the debrief, types `name`: the code shown there. */
async function studentPlays(e2e: E2E, address: string, name: string): Promise<string> {
  const { context, page, guard } = await guardedPage(e2e.browser);
  try {
    await pauseClock(page);
    await page.goto(address);
    await waitForScene(page, 'Briefing');
    await playToDebrief(page, { lang: 'en', input: mouse(), movesPerGoal: 1 });
    await page.getByRole('textbox', { name: label('en', 'ui.debrief.name'), exact: true }).fill(name);
    const code = (await page.locator('#result-code').inputValue()).trim();
    guard.check();
    return code;
  } finally {
    await context.close();
  }
}

/** A game of the class made by the engine's player, as a student would hand it in. */
function machineGame(seed: string, session: string, name: string, strategy: 'greedy' | 'historical' | 'random'): string {
  const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard', session }, name });
  playOut(game, makeStrategy(strategy, name));
  return encodeResultCode(game.record(), VLADIVOSTOK);
}

async function paste(page: Page, codes: string[]): Promise<void> {
  await page.getByLabel(en('class.collect.paste')).fill(codes.join('\n'));
  await page.getByRole('button', { name: en('class.collect.check') }).click();
  await teacherReady(page);
}

describe('copies and look-alike names on the teacher’s table', () => {
  const e2e = useE2E();

  test('the same game under another name is marked "identical game"; look-alike names get "same name" and show normalised', async () => {
    const { page } = e2e;
    const seed = 'class-copies';
    const { link, session } = await startClass(page, e2e, seed);
    // Ana plays from the link; Citra hands in Ana's game under her own name (what the replay viewer's
    // "branch from the last move" with the same final choice gives).
    const ana = await studentPlays(e2e, link, 'Ana Putri');
    const read = verifyResultCode(ana, lookupBundle);
    if (!read.ok) throw new Error('Ana’s code does not verify in Node');
    const citra = encodeResultCode({ ...(read.record as GameRecord), name: 'Citra' }, VLADIVOSTOK);
    // Other games, with names that look like others': an invisible character, full-width letters, a Cyrillic В.
    const lookalikes = [machineGame(seed, session, 'ana\u200b putri', 'historical'), machineGame(seed, session, 'Ｂｕｄｉ', 'random'), machineGame(seed, session, 'Вudi', 'greedy')];
    await paste(page, [ana, citra, ...lookalikes]);
    await expect.poll(async () => (await tableRows(page)).length).toBe(5);
    await expect.poll(async () => (await tableRows(page)).every((r) => r.verdict !== 'checking')).toBe(true);
    const rows = await tableRows(page);
    expect(rows.map((r) => r.verdict)).toEqual(['verified', 'verified', 'verified', 'verified', 'verified']);
    // Shown as stored, with the invisible character gone and the full-width letters made plain.
    expect(rows.map((r) => r.name)).toEqual(['Ana Putri', 'Citra', 'ana putri', 'Budi', 'Вudi']);
    const badges = (n: number) => page.locator(`#results tbody tr[data-n="${n}"] th.name .badge`).allTextContents();
    expect(await badges(1)).toEqual([en('class.sameName', { rows: '3' }), en('class.sameGame', { rows: '2' })]);
    expect(await badges(2)).toEqual([en('class.sameGame', { rows: '1' })]);
    expect(await badges(3)).toEqual([en('class.sameName', { rows: '1' })]);
    expect(await badges(4)).toEqual([en('class.sameName', { rows: '5' })]);
    expect(await badges(5)).toEqual([en('class.sameName', { rows: '4' })]);
    // What the mark means, under the table.
    expect(await page.locator('#same-game-note').textContent()).toBe(en('class.sameGame.note'));
    await page.locator('#results').scrollIntoViewIfNeeded();
    await shot(page, 'classroom-copies');
  });

  test('a game played without the class’s link (the session code typed by hand) is flagged; one from the link verifies', async () => {
    const { page } = e2e;
    const seed = 'class-by-hand';
    const { link, session } = await startClass(page, e2e, seed);
    const id = sessionCode(V19, seed, 'standard');
    expect(session).not.toBe(id);
    // The seed, the difficulty and the session code from the board, typed into the address by hand.
    const byHand = await studentPlays(e2e, e2e.url(`/index.html?seed=${seed}&difficulty=standard&session=${id}`), 'Budi Santoso');
    const fromLink = machineGame(seed, session, 'Dewi', 'greedy');
    expect(new URL(link).searchParams.get('session')).toBe(session);
    await paste(page, [byHand, fromLink]);
    await expect.poll(async () => (await tableRows(page)).map((r) => [r.name, r.verdict])).toEqual([
      ['Budi Santoso', 'other-session'],
      ['Dewi', 'verified'],
    ]);
    expect(await page.locator('#results tbody tr[data-n="1"] .reason').textContent()).toBe(en('class.reason.outsideLink', { code: id }));
    await expect.poll(() => page.locator('#counts').textContent()).toContain(en('class.class.counts', { verified: 1, flagged: 1, total: 2 }));
  });
});
