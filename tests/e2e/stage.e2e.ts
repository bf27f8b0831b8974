// The canvas carries the summit: Putin's last answer in a bubble beside him, the faces answering what
// just happened, the news on a ticker, the end of the day as headlines. Read from what the canvas drew
// (window.__vladivostok.stage(): the texts and the bounds Phaser measured), at 1280×720 and on a
// phone held upright, in both languages: the bubble says his last answer and its text stays inside
// it; both faces change with accept, counter and refuse as the engine answered, and are drawn in
// view (also in the narrow column of a phone held sideways); the headlines show at
// the end of the day, inside their cards and not under the panel; under reduced motion nothing on the
// canvas moves, the loop sleeps after each move, and a whole game shows every moment.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { playerView, Game, type GameRecord, type Lang } from '../../src/engine';
import { kimExpression, putinExpression, seenOn } from '../../src/shell/expression';
import type { StageReport } from '../../src/shell/stage-report';
import { VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, until, view, waitForScene, waitForTitle, type SceneKey } from '../support/game';
import { label, mouse, openGoalButton, playToDebrief, text } from '../support/play';
import { dayAfter, findReactions, type Proposal } from '../support/reactions';
import { putKept, SAVES_DB } from '../support/storage';

type Box = { x: number; y: number; w: number; h: number };
const input = mouse();
const r = findReactions('stage');
const day = dayAfter(r);

const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
const apart = (a: Box, b: Box) => a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
const stage = (page: Page) => page.evaluate(() => window.__vladivostok!.stage()) as Promise<StageReport>;
const asleep = (page: Page) => until(page, () => page.evaluate(() => window.__vladivostok!.drawing() === false), 'the canvas to sleep');

/**
 * Both faces drawn where the player sees them: inside the canvas and the window, under neither the
 * panel nor the top bar, nor under each other, a plate, the ticker or the bubble.
 */
async function facesInView(page: Page, s: StageReport): Promise<void> {
  const game = (await page.locator('#game').boundingBox())!;
  const win = { x: 0, y: 0, ...page.viewportSize()! };
  const covers = [s.bubble?.box, s.ticker?.box, s.plates?.face, s.plates?.patience].filter((b): b is Box => b !== undefined);
  const faces = [s.faceBoxes?.kim, s.faceBoxes?.putin];
  for (const [i, f] of faces.entries()) {
    const who = i === 0 ? 'Kim' : 'Putin';
    expect(f, `${who}'s face drawn`).toBeDefined();
    expect(f!.w, `${who}'s face has a size`).toBeGreaterThan(20);
    expect(inside(f!, { x: 0, y: 0, ...s.canvas }), `${who}'s face ${JSON.stringify(f)} in the canvas ${JSON.stringify(s.canvas)}`).toBe(true);
    const onPage = { x: game.x + f!.x, y: game.y + f!.y, w: f!.w, h: f!.h };
    expect(inside(onPage, { ...win, w: win.width, h: win.height }), `${who}'s face in the window`).toBe(true);
    for (const over of ['#panel', '#topbar']) {
      const o = (await page.locator(over).boundingBox())!;
      expect(apart(onPage, { x: o.x, y: o.y, w: o.width, h: o.height }), `${who}'s face under ${over}`).toBe(true);
    }
    for (const c of covers) expect(apart(f!, c), `${who}'s face ${JSON.stringify(f)} under ${JSON.stringify(c)}`).toBe(true);
  }
  expect(apart(faces[0]!, faces[1]!), 'one face over the other').toBe(true);
}

async function load(page: Page, url: (p: string) => string, lang: Lang, rec: GameRecord, scene: SceneKey): Promise<void> {
  await putKept(page, SAVES_DB, { 'vladivostok-2019.place': null, 'vladivostok-2019.save': JSON.stringify(rec) });
  await page.goto(url(`/?lang=${lang}`));
  await waitForScene(page, scene);
}

async function propose(page: Page, lang: Lang, move: Proposal): Promise<void> {
  await input.press(await openGoalButton(page, lang, move.goal));
  await waitForScene(page, 'Negotiation');
  await input.choose(page.getByRole('radio', { name: text(lang, { key: `option.${move.goal}.${move.option}.title` }), exact: true }));
  const n = (await view(page))!.step;
  await input.press(page.getByRole('button', { name: label(lang, 'ui.nego.propose'), exact: true }));
  await until(page, async () => (await view(page))!.step > n, 'the proposal to land');
}

/** The engine's faces for the game after `move` (what the page must draw). */
function expected(move: Proposal) {
  const g = new Game(VLADIVOSTOK, { seed: r.seed, settings: { difficulty: 'standard' } });
  for (const m of r.base.moves) g.play(m);
  const res = g.play(move);
  const v = playerView(g, 'kim');
  const seen = seenOn(v.goals.find((x) => x.id === move.goal), v.meters);
  return { says: res.ok ? res.answer!.says : null, putin: putinExpression(seen), kim: kimExpression(seen) };
}

describe('the summit on the canvas', () => {
  for (const [size, lang] of [
    [{ width: 1280, height: 720 }, 'en'],
    [{ width: 360, height: 640 }, 'id'],
  ] as const) {
    describe(`at ${size.width}×${size.height}, in ${lang}`, () => {
      const e2e = useE2E({ viewport: size });

      test("Putin's bubble says his last answer, inside its box; both faces change with accept, counter and refuse", async () => {
        const { page } = e2e;
        await pauseClock(page);
        await page.goto(e2e.url('/'));
        await waitForTitle(page);
        const faces: string[] = [];
        for (const kind of ['accept', 'counter', 'refuse'] as const) {
          await load(page, e2e.url, lang, r.base, 'Summit');
          await propose(page, lang, r.moves[kind]);
          const want = expected(r.moves[kind]);
          await until(page, async () => (await stage(page)).bubble?.full === text(lang, want.says!), `the bubble of the ${kind}`);
          await asleep(page);
          const s = await stage(page);
          const b = s.bubble!;
          // His words, whole at 1280×720; on the phone as much as fits, cut with an ellipsis, never out of the box.
          if (size.width >= 1000) expect(b.shown.replace(/\s+/g, ' ')).toBe(b.full);
          else expect(b.full.replace(/\s+/g, ' ').startsWith(b.shown.replace(/…$/, '').replace(/\s+/g, ' ').trim())).toBe(true);
          expect(b.text.w).toBeGreaterThan(0);
          expect(inside(b.text, b.box), `text ${JSON.stringify(b.text)} in bubble ${JSON.stringify(b.box)}`).toBe(true);
          expect(inside(b.box, { x: 0, y: 0, ...s.canvas })).toBe(true);
          // The ticker's words stay in the ticker too.
          if (s.ticker) expect(inside(s.ticker.text, s.ticker.box)).toBe(true);
          expect(s.faces.putin).toBe(want.putin);
          expect(await page.locator('#game').getAttribute('data-putin')).toBe(want.putin);
          expect(s.faces.kim).toBe(want.kim);
          // On a phone held upright the panel scrolls over the band of art to show his answer: at the top, both show.
          await page.evaluate(() => document.getElementById('ui')?.scrollTo(0, 0));
          await facesInView(page, s);
          faces.push(`${s.faces.putin}/${s.faces.kim}`);
        }
        expect(faces[0]).toBe('pleased/pleased');
        expect(new Set(faces).size).toBe(3);
      });

      test('after the talks, his words to reporters in a bubble over the lectern, inside it', async () => {
        const { page } = e2e;
        await pauseClock(page);
        await page.goto(e2e.url('/'));
        await waitForTitle(page);
        await load(page, e2e.url, lang, day.press, 'Press');
        const statement = (await view(page))!.endOfDay!.statement.map((m) => text(lang, m)).join(' ');
        await until(page, async () => (await stage(page)).bubble?.full === statement, 'the bubble');
        const s = await stage(page);
        const b = s.bubble!;
        expect(b.shown.length).toBeGreaterThan(0);
        expect(inside(b.text, b.box), `text ${JSON.stringify(b.text)} in bubble ${JSON.stringify(b.box)}`).toBe(true);
        expect(inside(b.box, { x: 0, y: 0, ...s.canvas })).toBe(true);
      });

      test('the end of the day as headlines: KCNA and each capital, each inside its card, in view beside the panel', async () => {
        const { page } = e2e;
        await pauseClock(page);
        await page.goto(e2e.url('/'));
        await waitForTitle(page);
        await load(page, e2e.url, lang, day.over, 'Debrief');
        const v = (await view(page))!;
        const reactions = v.endOfDay!.reactions;
        await until(page, async () => (await stage(page)).headlines?.length === reactions.length + 1, 'the headlines');
        const s = await stage(page);
        const heads = s.headlines!;
        expect(heads.map((x) => x.from)).toEqual(['kcna', ...reactions.map((x) => x.from)]);
        for (const [i, x] of reactions.entries()) expect(heads[i + 1]!.full).toBe(text(lang, x.says));
        const game = await page.locator('#game').boundingBox();
        for (const x of heads) {
          expect(inside(x.text, x.box), `${x.from}: text in its card`).toBe(true);
          expect(inside(x.masthead, x.box), `${x.from}: masthead in its card`).toBe(true);
          expect(inside(x.box, { x: 0, y: 0, ...s.canvas })).toBe(true);
          // In view: neither the panel nor the top bar over it.
          const card = { x: game!.x + x.box.x, y: game!.y + x.box.y, w: x.box.w, h: x.box.h };
          for (const over of ['#panel', '#topbar']) {
            const o = (await page.locator(over).boundingBox())!;
            const apart = o.x >= card.x + card.w || card.x >= o.x + o.width || o.y >= card.y + card.h || card.y >= o.y + o.height;
            expect(apart, `${x.from} under ${over}`).toBe(true);
          }
        }
      });
    });
  }

  describe('on a phone held sideways (640×360)', () => {
    const e2e = useE2E({ viewport: { width: 640, height: 360 } });

    test('Kim and Putin both in the narrow column, each face in view and answering accept, counter and refuse', async () => {
      const { page } = e2e;
      await pauseClock(page);
      await page.goto(e2e.url('/'));
      await waitForTitle(page);
      const faces: string[] = [];
      for (const kind of ['accept', 'counter', 'refuse'] as const) {
        await load(page, e2e.url, 'en', r.base, 'Summit');
        await propose(page, 'en', r.moves[kind]);
        const want = expected(r.moves[kind]);
        await until(page, async () => (await stage(page)).bubble?.full === text('en', want.says!), `the bubble of the ${kind}`);
        await asleep(page);
        // As the page shows his answer (scrolled to it): the column of art stays beside it.
        const s = await stage(page);
        expect(s.faces.putin).toBe(want.putin);
        expect(s.faces.kim).toBe(want.kim);
        expect(await page.locator('#game').getAttribute('data-kim')).toBe(want.kim);
        await facesInView(page, s);
        faces.push(`${s.faces.putin}/${s.faces.kim}`);
      }
      expect(new Set(faces).size).toBe(3);
    });
  });

  describe('under reduced motion', () => {
    const e2e = useE2E({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

    test('nothing on the canvas moves, the loop sleeps after every move, and a whole game shows every moment and its headlines', async () => {
      const { page } = e2e;
      await pauseClock(page);
      await page.goto(e2e.url('/?seed=stage-reduced&difficulty=standard&lang=en'));
      await waitForScene(page, 'Briefing');
      const moments: string[] = [];
      let answers = 0;
      await playToDebrief(page, {
        lang: 'en',
        input,
        movesPerGoal: 30,
        moments,
        beforeAction: async ({ scene }) => {
          if (scene !== 'Negotiation' && scene !== 'Summit') return;
          // A few frames at most, then asleep: no tween was started.
          await asleep(page);
          const s = await stage(page);
          expect(s.ticker?.moving ?? false).toBe(false);
          const v = (await view(page))!;
          if (scene === 'Negotiation' && s.bubble) {
            answers++;
            expect(inside(s.bubble.text, s.bubble.box)).toBe(true);
            expect(v.goals.some((g) => g.answers.length > 0 && text('en', g.answers.at(-1)!.says) === s.bubble!.full)).toBe(true);
          }
        },
      });
      expect(answers).toBeGreaterThan(0);
      const v = (await view(page))!;
      expect(v.phase).toBe('over');
      if (v.endedBy !== 'player') expect(moments.length).toBe(1);
      await until(page, async () => ((await stage(page)).headlines?.length ?? 0) > 0, 'the headlines');
      await asleep(page);
      const s = await stage(page);
      expect(s.headlines!.length).toBe(v.endOfDay!.reactions.length + 1);
    });
  });
});
