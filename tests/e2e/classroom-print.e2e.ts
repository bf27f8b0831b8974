// The teacher's handout and notes as they come out of a printer (A4, Chromium's print to PDF, the
// page's print buttons): the handout fits on one page in either students' language, and no page of
// the notes holds fewer than five lines, in either page language. The notes read as a teacher needs
// them: two lesson plans, what to do with early finishers, the rubric, the reflection, the scenario's
// own notes, and sources named in sentences, never by an id.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import type { Lang } from '../../src/engine';
import { VLADIVOSTOK } from '../support/bundles';
import { teacherReady } from '../support/classroom';
import { ARTIFACTS, useE2E } from '../support/e2e';
import { pdfLines } from '../support/pdf';

const LANGS: Lang[] = ['en', 'id'];
/** Fewer lines than this on a printed page of the notes reads as a page left nearly empty. */
const MIN_LINES = 5;

/** Starts a session whose students read `students`, on a page in `page` language. */
async function startSession(p: Page, pageLang: Lang, students: Lang): Promise<void> {
  await p.locator(`#lang-${pageLang}`).click();
  await p.locator('#seed').fill(`print-${students}`);
  await p.locator('#students-lang').selectOption(students);
  await p.locator('#minutes').fill('20');
  await p.locator('#start-session').click();
  await p.locator('#handout .sheet-qr svg').waitFor({ state: 'attached' });
}

/** Presses a print button (the page marks what to print; headless Chromium has no dialog) and prints to A4. */
async function printed(p: Page, button: string, name: string): Promise<string[][]> {
  await p.locator(button).click();
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  await p.pdf({ path: file, format: 'A4', printBackground: true });
  return pdfLines(file);
}

describe("the teacher's printouts", () => {
  const e2e = useE2E();

  test('the handout fits on one A4 page in either language; no page of the notes is nearly empty', async () => {
    const { page } = e2e;
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    for (const lang of LANGS) {
      // The students' handout in their language, the teacher's notes in the page's: both the same here.
      await startSession(page, lang, lang);
      const handout = await printed(page, '#print-handout', `handout-${lang}`);
      expect(handout.length, `the ${lang} handout runs to ${handout.length} pages`).toBe(1);
      expect(handout[0]!.join(' ')).toContain(VLADIVOSTOK.messages[lang]['goal.barter.title']!);

      const all = await printed(page, '#print-handout-notes', `handout-notes-${lang}`);
      const thin = all.map((lines, i) => ({ page: i + 1, lines: lines.length, text: lines.join(' / ').slice(0, 120) })).filter((p) => p.lines < MIN_LINES);
      expect(thin, `pages of the ${lang} notes with fewer than ${MIN_LINES} lines`).toEqual([]);
      // The handout is the first page; the notes start on the next.
      expect(all.length).toBeGreaterThanOrEqual(2);
      expect(all[1]![0]).toBe(ct(lang, 'class.notes.title'));
    }
  });

  test('the notes hold two plans, early finishers, the rubric, the reflection, the scenario’s notes and named sources', async () => {
    const { page } = e2e;
    for (const lang of LANGS) {
      await page.goto(e2e.url(`/teacher.html?lang=${lang}`));
      await teacherReady(page);
      await page.locator('#toggle-sheets').click();
      const notes = page.locator('#notes');
      const heads = await notes.locator('h3').allTextContents();
      for (const k of ['class.notes.plan', 'class.notes.plan90', 'class.notes.early', 'class.notes.context', 'class.notes.rubric', 'class.notes.reflection']) expect(heads, k).toContain(ct(lang, k));
      expect(await notes.locator('#plan-45 li').count()).toBeGreaterThanOrEqual(4);
      expect(await notes.locator('#plan-90 li').count()).toBeGreaterThanOrEqual(5);
      // A rubric: a row for each criterion, a column for each of three levels.
      expect(await notes.locator('table.rubric thead th').count()).toBe(4);
      expect(await notes.locator('table.rubric tbody tr').count()).toBeGreaterThanOrEqual(3);
      expect(await notes.locator('#reflection').textContent()).toBe(ct(lang, 'class.notes.reflection.text'));
      // The scenario's own notes: the workers' pay and seeing Kim's side without taking it.
      const context = await notes.locator('p.context').allTextContents();
      expect(context).toEqual(['notes.context.1', 'notes.context.2', 'notes.context.3'].map((k) => VLADIVOSTOK.messages[lang][k]));
      // Sources by name and in sentences: no id of the data shows.
      const names = await notes.locator('dl.facts dt').allTextContents();
      expect(names).toHaveLength(VLADIVOSTOK.scenario.sources.length);
      for (const n of names) expect(n, n).not.toMatch(/^(P\d+|UNSC-\d+|RECORD|[A-Z]+-[A-Z]+)$/);
      expect(await notes.textContent()).toContain(VLADIVOSTOK.messages[lang]['source.about']!);
    }
  });
});
