// What a player has half-chosen in a negotiation belongs to that game: Phaser keeps the scene
// alive across games, and a new game must open each track with its own suggestion, not the
// choices left over from the last one; a reload of the page (which resumes the game at the same
// move) finds the draft as it was, the package being drafted included. On Vladivostok 2019 and on
// the made-up test scenario (opened by its address; the title then names it, and a new game there
// is of it).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2E } from '../support/e2e';
import { record, view, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, openGoalButton, startNewGame, text } from '../support/play';
import { gameAddress, SCENARIO_CASES } from '../support/scenarios';
import { VLADIVOSTOK } from '../support/bundles';

const input = mouse();
const button = (page: Page, key: string, params?: Record<string, string | number>) => page.getByRole('button', { name: label('en', key, params), exact: true });
const checkedOption = (page: Page) => page.locator('input[name="option"]:checked').getAttribute('value');
const checkedSweetener = (page: Page) => page.locator('#sweetener-select').inputValue();
/** Opens a fold of the negotiation (the package, the proposal under the goods list) by its summary, if it is folded. */
async function unfold(page: Page, id: string, heading: string): Promise<void> {
  if ((await page.locator(`#${id}`).getAttribute('open')) === null) await input.press(page.locator('summary', { hasText: label('en', heading) }));
}

/** From the Briefing: confirm the ranking, open the goal ranked first. */
async function openFirstGoal(page: Page): Promise<void> {
  await input.press(button(page, 'ui.briefing.confirm'));
  await waitForScene(page, 'Summit');
  await input.press(await openGoalButton(page, 'en'));
  await waitForScene(page, 'Negotiation');
}

describe('negotiation drafts', () => {
  const e2e = useE2E();

  for (const sc of SCENARIO_CASES) {
    test(`${sc.name}: a new game opens a track with its suggested option, not the last game's choice`, async () => {
      const { page } = e2e;
      if (sc.open === 'title') {
        await page.goto(e2e.url('/?lang=en'));
        await waitForTitle(page);
        await startNewGame(page, { lang: 'en', input, seed: 'drafts-a', difficulty: 'open' });
      } else {
        await page.goto(e2e.url(gameAddress(sc.bundle, { seed: 'drafts-a', difficulty: 'open', lang: 'en' })));
        await waitForScene(page, 'Briefing');
      }
      await openFirstGoal(page);
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
      expect((await record(page))?.scenarioId).toBe(sc.bundle.scenario.id);
      await openFirstGoal(page);
      expect(await checkedOption(page)).toBe(suggested);
    });

    test(`${sc.name}: a reload finds the draft as it was: the option, the sweetener and the package`, async () => {
      const { page } = e2e;
      await page.goto(e2e.url(gameAddress(sc.bundle, { seed: 'drafts-reload', difficulty: 'open', lang: 'en' })));
      await waitForScene(page, 'Briefing');
      await openFirstGoal(page);
      const v = (await view(page))!;
      const ranked = [...v.goals].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
      const suggested = await checkedOption(page);
      const other = await page.locator(`input[name="option"]:not([value="${suggested}"])`).last().getAttribute('value');
      await input.choose(page.locator(`label[for="option-${other}"]`));
      const sweetener = v.sweeteners[0]!;
      await page.getByRole('combobox', { name: label('en', 'ui.nego.sweetener'), exact: true }).selectOption(sweetener.id);
      const second = ranked[1]!;
      const secondTitle = text('en', second.title, sc.bundle);
      await unfold(page, 'package', 'ui.package.heading');
      await input.press(button(page, 'ui.package.add', { goal: secondTitle }));
      const select = page.getByRole('combobox', { name: label('en', 'ui.package.option', { goal: secondTitle }), exact: true });
      const last = second.options.at(-1)!.id;
      await select.selectOption(last);
      const moves = (await record(page))!.moves;
      await page.reload();
      await waitForScene(page, 'Negotiation');
      expect((await record(page))!.moves).toEqual(moves);
      expect(await checkedOption(page)).toBe(other);
      expect(await checkedSweetener(page)).toBe(sweetener.id);
      expect(await select.inputValue()).toBe(last);
      expect(await button(page, 'ui.nego.proposePackage', { n: 2 }).count()).toBe(1);
    });
  }

  test('Vladivostok 2019: a reload finds the ranking not yet confirmed, the goods ticked and the argument chosen as they were', async () => {
    const { page } = e2e;
    await page.goto(e2e.url(gameAddress(VLADIVOSTOK, { seed: 'drafts-goods', difficulty: 'standard', lang: 'en' })));
    await waitForScene(page, 'Briefing');
    // The ranking: the last goal moved up twice, not confirmed.
    const order = () => page.locator('#rank-list button[id^="rank-up-"]').evaluateAll((bs) => bs.map((b) => b.id.slice('rank-up-'.length)));
    const before = await order();
    const lastTitle = text('en', (await view(page))!.goals.find((g) => g.id === before.at(-1))!.title);
    for (let i = 0; i < 2; i++) await input.press(button(page, 'ui.briefing.up', { goal: lastTitle }));
    const arranged = await order();
    expect(arranged).not.toEqual(before);
    await page.reload();
    await waitForScene(page, 'Briefing');
    expect((await record(page))!.moves).toEqual([]);
    expect(await order()).toEqual(arranged);
    // Confirmed as arranged: the game's ranking is the one kept.
    await input.press(button(page, 'ui.briefing.confirm'));
    await waitForScene(page, 'Summit');
    expect((await record(page))!.moves[0]).toMatchObject({ type: 'briefing.rank', ranking: arranged });
    // The goods list: two goods ticked, and an argument chosen, not sent.
    const v = (await view(page))!;
    const goal = v.goals.find((g) => g.goodsList)!;
    await input.press(await openGoalButton(page, 'en', goal.id));
    await waitForScene(page, 'Negotiation');
    const ticked = [v.goods[0]!, v.goods.at(-1)!];
    for (const good of ticked) await input.tick(page.getByRole('checkbox', { name: text('en', good.title), exact: true }));
    const argument = v.framings[1]!;
    // While the list can be sent, the proposal is folded under it.
    await unfold(page, 'proposal', 'ui.nego.proposeHeading');
    await page.getByRole('combobox', { name: label('en', 'ui.nego.framing'), exact: true }).selectOption(argument.id);
    const moves = (await record(page))!.moves;
    await page.reload();
    await waitForScene(page, 'Negotiation');
    expect((await record(page))!.moves).toEqual(moves);
    for (const good of v.goods) expect(await page.getByRole('checkbox', { name: text('en', good.title), exact: true }).isChecked()).toBe(ticked.includes(good));
    expect(await page.getByRole('combobox', { name: label('en', 'ui.nego.framing'), exact: true }).inputValue()).toBe(argument.id);
    expect(await button(page, 'ui.goods.send', { n: 2 }).count()).toBe(1);
  });
});
