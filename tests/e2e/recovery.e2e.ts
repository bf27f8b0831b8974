// What a player meets when something is wrong: an unreadable save, a bad link, a mistyped code;
// and a good result code opened in the replay viewer, of Vladivostok 2019 or of the made-up test
// scenario (whose texts it then shows), or one of engine version 1 (read by its frozen engine,
// which the page loads only then). The link tests run in real time; the others on a paused
// clock (see pauseClock), which makes them several times faster.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENGINE_VERSION, encodeResultCode, LANGS, makeStrategy, newGame, playOut, verifyResultCode, type Lang, type ScenarioBundle } from '../../src/engine';
import { FIXTURE, lookupBundle, textOf, VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { currentScene, pauseClock, record, sceneShot, until, waitForScene, waitForTitle } from '../support/game';
import { label, mouse } from '../support/play';
import { scenarioTextProblems } from '../support/scenarios';

/** A finished game of the scenario (the greedy player), its record, code and verified score. */
function finished(bundle: ScenarioBundle, seed: string) {
  const game = playOut(newGame(bundle, { seed, settings: { difficulty: 'standard' } }), makeStrategy('greedy', seed));
  expect(game.isOver()).toBe(true);
  const rec = game.record();
  const code = encodeResultCode(rec, bundle);
  const verified = verifyResultCode(code, lookupBundle);
  if (!verified.ok) throw new Error('the engine refuses its own code');
  return { record: rec, code, score: Math.round(verified.score.kim * 10) / 10 };
}
import { kept, SAVES_DB } from '../support/storage';

// The shell's storage keys (src/shell/persistence.ts), as a player's browser holds them: a save put
// in localStorage (as an earlier version kept it) is carried over into IndexedDB when the page loads.
const SAVE_KEY = 'vladivostok-2019.save';
const ASIDE_1 = 'vladivostok-2019.save.unreadable.1';

describe('recovery', () => {
  const e2e = useE2E();

  async function reloadWithSave(raw: string): Promise<void> {
    const { page } = e2e;
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, raw] as const);
    await page.reload();
  }

  test('a save that is not even JSON is set aside, a message shown, and a new game started', async () => {
    const { page } = e2e;
    const raw = '{"seed": "half a save", "moves": [';
    await reloadWithSave(raw);
    await waitForScene(page, 'Briefing');
    const alert = page.getByRole('alert').filter({ hasText: label('en', 'ui.save.unreadable') });
    await until(page, async () => (await alert.count()) === 1, 'the unreadable-save message');
    await expect(alert.textContent()).resolves.toContain(label('en', 'ui.save.keptAs', { key: ASIDE_1 }));
    // Kept, not deleted; and the new game saved in its place.
    expect(await kept(page, SAVES_DB, ASIDE_1)).toBe(raw);
    const fresh = await record(page);
    expect(fresh?.moves).toEqual([]);
    expect(JSON.parse((await kept(page, SAVES_DB, SAVE_KEY)) ?? 'null')).toEqual(fresh);
    // The message can be dismissed.
    await mouse().press(alert.getByRole('button', { name: label('en', 'ui.notice.dismiss'), exact: true }));
    await until(page, async () => (await alert.count()) === 0, 'the message to go');
    await sceneShot(page, 'recovery-corrupt-save');
  });

  test('a save that reads but does not replay is set aside with the reason', async () => {
    const { page } = e2e;
    const raw = JSON.stringify({
      engineVersion: ENGINE_VERSION,
      scenarioId: 'vladivostok-2019',
      seed: 'bad-move',
      settings: { difficulty: 'standard' },
      moves: [{ type: 'press.present', stance: 'modest' }],
    });
    await reloadWithSave(raw);
    await waitForScene(page, 'Briefing');
    const alert = page.getByRole('alert').filter({ hasText: label('en', 'ui.save.unreadable') });
    await until(page, async () => (await alert.count()) === 1, 'the unreadable-save message');
    expect(await kept(page, SAVES_DB, ASIDE_1)).toBe(raw);
    expect((await record(page))?.seed).not.toBe('bad-move');
    await sceneShot(page, 'recovery-unreplayable-save');
  });

  test('?difficulty=banana names the parameter and starts no game', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/?difficulty=banana'));
    await waitForTitle(page);
    const alert = page.getByRole('alert');
    await until(page, async () => (await alert.count()) > 0, 'a message about the link');
    const message = (await alert.first().textContent()) ?? '';
    expect(message).toContain(label('en', 'ui.url.intro'));
    expect(message).toContain(label('en', 'ui.url.bad', { param: 'difficulty', value: 'banana', allowed: 'open, standard, hard' }));
    expect(await currentScene(page)).toBe('Title');
    expect(await record(page)).toBeNull();
    await sceneShot(page, 'recovery-bad-url');
  });

  test('each bad parameter of a link is named, in the language asked for', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/?lang=id&seed=' + encodeURIComponent('<script>') + '&session=' + encodeURIComponent('a b')));
    await waitForTitle(page);
    const alert = page.getByRole('alert');
    await until(page, async () => (await alert.count()) > 0, 'a message about the link');
    const message = (await alert.first().textContent()) ?? '';
    expect(message).toContain(label('id', 'ui.url.intro'));
    expect(message).toContain('"seed"');
    expect(message).toContain('"session"');
    expect(message).not.toContain('"lang"');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  });

  test('a result code opens in the replay viewer; a mistyped one is refused with a reason', async () => {
    const { page } = e2e;
    const input = mouse();
    const { record: rec, code, score } = finished(VLADIVOSTOK, 'e2e-replay');
    const n = rec.moves.length;

    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    const box = page.getByRole('textbox', { name: label('en', 'ui.title.codeLabel'), exact: true });
    const open = page.getByRole('button', { name: label('en', 'ui.title.openReplay'), exact: true });

    // One character changed: the check digits catch it.
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    await input.type(box, code.slice(0, -1) + last);
    await input.press(open);
    const refused = page.getByRole('alert').filter({ hasText: label('en', 'code.error.checksum') });
    await until(page, async () => (await refused.count()) === 1, 'the checksum message');
    expect(await currentScene(page)).toBe('Title');

    // Spaces and line breaks, as a code pasted from an e-mail, are forgiven.
    await input.type(box, code.replace(/(.{8})/g, '$1 ').replace(/(.{40})/g, '$1\n'));
    await input.press(open);
    await waitForScene(page, 'Replay');
    const position = (k: number) => page.getByRole('status').filter({ hasText: label('en', 'ui.replay.position', { n: k, total: n }) });
    expect(await position(n).count()).toBe(1);
    await input.press(page.getByRole('button', { name: label('en', 'ui.replay.first'), exact: true }));
    await until(page, async () => (await position(0).count()) === 1, 'move 0');
    await input.press(page.getByRole('button', { name: label('en', 'ui.replay.forward'), exact: true }));
    await until(page, async () => (await position(1).count()) === 1, 'move 1');
    await input.press(page.getByRole('button', { name: label('en', 'ui.replay.last'), exact: true }));
    await until(page, async () => (await position(n).count()) === 1, `move ${n}`);
    const scoreLine = (await page.locator('.score-line').first().textContent()) ?? '';
    expect(scoreLine).toContain(String(score));
    await sceneShot(page, 'recovery-replay-from-code');
  });
  test("codes of engine version 1 (formats 1 and 2) open in the replay viewer with the scores they had; its frozen engine is loaded only then", async () => {
    const { page } = e2e;
    const input = mouse();
    const pinned = (file: string, pick: (c: { name: string | null }) => boolean) =>
      (JSON.parse(readFileSync(new URL(`../golden/${file}`, import.meta.url), 'utf8')) as { codes: { code: string; name: string | null; score: number; moves: number }[] }).codes.find(pick)!;
    const FROZEN_CHUNK = /\/assets\/v1-[^/]+\.js$/;
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));

    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    expect(loaded.filter((u) => FROZEN_CHUNK.test(new URL(u).pathname)), 'the frozen engine, at start').toEqual([]);
    for (const c of [pinned('codes-e273f05.json', (x) => x.name === 'Student 1'), pinned('codes-c79e449.json', (x) => x.name === 'Ayu')]) {
      await input.type(page.getByRole('textbox', { name: label('en', 'ui.title.codeLabel'), exact: true }), c.code);
      await input.press(page.getByRole('button', { name: label('en', 'ui.title.openReplay'), exact: true }));
      await waitForScene(page, 'Replay');
      expect(await page.getByRole('status').filter({ hasText: label('en', 'ui.replay.position', { n: c.moves, total: c.moves }) }).count()).toBe(1);
      expect((await page.locator('.score-line').first().textContent()) ?? '').toContain(String(c.score));
      expect(await scenarioTextProblems(page, VLADIVOSTOK, 'en', `Replay of ${c.name}`)).toEqual([]);
      await input.press(page.getByRole('button', { name: label('en', 'ui.top.menu'), exact: true }));
      await waitForTitle(page);
    }
    expect(loaded.filter((u) => FROZEN_CHUNK.test(new URL(u).pathname)), 'the frozen engine, once').toHaveLength(1);
  });

  test('?scenario=nonsense names the parameter in either language, names no test scenario, and starts no game', async () => {
    const { page } = e2e;
    for (const lang of LANGS) {
      await page.goto(e2e.url(`/?scenario=nonsense&seed=e2e-nonsense&lang=${lang}`));
      await waitForTitle(page);
      const alert = page.getByRole('alert');
      await until(page, async () => (await alert.count()) > 0, 'a message about the link');
      const message = (await alert.first().textContent()) ?? '';
      expect(message).toContain(label(lang, 'ui.url.intro'));
      expect(message).toContain(label(lang, 'ui.url.bad', { param: 'scenario', value: 'nonsense', allowed: VLADIVOSTOK.scenario.id }));
      expect(message).not.toContain(FIXTURE.scenario.id);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await currentScene(page)).toBe('Title');
      expect(await record(page)).toBeNull();
      await sceneShot(page, `recovery-bad-scenario-${lang}`);
    }
  });

  test('a result code of the test scenario opens by its link in the replay viewer, with its texts; the saved game is left alone', async () => {
    const { page } = e2e;
    const lang: Lang = 'en';
    const fixture = finished(FIXTURE, 'e2e-fixture-replay');
    const saved = finished(VLADIVOSTOK, 'e2e-saved');
    const inProgress = { ...saved.record, moves: saved.record.moves.slice(0, 4) };
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(inProgress)] as const);
    await page.goto(e2e.url(`/?replay=${fixture.code}`));
    await waitForScene(page, 'Replay');
    const n = fixture.record.moves.length;
    expect(await page.getByRole('status').filter({ hasText: label(lang, 'ui.replay.position', { n, total: n }) }).count()).toBe(1);
    expect((await page.locator('.score-line').first().textContent()) ?? '').toContain(String(fixture.score));
    expect(await scenarioTextProblems(page, FIXTURE, lang, 'Replay', true)).toEqual([]);
    await sceneShot(page, 'recovery-fixture-replay-link');
    // Back on the menu: the saved game of Vladivostok is there as it was, and the title is its own.
    await mouse().press(page.getByRole('button', { name: label(lang, 'ui.top.menu'), exact: true }));
    await waitForTitle(page);
    expect(await page.locator('#panel h1').first().textContent()).toBe(textOf(VLADIVOSTOK, lang, { key: 'scenario.title' }));
    expect(await scenarioTextProblems(page, VLADIVOSTOK, lang, 'Title')).toEqual([]);
    expect(JSON.parse((await kept(page, SAVES_DB, SAVE_KEY)) ?? 'null')).toEqual(inProgress);
    expect(await record(page)).toEqual(inProgress);
  });

  test('a result code of the test scenario typed on the title opens in the replay viewer, with its texts', async () => {
    const { page } = e2e;
    const lang: Lang = 'id';
    const input = mouse();
    const fixture = finished(FIXTURE, 'e2e-fixture-typed');
    const n = fixture.record.moves.length;
    await pauseClock(page);
    await page.goto(e2e.url(`/?lang=${lang}`));
    await waitForTitle(page);
    await input.type(page.getByRole('textbox', { name: label(lang, 'ui.title.codeLabel'), exact: true }), fixture.code);
    await input.press(page.getByRole('button', { name: label(lang, 'ui.title.openReplay'), exact: true }));
    await waitForScene(page, 'Replay');
    const position = (k: number) => page.getByRole('status').filter({ hasText: label(lang, 'ui.replay.position', { n: k, total: n }) });
    expect(await position(n).count()).toBe(1);
    expect(await scenarioTextProblems(page, FIXTURE, lang, 'Replay', true)).toEqual([]);
    await input.press(page.getByRole('button', { name: label(lang, 'ui.replay.first'), exact: true }));
    await until(page, async () => (await position(0).count()) === 1, 'move 0');
    expect(await scenarioTextProblems(page, FIXTURE, lang, 'Replay at move 0', true)).toEqual([]);
    expect(await record(page)).toBeNull();
  });
});
