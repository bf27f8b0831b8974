// "Bad input loses nothing": a new game started over a saved one keeps the old one as the previous
// game, and the title offers it back. Restoring swaps the two (the game left is kept in its turn)
// and lands exactly where the restored game was, with exactly its moves; a kept previous game that
// does not read, does not replay or comes from another version is not offered (and not deleted).
// The offer fits a phone at 640×360 and 360×640 in both languages, and works by taps and by keyboard.
// Across scenarios too: a game of the test scenario opened by its address over a Vladivostok game
// keeps that one, and each restored game is of its own scenario, with its texts.
import { describe, expect, test } from 'vitest';
import { ENGINE_VERSION, makeStrategy, newGame, playOut, type GameRecord, type Lang } from '../../src/engine';
import { FIXTURE, textOf, VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { currentScene, pauseClock, record, sceneShot, until, waitForScene, waitForTitle, type SceneKey } from '../support/game';
import { keyboard, label, mouse, playToDebrief, startNewGame, type Input } from '../support/play';
import { kept, SAVES_DB } from '../support/storage';
import { layoutProblems, phone, PHONE_LANDSCAPE, PHONE_PORTRAIT, touch } from '../support/phone';
import { gameAddress, scenarioTextProblems } from '../support/scenarios';

// The shell's storage keys (src/shell/persistence.ts), as a player's browser holds them: put in
// localStorage (as an earlier version kept them), they are carried over into IndexedDB on load.
const SAVE_KEY = 'vladivostok-2019.save';
const PREVIOUS_KEY = 'vladivostok-2019.save.previous';
const PLACE_KEY = 'vladivostok-2019.place';

/** Thrown by beforeAction to stop playToDebrief where a test wants to leave the game. */
class Stop extends Error {}

describe('the previous game', () => {
  const e2e = useE2E();

  /** Plays on from the running game until `moves` moves are made and the scene is one of `at`. */
  async function playUntil(lang: Lang, input: Input, moves: number, at: SceneKey[]): Promise<void> {
    try {
      await playToDebrief(e2e.page, {
        lang,
        input,
        async beforeAction(info) {
          if (info.moves >= moves && at.includes(info.scene)) throw new Stop();
        },
      });
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      return;
    }
    throw new Error(`the game ended before move ${moves} in ${at.join(' or ')}`);
  }

  const stored = (key: string) => kept(e2e.page, SAVES_DB, key);
  const restoreButton = (lang: Lang) => e2e.page.getByRole('button', { name: label(lang, 'ui.title.restorePrevious'), exact: true });
  const offerLine = (lang: Lang, r: GameRecord) =>
    label(lang, 'ui.title.previousGame', { seed: r.seed, difficulty: label(lang, `ui.difficulty.${r.settings.difficulty}`), moves: r.moves.length });
  const toMenu = async (lang: Lang, input: Input) => {
    await input.press(e2e.page.getByRole('button', { name: label(lang, 'ui.top.menu'), exact: true }));
    await waitForTitle(e2e.page);
  };

  test('a game replaced by a new one is offered on the title, restored where it was, and the other kept in turn', async () => {
    const { page } = e2e;
    const lang: Lang = 'en';
    const input = mouse();
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    expect(await restoreButton(lang).count()).toBe(0);

    // Game A: a few moves, left in the middle of a negotiation.
    await startNewGame(page, { lang, input, seed: 'previous A', difficulty: 'open' });
    await playUntil(lang, input, 3, ['Negotiation']);
    const a = (await record(page))!;
    expect(a.moves.length).toBeGreaterThanOrEqual(3);
    const headingA = await page.locator('#panel h1').first().textContent();
    await toMenu(lang, input);
    // Nothing kept yet: no offer.
    expect(await restoreButton(lang).count()).toBe(0);

    // Game B, by mistake, over it: one move.
    await startNewGame(page, { lang, input, seed: 'previous B', difficulty: 'hard' });
    await playUntil(lang, input, 1, ['Summit', 'Negotiation']);
    const b = (await record(page))!;
    expect(b.moves.length).toBe(1);
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(a);
    await toMenu(lang, input);

    // The title names A as the previous game, and B as the saved one.
    const offer = page.locator('#previous-line');
    await offer.waitFor({ state: 'visible' });
    expect((await offer.textContent())?.trim()).toBe(offerLine(lang, a));
    expect(await page.getByText(label(lang, 'ui.title.savedGame', { seed: b.seed, difficulty: label(lang, 'ui.difficulty.hard'), moves: 1 }), { exact: true }).count()).toBe(1);
    await sceneShot(page, 'previous-game-offer-en');

    // Restore A: the same negotiation, exactly A's moves; B kept as the previous game.
    await input.press(restoreButton(lang));
    await waitForScene(page, 'Negotiation');
    expect(await record(page)).toEqual(a);
    expect(await page.locator('#panel h1').first().textContent()).toBe(headingA);
    expect(JSON.parse((await stored(SAVE_KEY)) ?? 'null')).toEqual(a);
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(b);

    // A reload resumes A where it is.
    await page.reload();
    await waitForScene(page, 'Negotiation');
    expect(await record(page)).toEqual(a);
    expect(await page.locator('#panel h1').first().textContent()).toBe(headingA);

    // Back on the title, B is now the game offered; restored by keyboard alone, it is B again.
    await toMenu(lang, input);
    await offer.waitFor({ state: 'visible' });
    expect((await offer.textContent())?.trim()).toBe(offerLine(lang, b));
    await keyboard(page).press(restoreButton(lang));
    await waitForScene(page, 'Summit');
    expect(await record(page)).toEqual(b);
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(a);
    // And the game goes on from there.
    await playUntil(lang, input, 2, ['Summit', 'Negotiation']);
    expect((await record(page))?.moves.slice(0, 1)).toEqual(b.moves);
  });

  test('across scenarios: a game of the test scenario opened by its address keeps the Vladivostok game it replaces; restoring swaps them, each with its own texts', async () => {
    const { page } = e2e;
    const lang: Lang = 'en';
    const input = mouse();
    const title = () => page.locator('#panel h1').first().textContent();
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);

    // Game A, of Vladivostok, from the title: a few moves, left in a negotiation.
    await startNewGame(page, { lang, input, seed: 'across A', difficulty: 'open' });
    await playUntil(lang, input, 3, ['Negotiation']);
    const a = (await record(page))!;
    expect(a.scenarioId).toBe(VLADIVOSTOK.scenario.id);
    const headingA = await title();

    // Game B, of the test scenario, opened by its address over A: A is kept as the previous game.
    await page.goto(e2e.url(gameAddress(FIXTURE, { seed: 'across B', difficulty: 'standard' })));
    await waitForScene(page, 'Briefing');
    await playUntil(lang, input, 1, ['Summit']);
    const b = (await record(page))!;
    expect(b.scenarioId).toBe(FIXTURE.scenario.id);
    expect(b.moves.length).toBe(1);
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(a);
    expect(await scenarioTextProblems(page, FIXTURE, lang, 'game B', true)).toEqual([]);
    await toMenu(lang, input);

    // The title is B's scenario's, and offers A.
    expect(await title()).toBe(textOf(FIXTURE, lang, { key: 'scenario.title' }));
    const offer = page.locator('#previous-line');
    await offer.waitFor({ state: 'visible' });
    expect((await offer.textContent())?.trim()).toBe(offerLine(lang, a));

    // Restore A: Vladivostok again, in the same negotiation, with its texts; B kept in turn.
    await input.press(restoreButton(lang));
    await waitForScene(page, 'Negotiation');
    expect(await record(page)).toEqual(a);
    expect(await title()).toBe(headingA);
    expect(await scenarioTextProblems(page, VLADIVOSTOK, lang, 'A restored')).toEqual([]);
    expect(JSON.parse((await stored(SAVE_KEY)) ?? 'null')).toEqual(a);
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(b);

    // After a reload A resumes, and the title (Vladivostok's) offers B; restored by keyboard, it is B
    // again, a game of the test scenario with its texts.
    await page.reload();
    await waitForScene(page, 'Negotiation');
    expect(await record(page)).toEqual(a);
    await toMenu(lang, input);
    expect(await title()).toBe(textOf(VLADIVOSTOK, lang, { key: 'scenario.title' }));
    await offer.waitFor({ state: 'visible' });
    expect((await offer.textContent())?.trim()).toBe(offerLine(lang, b));
    await keyboard(page).press(restoreButton(lang));
    await waitForScene(page, 'Summit');
    expect(await record(page)).toEqual(b);
    expect(await scenarioTextProblems(page, FIXTURE, lang, 'B restored', true)).toEqual([]);
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(a);

    // B goes on, and a reload resumes it where it is.
    await playUntil(lang, input, 2, ['Summit', 'Negotiation']);
    const b2 = (await record(page))!;
    expect(b2.scenarioId).toBe(FIXTURE.scenario.id);
    expect(b2.moves.slice(0, 1)).toEqual(b.moves);
    const scene = (await currentScene(page)) as SceneKey;
    const heading = await title();
    await page.reload();
    await waitForScene(page, scene);
    expect(await record(page)).toEqual(b2);
    expect(await title()).toBe(heading);
    expect(await scenarioTextProblems(page, FIXTURE, lang, 'B after a reload')).toEqual([]);
  });

  test('a kept previous game that does not read, does not replay or is from another version is not offered, and not deleted', async () => {
    const { page } = e2e;
    const lang: Lang = 'en';
    const current = newGame(VLADIVOSTOK, { seed: 'current', settings: { difficulty: 'standard' } }).record();
    const playable = playOut(newGame(VLADIVOSTOK, { seed: 'old one', settings: { difficulty: 'open' } }), makeStrategy('greedy', 'old one')).record();
    const bad: [string, string][] = [
      ['not JSON', '{"seed": "half a save", "moves": ['],
      ['not a record', JSON.stringify({ hello: 'world' })],
      ['another version', JSON.stringify({ ...playable, engineVersion: ENGINE_VERSION + 1 })],
      ['a move that does not replay', JSON.stringify({ ...playable, moves: [{ type: 'press.present', stance: 'modest' }] })],
      ['a bad difficulty', JSON.stringify({ ...playable, settings: { difficulty: 'banana' } })],
      ['a scenario this build does not have', JSON.stringify({ ...playable, scenarioId: 'atlantis-2030' })],
      ['rules that changed since', JSON.stringify({ ...playable, scenarioHash: '00000000' })],
    ];
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    for (const [what, raw] of bad) {
      // A saved game, the menu open, and the bad previous game beside it.
      await page.evaluate(
        ([sk, s, pk, p, lk]) => {
          localStorage.setItem(sk, s);
          localStorage.setItem(pk, p);
          localStorage.setItem(lk, JSON.stringify({ scene: 'Briefing', menu: true }));
        },
        [SAVE_KEY, JSON.stringify(current), PREVIOUS_KEY, raw, PLACE_KEY] as const,
      );
      await page.reload();
      await waitForTitle(page);
      await page.getByRole('button', { name: label(lang, 'ui.title.continue'), exact: true }).waitFor();
      expect(await restoreButton(lang).count(), what).toBe(0);
      expect(await page.locator('#previous-line').count(), what).toBe(0);
      expect(await page.getByRole('alert').count(), what).toBe(0);
      expect(await stored(PREVIOUS_KEY), what).toBe(raw);
      expect(await stored(SAVE_KEY), what).toBe(JSON.stringify(current));
    }
    // The title still works: a new game starts, and keeps the current one as the previous game.
    await startNewGame(page, { lang, input: mouse(), seed: 'after garbage', difficulty: 'standard' });
    expect(JSON.parse((await stored(PREVIOUS_KEY)) ?? 'null')).toEqual(current);
    expect(await currentScene(page)).toBe('Briefing');
  });
});

describe('the previous game on a phone', () => {
  const e2e = useE2E(phone(PHONE_LANDSCAPE));

  test('the offer fits at 640×360 and 360×640 in both languages, and a tap restores the game', async () => {
    const { page } = e2e;
    const problems: string[] = [];
    const seed = 'phone-previous';
    const full = playOut(newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } }), makeStrategy('greedy', seed)).record();
    const current: GameRecord = { ...full, moves: full.moves.slice(0, 4) };
    // The longest seed there can be, with no space to break at.
    const long = 'x'.repeat(64);
    const previous: GameRecord = playOut(newGame(VLADIVOSTOK, { seed: long, settings: { difficulty: 'hard' } }), makeStrategy('greedy', long)).record();
    previous.moves = previous.moves.slice(0, 3);

    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    for (const size of [PHONE_LANDSCAPE, PHONE_PORTRAIT]) {
      await page.setViewportSize(size);
      for (const lang of ['en', 'id'] as const) {
        await page.evaluate(
          ([sk, s, pk, p, lk]) => {
            localStorage.setItem(sk, s);
            localStorage.setItem(pk, p);
            localStorage.setItem(lk, JSON.stringify({ scene: 'Summit', menu: true }));
          },
          [SAVE_KEY, JSON.stringify(current), PREVIOUS_KEY, JSON.stringify(previous), PLACE_KEY] as const,
        );
        await page.goto(e2e.url(`/?lang=${lang}`));
        await waitForTitle(page);
        await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);
        const button = page.getByRole('button', { name: label(lang, 'ui.title.restorePrevious'), exact: true });
        await button.scrollIntoViewIfNeeded();
        const tag = `phone-${size.width}x${size.height}-${lang}`;
        problems.push(...(await layoutProblems(page)).map((p) => `${tag} Title: ${p}`));
        await sceneShot(page, `previous-game-${tag}-Title`);
      }
    }
    // Tap it (upright, in Bahasa Indonesia): the previous game, in the scene of its phase.
    await touch(problems).press(page.getByRole('button', { name: label('id', 'ui.title.restorePrevious'), exact: true }));
    await waitForScene(page, 'Summit');
    expect(await record(page)).toEqual(previous);
    problems.push(...(await layoutProblems(page)).map((p) => `after restoring: ${p}`));
    expect(problems, 'layout problems on a phone').toEqual([]);
  });
});
