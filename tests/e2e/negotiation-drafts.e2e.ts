// What a player has half-chosen in a negotiation belongs to that game: Phaser keeps the scene
// alive across games, and a new game must open each track with its own suggestion, not the
// choices left over from the last one.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2E } from '../support/e2e';
import { waitForScene, waitForTitle } from '../support/game';
import { label, mouse, startNewGame, text } from '../support/play';

const input = mouse();
const button = (page: Page, key: string, params?: Record<string, string>) => page.getByRole('button', { name: label('en', key, params), exact: true });
const checkedOption = (page: Page) => page.locator('input[name="option"]:checked').getAttribute('value');

async function openLifeline(page: Page): Promise<void> {
  await input.press(button(page, 'ui.briefing.confirm'));
  await waitForScene(page, 'Summit');
  await input.press(button(page, 'ui.summit.openGoal', { goal: text('en', { key: 'goal.lifeline.title' }) }));
  await waitForScene(page, 'Negotiation');
}

describe('negotiation drafts', () => {
  const e2e = useE2E();

  test('a new game opens a track with its suggested option, not the last game\'s choice', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/?lang=en'));
    await waitForTitle(page);
    await startNewGame(page, { lang: 'en', input, seed: 'drafts-a', difficulty: 'open' });
    await openLifeline(page);
    const suggested = await checkedOption(page);
    expect(suggested).toBeTruthy();
    // The player picks another option, proposes nothing, and leaves for a new game.
    const other = page.locator(`input[name="option"]:not([value="${suggested}"])`).first();
    const otherValue = await other.getAttribute('value');
    await input.choose(page.locator(`label[for="option-${otherValue}"]`));
    expect(await checkedOption(page)).toBe(otherValue);
    await input.press(button(page, 'ui.top.menu'));
    await waitForTitle(page);
    await startNewGame(page, { lang: 'en', input, seed: 'drafts-b', difficulty: 'open' });
    await openLifeline(page);
    expect(await checkedOption(page)).toBe(suggested);
  });
});
