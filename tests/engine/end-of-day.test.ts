// The end of the day as it was: the counterpart speaks to reporters about the day the player made,
// the player chooses the state media's line, and three capitals react. The reactions add nothing
// to the score: each shows a term the score counts (Kim's face, Washington's attention), and the
// number it shows is that term's in the score report.
import { describe, expect, it, vi } from 'vitest';
import { DIFFICULTIES, type Game, makeStrategy, type MoveInput, newGame, playerView, playOut, STRATEGIES } from '../../src/engine';
import { makeBundle } from '../../src/engine/scenario/bundle';
import { BUNDLES, textOf, VLADIVOSTOK } from '../support/bundles';

vi.setConfig({ testTimeout: 120_000 });

const GOALS = VLADIVOSTOK.scenario.goals.map((g) => g.id);
const RANK: MoveInput = { type: 'briefing.rank', ranking: [...GOALS] };
const en = (m: Parameters<typeof textOf>[2]) => textOf(VLADIVOSTOK, 'en', m);

function endedWithoutDeals(seed = 'eod'): Game {
  const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } });
  expect(game.play(RANK).ok).toBe(true);
  expect(game.play({ type: 'summit.end' }).ok).toBe(true);
  return game;
}

/** A game the greedy player plays until the talks are over: its deals made, the state media's line still to choose. */
function talksOver(seed: string): Game {
  const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'open' } });
  const player = makeStrategy('greedy');
  for (let i = 0; i < 400 && game.phase !== 'press'; i++) if (!game.play(player.next(game)).ok) game.play({ type: 'summit.end' });
  expect(game.phase).toBe('press');
  return game;
}

describe('the end of the day', () => {
  it('says nothing during the talks; after them Putin speaks of the day as it went, and no one has reacted yet', () => {
    const game = newGame(VLADIVOSTOK, { seed: 'eod', settings: { difficulty: 'standard' } });
    game.play(RANK);
    expect(playerView(game).endOfDay).toBeUndefined();
    game.play({ type: 'summit.end' });
    const end = playerView(game).endOfDay!;
    const keys = end.statement.map((m) => m.key);
    expect(keys).toContain('press.putin-no-documents');
    expect(keys).not.toContain('press.putin-deals');
    expect(keys).not.toContain('press.putin-pass-on');
    expect(end.statement.map(en).join(' ')).toMatch(/signed no documents/);
    expect(end.reactions).toEqual([]);
  });

  it('has Putin name the deals the player made, in both languages', () => {
    // A day of several deals: the first of these seeds on which the greedy player makes one.
    const game = Array.from({ length: 20 }, (_, i) => talksOver(`eod-deals-${i}`)).find((g) => g.state.deals.flatMap((d) => d.items).length > 1)!;
    expect(game).toBeDefined();
    const made = VLADIVOSTOK.scenario.goals.flatMap((g) => {
      const deal = game.goal(g.id).context.deal;
      return deal ? [en({ key: `option.${g.id}.${deal}.title` })] : [];
    });
    expect(made.length).toBeGreaterThan(1);
    const line = playerView(game).endOfDay!.statement.find((m) => m.key === 'press.putin-deals')!;
    expect(en(line)).toBe(`We agreed on ${made.length} things: ${made.join(', ')}.`);
    expect(textOf(VLADIVOSTOK, 'id', line)).toMatch(new RegExp(`^Kami menyepakati ${made.length} hal: `));
    expect(playerView(game).endOfDay!.statement.map((m) => m.key)).not.toContain('press.putin-no-documents');
  });

  it("has Putin offer to pass messages on, as he did, only when the player's day made him a go-between", () => {
    const game = newGame(VLADIVOSTOK, { seed: 'history', settings: { difficulty: 'open' } });
    const played = playOut(game, makeStrategy('historical'));
    const broker = played.goal('lifeline').context.deal;
    const keys = playerView(played).endOfDay!.statement.map((m) => m.key);
    expect(keys.includes('press.putin-pass-on')).toBe(broker === 'broker' || broker === 'return-visit' || broker === 'joint-statement');
    expect(keys.includes('press.putin-pass-on') || !keys.includes('press.putin-deals') || broker === null).toBe(true);
  });

  it('brings one reaction from each of Washington, Seoul and Beijing once the state media have spoken, each showing its term of the score', () => {
    const game = endedWithoutDeals();
    expect(game.play({ type: 'press.present', stance: 'defiant' }).ok).toBe(true);
    const view = playerView(game);
    const reactions = view.endOfDay!.reactions;
    expect(reactions.map((r) => r.from)).toEqual(['washington', 'seoul', 'beijing']);
    // A defiant line worries Seoul, whatever else happened.
    expect(reactions.find((r) => r.from === 'seoul')!.says.key).toBe('reaction.seoul-worried');
    const result = view.result!;
    for (const r of reactions) {
      expect(r.meter).toBe(r.term === 'face' ? result.face : result.usAttention);
      expect(r.points).toBe(r.term === 'face' ? result.faceBonus : 0 - result.usPenalty);
    }
  });

  it('chooses the reactions from the day: a measured line after an empty day calms Washington and leaves Seoul hopeful', () => {
    const game = endedWithoutDeals();
    game.play({ type: 'press.present', stance: 'modest' });
    const says = playerView(game).endOfDay!.reactions.map((r) => r.says.key);
    expect(says).toEqual(['reaction.washington-calm', 'reaction.seoul-hopeful', expect.stringMatching(/^reaction\.beijing-/)]);
  });

  it.each(Object.keys(BUNDLES))('in %s, every whole game ends with reactions whose points are the score’s own terms, and the score adds up without them', (id) => {
    const bundle = BUNDLES[id]!;
    let games = 0;
    for (const strategy of STRATEGIES) {
      for (let i = 0; i < 12; i++) {
        const seed = `eod-${i}`;
        const game = playOut(newGame(bundle, { seed, settings: { difficulty: DIFFICULTIES[i % 3]! } }), makeStrategy(strategy, seed));
        const view = playerView(game);
        const result = view.result!;
        const end = view.endOfDay!;
        const capitals = new Set(bundle.scenario.endOfDay.reactions.map((r) => r.from));
        expect(end.reactions.map((r) => r.from)).toEqual([...capitals]);
        for (const r of end.reactions) expect(r.points).toBe(r.term === 'face' ? result.faceBonus : 0 - result.usPenalty);
        // The score is its four terms: nothing hidden comes from the reactions.
        expect(result.kim).toBeCloseTo(result.goalPoints - result.sweetenerCost + result.faceBonus - result.usPenalty, 0);
        expect(end.statement.length).toBeGreaterThan(0);
        games++;
      }
    }
    expect(games).toBe(STRATEGIES.length * 12);
  });

  it("changes no result code: the end of the day's words are not part of the rules' hash", () => {
    const raw = structuredClone(VLADIVOSTOK.scenario) as unknown as { endOfDay: { statement: unknown[] } };
    raw.endOfDay.statement.reverse();
    expect(makeBundle(raw, VLADIVOSTOK.messages).hash).toBe(VLADIVOSTOK.hash);
    const rules = structuredClone(VLADIVOSTOK.scenario) as unknown as { stances: { face: number }[] };
    rules.stances[0]!.face += 1;
    expect(makeBundle(rules, VLADIVOSTOK.messages).hash).not.toBe(VLADIVOSTOK.hash);
  });
});
