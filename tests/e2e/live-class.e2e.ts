// A live class, end to end (issue #12), with the real class server (server/main.ts, PGlite in a
// temporary folder) behind the pages' own origin (/class-server, vite.config.ts's proxy):
// - a teacher, on the teacher's page in Bahasa Indonesia, opens a class with a roster and starts it;
// - four students join from separate browser contexts, in English: Ani picks her name from the roster
//   (and reloads mid-game: the game rejoins and resumes), a second "Ani" types the same name on a phone
//   held upright (360×640) and is told apart, Budi loses his connection mid-game and plays on offline,
//   and Citra ranks the goals, makes one offer and leaves;
// - the teacher's table follows them live, with no reload; "Time is up" ends the class, and Citra's
//   game, not finished, is handed in by the server and marked so;
// - the four rows carry the scores the engine gives for the games the students' pages played, the
//   justification written in the debrief, and how each day ended;
// - the teacher reloads, the server is stopped and started again on the same data: everything is there.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLASS_PROTOCOL, CLASS_PROTOCOL_HEADER } from '../../src/class/protocol';
import { ct } from '../../src/classroom/i18n';
import { replayRecord, scoreGame, type GameRecord } from '../../src/engine';
import { formatNumber } from '../../src/shell/text';
import { lookupBundle } from '../support/bundles';
import { classServer, type ClassServer } from '../support/live-server';
import { guardedPage, useE2E, type PageGuard } from '../support/e2e';
import { record, until, waitForScene } from '../support/game';
import { layoutProblems, phone, PHONE_PORTRAIT, touch } from '../support/phone';
import { label, mouse, playToDebrief, type Input } from '../support/play';

const id = (key: string, params?: Record<string, string | number>) => ct('id', key, params);
const en = (key: string, params?: Record<string, string | number>) => label('en', key, params);

let server: ClassServer;
// Before the preview server starts (useE2E's own hook): it proxies /class-server to this server's port.
beforeAll(async () => {
  server = await classServer({ CLASS_GRACE_MS: '2000' });
}, 90_000);
afterAll(async () => {
  await server?.dispose();
});

/** The engine's score of a game as the student's page played it (null while the day is not over). */
function engineScore(r: GameRecord): number | null {
  const res = replayRecord(r, lookupBundle);
  if (!res.ok) throw new Error(`the student's game does not replay: ${JSON.stringify(res.error)}`);
  return res.game.state.summit.value === 'over' ? scoreGame(res.game).kim : null;
}

describe('a live class', () => {
  const e2e = useE2E();

  interface Student {
    context: BrowserContext;
    page: Page;
    guard: PageGuard;
    input: Input;
  }
  const students: Student[] = [];
  async function student(browser: Browser, link: string, options: Parameters<typeof guardedPage>[1] = {}, input: Input = mouse()): Promise<Student> {
    const s = await guardedPage(browser, options);
    students.push({ ...s, input });
    await s.page.goto(link);
    await s.page.getByRole('heading', { name: en('ui.class.join.title'), exact: true }).waitFor();
    return { ...s, input };
  }
  afterAll(async () => {
    for (const s of students) await s.context.close().catch(() => undefined);
  });

  /** The teacher's row of a student (by the label the server gives). */
  const row = (page: Page, name: string) => page.locator('#live-table tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  const cell = (page: Page, name: string, col: number) => row(page, name).locator('td').nth(col);
  const COL = { connected: 0, stage: 1, goals: 2, moves: 3, minutes: 4, asks: 5, ranking: 6, ending: 7, score: 8, justification: 9 } as const;
  const waitText = (page: Page, name: string, col: number, want: string | RegExp, what: string) =>
    until(page, async () => {
      if ((await row(page, name).count()) !== 1) return false;
      const text = ((await cell(page, name, col).textContent()) ?? '').trim();
      return typeof want === 'string' ? text === want : want.test(text);
    }, what, 30_000);

  test('a teacher follows four students live, ends the time, and finds everything again after a reload and a restart', async () => {
    const teacher = e2e.page;
    await teacher.goto(e2e.url('/teacher.html?lang=id'));
    await teacher.getByRole('button', { name: id('class.live.new'), exact: true }).click();
    await teacher.getByRole('textbox', { name: id('class.live.form.name'), exact: true }).fill('Sejarah 9A');
    await teacher.getByRole('spinbutton', { name: id('class.live.form.minutes'), exact: true }).fill('20');
    await teacher.getByRole('radio', { name: id('class.lang.en'), exact: true }).check();
    await teacher.getByRole('textbox', { name: id('class.live.form.roster'), exact: true }).fill('Ani\nBudi\nCitra\n');
    await teacher.getByRole('button', { name: id('class.live.form.create'), exact: true }).click();
    const code = (await teacher.locator('#live-code').textContent({ timeout: 30_000 }))?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    // The class's secret link is in the address bar (a reload opens it), its key in the fragment.
    expect(new URL(teacher.url()).hash).toMatch(/^#key=/);
    // The projector's view: the students' link and its QR code, the code, the timer.
    await expect.poll(() => teacher.getByRole('img', { name: id('class.live.qr', { code }) }).count(), { timeout: 15_000 }).toBe(1);
    const link = (await teacher.locator('#live-student-link').getAttribute('href')) ?? '';
    expect(new URL(link).searchParams.get('class')).toBe(code);
    await teacher.getByRole('button', { name: id('class.live.projectorOn'), exact: true }).click();
    await expect.poll(() => teacher.locator('#live-projector').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await teacher.getByRole('button', { name: id('class.live.projectorOff'), exact: true }).click();
    await teacher.getByRole('button', { name: id('class.live.start', { minutes: 20 }), exact: true }).click();
    await until(teacher, async () => /^Sisa waktu: \d+:\d\d$/.test((await teacher.locator('#live-timer').textContent()) ?? ''), 'the timer');
    expect(await teacher.locator('#live-table tbody tr').count()).toBe(3);

    const browser = e2e.browser;
    const records: Record<string, GameRecord> = {};

    // Ani picks her name from the roster; the teacher sees her join, live.
    const ani = await student(browser, link);
    await ani.page.getByRole('radio', { name: 'Ani', exact: true }).check();
    await ani.page.getByRole('button', { name: en('ui.class.join.button'), exact: true }).click();
    await waitForScene(ani.page, 'Briefing');
    await waitText(teacher, 'Ani', COL.connected, id('class.live.isOnline'), 'Ani online on the teacher\'s page');
    const rejoin = (await ani.page.locator('#class-status').textContent()) ?? '';
    expect(rejoin).toMatch(/rejoin code [2-9A-Z]{4,8}/);
    let reloaded = false;
    await playToDebrief(ani.page, {
      lang: 'en',
      input: ani.input,
      movesPerGoal: 1,
      beforeAction: async ({ moves }) => {
        // Mid-game, a reload: the page joins again with its token and resumes the same game.
        if (moves === 3 && !reloaded) {
          reloaded = true;
          await waitText(teacher, 'Ani', COL.moves, '3', 'Ani\'s third move on the teacher\'s page');
          await ani.page.reload();
          await until(ani.page, async () => (await record(ani.page))?.moves.length === 3 && (await ani.page.locator('#panel[data-scene="Summit"] h1, #panel[data-scene="Negotiation"] h1').count()) > 0, 'the game resumed after the reload');
        }
      },
    });
    expect(reloaded).toBe(true);
    records.Ani = (await record(ani.page))!;
    await waitText(teacher, 'Ani', COL.stage, id('class.live.phase.over'), 'Ani at the debrief, live');
    await waitText(teacher, 'Ani', COL.moves, String(records.Ani.moves.length), 'every move of Ani\'s on the server');
    const why = 'I put the lifeline first because Putin could give it without money.';
    await ani.page.getByRole('textbox', { name: en('ui.class.handIn.label'), exact: true }).fill(why);
    await ani.page.getByRole('button', { name: en('ui.class.handIn.button'), exact: true }).click();
    await ani.page.getByText(en('ui.class.handIn.sent')).waitFor();
    await waitText(teacher, 'Ani', COL.justification, why, 'Ani\'s justification on the teacher\'s page');

    // A second Ani, on a phone held upright, types the same name: told apart.
    const problems: string[] = [];
    const ani2 = await student(browser, link, phone(PHONE_PORTRAIT), touch(problems));
    // The join screen on a phone: nothing spills out, every control big enough for a thumb, text 16 px or more.
    expect(await layoutProblems(ani2.page)).toEqual([]);
    await ani2.page.getByRole('textbox', { name: en('ui.class.join.other'), exact: true }).fill('Ani');
    await ani2.page.getByRole('button', { name: en('ui.class.join.button'), exact: true }).click();
    await waitForScene(ani2.page, 'Briefing');
    await waitText(teacher, 'Ani (2)', COL.connected, id('class.live.isOnline'), 'the second Ani, told apart');
    await playToDebrief(ani2.page, { lang: 'en', input: ani2.input, movesPerGoal: 1 });
    records['Ani (2)'] = (await record(ani2.page))!;
    // Nothing written: said politely once; pressed again, it is handed in as it is.
    const handIn2 = ani2.page.getByRole('button', { name: en('ui.class.handIn.button'), exact: true });
    await handIn2.click();
    await ani2.page.getByText(en('ui.class.handIn.empty')).waitFor();
    await handIn2.click();
    await ani2.page.getByText(en('ui.class.handIn.sent')).waitFor();
    await waitText(teacher, 'Ani (2)', COL.justification, id('class.live.noJustification'), 'the second Ani handed in without a justification');

    // Budi loses his connection mid-game, plays on offline, and his moves arrive when it is back.
    const budi = await student(browser, link);
    // Said by the network library when the browser goes offline: expected here (it does not try again until back online).
    budi.guard.expectConsole(/Network offline/);
    // The connection may have dropped an instant before the browser said offline, and been tried again once.
    budi.guard.allowConsole(/WebSocket connection to '.*\/class-server\/.*' failed: .*ERR_INTERNET_DISCONNECTED/);
    await budi.page.getByRole('radio', { name: 'Budi', exact: true }).check();
    await budi.page.getByRole('button', { name: en('ui.class.join.button'), exact: true }).click();
    await waitForScene(budi.page, 'Briefing');
    let offlineAt = -1;
    let onlineAgain = false;
    await playToDebrief(budi.page, {
      lang: 'en',
      input: budi.input,
      movesPerGoal: 2,
      beforeAction: async ({ moves }) => {
        if (moves === 2 && offlineAt < 0) {
          await waitText(teacher, 'Budi', COL.moves, '2', 'Budi\'s first moves on the server');
          offlineAt = moves;
          // The lazy screens are fetched once the game is up (src/shell/router.ts): in before the connection goes.
          await budi.page.waitForFunction(() => ['Debrief-', 'Replay-'].every((n) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/assets/${n}`))));
          await budi.context.setOffline(true);
          await budi.page.getByText(en('ui.class.chip.offline', { code, rejoin: '#' }).split(' · ')[1]!).first().waitFor({ timeout: 15_000 });
        } else if (offlineAt >= 0 && !onlineAgain && moves >= offlineAt + 3) {
          // Moves made while offline are not on the server yet.
          expect(((await cell(teacher, 'Budi', COL.moves).textContent()) ?? '').trim()).toBe('2');
          onlineAgain = true;
          await budi.context.setOffline(false);
        }
      },
    });
    expect(onlineAgain).toBe(true);
    records.Budi = (await record(budi.page))!;
    await waitText(teacher, 'Budi', COL.moves, String(records.Budi.moves.length), 'Budi\'s offline moves, sent when he was back');
    await budi.page.getByRole('textbox', { name: en('ui.class.handIn.label'), exact: true }).fill('Sanctions relief was never possible, so I asked for workers instead.');
    await budi.page.getByRole('button', { name: en('ui.class.handIn.button'), exact: true }).click();
    await budi.page.getByText(en('ui.class.handIn.sent')).waitFor({ timeout: 30_000 });

    // Citra ranks the goals, makes one move, and leaves without finishing.
    const citra = await student(browser, link);
    await citra.page.getByRole('radio', { name: 'Citra', exact: true }).check();
    await citra.page.getByRole('button', { name: en('ui.class.join.button'), exact: true }).click();
    await waitForScene(citra.page, 'Briefing');
    await citra.page.getByRole('button', { name: en('ui.briefing.confirm'), exact: true }).click();
    await waitForScene(citra.page, 'Summit');
    await waitText(teacher, 'Citra', COL.stage, id('class.live.phase.talks'), 'Citra in the talks, live');
    records.Citra = (await record(citra.page))!;
    await citra.context.close();

    // Time is up: Citra's game is handed in by the server, marked unfinished.
    await teacher.getByRole('button', { name: id('class.live.end'), exact: true }).click();
    await until(teacher, async () => ((await teacher.locator('#live-timer').textContent()) ?? '') === id('class.live.timer.ended'), 'the class ended');
    await until(teacher, async () => /belum selesai/.test((await cell(teacher, 'Citra', COL.ending).textContent()) ?? ''), 'Citra marked unfinished', 45_000);

    const expectRows = async (page: Page) => {
      expect(await page.locator('#live-table tbody tr').count()).toBe(4);
      for (const [name, r] of Object.entries(records)) {
        const score = engineScore(r);
        const shown = ((await cell(page, name, COL.score).textContent()) ?? '').trim();
        if (score === null) expect(shown, name).toBe('—');
        else expect(shown, name).toBe(formatNumber('id', score, 1));
        expect(((await cell(page, name, COL.moves).textContent()) ?? '').trim(), name).toBe(String(r.moves.length));
      }
      expect(await page.locator('tr.live-unfinished').count()).toBe(1);
      expect((await row(page, 'Citra').getAttribute('class')) ?? '').toContain('live-unfinished');
      expect(((await cell(page, 'Ani', COL.justification).textContent()) ?? '').trim()).toBe(why);
      for (const name of ['Ani', 'Ani (2)', 'Budi']) expect(((await cell(page, name, COL.ending).textContent()) ?? '').trim(), name).not.toBe('—');
    };
    await expectRows(teacher);
    // The class as CSV, in the page's language (Indonesian: semicolons), every student a line.
    const [dl] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: id('class.live.csv'), exact: true }).click()]);
    const csv = readFileSync((await dl.path())!, 'utf8');
    for (const name of Object.keys(records)) expect(csv).toContain(name);
    expect(csv.split('\n')[0]).toContain(';');

    // The students are done: nothing went wrong on their pages (each guard), and they close.
    for (const s of students) {
      if (s.page.isClosed()) continue;
      s.guard.check();
      await s.context.close();
    }
    expect(problems).toEqual([]);

    // The teacher reloads: everything is there.
    await teacher.reload();
    await teacher.locator('#live-table tbody tr').nth(3).waitFor({ timeout: 30_000 });
    await expectRows(teacher);
    // The server is stopped and started again on the same data (the teacher's page is away meanwhile:
    // it would try again, each try an error on the console), then the teacher's link opens the class again.
    const teacherUrl = teacher.url();
    await teacher.goto('about:blank');
    await server.stop();
    await server.start();
    await teacher.goto(teacherUrl);
    await teacher.locator('#live-table tbody tr').nth(3).waitFor({ timeout: 30_000 });
    await expectRows(teacher);
    // The class is in the page's list of classes, and the code-based classroom is still below.
    await teacher.getByRole('button', { name: id('class.live.openOne', { title: 'Sejarah 9A', code }), exact: true }).waitFor();
    await teacher.locator('#session-form').waitFor();

    // The teacher link opened on another device (a fresh browser context): the class is there, and in its list.
    // (The first page leaves: once the class is deleted there, it would be told so by a 404.)
    await teacher.locator('#live-connection').getByText(id('class.live.online')).waitFor({ timeout: 30_000 });
    await teacher.goto('about:blank');
    const other = await guardedPage(browser);
    try {
      await other.page.goto(teacherUrl);
      await other.page.locator('#live-table tbody tr').nth(3).waitFor({ timeout: 30_000 });
      await expectRows(other.page);
      await other.page.getByRole('button', { name: id('class.live.openOne', { title: 'Sejarah 9A', code }), exact: true }).waitFor();
      // Deleted from there, after a confirmation: gone from the server and from that page's list.
      await other.page.getByRole('button', { name: id('class.live.delete'), exact: true }).click();
      await other.page.getByRole('button', { name: id('class.live.deleteYes'), exact: true }).click();
      await other.page.getByText(id('class.live.deleted', { title: 'Sejarah 9A' })).waitFor();
      expect(await other.page.locator('#live-list').count()).toBe(0);
      other.guard.check();
    } finally {
      await other.context.close();
    }
  }, 900_000);

  /** A class made through the class server's API (as the teacher's page makes it), through the page's origin. */
  async function makeClass(lang: 'en' | 'id', roster: string[] = []): Promise<{ classId: string; code: string; teacherKey: string }> {
    const res = await fetch(e2e.url('/class-server/api/classes'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CLASS_PROTOCOL_HEADER]: String(CLASS_PROTOCOL) },
      body: JSON.stringify({ title: 'Kelas 9B', scenario: 'vladivostok-2019', lang, minutes: 10, difficulty: 'open', roster }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { classId: string; code: string; teacherKey: string };
  }
  const classLink = (code: string, lang: string) => e2e.url(`/index.html?server=${encodeURIComponent(e2e.url('/class-server'))}&class=${code}&lang=${lang}`);

  test('time is up: a student still playing, in Bahasa Indonesia, is taken to the end of the day, told so in the class\'s language, and handed in', async () => {
    const { classId, code, teacherKey } = await makeClass('id');
    const page = e2e.page;
    await page.goto(classLink(code, 'id'));
    await page.getByRole('heading', { name: label('id', 'ui.class.join.title'), exact: true }).waitFor();
    // No roster: the student types a name.
    await page.getByRole('textbox', { name: label('id', 'ui.class.join.typeName'), exact: true }).fill('Dewi');
    await page.getByRole('button', { name: label('id', 'ui.class.join.button'), exact: true }).click();
    await waitForScene(page, 'Briefing');
    await page.getByRole('button', { name: label('id', 'ui.briefing.confirm'), exact: true }).click();
    await waitForScene(page, 'Summit');
    const auth = { authorization: `Bearer ${teacherKey}`, [CLASS_PROTOCOL_HEADER]: String(CLASS_PROTOCOL) };
    expect((await fetch(e2e.url(`/class-server/api/classes/${classId}/start`), { method: 'POST', headers: auth })).ok).toBe(true);
    expect((await fetch(e2e.url(`/class-server/api/classes/${classId}/end`), { method: 'POST', headers: auth })).ok).toBe(true);
    await waitForScene(page, 'Debrief');
    await page.getByText(label('id', 'ui.class.timeUp', { says: '' }).trim()).first().waitFor();
    await page.locator('#class-hand-in-status').getByText(label('id', 'ui.class.handIn.sent')).waitFor({ timeout: 30_000 });
    const r = (await record(page))!;
    const view = (await (await fetch(e2e.url(`/class-server/api/classes/${classId}`), { headers: auth })).json()) as { students: { label: string; moves: number; score: number | null; finished: boolean; unfinished: boolean }[] };
    const dewi = view.students.find((s) => s.label === 'Dewi')!;
    expect(dewi.moves).toBe(r.moves.length);
    expect(dewi.finished).toBe(true);
    expect(dewi.unfinished).toBe(false);
    expect(dewi.score).toBeCloseTo(engineScore(r)!, 6);
  }, 180_000);

  test('a student goes on from another device with the rejoin code: the same game, where it was', async () => {
    const { code } = await makeClass('en', ['Eko']);
    const first = e2e.page;
    await first.goto(classLink(code, 'en'));
    await first.getByRole('radio', { name: 'Eko', exact: true }).check();
    await first.getByRole('button', { name: en('ui.class.join.button'), exact: true }).click();
    await waitForScene(first, 'Briefing');
    await first.getByRole('button', { name: en('ui.briefing.confirm'), exact: true }).click();
    await waitForScene(first, 'Summit');
    const rejoin = /rejoin code ([2-9A-Z]{4,8})/.exec((await first.locator('#class-status').textContent()) ?? '')?.[1] ?? '';
    expect(rejoin).not.toBe('');
    const before = (await record(first))!;
    const other = await guardedPage(e2e.browser, phone(PHONE_PORTRAIT));
    try {
      await other.page.goto(classLink(code, 'en'));
      await other.page.getByText(en('ui.class.join.rejoinSummary'), { exact: true }).click();
      await other.page.getByRole('textbox', { name: en('ui.class.join.rejoinLabel'), exact: true }).fill(rejoin.toLowerCase());
      await other.page.getByRole('button', { name: en('ui.class.join.rejoinButton'), exact: true }).click();
      await waitForScene(other.page, 'Summit');
      const after = (await record(other.page))!;
      expect(after.seed).toBe(before.seed);
      expect(after.moves).toEqual(before.moves);
      other.guard.check();
    } finally {
      await other.context.close();
    }
  }, 120_000);

  /** Every script the page has loaded, read back: does any carry the network library? */
  async function loadedTheNetworkLibrary(page: Page): Promise<boolean> {
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    for (const url of scripts) if ((await (await fetch(url)).text()).includes('@colyseus/sdk')) return true;
    return false;
  }

  test('the network library is loaded only for a live class: not by the game, nor by the teacher\'s page until a live class opens', async () => {
    const page = e2e.page;
    // A class link whose code cannot be read joins nothing and says which part is wrong; the game plays alone.
    await page.goto(e2e.url('/index.html?server=%2Fclass-server&class=no!&lang=en'));
    await waitForScene(page, 'Title');
    await page.getByText(en('ui.class.badLink', { param: 'class' })).waitFor();
    await page.goto(e2e.url('/index.html'));
    await waitForScene(page, 'Title');
    await page.waitForTimeout(2500); // the lazy screens are prefetched 1.5 s after the first screen
    expect(await loadedTheNetworkLibrary(page)).toBe(false);
    await page.goto(e2e.url('/teacher.html?lang=en'));
    await page.getByRole('button', { name: ct('en', 'class.live.new'), exact: true }).waitFor();
    expect(await loadedTheNetworkLibrary(page)).toBe(false);
    const { code } = await makeClass('en');
    await page.goto(classLink(code, 'en'));
    await page.getByRole('heading', { name: en('ui.class.join.title'), exact: true }).waitFor();
    expect(await loadedTheNetworkLibrary(page)).toBe(true);
  }, 120_000);
});
