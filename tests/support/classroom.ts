// The teacher's page as the classroom e2e tests read it.
import type { Page } from 'playwright-core';

/** The page is up and its class area has finished loading what it keeps. */
export async function teacherReady(page: Page): Promise<void> {
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('#class-area[data-state="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** The results table as the teacher sees it: row number, verdict, name, score, the row's text. */
export async function tableRows(page: Page) {
  return page.locator('#results tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      n: Number(tr.getAttribute('data-n')),
      verdict: tr.getAttribute('data-verdict'),
      name: tr.querySelector('th.name span')?.textContent ?? '',
      score: tr.querySelector('td.score')?.getAttribute('data-score') ?? null,
      text: tr.textContent ?? '',
    })),
  );
}
