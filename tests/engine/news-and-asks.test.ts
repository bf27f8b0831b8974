// What the news does to Putin's position, and what asking him lets out (engine version 4): news that
// makes an argument weigh more with him is said on the news item and in his answer; some of the
// day's news, drawn by the seed, is in effect from the start; asked about a goal where he lets out
// his limits, he also names the options his day's budgets rule out now.
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Game, newGame, playerView } from '../../src/engine';
import { VLADIVOSTOK } from '../support/bundles';

const sc = VLADIVOSTOK.scenario;
const ranked = (seed: string, difficulty: 'open' | 'standard' | 'hard' = 'standard'): Game => {
  const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty } });
  game.play({ type: 'briefing.rank', ranking: sc.goals.map((g) => g.id) });
  return game;
};
/** The first of 200 seeds whose game passes the test. */
function seedWhere(test: (g: Game) => boolean, difficulty: 'open' | 'standard' | 'hard' = 'standard'): string {
  for (let i = 0; i < 200; i++) if (test(ranked(`news-${i}`, difficulty))) return `news-${i}`;
  throw new Error('no such seed');
}

describe('news that moves an argument', () => {
  const moving = sc.events.find((e) => e.arguments?.length)!;
  const { framing, goals } = moving.arguments![0]!;
  const goal = goals[0]!;
  const option = sc.goals.find((g) => g.id === goal)!.options[1]!.id;

  it('is said on the news item, and in his answer to an offer made with that argument', () => {
    const seed = seedWhere((g) => g.state.news.some((n) => n.id === moving.id));
    const game = ranked(seed);
    const item = playerView(game).news.find((n) => n.id === moving.id)!;
    expect(item.effect).toEqual({ key: `event.${moving.id}.effect` });
    const r = game.play({ type: 'offer.propose', goal, option, framing });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const said = r.answer!.reasons.find((x) => x.id === 'news-argument');
    expect(said?.weight).toBe('for');
    expect(said?.message).toEqual({ key: 'reason.news-argument-up', params: { framing: { key: `framing.${framing}.title` }, goal: { key: `goal.${goal}.title` } } });
    // Its sources are those of the news in effect that moved this argument on this goal, not the argument's own.
    const movers = sc.events.filter((e) => game.state.news.some((n) => n.id === e.id) && e.arguments?.some((a) => a.framing === framing && a.goals.includes(goal)));
    expect(movers.map((e) => e.id)).toContain(moving.id);
    expect(new Set(said?.facts)).toEqual(new Set(movers.flatMap((e) => e.facts)));
  });

  it('is not said before that news has come, nor for an offer made without the argument', () => {
    const seed = seedWhere((g) => !g.state.news.some((n) => n.id === moving.id));
    const before = ranked(seed).play({ type: 'offer.propose', goal, option, framing });
    if (!before.ok) throw new Error('the offer was refused as illegal');
    expect(before.answer!.reasons.some((x) => x.id === 'news-argument')).toBe(false);
    const withNews = seedWhere((g) => g.state.news.some((n) => n.id === moving.id));
    const bare = ranked(withNews).play({ type: 'offer.propose', goal, option });
    if (!bare.ok) throw new Error('the offer was refused as illegal');
    expect(bare.answer!.reasons.some((x) => x.id === 'news-argument')).toBe(false);
  });

  it('adds exactly its amount to what the argument is worth to him on each of its goals', () => {
    const seed = seedWhere((g) => g.state.news.some((n) => n.id === moving.id));
    const game = ranked(seed);
    const total = sc.events.filter((e) => game.state.news.some((n) => n.id === e.id)).flatMap((e) => e.arguments ?? []).filter((a) => a.framing === framing && a.goals.includes(goal)).reduce((s, a) => s + a.amount, 0);
    expect(game.state.argumentBonus[framing]?.[goal]).toBe(total);
    expect(total).toBeGreaterThanOrEqual(moving.arguments![0]!.amount);
  });
});

describe('the news known at the start', () => {
  it.each(DIFFICULTIES)('%s: the scenario says how many of the day\'s news are in effect from the start, and the seed draws which', (d) => {
    const fromStart = (seed: string) => ranked(seed, d).state.news.filter((n) => n.before).map((n) => n.id);
    const n = sc.events.filter((e) => e.before).length + sc.newsAtStart[d];
    const drawn = new Set(Array.from({ length: 20 }, (_, i) => fromStart(`start-${i}`).join(',')));
    for (const ids of drawn) expect(ids.split(',')).toHaveLength(n);
    if (sc.newsAtStart[d] > 0) expect(drawn.size).toBeGreaterThan(3);
  });

  it('gives more of them at open than at standard, and at standard than at hard', () => {
    expect(sc.newsAtStart.open).toBeGreaterThan(sc.newsAtStart.standard);
    expect(sc.newsAtStart.standard).toBeGreaterThan(sc.newsAtStart.hard);
  });
});

describe('asking him about a goal where he lets out his limits', () => {
  it("names the options his day's money rules out now, in the words of his refusals", () => {
    const goal = sc.goals.find((g) => g.options.some((o) => o.money > 0 && o.breaks.length === 0))!;
    const seed = seedWhere((g) => g.state.profile.reveals[goal.id] === 'limits' && goal.options.some((o) => o.breaks.length === 0 && o.money > g.state.profile.money));
    const game = ranked(seed);
    const r = game.play({ type: 'goal.ask', goal: goal.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const money = r.answer!.reasons.filter((x) => x.id === 'money').map((x) => (x.message.params?.option as { key: string }).key);
    const over = goal.options.filter((o) => o.breaks.length === 0 && o.money > game.state.profile.money && !(o.china && game.state.profile.china < 1)).map((o) => `option.${goal.id}.${o.id}.title`);
    expect(over.length).toBeGreaterThan(0);
    for (const key of over) expect(money).toContain(key);
    // And an offer of such an option is indeed refused for the money.
    const o = goal.options.find((x) => `option.${goal.id}.${x.id}.title` === over[0])!;
    const offer = game.play({ type: 'offer.propose', goal: goal.id, option: o.id, ...(o.needsFraming ? { framing: o.needsFraming } : {}) });
    expect(offer.ok && offer.answer!.reasons.some((x) => x.id === 'money')).toBe(true);
  });
});
