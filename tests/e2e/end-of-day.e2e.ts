// The end of the day in the built page, in each language, on a game with deals (the greedy
// reference player's, saved one move from its end): Putin's words to reporters are the engine's
// statement for that game, naming its deals; the player chooses KCNA's line; the debrief opens
// with Washington's, Seoul's and Beijing's reactions, each with the points of the score term it
// reads, and holds the glossary of nine ideas, at least three on the player's own moves. No
// console error (the page guard). Its screenshots are the README's (docs/screenshots/end-of-day-*).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { frontierOfRecord } from '../../src/engine/debrief/frontier';
import { IDEAS, type GameRecord, type Lang, lessonsOf, makeStrategy, newGame, playOut, replayRecord } from '../../src/engine';
import { lookupBundle, textOf, VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, sceneShot, until, view, waitForScene, waitForTitle } from '../support/game';
import { label, mouse } from '../support/play';

const SAVE_KEY = 'vladivostok-2019.save';

/** Scrolls a heading to the top of the screen, below the top bar, for a screenshot that starts with it. */
async function headingAtTop(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    const bar = document.getElementById('topbar')?.getBoundingClientRect().bottom ?? 0;
    const gap = el.getBoundingClientRect().top - bar - 16;
    for (const s of [document.getElementById('ui'), document.scrollingElement]) if (s && s.scrollHeight > s.clientHeight) s.scrollBy(0, gap);
  });
}

/** A greedy game with at least two deals, one move from its end (the state media's line is left). */
function atThePress(): GameRecord {
  // At open (since engine version 5 a greedy player seldom makes two deals at standard).
  for (let i = 0; i < 40; i++) {
    const game = playOut(newGame(VLADIVOSTOK, { seed: `end-of-day-${i}`, settings: { difficulty: 'open' } }), makeStrategy('greedy'));
    if (game.state.deals.length < 2) continue;
    const whole = game.record();
    expect(whole.moves.at(-1)?.type).toBe('press.present');
    return { ...whole, moves: whole.moves.slice(0, -1) };
  }
  throw new Error('no greedy game with two deals on 40 seeds');
}

describe('the end of the day', () => {
  const e2e = useE2E();
  const saved = atThePress();

  for (const lang of ['en', 'id'] as const satisfies readonly Lang[]) {
    test(`in ${lang}: Putin speaks of the deals made, KCNA's line is chosen, three capitals react, the glossary teaches on the game`, async () => {
      const { page } = e2e;
      const say = (key: string, params?: Record<string, string | number>) => label(lang, key, params);
      await pauseClock(page);
      await page.goto(e2e.url(`/?lang=${lang}`));
      await waitForTitle(page);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(saved)] as const);
      await page.reload();
      await waitForScene(page, 'Press');
      await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);

      // Putin's words: the engine's statement for this game, which names each deal made.
      const v = (await view(page))!;
      const statement = await page.locator('#press-statement p').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(statement).toEqual(v.endOfDay!.statement.map((m) => textOf(VLADIVOSTOK, lang, m)));
      for (const g of v.goals.filter((x) => x.deal)) {
        const option = g.options.find((o) => o.id === g.deal)!;
        expect(statement.join(' ')).toContain(textOf(VLADIVOSTOK, lang, option.title));
      }
      expect(await page.getByRole('heading', { name: say('scenario.press.speaker'), exact: true }).count()).toBe(1);
      await page.locator('#panel h1').first().scrollIntoViewIfNeeded();
      await sceneShot(page, `end-of-day-${lang}-Press`);

      // KCNA's line: the defiant one.
      const defiant = v.stances.find((s) => s.id === 'defiant')!;
      await mouse().choose(page.getByRole('radio', { name: textOf(VLADIVOSTOK, lang, defiant.title), exact: true }));
      await mouse().press(page.getByRole('button', { name: say('scenario.press.present'), exact: true }));
      await waitForScene(page, 'Debrief');

      // The reactions: one per capital, each with its score term's points, as the score counts them.
      const done = (await view(page))!;
      const result = done.result!;
      expect(await page.locator('#reactions dt').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).toEqual(['washington', 'seoul', 'beijing'].map((c) => say(`reaction.from.${c}`)));
      for (const r of done.endOfDay!.reactions) {
        expect(Number(await page.locator(`#reaction-${r.from}`).getAttribute('data-points'))).toBe(r.term === 'face' ? result.faceBonus : 0 - result.usPenalty);
        expect(await page.locator(`#reaction-${r.from}`).textContent()).toContain(textOf(VLADIVOSTOK, lang, r.says));
      }
      // A defiant line worries Seoul.
      expect(await page.locator('#reaction-seoul').textContent()).toContain(say('reaction.seoul-worried'));
      await headingAtTop(page, '#reactions-h');
      await sceneShot(page, `end-of-day-${lang}-Reactions`);

      // The glossary: nine ideas by name, each with the example the engine reads off this record.
      const replayed = replayRecord((await page.evaluate(() => window.__vladivostok?.record()))!, lookupBundle);
      if (!replayed.ok) throw new Error('the page record does not replay');
      // The zone, the frontier and the Nash point are told on the seed's possible days, which the
      // debrief's worker searches: once its chart is there, the glossary says them.
      await page.locator('#chart-day').waitFor({ state: 'attached', timeout: 90_000 });
      const lessons = lessonsOf(replayed.game, frontierOfRecord(VLADIVOSTOK, replayed.game.record()));
      expect(await page.locator('#glossary dt').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).toEqual(IDEAS.map((id) => say(`ui.glossary.${id}.term`)));
      expect(await page.locator('#glossary .lesson-example').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).toEqual(
        lessons.map((l) => `${say('ui.glossary.inYourGame')} ${textOf(VLADIVOSTOK, lang, l.example)}`),
      );
      expect(await page.locator('#glossary dd[data-from-moves="true"]').count()).toBeGreaterThanOrEqual(3);
      await headingAtTop(page, '#glossary-h');
      await sceneShot(page, `end-of-day-${lang}-Glossary`);
    });
  }
});
