// A class of another scenario, end to end in headless Chromium: the teacher opens
// teacher.html?scenario=fixture-harbour and starts a session; the students' link names that scenario;
// a student plays a whole harbour game through the link in a browser of their own and hands in the
// code from the debrief; the teacher's table shows it verified with the engine's score and one column
// per harbour goal (three); a Vladivostok code pasted into the same session is one row of another
// session, with the line that names both scenarios. Any console error fails the test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/classroom/csv';
import { ct } from '../../src/classroom/i18n';
import { sessionCode } from '../../src/classroom/session';
import { encodeResultCode, makeStrategy, newGame, playOut, verifyResultCode } from '../../src/engine';
import { BUNDLES, lookupBundle, textOf, VLADIVOSTOK } from '../support/bundles';
import { teacherReady, tableRows } from '../support/classroom';
import { ARTIFACTS, guardedPage, shot, useE2E } from '../support/e2e';
import { pauseClock, waitForScene } from '../support/game';
import { mouse } from '../support/play';
import { playScenarioToDebrief } from '../support/play-scenario';

const HARBOUR = BUNDLES['fixture-harbour']!;
const FIXTURE = HARBOUR.scenario.id;
const V19 = VLADIVOSTOK.scenario.id;
const SEED = 'class-harbour-1';
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);
const harbourText = (key: string) => textOf(HARBOUR, 'en', { key });
const GOALS = HARBOUR.scenario.goals.map((g) => g.id);

describe('a class of another scenario', () => {
  const e2e = useE2E({ acceptDownloads: true });

  test('teacher.html?scenario=fixture-harbour: a harbour session, a student’s harbour game verified with three goal columns, a Vladivostok code flagged', async () => {
    const { page } = e2e;
    expect(GOALS).toHaveLength(3);

    // 1. The teacher's page, asked for the harbour scenario, starts a session of it.
    await page.goto(e2e.url(`/teacher.html?scenario=${FIXTURE}`));
    await teacherReady(page);
    await page.getByLabel(en('class.session.seed'), { exact: true }).fill(SEED);
    await page.getByRole('radio', { name: new RegExp(`^${en('class.difficulty.standard')}`) }).check();
    await page.getByLabel(en('class.session.lang')).selectOption('en');
    await page.getByRole('button', { name: en('class.session.start') }).click();
    const id = sessionCode(FIXTURE, SEED, 'standard');
    expect(id).not.toBe(sessionCode(V19, SEED, 'standard'));
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(id);
    const link = await page.locator('#student-link').inputValue();
    // The session code and, after a dash, the mark drawn for this class.
    const classSession = new URL(link).searchParams.get('session')!;
    expect(classSession).toMatch(new RegExp(`^${id}-[0-9A-HJKMNP-TV-Z]{6}$`));
    expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ scenario: FIXTURE, seed: SEED, difficulty: 'standard', lang: 'en', session: classSession });
    // The handout speaks of the harbour's goals, not Vladivostok's.
    await expect.poll(async () => (await page.locator('#handout').textContent()) ?? '').toContain(harbourText(`goal.${GOALS[0]}.title`));
    const handout = (await page.locator('#handout').textContent()) ?? '';
    for (const g of GOALS) expect(handout).toContain(harbourText(`goal.${g}.title`));
    expect(handout).not.toContain(textOf(VLADIVOSTOK, 'en', { key: 'goal.lifeline.title' }));

    // 2. A student opens the link in a browser of their own and plays the harbour game to the debrief.
    let code: string;
    {
      const { context, page: sp, guard } = await guardedPage(e2e.browser);
      try {
        await pauseClock(sp);
        await sp.goto(link);
        await waitForScene(sp, 'Briefing');
        await playScenarioToDebrief(sp, { lang: 'en', input: mouse(), bundle: HARBOUR, movesPerGoal: 2 });
        expect(await sp.locator('#result-session').textContent()).toBe(textOf(HARBOUR, 'en', { key: 'ui.debrief.session', params: { code: id } }));
        await sp.getByRole('textbox', { name: textOf(HARBOUR, 'en', { key: 'ui.debrief.name' }), exact: true }).fill('Ana Putri');
        code = (await sp.locator('#result-code').inputValue()).trim();
        await shot(sp, 'classroom-scenario-student-debrief');
        guard.check();
      } finally {
        await context.close();
      }
    }
    const v = verifyResultCode(code, lookupBundle);
    if (!v.ok) throw new Error(`the student's code does not verify in Node: ${code}`);
    expect([v.finished, v.record.scenarioId, v.record.settings.session, v.record.name]).toEqual([true, FIXTURE, classSession, 'Ana Putri']);
    // A whole game: every harbour goal was taken up, the goods list sent, the press faced.
    if (process.env.E2E_DEBUG) console.log(JSON.stringify(v.record.moves));
    expect(new Set(v.record.moves.flatMap((m) => ('goal' in m ? [m.goal] : [])))).toEqual(new Set(GOALS));
    expect(v.record.moves.some((m) => m.type === 'goods.list')).toBe(true);
    expect(v.record.moves.at(-1)!.type).toBe('press.present');

    // 3. The teacher pastes it: one verified row, the engine's score, three goal columns, three charts.
    await page.getByLabel(en('class.collect.paste')).fill(`Ana: ${code}`);
    await page.getByRole('button', { name: en('class.collect.check') }).click();
    await teacherReady(page);
    await expect.poll(async () => (await tableRows(page)).map((r) => [r.verdict, r.name, Number(r.score)])).toEqual([['verified', 'Ana Putri', v.score.kim]]);
    const goalHeads = await page.locator('#results thead button.sort').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-key')));
    expect(goalHeads.filter((k) => GOALS.includes(k ?? ''))).toEqual(GOALS);
    expect(goalHeads).not.toContain('lifeline');
    for (const g of GOALS) expect(await page.locator(`#sort-${g}`).textContent()).toContain(harbourText(`goal.${g}.title`));
    expect(await page.locator('#results tbody tr[data-n="1"] td.deal').count()).toBe(3);
    expect(await page.locator('.chart-goal').count()).toBe(3);

    // 4. A Vladivostok code (the same seed and difficulty, its own session) into the same session.
    const other = newGame(VLADIVOSTOK, { seed: SEED, settings: { difficulty: 'standard', session: sessionCode(V19, SEED, 'standard') }, name: 'Dodi' });
    playOut(other, makeStrategy('greedy', 'x'));
    const otherCode = encodeResultCode(other.record(), VLADIVOSTOK);
    await page.getByLabel(en('class.collect.paste')).fill(otherCode);
    await page.getByRole('button', { name: en('class.collect.check') }).click();
    await teacherReady(page);
    await expect.poll(async () => (await tableRows(page)).map((r) => [r.verdict, r.name])).toEqual([
      ['verified', 'Ana Putri'],
      ['other-session', 'Dodi'],
    ]);
    const flagged = (await tableRows(page))[1]!;
    const reason = en('class.reason.otherScenario', { found: V19, expected: FIXTURE });
    expect(await page.locator('#results tbody tr[data-n="2"] .reason').textContent()).toBe(reason);
    expect(flagged.text).toContain(en('class.verdict.other-session'));
    // Its game has none of the harbour's goals: no deal is claimed in their columns.
    expect(await page.locator('#results tbody tr[data-n="2"] td.deal').allTextContents()).toEqual(['–', '–', '–']);
    await expect.poll(() => page.locator('#counts').textContent()).toContain(en('class.class.counts', { verified: 1, flagged: 1, total: 2 }));
    expect(await page.locator('.chart-goal').count()).toBe(3);
    await page.locator('#results').scrollIntoViewIfNeeded();
    await shot(page, 'classroom-scenario-results');

    // 5. The CSV: the harbour's three goals as columns, the flag and its reason on the Vladivostok row.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    const csvPath = path.join(ARTIFACTS, 'classroom-scenario.csv');
    await dl.saveAs(csvPath);
    const csv = parseCsv(readFileSync(csvPath, 'utf8'));
    expect(csv).toHaveLength(3);
    expect(csv[0]!.slice(7, 10)).toEqual(GOALS.map((g) => harbourText(`goal.${g}.title`)));
    expect(csv[0]![10]).toBe(en('class.csv.copies'));
    expect(csv.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Ana Putri', en('class.verdict.verified'), ''],
      ['Dodi', en('class.verdict.other-session'), reason],
    ]);
    expect(Number(csv[1]![4])).toBe(v.score.kim);
    expect(csv[2]!.slice(7, 10)).toEqual(['', '', '']);
  }, 600_000);
});
