// The debrief teaches nine ideas of negotiation by name, each shown on the player's own game. These
// tests play real games (the reference players, on many seeds and every difficulty) and check that
// each example names what the record holds: the first offer, the number of concessions, the
// package, the deal, the points; and that where a move never happened the example says so.
import { describe, expect, it, vi } from 'vitest';
import { DIFFICULTIES, type Game, type Lang, makeStrategy, type Message, type MoveInput, newGame, playerView, playOut, scoreGame, STRATEGIES } from '../../src/engine';
import { frontierOfRecord } from '../../src/engine/debrief/frontier';
import { IDEAS, type Lesson, lessonsOf } from '../../src/engine/debrief/lessons';
import { BUNDLES, textOf, VLADIVOSTOK } from '../support/bundles';

vi.setConfig({ testTimeout: 180_000 });

const LANGS: Lang[] = ['en', 'id'];
const of = (lessons: Lesson[], idea: Lesson['idea']) => lessons.find((l) => l.idea === idea)!;
const param = (m: Message, name: string) => m.params?.[name];
const keyOf = (m: unknown) => (m as Message).key;

/** The games the tests read: every reference player, on twelve seeds, at every difficulty, in each scenario. */
function games(bundle = VLADIVOSTOK, seeds = 12): Game[] {
  return STRATEGIES.flatMap((strategy) =>
    Array.from({ length: seeds }, (_, i) => {
      const seed = `lesson-${i}`;
      return playOut(newGame(bundle, { seed, settings: { difficulty: DIFFICULTIES[i % DIFFICULTIES.length]! } }), makeStrategy(strategy, seed));
    }),
  );
}

const kimOffers = (game: Game) => game.state.moves.filter((m) => m.type === 'offer.propose');

/**
 * A game with a package taken: on some seed, the two most modest options of two goals, offered as
 * one package at the start with the first concession he asked for (which answers his asks), are
 * worth Putin's price (found by playing, not by reading his profile).
 */
function packageGame(): Game {
  const goals = VLADIVOSTOK.scenario.goals;
  for (let i = 0; i < 60; i++) {
    for (let a = 0; a < goals.length; a++) {
      for (let c = a + 1; c < goals.length; c++) {
        const game = newGame(VLADIVOSTOK, { seed: `package-${i}`, settings: { difficulty: 'open' } });
        game.play({ type: 'briefing.rank', ranking: goals.map((g) => g.id) });
        const asked = playerView(game).putinAsks[0];
        const r = game.play({ type: 'offer.propose', goal: goals[a]!.id, option: goals[a]!.options[0]!.id, with: [{ goal: goals[c]!.id, option: goals[c]!.options[0]!.id }], ...(asked ? { sweetener: asked } : {}) });
        if (r.ok && r.answer?.kind === 'accept') return playOut(game, makeStrategy('greedy'));
      }
    }
  }
  throw new Error('no package was taken on 60 seeds');
}

describe('the lessons of the debrief', () => {
  const played = [...games(), packageGame()];

  it('shows all nine ideas in order, at least three of them on the moves the player made, in words without a gap in both languages', () => {
    for (const game of played) {
      const lessons = lessonsOf(game);
      expect(lessons.map((l) => l.idea)).toEqual([...IDEAS]);
      if (kimOffers(game).length) expect(lessons.filter((l) => l.fromMoves).length, game.seed).toBeGreaterThanOrEqual(3);
      for (const l of lessons) {
        for (const lang of LANGS) {
          const text = textOf(VLADIVOSTOK, lang, l.example);
          expect(text, `${lang} ${l.example.key}`).not.toMatch(/\{[\w-]+\}|lesson\.|undefined|NaN/);
        }
      }
    }
  });

  it('anchors on the first offer of the record, with its place on the ladder and how that goal ended', () => {
    let seen = 0;
    for (const game of played) {
      const first = kimOffers(game)[0];
      if (!first || first.type !== 'offer.propose') continue;
      const ex = of(lessonsOf(game), 'anchoring').example;
      expect(keyOf(param(ex, 'goal'))).toBe(`goal.${first.goal}.title`);
      expect(keyOf(param(ex, 'option'))).toBe(`option.${first.goal}.${first.option}.title`);
      expect(param(ex, 'step')).toBe(game.goalSpec(first.goal).options.findIndex((o) => o.id === first.option) + 1);
      const deal = game.goal(first.goal).context.deal;
      expect(ex.key).toBe(deal ? 'lesson.anchoring.deal' : 'lesson.anchoring.nodeal');
      if (deal) expect(keyOf(param(ex, 'deal'))).toBe(`option.${first.goal}.${deal}.title`);
      seen++;
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("counts the player's concessions as the engine counted them, and Putin's counter-offers as he made them", () => {
    let made = 0;
    for (const game of played) {
      const ex = of(lessonsOf(game), 'concessions').example;
      const counters = game.state.moves.filter((m) => m.type === 'putin.answer' && m.answer === 'counter').length;
      expect(param(ex, 'counters'), game.seed).toBe(counters);
      // The engine keeps his steps: one for each concession, less one for each time the player went back up.
      if (game.state.concessions > 0) expect(ex.key).toBe('lesson.concessions.made');
      if (ex.key === 'lesson.concessions.made') {
        made++;
        expect(param(ex, 'back')).toBe(game.state.retractions);
        if (game.state.retractions === 0) expect(param(ex, 'n')).toBe(game.state.concessions);
        else expect(param(ex, 'n') as number).toBeGreaterThanOrEqual(game.state.concessions);
        // His asking price came down as far as the steps he kept (before any stalling raised it again).
        if (game.state.hardening === 0 && game.state.concessions > 0) expect(param(ex, 'to') as number).toBeLessThan(param(ex, 'from') as number);
      } else expect(game.state.concessions).toBe(0);
    }
    expect(made).toBeGreaterThan(5);
  });

  it('calls a package taken integrative and names its goals; a package offered and refused, or none, is said as such', () => {
    const kinds = new Set<string>();
    for (const game of played) {
      const ex = of(lessonsOf(game), 'integrative').example;
      kinds.add(ex.key);
      const deal = game.state.deals.find((d) => d.items.length > 1);
      const offered = kimOffers(game).find((m) => m.type === 'offer.propose' && (m.with?.length ?? 0) > 0);
      if (deal) {
        expect(ex.key).toBe('lesson.integrative.deal');
        const items = param(ex, 'items') as Message[];
        expect(items.map((i) => keyOf(i.params!.option))).toEqual(deal.items.map((i) => `option.${i.goal}.${i.option}.title`));
        expect(param(ex, 'price')).toBe(Math.round(deal.price * 100) / 100);
      } else expect(ex.key).toBe(offered ? 'lesson.integrative.offered' : 'lesson.integrative.none');
    }
    expect(kinds.has('lesson.integrative.deal')).toBe(true);
  });

  it("measures the BATNA against the score's own goal points, and the reservation value against the first deal's floor", () => {
    for (const game of played) {
      const lessons = lessonsOf(game);
      const result = scoreGame(game);
      const batna = of(lessons, 'batna').example;
      if (result.deals.length) expect(param(batna, 'points')).toBe(result.goalPoints);
      else expect(batna.key).toBe('lesson.batna.none');
      const reservation = of(lessons, 'reservation-value').example;
      if (result.deals.length) expect(param(reservation, 'floor')).toBe(Math.round(result.deals[0]!.floor * 100) / 100);
    }
  });

  it("tells the zone, the frontier and the Nash point on the whole day, with the player's score and Putin's gain and the seed's possible days", () => {
    let below = 0;
    for (const game of played.slice(0, 40)) {
      const day = frontierOfRecord(game.bundle, game.record())!;
      const lessons = lessonsOf(game, day);
      const result = scoreGame(game);
      const zopa = of(lessons, 'zopa').example;
      if (day.zone) {
        expect(param(zopa, 'n')).toBe(day.zone);
        expect([param(zopa, 'kim'), param(zopa, 'putin')]).toEqual([result.kim, result.putin]);
        expect(zopa.key).toBe(result.kim > day.noDeal.kim && result.putin > 0 ? 'lesson.zopa.day.inside' : 'lesson.zopa.day.outside');
      } else expect(zopa.key).toBe('lesson.zopa.day.empty');
      const pareto = of(lessons, 'pareto').example;
      const better = day.frontier.filter((d) => d.putin >= result.putin).map((d) => d.kim - result.kim);
      const gap = Math.round(Math.max(0, ...better) * 10) / 10;
      if (gap > 0) {
        below++;
        expect(pareto.key).toBe('lesson.pareto.day.below');
        expect(param(pareto, 'gap')).toBe(gap);
      } else expect(pareto.key).toBe('lesson.pareto.day.on');
      const nash = of(lessons, 'nash').example;
      if (day.nash) {
        expect([param(nash, 'kim'), param(nash, 'putin')]).toEqual([day.nash.kim, day.nash.putin]);
        expect((param(nash, 'items') as Message[]).length).toBe(day.nash.items.length);
      } else expect(nash.key).toBe('lesson.nash.day.empty');
    }
    // The reference players leave something on the table on most seeds.
    expect(below).toBeGreaterThan(20);
  });

  it('says the whole-day ideas are being worked out while the search runs, and why they are missing where it cannot run', () => {
    const game = played[0]!;
    for (const [day, key] of [[undefined, 'lesson.day.pending'], [null, 'lesson.day.unavailable']] as const) {
      const lessons = lessonsOf(game, day);
      for (const idea of ['zopa', 'pareto', 'nash'] as const) expect(of(lessons, idea).example.key).toBe(key);
    }
  });

  it('says, for a day ended at once, that no offer, no concession, no package was made', () => {
    const game = newGame(VLADIVOSTOK, { seed: 'lesson-empty', settings: { difficulty: 'standard' } });
    game.play({ type: 'briefing.rank', ranking: VLADIVOSTOK.scenario.goals.map((g) => g.id) } as MoveInput);
    game.play({ type: 'summit.end' });
    game.play({ type: 'press.present', stance: VLADIVOSTOK.scenario.stances[0]!.id });
    const lessons = lessonsOf(game);
    const en = (idea: Lesson['idea']) => textOf(VLADIVOSTOK, 'en', of(lessons, idea).example);
    expect(en('anchoring')).toMatch(/^In your game you made no offer/);
    expect(en('concessions')).toMatch(/never came down on a goal \(no offer at all\)/);
    expect(en('integrative')).toMatch(/^In your game you made no package/);
    expect(en('batna')).toMatch(/^You made no deal/);
    expect(textOf(VLADIVOSTOK, 'id', of(lessons, 'anchoring').example)).toMatch(/^Dalam permainan Anda, Anda tidak mengajukan tawaran/);
  });

  it('reads the fixture scenario too: the ideas need no scenario of their own', () => {
    for (const game of games(BUNDLES['fixture-harbour']!, 4)) {
      const lessons = lessonsOf(game);
      expect(lessons.map((l) => l.idea)).toEqual([...IDEAS]);
      for (const l of lessons) expect(textOf(BUNDLES['fixture-harbour']!, 'en', l.example)).not.toMatch(/\{[\w-]+\}/);
    }
  });
});
