// The agent interface (src/engine/agents): an agent is a function of its side's view and the legal
// moves, both plain JSON; the runner plays whole games through Game.play, reports illegal moves and
// goes on; the reference players play through the same interface a person uses.
import { describe, expect, it, vi } from 'vitest';
import { type Difficulty, type Move, scoreGame, verifyResultCode, encodeResultCode } from '../../src/engine';
import { type Agent, BUILTIN_AGENTS, builtinAgent, runGame, runGameSync } from '../../src/engine/agents';
import { loadAgent } from '../../tools/agents';
import { BUNDLES, FIXTURE, lookupBundle, VLADIVOSTOK } from '../support/bundles';

// Whole games, many of them: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const SCENARIOS = Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const);
const file = (name: string) => new URL(`../tools/agents/${name}`, import.meta.url).pathname;
const example = (name: string) => new URL(`../../examples/agents/${name}`, import.meta.url).pathname;

async function agentFrom(path: string, bundle = VLADIVOSTOK): Promise<Agent> {
  const loaded = await loadAgent(path, bundle);
  if (typeof loaded === 'string') throw new Error(loaded);
  return loaded.agent;
}

describe.each(SCENARIOS)('%s: agents play whole games', (_id, bundle) => {
  it('an agent file, loaded as the command line loads it, plays whole games to the end without an illegal move', async () => {
    const agent = await agentFrom(example('patient.ts'), bundle);
    for (const difficulty of ['open', 'standard', 'hard'] as Difficulty[]) {
      const played = await runGame(bundle, { seed: `file-${difficulty}`, settings: { difficulty } }, { kim: agent });
      expect(played.game.isOver()).toBe(true);
      expect(played.illegal).toEqual([]);
      expect(played.forced).toBe(0);
      // What it played is a game like any other: its code verifies to the same score.
      const verified = verifyResultCode(encodeResultCode(played.game.record(), bundle), lookupBundle);
      expect(verified.ok).toBe(true);
      if (verified.ok) expect(verified.score.kim).toBe(scoreGame(played.game).kim);
    }
  });

  it('every reference player finishes its games with legal moves only', async () => {
    for (const name of BUILTIN_AGENTS) {
      for (const difficulty of ['open', 'hard'] as Difficulty[]) {
        const played = await runGame(bundle, { seed: `ref-${name}`, settings: { difficulty } }, { kim: builtinAgent(name, bundle.scenario) });
        expect(played.game.isOver(), name).toBe(true);
        expect(played.illegal, name).toEqual([]);
      }
    }
  });

  it("an agent in Putin's chair answers through the same interface, and its game's record keeps both sides", async () => {
    const putin = await agentFrom(example('putin-firm.mjs'), bundle);
    const seen: string[] = [];
    const watching: Agent = (view, legal) => {
      seen.push(view.side);
      // Putin's view: every option's limits, none of Kim's values.
      expect(view.goals.every((g) => g.options.every((o) => o.kimValue === null && o.breaks !== null))).toBe(true);
      expect(legal.every((m) => m.side === 'putin')).toBe(true);
      return putin(view, legal);
    };
    const played = await runGame(bundle, { seed: 'chair', settings: { difficulty: 'standard' } }, { kim: builtinAgent('greedy', bundle.scenario), putin: watching });
    expect(played.game.isOver()).toBe(true);
    expect(played.illegal).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['putin']));
    const record = played.game.record();
    expect(record.putin).toBe('person');
    expect(record.moves.filter((m) => m.side === 'putin').length).toBe(seen.length);
  });
});

describe('the runner', () => {
  it('reports an illegal move, asks again and goes on: one report per turn for an agent wrong every other time', async () => {
    const agent = await agentFrom(file('every-other-illegal.mjs'));
    const reported: unknown[] = [];
    const played = await runGame(VLADIVOSTOK, { seed: 'illegal', settings: { difficulty: 'standard' } }, { kim: agent }, { onIllegal: (m) => reported.push(m) });
    expect(played.game.isOver()).toBe(true);
    expect(played.forced).toBe(0);
    const talksTurns = played.game.state.moves.filter((m) => m.side === 'kim' && m.type !== 'briefing.rank' && m.type !== 'press.present').length;
    expect(played.illegal).toHaveLength(talksTurns);
    expect(reported).toEqual(played.illegal);
    expect(played.illegal[0]).toMatchObject({ side: 'kim', error: 'error.unknown-goal', move: { type: 'offer.accept' } });
    // Nothing of a refused move reaches the game.
    expect(played.game.state.moves.some((m) => m.type === 'offer.accept')).toBe(false);
  });

  it('after three illegal moves in a row it moves for the agent: the briefing in order, the day ended, the first stance', async () => {
    const played = await runGame(VLADIVOSTOK, { seed: 'stuck', settings: { difficulty: 'open' } }, { kim: await agentFrom(file('always-illegal.mjs')) });
    expect(played.game.isOver()).toBe(true);
    expect(played.illegal).toHaveLength(9);
    expect(played.forced).toBe(3);
    expect(played.illegal.every((m) => m.error === 'error.bad-move')).toBe(true);
    expect(played.game.state.moves.map((m) => m.type)).toEqual(['briefing.rank', 'summit.end', 'press.present']);
    expect(played.game.meters.stance).toBe(VLADIVOSTOK.scenario.stances[0]!.id);
  });

  it('an agent that throws is reported as such; an async agent is awaited', async () => {
    let calls = 0;
    const flaky: Agent = async (view, legal) => {
      calls++;
      if (calls === 2) throw new Error('thinking too hard');
      return legal.find((m) => m.type === 'summit.end') ?? legal[0]!;
    };
    const played = await runGame(VLADIVOSTOK, { seed: 'flaky', settings: { difficulty: 'open' } }, { kim: flaky });
    expect(played.game.isOver()).toBe(true);
    expect(played.illegal).toEqual([{ step: 1, side: 'kim', move: null, error: 'agent.threw', params: { message: 'thinking too hard' } }]);
  });

  it('takes a package, which the legal moves do not list, when the rules allow it', async () => {
    const played = await runGame(FIXTURE, { seed: 'package', settings: { difficulty: 'open' } }, { kim: await agentFrom(file('package-first.mjs'), FIXTURE) });
    const offer = played.game.state.moves.find((m) => m.type === 'offer.propose');
    expect(offer).toMatchObject({ with: [{}, {}] });
    expect(played.illegal).toEqual([]);
  });

  it('plays the same game synchronously for an agent that answers at once, and refuses an async one there', async () => {
    const init = { seed: 'sync', settings: { difficulty: 'hard' as Difficulty } };
    const strong = builtinAgent('strong', VLADIVOSTOK.scenario);
    const a = await runGame(VLADIVOSTOK, init, { kim: strong });
    const b = runGameSync(VLADIVOSTOK, init, { kim: strong });
    expect(b.game.hash()).toBe(a.game.hash());
    expect(() => runGameSync(VLADIVOSTOK, init, { kim: async (_v, legal) => legal[0]! })).toThrow(/async agent/);
  });

  it('takes a move without the fields a move does not have, so that its record replays to the same game', async () => {
    const chatty: Agent = (view, legal) => ({ ...(builtinAgent('strong', VLADIVOSTOK.scenario)(view, legal) as object), note: 'my reasoning', confidence: 0.7 }) as unknown as Move;
    const played = await runGame(VLADIVOSTOK, { seed: 'chatty', settings: { difficulty: 'standard' } }, { kim: chatty });
    expect(played.illegal).toEqual([]);
    expect(played.game.state.moves.some((m) => 'note' in m)).toBe(false);
    const verified = verifyResultCode(encodeResultCode(played.game.record(), VLADIVOSTOK), lookupBundle);
    expect(verified.ok && verified.hash).toBe(played.game.hash());
  });

  it('hands the agent plain JSON copies: what it changes in them changes nothing in the game', async () => {
    const vandal: Agent = (view, legal) => {
      const move = legal.find((m) => m.type === 'summit.end') ?? legal[0]!;
      view.meters.face = 100;
      view.goals.length = 0;
      legal.length = 0;
      return move;
    };
    const played = await runGame(VLADIVOSTOK, { seed: 'vandal', settings: { difficulty: 'open' } }, { kim: vandal });
    expect(played.game.meters.face).not.toBe(100);
    expect(JSON.parse(JSON.stringify(played.game.state.goals))).toEqual(played.game.state.goals);
  });
});

describe("the player's view, for agents", () => {
  it("names Putin's asks once the talks open, lists the moves, and never shows Kim that an answer was a bluff", async () => {
    let asksSeen: string[] = [];
    let bluffMarks = 0;
    let packageGoals: string[] = [];
    const watcher: Agent = (view, legal) => {
      if (view.phase === 'talks') {
        asksSeen = view.putinAsks;
        packageGoals = view.packageGoals;
        bluffMarks += view.moves.filter((m: Move) => m.type === 'putin.answer' && ('bluff' in m || 'truth' in m)).length;
      }
      return builtinAgent('greedy', VLADIVOSTOK.scenario)(view, legal);
    };
    let bluffs = 0;
    for (let i = 0; i < 6; i++) {
      const played = await runGame(VLADIVOSTOK, { seed: `bluff-${i}`, settings: { difficulty: 'hard' } }, { kim: watcher });
      bluffs += played.game.state.bluffs.length;
      expect(asksSeen).toEqual(played.game.state.putinAsks);
    }
    expect(asksSeen.length).toBeGreaterThan(0);
    expect(asksSeen.every((s) => VLADIVOSTOK.scenario.sweeteners.some((x) => x.id === s))).toBe(true);
    expect(packageGoals.length).toBeGreaterThan(0);
    expect(bluffs).toBeGreaterThan(0);
    expect(bluffMarks).toBe(0);
  });
});

describe('the reference players, measured', () => {
  it('strong beats greedy and random on average over 50 seeds (standard)', async () => {
    const mean = async (name: (typeof BUILTIN_AGENTS)[number]) => {
      let sum = 0;
      for (let i = 1; i <= 50; i++) {
        const played = await runGame(VLADIVOSTOK, { seed: `measure-${i}`, settings: { difficulty: 'standard' } }, { kim: builtinAgent(name, VLADIVOSTOK.scenario) }, { copy: false });
        sum += scoreGame(played.game).kim;
      }
      return sum / 50;
    };
    const [strong, greedy, random] = [await mean('strong'), await mean('greedy'), await mean('random')];
    expect(strong).toBeGreaterThan(greedy);
    expect(strong).toBeGreaterThan(random);
  });

  it("historical ends with exactly the record's deals (the broker's role, nothing else) on Vladivostok, at every difficulty", async () => {
    const record = VLADIVOSTOK.scenario.history.deals;
    for (const difficulty of ['open', 'standard', 'hard'] as Difficulty[]) {
      let same = 0;
      for (let i = 1; i <= 20; i++) {
        const played = await runGame(VLADIVOSTOK, { seed: `record-${i}`, settings: { difficulty } }, { kim: builtinAgent('historical', VLADIVOSTOK.scenario) }, { copy: false });
        if (scoreGame(played.game).perGoal.every((g) => g.deal === (record[g.goal] ?? null))) same++;
      }
      // The record is no economic deal, on every seed (measured at 1,000 seeds per difficulty in the README).
      expect(same, difficulty).toBe(20);
    }
  });
});
