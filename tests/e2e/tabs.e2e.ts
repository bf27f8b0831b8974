// Two tabs of one game (issue #13: "a move made in one tab vanishes when a stale second tab moves").
// Two pages in one browser context share the save. A move in tab A reaches tab B: B says that the game
// was played on in another tab and shows A's moves (at once, by the tabs' channel); a tab that missed
// the word (no BroadcastChannel: a frozen tab, an old browser) still never writes over A's moves: its
// own move is not made, it takes the stored game up and says so, and a move made after that goes on
// top of A's. Before the fix (e273f05), B's move replaced the stored game with B's older game plus
// that move, and A's move was gone.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { GameRecord, GoalId } from '../../src/engine';
import { PageGuard } from '../support/browser';
import { useE2E } from '../support/e2e';
import { kept, SAVES_DB } from '../support/storage';
import { pauseClock, record, sceneShot, until, view, waitForScene } from '../support/game';
import { label, mouse, openGoalButton, playToDebrief, waitForMoves } from '../support/play';

const SAVE_KEY = 'vladivostok-2019.save';

/** Thrown by beforeAction to stop playToDebrief. */
class Stop extends Error {}

const stored = async (page: Page): Promise<GameRecord | null> => JSON.parse((await kept(page, SAVES_DB, SAVE_KEY)) ?? 'null') as GameRecord | null;
const moveCount = async (page: Page) => (await record(page))?.moves.length ?? 0;
const reloadedNotice = (page: Page) => page.getByRole('status').filter({ hasText: label('en', 'ui.tabs.reloaded') });

/** The goals of the page's game in the order the player ranked them. */
async function goalsByRank(page: Page): Promise<GoalId[]> {
  const v = (await view(page))!;
  return [...v.goals].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).map((g) => g.id);
}

async function openGoal(page: Page, goal: GoalId): Promise<void> {
  await mouse().press(await openGoalButton(page, 'en', goal));
  await waitForScene(page, 'Negotiation');
}

/** Presses Propose on the open negotiation; resolves once the move is in the page's game. */
async function propose(page: Page): Promise<void> {
  const before = await moveCount(page);
  await mouse().press(page.getByRole('button', { name: label('en', 'ui.nego.propose'), exact: true }));
  await waitForMoves(page, before + 1);
}

describe('two tabs of one game', () => {
  const e2e = useE2E();

  /** Tab A starts a game and ranks the goals (one move); tab B opens the same browser's save. */
  async function twoTabs(opts: { deafB?: boolean } = {}): Promise<{ a: Page; b: Page; guardB: PageGuard; goals: GoalId[] }> {
    const a = e2e.page;
    await pauseClock(a);
    await a.goto(e2e.url('/?lang=en&seed=two-tabs&difficulty=open'));
    await waitForScene(a, 'Briefing');
    try {
      await playToDebrief(a, {
        lang: 'en',
        input: mouse(),
        async beforeAction({ moves }) {
          if (moves >= 1) throw new Stop();
        },
      });
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    await waitForScene(a, 'Summit');
    const b = await e2e.context.newPage();
    const guardB = new PageGuard(b);
    // A tab that never hears the others: no BroadcastChannel at all.
    if (opts.deafB) await b.addInitScript(() => delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel);
    await pauseClock(b);
    await b.goto(e2e.url('/?lang=en'));
    await waitForScene(b, 'Summit');
    expect(await record(b)).toEqual(await record(a));
    return { a, b, guardB, goals: await goalsByRank(a) };
  }

  test('a move in one tab reaches the other at once, which says so; a move there goes on top of it, and back', async () => {
    const { a, b, guardB, goals } = await twoTabs();
    await openGoal(a, goals[0]!);
    await propose(a);
    const afterA = (await record(a))!;
    expect(afterA.moves).toHaveLength(2);

    // B, untouched, takes A's game up and says so.
    await until(b, async () => (await moveCount(b)) === 2, "tab B to take up tab A's move");
    expect(await record(b)).toEqual(afterA);
    await until(b, async () => (await reloadedNotice(b).count()) === 1, 'the notice in tab B');
    await sceneShot(b, 'tabs-B-reloaded');

    // B plays on from there: its move goes on top of A's, and A takes that up in turn.
    await openGoal(b, goals[1]!);
    await propose(b);
    const afterB = (await record(b))!;
    expect(afterB.moves).toHaveLength(3);
    expect(afterB.moves.slice(0, 2)).toEqual(afterA.moves);
    expect(await stored(b)).toEqual(afterB);
    await until(a, async () => (await moveCount(a)) === 3, "tab A to take up tab B's move");
    expect(await record(a)).toEqual(afterB);
    expect(await reloadedNotice(a).count()).toBe(1);
    guardB.check();
  });

  test('a stale tab that missed the word does not write over the other tab: its move is not made, it reloads the game and says so', async () => {
    const { a, b, guardB, goals } = await twoTabs({ deafB: true });
    // B opens a negotiation; then A, in its own tab, makes a move on another goal.
    await openGoal(b, goals[1]!);
    await openGoal(a, goals[0]!);
    await propose(a);
    const afterA = (await record(a))!;
    expect(afterA.moves).toHaveLength(2);
    expect(await stored(a)).toEqual(afterA);
    // B heard nothing: it still shows its older game.
    await b.waitForTimeout(300);
    expect(await moveCount(b)).toBe(1);
    expect(await b.locator('#panel').getAttribute('data-scene')).toBe('Negotiation');

    // B's player proposes in the stale tab: the move is not made over A's game.
    await mouse().press(b.getByRole('button', { name: label('en', 'ui.nego.propose'), exact: true }));
    // (Before the fix, the move was made: the stored game became B's older one plus that move, without A's.)
    await until(b, async () => (await reloadedNotice(b).count()) === 1 || (await moveCount(b)) > 1, 'tab B to answer the press');
    expect(await stored(b)).toEqual(afterA);
    expect(await record(b)).toEqual(afterA);
    expect(await reloadedNotice(b).count()).toBe(1);
    // The game as taken up shows at its phase's scene; no error box for a move that was never made.
    await waitForScene(b, 'Summit');
    expect(await b.locator('#move-error').count()).toBe(0);
    await sceneShot(b, 'tabs-B-stale-move');

    // B's player moves on, now from A's game: on top of A's moves.
    await openGoal(b, goals[1]!);
    await propose(b);
    const afterB = (await stored(b))!;
    expect(afterB.moves).toHaveLength(3);
    expect(afterB.moves.slice(0, 2)).toEqual(afterA.moves);
    expect(afterB).toEqual(await record(b));
    guardB.check();
  });
});
