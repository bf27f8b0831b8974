// The classroom, end to end in headless Chromium: a teacher starts a session; three students play it
// through the link in their own browser contexts; their codes are pasted into the teacher's page and
// verified by replay; a tampered code and one from another session are flagged; the CSV has the rows;
// a reload keeps everything; the handout and the results print to PDF.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/classroom/csv';
import { ct } from '../../src/classroom/i18n';
import { sessionCode } from '../../src/classroom/session';
import { formatNumber } from '../../src/shell/text';
import { STORE_KEY } from '../../src/classroom/store';
import { encodeResultCode, type Lang, makeStrategy, newGame, playOut, verifyResultCode } from '../../src/engine';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';
import { tamper } from '../classroom/fixtures';
import { ARTIFACTS, guardedPage, shot, useE2E } from '../support/e2e';
import { pauseClock, waitForScene } from '../support/game';
import { label, mouse, playToDebrief } from '../support/play';
import { teacherReady, tableRows } from '../support/classroom';
import { CLASS_DB, keptAll } from '../support/storage';

const SEED = 'class-e2e-7b';
const V19 = VLADIVOSTOK.scenario.id;
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

/** The teacher's notes list the scenario's key ideas, questions and notes on 2019, in its order and the page's language. */
async function checkNotesLists(page: Page, lang: Lang): Promise<void> {
  const texts = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  // The list right after the notes' heading with that text.
  const listAfter = (heading: string) =>
    page.locator('#notes h3').evaluateAll(
      (hs, text) => [...(hs.find((h) => h.textContent === text)?.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
      heading,
    );
  const { ideas, history, questions } = VLADIVOSTOK.scenario.debrief;
  expect(await texts('#notes dl.ideas dt')).toEqual(ideas.map((i) => label(lang, i.term)));
  expect(await texts('#notes dl.ideas dd')).toEqual(ideas.map((i) => label(lang, i.meaning)));
  expect(await listAfter(ct(lang, 'class.notes.questions'))).toEqual(questions.map((n) => label(lang, n.text)));
  expect(await listAfter(ct(lang, 'class.notes.history'))).toEqual(history.map((n) => label(lang, n.text)));
}

function pdfPages(file: string): number {
  return (readFileSync(file).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('classroom', () => {
  const e2e = useE2E({ acceptDownloads: true });

  test('a teacher runs a class: session, three students, verified codes, flags, CSV, reload, PDF', async () => {
    const { page } = e2e;
    // Headless Chromium has no print dialog: the page's print buttons set what to print, page.pdf() prints.
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);

    // 1. The session.
    await page.getByLabel(en('class.session.seed'), { exact: true }).fill(SEED);
    await page.getByRole('radio', { name: new RegExp(`^${en('class.difficulty.standard')}`) }).check();
    await page.getByLabel(en('class.session.lang')).selectOption('en');
    await page.getByLabel(en('class.session.minutes')).fill('25');
    await page.getByRole('button', { name: en('class.session.start') }).click();
    const id = sessionCode(V19, SEED, 'standard');
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(id);
    const link = await page.locator('#student-link').inputValue();
    const url = new URL(link);
    expect(url.pathname).toBe('/index.html');
    // The session in the link: the session code and, after a dash, the mark drawn for this class.
    const classSession = url.searchParams.get('session')!;
    expect(classSession).toMatch(new RegExp(`^${id}-[0-9A-HJKMNP-TV-Z]{6}$`));
    expect(Object.fromEntries(url.searchParams)).toEqual({ scenario: V19, seed: SEED, difficulty: 'standard', lang: 'en', session: classSession, minutes: '25' });
    await page.locator('#qr svg').waitFor();
    await page.locator('#handout .sheet-qr svg').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#handout-code').textContent()).toBe(id);
    await shot(page, 'classroom-session');
    // The handout and the notes carry the scenario's own texts.
    const handout = (await page.locator('#handout').textContent()) ?? '';
    for (const g of ['lifeline', 'sanctions', 'workers', 'transport', 'barter']) expect(handout).toContain(label('en', `goal.${g}.title`));
    const notes = (await page.locator('#notes').textContent()) ?? '';
    for (const k of ['debrief.idea.batna.title', 'debrief.idea.zopa.title', 'debrief.idea.veto.title', 'debrief.question.1', 'source.P11']) expect(notes).toContain(label('en', k));
    await checkNotesLists(page, 'en');

    // 2. Three students play it through the link, each in a browser context of its own, each with
    // other moves; each types a name at the debrief and hands in the code shown there.
    const students = [
      { name: 'Ana Putri', movesPerGoal: 1 },
      { name: 'Budi Santoso', movesPerGoal: 2 },
      { name: 'Citra', movesPerGoal: 3 },
    ];
    const codes: string[] = [];
    for (const s of students) {
      const { context, page: sp, guard } = await guardedPage(e2e.browser);
      try {
        await pauseClock(sp);
        await sp.goto(link);
        await waitForScene(sp, 'Briefing');
        await playToDebrief(sp, { lang: 'en', input: mouse(), movesPerGoal: s.movesPerGoal });
        // The debrief names the class session next to the code, to check against the board.
        expect(await sp.locator('#result-session').textContent()).toBe(label('en', 'ui.debrief.session', { code: id }));
        await sp.getByRole('textbox', { name: label('en', 'ui.debrief.name'), exact: true }).fill(s.name);
        const code = await sp.locator('#result-code').inputValue();
        codes.push(code.trim());
        guard.check();
      } finally {
        await context.close();
      }
    }
    const expected = codes.map((c) => {
      const v = verifyResultCode(c, lookupBundle);
      if (!v.ok) throw new Error(`a student's code does not verify in Node: ${c}`);
      expect(v.finished).toBe(true);
      expect(v.record.settings.session).toBe(classSession);
      return v;
    });
    expect(new Set(expected.map((v) => JSON.stringify(v.record.moves))).size).toBe(3);

    // 3. Paste them, with a tampered copy of the first and a code from another session.
    const tampered = tamper(codes[0]!);
    const other = newGame(VLADIVOSTOK, { seed: 'another-class', settings: { difficulty: 'standard', session: sessionCode(V19, 'another-class', 'standard') }, name: 'Dodi' });
    playOut(other, makeStrategy('greedy', 'x'));
    const otherCode = encodeResultCode(other.record(), VLADIVOSTOK);
    await page.getByLabel(en('class.collect.paste')).fill([`Ana: ${codes[0]}`, codes[1], codes[2], tampered, otherCode].join('\n'));
    await page.getByRole('button', { name: en('class.collect.check') }).click();
    await teacherReady(page);
    await expect.poll(async () => (await tableRows(page)).length).toBe(5);
    // The same code again (typed in lower case): shown once, and said so.
    await page.getByLabel(en('class.collect.paste')).fill(codes[1]!.toLowerCase());
    await page.getByRole('button', { name: en('class.collect.check') }).click();
    await expect.poll(() => page.locator('#notice').textContent()).toContain(en('class.collect.added', { added: 0, duplicates: 1, ms: 0 }).split(';')[0]!);
    await teacherReady(page);

    // Files: a replay file (JSON) of Ana's game and a text file with Citra's code: both already handed in.
    await page.locator('#code-files').setInputFiles([
      { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(expected[0]!.record, null, 2)) },
      { name: 'citra.txt', mimeType: 'text/plain', buffer: Buffer.from(`${codes[2]}\n`) },
    ]);
    await expect.poll(() => page.locator('#notice').textContent()).toContain(en('class.collect.added', { added: 0, duplicates: 2, ms: 0 }).split(';')[0]!);
    await teacherReady(page);

    const check = async () => {
      const rows = await tableRows(page);
      expect(rows.map((r) => r.verdict)).toEqual(['verified', 'verified', 'verified', 'tampered', 'other-session']);
      expect(rows.slice(0, 3).map((r) => r.name)).toEqual(students.map((s) => s.name));
      expect(rows.slice(0, 3).map((r) => Number(r.score))).toEqual(expected.map((v) => v.score.kim));
      for (const i of [0, 1, 2]) expect(rows[i]!.text).toContain(en('class.copies', { n: 2 }));
      expect(rows[3]!.text).toContain(en('class.verdict.tampered'));
      expect(rows[4]!.text).toContain(en('class.reason.otherSession', { found: sessionCode(V19, 'another-class', 'standard'), expected: id }));
      await expect.poll(() => page.locator('#counts').textContent()).toContain(en('class.class.counts', { verified: 3, flagged: 2, total: 5 }));
      expect(await page.locator('.chart-goal').count()).toBe(5);
      expect(await page.locator('#paths li').count()).toBeGreaterThan(0);
    };
    await check();
    // A replay link per replayed game.
    const replay = await page.locator('#results tbody tr[data-n="1"] a').getAttribute('href');
    expect(replay).toBe(new URL(`/index.html?replay=${codes[0]}&lang=en`, e2e.baseURL).href);
    await shot(page, 'classroom-results');
    // The replay link opens the student's game in the game's replay viewer (the projector debrief).
    {
      const { context, page: viewer, guard } = await guardedPage(e2e.browser);
      try {
        await pauseClock(viewer);
        await viewer.goto(replay!);
        await waitForScene(viewer, 'Replay');
        guard.check();
      } finally {
        await context.close();
      }
    }

    // 4. Sort by score: the highest first.
    await page.locator('#sort-score').click();
    const sorted = (await tableRows(page)).filter((r) => r.score !== null).map((r) => Number(r.score));
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await page.locator('#sort-n').click();

    // 5. The CSV.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    const csvPath = path.join(ARTIFACTS, 'classroom.csv');
    await dl.saveAs(csvPath);
    const csvText = readFileSync(csvPath, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('\r\n');
    const csv = parseCsv(csvText);
    expect(csv).toHaveLength(6);
    expect(csv[0]!.slice(0, 5)).toEqual(['#', en('class.csv.name'), en('class.csv.verdict'), en('class.csv.reason'), en('class.csv.score')]);
    expect(csv.slice(1).map((r) => r[1])).toEqual([...students.map((s) => s.name), '', 'Dodi']);
    expect(csv.slice(1).map((r) => r[2])).toEqual(['verified', 'verified', 'verified', 'tampered', 'another session']);
    expect(csv.slice(1, 4).map((r) => Number(r[4]))).toEqual(expected.map((v) => v.score.kim));
    const handedIn = csv[0]!.indexOf(en('class.csv.copies'));
    expect(csv.slice(1).map((r) => r[handedIn])).toEqual(['2', '2', '2', '1', '1']);

    // 6. A reload keeps all of it.
    await page.reload();
    await teacherReady(page);
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(id);
    await check();

    // 7. Print: the handout with the notes, then the results, as A4 PDFs.
    await page.locator('#print-handout-notes').click();
    const handoutPdf = path.join(ARTIFACTS, 'classroom-handout.pdf');
    await page.pdf({ path: handoutPdf, format: 'A4', printBackground: true });
    const handoutPages = pdfPages(handoutPdf);
    // One page of handout, then the notes (their pages are counted line by line in classroom-print.e2e.ts).
    expect(handoutPages).toBeGreaterThanOrEqual(3);
    expect(handoutPages).toBeLessThanOrEqual(7);
    await page.locator('#print-handout').click();
    const sheetPdf = path.join(ARTIFACTS, 'classroom-handout-only.pdf');
    await page.pdf({ path: sheetPdf, format: 'A4', printBackground: true });
    expect(pdfPages(sheetPdf)).toBe(1);
    await page.locator('#print-results').click();
    const resultsPdf = path.join(ARTIFACTS, 'classroom-results.pdf');
    await page.pdf({ path: resultsPdf, format: 'A4', landscape: true, printBackground: true });
    expect(pdfPages(resultsPdf)).toBeGreaterThanOrEqual(1);
    writeFileSync(path.join(ARTIFACTS, 'classroom-codes.txt'), `${codes.join('\n')}\n`);

    // 8. The page in Indonesian.
    await page.locator('#lang-id').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(ct('id', 'class.page.title', { title: VLADIVOSTOK.messages.id['scenario.title']! }));
    await expect.poll(() => page.locator('#counts').textContent()).toContain(ct('id', 'class.class.counts', { verified: 3, flagged: 2, total: 5 }));
    await expect.poll(() => page.locator('#notes').getAttribute('lang')).toBe('id');
    await checkNotesLists(page, 'id');
    // Numbers as Indonesian writes them: the table's scores with a decimal comma, and a CSV that a
    // spreadsheet set to Indonesian reads (semicolons between cells, decimal commas), read back so.
    const shown = (await tableRows(page)).slice(0, 3).map((r) => r.text);
    expected.forEach((v, i) => expect(shown[i]).toContain(formatNumber('id', Math.round(v.score.kim * 10) / 10)));
    const [dlId] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    const csvIdPath = path.join(ARTIFACTS, 'classroom-id.csv');
    await dlId.saveAs(csvIdPath);
    const csvId = parseCsv(readFileSync(csvIdPath, 'utf8'), ';');
    expect(csvId[0]!.slice(0, 5)).toEqual([ct('id', 'class.col.n'), ct('id', 'class.csv.name'), ct('id', 'class.csv.verdict'), ct('id', 'class.csv.reason'), ct('id', 'class.csv.score')]);
    expect(csvId.slice(1, 4).map((r) => r[4])).toEqual(expected.map((v) => String(v.score.kim).replace('.', ',')));
    expect(csvId.slice(1, 4).map((r) => Number(r[4]!.replace(',', '.')))).toEqual(expected.map((v) => v.score.kim));
    await shot(page, 'classroom-id');
  }, 900_000);

  test('a time limit over 180 minutes is refused with the limit named in the page’s language; spaces around a seed are dropped', async () => {
    const { page } = e2e;
    const id = (key: string, params?: Record<string, string | number>) => ct('id', key, params);
    await page.goto(e2e.url('/teacher.html?lang=id'));
    await teacherReady(page);
    // The limit is said before anything is typed, and the field holds to it.
    expect(await page.locator('#minutes-hint').textContent()).toBe(id('class.session.minutesHint', { min: 1, max: 180 }));
    expect(await page.locator('#minutes').getAttribute('max')).toBe('180');
    await page.locator('#seed').fill('  Kelas 7B  ');
    await page.locator('#minutes').fill('240');
    await page.locator('#start-session').click();
    await expect.poll(() => page.locator('#minutes-error').textContent()).toBe(id('class.session.badMinutes', { min: 1, max: 180 }));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('minutes');
    expect(await page.locator('#minutes').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#session-code').count()).toBe(0);
    // 180 is the longest a class link carries: the game opens it.
    await page.locator('#minutes').fill('180');
    await page.locator('#start-session').click();
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(sessionCode(V19, 'Kelas 7B', 'standard'));
    expect(await page.locator('#minutes-error').count()).toBe(0);
    expect(await page.locator('#seed').inputValue()).toBe('Kelas 7B');
    const link = new URL(await page.locator('#student-link').inputValue());
    expect([link.searchParams.get('seed'), link.searchParams.get('minutes')]).toEqual(['Kelas 7B', '180']);
  });

  test('a stored class that cannot be read is set aside with a plain message', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"vladivostok-2019/classroom-session","entries":[{'), STORE_KEY);
    await page.reload();
    await teacherReady(page);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/could not be read/);
    // Carried over from localStorage into IndexedDB, and set aside there.
    const stored = await keptAll(page, CLASS_DB);
    const kept = Object.keys(stored).filter((k) => k.startsWith(`${STORE_KEY}.unreadable.`));
    expect(kept).toHaveLength(1);
    expect(stored[kept[0]!]).toContain('"entries":[{');
    expect(stored[STORE_KEY]).toBeUndefined();
  });

  test('the whole session saved as one file opens in another browser; the one it replaced can come back', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    await page.getByLabel(en('class.session.seed'), { exact: true }).fill('class-file');
    await page.getByRole('button', { name: en('class.session.start') }).click();
    const id = sessionCode(V19, 'class-file', 'standard');
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(id);
    const session = new URL(await page.locator('#student-link').inputValue()).searchParams.get('session')!;
    const codes = ['greedy', 'historical'].map((strategy, i) => {
      const game = newGame(VLADIVOSTOK, { seed: 'class-file', settings: { difficulty: 'standard', session }, name: `Student ${i + 1}` });
      playOut(game, makeStrategy(strategy as 'greedy' | 'historical', 'x'));
      return encodeResultCode(game.record(), VLADIVOSTOK);
    });
    await page.getByLabel(en('class.collect.paste')).fill(codes.join('\n'));
    await page.getByRole('button', { name: en('class.collect.check') }).click();
    await expect.poll(async () => (await tableRows(page)).filter((r) => r.verdict === 'verified').length).toBe(2);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-session').click()]);
    const file = path.join(ARTIFACTS, 'classroom-session.json');
    await dl.saveAs(file);

    // Another teacher's browser, with a class of its own.
    const { context, page: other, guard } = await guardedPage(e2e.browser);
    try {
      await other.goto(e2e.url('/teacher.html'));
      await teacherReady(other);
      await other.getByLabel(en('class.session.seed'), { exact: true }).fill('class-mine');
      await other.getByRole('button', { name: en('class.session.start') }).click();
      await other.locator('#import-session').setInputFiles(file);
      await expect.poll(() => other.locator('#session-code').textContent()).toBe(id);
      await teacherReady(other);
      expect((await tableRows(other)).map((r) => [r.name, r.verdict])).toEqual([
        ['Student 1', 'verified'],
        ['Student 2', 'verified'],
      ]);
      // A file that is not a session changes nothing.
      await other.locator('#import-session').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
      await expect.poll(() => other.getByRole('alert').textContent()).toBe(en('class.file.bad'));
      await expect.poll(() => other.locator('#session-code').textContent()).toBe(id);
      // The class it replaced is kept aside and comes back.
      await other.locator('#restore-previous').click();
      await expect.poll(() => other.locator('#session-code').textContent()).toBe(sessionCode(V19, 'class-mine', 'standard'));
      await other.locator('#restore-previous').click();
      await expect.poll(() => other.locator('#session-code').textContent()).toBe(id);
      guard.check();
    } finally {
      await context.close();
    }
  });
});
