// No moment skipped: the end of the talks has its own moment on screen, with the engine's reason, in
// English and Bahasa Indonesia. A game a move away from the end is put in the page's save (made here
// with the engine: on these seeds, proposals that he refuses run his patience out; proposals from the
// top of each ladder down run the clock out), the last move is made through the page, and the page
// must hold the goal's talks with his answer in view, say why the talks ended and which goals closed
// (the summit's log naming each), and go on to the press conference only when asked. Accepting his
// counter-offer leaves "Putin's last answer" saying what was accepted, not the counter. A whole game
// under reduced motion, played by the page's controls until the talks end by themselves, meets its
// moment on screen. Putin's face, drawn over his portrait, follows the engine's answer: neutral,
// cold, considering, pleased, impatient.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newGame, playerView, type GameRecord, type KimMove, type Lang } from '../../src/engine';
import { VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, until, view, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, openGoalButton, playToDebrief, text } from '../support/play';
import { comeDownOnLastTwo } from '../support/openings';
import { loadSave } from '../support/storage';

const goals = VLADIVOSTOK.scenario.goals;
const input = mouse();

/** A game played by the engine until `play` says stop or the talks end; returns the record before Kim's last move, and that move. */
function lastMoveOf(seed: string, next: (g: ReturnType<typeof newGame>, i: number) => KimMove | null): { before: GameRecord; last: KimMove; endedBy: string | undefined } {
  const g = newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } });
  g.play({ side: 'kim', type: 'briefing.rank', ranking: goals.map((x) => x.id) });
  let before = g.record();
  let last: KimMove | null = null;
  for (let i = 0; i < 200 && g.phase === 'talks'; i++) {
    const m = next(g, i);
    if (!m) break;
    before = g.record();
    last = m;
    const r = g.play(m);
    if (!r.ok) throw new Error(`${m.type}: ${r.error.key}`);
  }
  return { before, last: last!, endedBy: playerView(g, 'kim').endedBy };
}

/** The most ambitious option on the first two goals in turn: refused, again and again, until his patience is gone. */
const patienceGame = () => lastMoveOf('e2e-patience', (_g, i) => ({ side: 'kim', type: 'offer.propose', goal: goals[i % 2]!.id, option: goals[i % 2]!.options.at(-1)!.id }));

/** On the goals without a goods list in turn, each goal's lawful options from the top down, but those he is cold to (pressing one is a stall that costs his patience): the clock runs out first. */
function clockGame() {
  const step = new Map<string, number>();
  return lastMoveOf('e2e-clock-4', (g, i) => {
    const open = playerView(g, 'kim').goals.filter((x) => !x.final && !x.goodsList);
    if (!open.length) return null;
    const goal = open[i % open.length]!;
    const lawful = goals.find((x) => x.id === goal.id)!.options.filter((o) => o.breaks.length === 0 && !(g.state.profile.cold[goal.id] ?? []).includes(o.id));
    const k = step.get(goal.id) ?? 0;
    step.set(goal.id, k + 1);
    return { side: 'kim', type: 'offer.propose', goal: goal.id, option: lawful[Math.max(0, lawful.length - 1 - k)]!.id };
  });
}

/** Through the page: open the goal, choose the option, propose. */
async function proposeOnPage(page: Page, lang: Lang, move: KimMove & { type: 'offer.propose' }, open = true): Promise<void> {
  if (open) {
    await input.press(await openGoalButton(page, lang, move.goal));
    await waitForScene(page, 'Negotiation');
  }
  const goal = goals.find((g) => g.id === move.goal)!;
  // Once he has answered on the goal, the list shows the option chosen: "Other options" opens the rest.
  const others = page.getByRole('button', { name: label(lang, 'ui.nego.otherOptions', { n: goal.options.length - 1 }), exact: true });
  if (await others.count()) await input.press(others);
  await input.choose(page.getByRole('radio', { name: text(lang, { key: `option.${goal.id}.${move.option}.title` }), exact: true }));
  const n = (await view(page))!.step;
  await input.press(page.getByRole('button', { name: label(lang, 'ui.nego.propose'), exact: true }));
  await until(page, async () => (await view(page))!.step > n, 'the proposal to land');
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The expression drawn on Putin's portrait, as the scene names it on the canvas's parent, once his
 * picture is in and the canvas has drawn what the move changed (it follows the panel by a frame).
 */
async function putinFace(page: Page): Promise<string> {
  await until(page, async () => ((await page.locator('#game').getAttribute('data-putin')) ?? '') !== '', "Putin's portrait");
  await until(page, () => page.evaluate(() => window.__vladivostok!.drawing() === false), 'the canvas to draw the move');
  return (await page.locator('#game').getAttribute('data-putin'))!;
}

describe('no moment skipped', () => {
  const e2e = useE2E();

  for (const [reason, game] of [
    ['patience', patienceGame],
    ['clock', clockGame],
  ] as const) {
    for (const lang of ['en', 'id'] as const) {
      test(`the end of ${reason === 'patience' ? "Putin's patience" : 'the clock'} has its own moment, with the reason, in ${lang}`, async () => {
        const { page } = e2e;
        const { before, last, endedBy } = game();
        expect(endedBy).toBe(reason);
        expect(last.type).toBe('offer.propose');
        await pauseClock(page);
        await page.goto(e2e.url('/'));
        await waitForTitle(page);
        await loadSave(page, e2e.url, lang, before);
        await proposeOnPage(page, lang, last as KimMove & { type: 'offer.propose' });
        const v = (await view(page))!;
        expect(v.phase).toBe('press');
        expect(v.endedBy).toBe(reason);
        // The goal's talks stay on screen, his answer in view, and the moment says why.
        await page.locator('#end-moment').waitFor();
        expect(await page.locator('#panel').getAttribute('data-scene')).toBe('Negotiation');
        expect(await page.locator('#putin-answer').isVisible()).toBe(true);
        // His face: a refusal with his patience run low is impatient; the clock's last answer shows its own face.
        const answer = v.goals.find((g) => g.id === (last as KimMove & { type: 'offer.propose' }).goal)!.answers.at(-1)!;
        if (reason === 'patience') {
          expect(answer.kind).toBe('refuse');
          expect(await putinFace(page)).toBe('impatient');
        }
        expect(squash(await page.locator('#end-moment-h').textContent())).toBe(label(lang, `ui.end.heading.${reason}`));
        const why = reason === 'patience' ? label(lang, 'ui.end.reason.patience', { p: Math.round(v.meters.patience) }) : label(lang, 'ui.end.reason.clock', { time: v.time });
        expect(squash(await page.locator('#end-moment-reason').textContent())).toBe(why);
        const closed = v.log.filter((e) => e.message.key === 'putin.closed').map((e) => text(lang, v.goals.find((g) => g.id === e.goal)!.title));
        expect(closed.length).toBeGreaterThan(0);
        expect(squash(await page.locator('#end-moment-closed').textContent())).toBe(label(lang, 'ui.end.closed', { goals: closed.join(', ') }));
        await page.screenshot({ path: `test-artifacts/moment-${reason}-${lang}.png` });
        // Back on the summit, the moment still holds, and each "closes the talks" line of the log names its goal.
        await input.press(page.getByRole('button', { name: label(lang, 'ui.nego.back'), exact: true }));
        await waitForScene(page, 'Summit');
        await page.locator('#end-moment').waitFor();
        const lines = (await page.locator('#summit-log li').allTextContents()).map(squash);
        const said = text(lang, { key: 'putin.closed' });
        const closing = lines.filter((l) => l.includes(said));
        expect(closing.length).toBe(closed.length);
        for (const title of closed) expect(closing.filter((l) => l.includes(`${title}: ${said}`)).length).toBe(1);
        // A reload (a phone that put the tab away) shows the moment again, until the player goes on.
        await page.reload();
        await waitForScene(page, 'Summit');
        await page.locator('#end-moment').waitFor();
        expect(squash(await page.locator('#end-moment-reason').textContent())).toBe(why);
        // Only when asked does the game go on.
        await input.press(page.getByRole('button', { name: label(lang, 'ui.end.continue'), exact: true }));
        await waitForScene(page, 'Press');
      });
    }
  }

  test("after accepting his counter-offer, \"Putin's last answer\" says what was accepted, not the counter", async () => {
    const { page } = e2e;
    // Two concessions on each of the last two goals (since engine version 5 his price is out of reach
    // of a counter until Kim has moved), then the first goal's options from the top down until he
    // counters: the first seed on which he does (searched, not pinned, so that a change of his
    // numbers keeps the test about the screen).
    const goal = goals[0]!;
    let counter: string | undefined;
    let g = newGame(VLADIVOSTOK, { seed: 'e2e-counter', settings: { difficulty: 'standard' } });
    for (let i = 0; i < 40 && !counter; i++) {
      g = newGame(VLADIVOSTOK, { seed: `e2e-counter-${i}`, settings: { difficulty: 'standard' } });
      g.play({ side: 'kim', type: 'briefing.rank', ranking: goals.map((x) => x.id) });
      comeDownOnLastTwo(g, 3);
      for (const o of [...goal.options].reverse()) {
        const r = g.play({ side: 'kim', type: 'offer.propose', goal: goal.id, option: o.id });
        if (r.ok && r.answer?.kind === 'counter') {
          counter = r.answer.counterOption;
          break;
        }
        if (g.goal(goal.id).status === 'done' || g.phase !== 'talks') break;
      }
    }
    expect(counter).toBeTruthy();
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    await loadSave(page, e2e.url, 'en', g.record());
    await input.press(await openGoalButton(page, 'en', goal.id));
    await waitForScene(page, 'Negotiation');
    const counterTitle = text('en', { key: `option.${goal.id}.${counter}.title` });
    expect(await putinFace(page)).toBe('considering');
    await page.screenshot({ path: 'test-artifacts/putin-considering.png' });
    expect(squash(await page.locator('#putin-answer').textContent())).toContain(label('en', 'ui.answer.counterIs', { option: counterTitle }));
    const moves = (await view(page))!.moves.length;
    await input.press(page.getByRole('button', { name: label('en', 'ui.nego.accept'), exact: true }));
    await until(page, async () => (await view(page))!.moves.length > moves, 'the acceptance');
    await until(page, async () => squash(await page.locator('#putin-answer').textContent()).includes(label('en', 'ui.nego.accepted', { option: counterTitle })), 'the accepted offer');
    expect(squash(await page.locator('#putin-answer').textContent())).not.toContain(label('en', 'ui.answer.counterIs', { option: counterTitle }));
    expect(squash(await page.locator('#goal-final').textContent())).toBe(label('en', 'ui.nego.final.agreed'));
    expect(await putinFace(page)).toBe('pleased');
    await page.screenshot({ path: 'test-artifacts/putin-pleased.png' });
  });

  test("Putin's face: neutral before any answer, cold at a refusal while his patience holds", async () => {
    const { page } = e2e;
    await pauseClock(page);
    await page.goto(e2e.url('/?seed=e2e-cold&difficulty=standard&lang=en'));
    await waitForScene(page, 'Briefing');
    await input.press(page.getByRole('button', { name: label('en', 'ui.briefing.confirm'), exact: true }));
    await waitForScene(page, 'Summit');
    const goal = goals[0]!;
    await input.press(await openGoalButton(page, 'en', goal.id));
    await waitForScene(page, 'Negotiation');
    expect(await putinFace(page)).toBe('neutral');
    // The most ambitious option: beyond what he would give.
    await proposeOnPage(page, 'en', { side: 'kim', type: 'offer.propose', goal: goal.id, option: goal.options.at(-1)!.id }, false);
    const v = (await view(page))!;
    expect(v.goals.find((g) => g.id === goal.id)!.answers.at(-1)!.kind).toBe('refuse');
    expect(v.meters.patience).toBeGreaterThanOrEqual(34);
    expect(await putinFace(page)).toBe('cold');
    await page.screenshot({ path: 'test-artifacts/putin-cold.png' });
  });

  test('a whole game under reduced motion, played until the talks end by themselves, shows its moment before the press conference', async () => {
    const { page } = e2e;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await pauseClock(page);
    await page.goto(e2e.url('/?seed=e2e-reduced&difficulty=standard&lang=id'));
    await waitForScene(page, 'Briefing');
    const moments: string[] = [];
    await playToDebrief(page, { lang: 'id', input, movesPerGoal: 30, moments });
    const v = (await view(page))!;
    expect(v.endedBy).not.toBe('player');
    expect(moments.length).toBe(1);
    expect(moments[0]).toContain(label('id', `ui.end.heading.${v.endedBy}`));
  });
});
