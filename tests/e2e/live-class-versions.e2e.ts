// A live class's game begun on an earlier version of the game, in the browser, with the real class
// server (server/main.ts, PGlite in a temporary folder): a student joins; the server stops; their
// game is written as a version 2 server would have stored it (played to its end by version 2's
// frozen engine); the server starts again. The student comes back with their rejoin code: the page
// does not play the game on with today's rules, but says why in the student's language, shows its
// score and result code as version 2 gives them, and hands it in as it is; the teacher's page shows
// the row with that score, marked as begun on version 2. Both open from the links the server gave.
import { describe, expect, test } from 'vitest';
import type { ClassCreated, Joined } from '../../src/class/protocol';
import { ct } from '../../src/classroom/i18n';
import { formatNumber } from '../../src/shell/text';
import { openPglite } from '../../server/db/db';
import { api, Member } from '../support/class-server';
import { useClassServer } from '../support/live-server';
import { useE2E } from '../support/e2e';
import { until } from '../support/game';
import { label } from '../support/play';
import { EARLIER, playV2, storeAsOf, v2, v2Score } from '../support/earlier-game';

const SCENARIO = 'vladivostok-2019';
const en = (key: string, params?: Record<string, string | number>) => label('en', key, params);

// Before the preview server starts (useE2E's own hook): it proxies /class-server to this server's port.
const live = useClassServer();

describe('a class game begun on an earlier version', () => {
  const e2e = useE2E();

  test("is shown with its score as it was, not played on, and handed in as it is", async () => {
    const base = `http://127.0.0.1:${live.server.port}`;
    const res = await api<ClassCreated>(base, '/api/classes', { body: { title: 'History 9A', scenario: SCENARIO, lang: 'en', minutes: 30, difficulty: 'standard', roster: ['Lama'] } });
    expect(res.status).toBe(201);
    const cls = res.body;
    const m = await Member.join(base, { code: cls.code, name: 'Lama' });
    const joined: Joined = await m.next('joined');
    await m.leave();

    await live.server.stop();
    const game = playV2(SCENARIO, joined.seed, cls.code, 'Lama', 12, true);
    expect(game.isOver()).toBe(true);
    const db = await openPglite(live.server.dataDir);
    try {
      await storeAsOf(db, joined.studentId, EARLIER, v2.BUNDLES[SCENARIO]!.hash, game.record().moves);
    } finally {
      await db.close();
    }
    await live.server.start();

    // The student, on another device: the rejoin code.
    const page = e2e.page;
    // The links the server gives (ClassCreated), on the game's address here.
    const here = (link: string) => e2e.url(link.slice(new URL(link).origin.length));
    await page.goto(here(cls.studentUrl));
    await page.getByRole('heading', { name: en('ui.class.join.title'), exact: true }).waitFor();
    await page.getByText(en('ui.class.join.rejoinSummary'), { exact: true }).click();
    await page.getByRole('textbox', { name: en('ui.class.join.rejoinLabel'), exact: true }).fill(joined.rejoinCode);
    await page.getByRole('button', { name: en('ui.class.join.rejoinButton'), exact: true }).click();

    await page.getByRole('heading', { name: en('ui.class.closed.title', { label: 'Lama' }), exact: true }).waitFor({ timeout: 30_000 });
    const said = (await page.getByRole('alert').filter({ hasText: 'version' }).textContent()) ?? '';
    expect(said).toMatch(/begun on an earlier version of the game.*handed in as it is/);
    const score = v2Score(game).kim;
    await page.getByText(en('ui.class.closed.score', { score }), { exact: true }).waitFor();
    expect((await page.locator('#class-closed-code').textContent())?.trim()).toBe(v2.engine.encodeResultCode(game.record()));
    // Nothing of today's game screens: the game is not taken up with today's rules.
    expect(await page.locator('#panel').getAttribute('data-scene')).toBe('ClassClosed');

    const why = 'I asked for the port first because it mattered most.';
    await page.getByRole('textbox', { name: en('ui.class.handIn.label'), exact: true }).fill(why);
    await page.getByRole('button', { name: en('ui.class.closed.handIn'), exact: true }).click();
    await page.getByText(en('ui.class.handIn.sent'), { exact: true }).waitFor({ timeout: 15_000 });

    // The teacher's page: the row with version 2's score, marked as begun on version 2.
    const teacher = await e2e.browser.newPage();
    try {
      await teacher.goto(here(cls.teacherUrl));
      const row = teacher.locator('#live-table tbody tr').filter({ has: teacher.getByRole('rowheader', { name: 'Lama', exact: true }) });
      await until(teacher, async () => (await row.count()) === 1 && ((await row.locator('td').nth(8).textContent()) ?? '').trim() === formatNumber('en', score), "Lama's score on the teacher's page", 30_000);
      expect(await row.locator('td').nth(1).textContent()).toContain(ct('en', 'class.live.engine.earlier', { version: EARLIER }));
      expect((await row.locator('td').nth(9).textContent())?.trim()).toBe(why);
    } finally {
      await teacher.close();
    }
  });
});
