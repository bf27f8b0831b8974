// The lesson's time limit travels in the teacher's link: the student sees how long is left,
// a reload does not reset it, and a bad value is named.
import { describe, expect, test } from 'vitest';
import { useE2E } from '../support/e2e';
import { view, waitForScene, waitForTitle } from '../support/game';

describe('a class link with a time limit', () => {
  const e2e = useE2E();

  test('shows the class time left in the top bar, in the language asked for, and keeps it across a reload', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/?seed=kelas-7b&difficulty=standard&lang=id&session=J4D962&minutes=20'));
    await waitForScene(page, 'Briefing');
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.textContent()).toMatch(/Sisa waktu kelas: 20 menit/);
    expect((await view(page))?.session).toBe('J4D962');
    await page.reload();
    await waitForScene(page, 'Briefing');
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/Sisa waktu kelas: (19|20) menit/);
  });

  test('names a bad time limit and starts no game', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/?seed=kelas-7b&difficulty=standard&minutes=lots'));
    await waitForTitle(page);
    await expect.poll(() => page.locator('body').innerText()).toMatch(/minutes/);
    expect(await page.getByRole('timer').count()).toBe(0);
  });
});
