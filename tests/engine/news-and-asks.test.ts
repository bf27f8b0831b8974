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

/** Three asks and an offer he refuses (the joint statement breaks a limit): an hour, when the day's first news arrives. */
function anHour(game: Game): Game {
  for (const goal of ['workers', 'transport', 'barter']) game.play({ type: 'goal.ask', goal });
  game.play({ type: 'offer.propose', goal: 'lifeline', option: 'joint-statement' });
  return game;
}

describe('news that moves an argument', () => {
  const moving = sc.events.find((e) => e.arguments?.length)!;
  const { framing, goals } = moving.arguments![0]!;
  const goal = goals[0]!;
  const option = sc.goals.find((g) => g.id === goal)!.options[1]!.id;

  it('is said on the news item, and in his answer to an offer made with that argument', () => {
    const seed = seedWhere((g) => anHour(g).state.news.some((n) => n.id === moving.id));
    const game = anHour(ranked(seed));
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
    const seed = seedWhere((g) => !anHour(g).state.news.some((n) => n.id === moving.id));
    const before = anHour(ranked(seed)).play({ type: 'offer.propose', goal, option, framing });
    if (!before.ok) throw new Error('the offer was refused as illegal');
    expect(before.answer!.reasons.some((x) => x.id === 'news-argument')).toBe(false);
    const withNews = seedWhere((g) => anHour(g).state.news.some((n) => n.id === moving.id));
    const bare = anHour(ranked(withNews)).play({ type: 'offer.propose', goal, option });
    if (!bare.ok) throw new Error('the offer was refused as illegal');
    expect(bare.answer!.reasons.some((x) => x.id === 'news-argument')).toBe(false);
  });

  it('adds exactly its amount to what the argument is worth to him on each of its goals', () => {
    const seed = seedWhere((g) => anHour(g).state.news.some((n) => n.id === moving.id));
    const game = anHour(ranked(seed));
    const total = sc.events.filter((e) => game.state.news.some((n) => n.id === e.id)).flatMap((e) => e.arguments ?? []).filter((a) => a.framing === framing && a.goals.includes(goal)).reduce((s, a) => s + a.amount, 0);
    expect(game.state.argumentBonus[framing]?.[goal]).toBe(total);
    expect(total).toBeGreaterThanOrEqual(moving.arguments![0]!.amount);
  });
});

describe('the news of the day', () => {
  // Engine version 7: none of the day's news is known when the talks begin, at any difficulty; each
  // arrives during the day, in an order the seed draws, so a line cannot know what it can ask for when
  // (with news at the start, version 6, one fixed list of moves reached 90% of the best on 18% of the
  // seeds at open).
  it.each(DIFFICULTIES)("%s: only the scenario's reports from before the summit are known at the start; the first of the day's news arrives at the first news time, and which it is the seed draws", (d) => {
    const before = sc.events.filter((e) => e.before).map((e) => e.id);
    const first = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const game = ranked(`start-${i}`, d);
      expect(game.state.news.filter((n) => n.before).map((n) => n.id)).toEqual(before);
      expect(playerView(game).news.filter((n) => !n.before)).toEqual([]);
      anHour(game);
      expect(playerView(game).meters.clock).toBe(sc.newsEvery);
      const arrived = playerView(game).news.filter((n) => !n.before);
      expect(arrived.map((n) => n.at)).toEqual([sc.newsEvery]);
      first.add(arrived[0]!.id);
    }
    expect(first.size).toBeGreaterThan(3);
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
