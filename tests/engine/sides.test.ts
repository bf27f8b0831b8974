// Both sides move: Putin's answers are moves in the log, made by the computer or, through the same
// apply(), by a person. Run on both scenarios (the fixture shares no id with Vladivostok).
import { describe, expect, it } from 'vitest';
import {
  apply,
  checkMove,
  encodeResultCode,
  Game,
  initialState,
  legalMoves,
  type Move,
  modelMove,
  playerView,
  replayRecord,
  verifyResultCode,
} from '../../src/engine';
import { makeStrategy } from '../../src/engine/bots';
import { seededRng } from '../../src/engine/rng';
import { BUNDLES, lookupBundle, textOf } from '../support/bundles';

const SCENARIOS = Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const);

describe.each(SCENARIOS)('%s', (_id, bundle) => {
  const { scenario } = bundle;
  const goals = scenario.goals.map((g) => g.id);

  /** A person in Putin's chair: answers by a script of their own (never the model), from the legal moves. */
  function personPutin(seed: string) {
    const rng = seededRng(`person/${seed}`);
    return (game: Game): Move => {
      const legal = legalMoves(bundle, game.state, 'putin');
      // This person likes to counter when they can, and otherwise refuses on price half the time.
      const counters = legal.filter((m) => m.type === 'putin.answer' && m.answer === 'counter');
      if (counters.length && rng.next() < 0.5) return counters[rng.int(counters.length)]!;
      return legal[rng.int(legal.length)]!;
    };
  }

  function twoPersonGame(seed: string): Game {
    const game = new Game(bundle, { seed, settings: { difficulty: 'standard' }, putin: 'person' });
    const kim = makeStrategy('random', seed);
    const putin = personPutin(seed);
    for (let i = 0; i < 400 && !game.isOver(); i++) {
      const move = game.turnOf === 'kim' ? kim.next(game) : putin(game);
      const r = game.play(move);
      if (!r.ok && game.turnOf === 'kim') game.play(game.phase === 'talks' ? { type: 'summit.end' } : { type: 'press.present', stance: scenario.stances[0]!.id });
      else if (!r.ok) throw new Error(`the person's legal answer was refused: ${JSON.stringify(move)} ${r.error.key}`);
    }
    return game;
  }

  it('a whole game in which every answer of Putin comes from a person through apply()', () => {
    let personAnswers = 0;
    let differsFromModel = 0;
    for (let i = 0; i < 10; i++) {
      const seed = `person-${i}`;
      const game = new Game(bundle, { seed, settings: { difficulty: 'standard' }, putin: 'person' });
      const kim = makeStrategy('random', seed);
      const putin = personPutin(seed);
      let state = game.state;
      let answersThisGame = 0;
      for (let k = 0; k < 400 && state.summit.value !== 'over'; k++) {
        const awaiting = state.awaiting !== null;
        const move = awaiting ? putin(new Game(bundle, state)) : kim.next(new Game(bundle, state));
        if (awaiting) {
          personAnswers++;
          answersThisGame++;
          // What the computer would have said here, to show the person's answers are their own.
          if (JSON.stringify(modelMove(scenario, state)) !== JSON.stringify(move)) differsFromModel++;
        }
        const r = apply(bundle, state, move);
        if (r.ok) state = r.state;
        else if (!awaiting) state = (apply(bundle, state, state.summit.value === 'talks' ? { type: 'summit.end' } : { type: 'press.present', stance: scenario.stances[0]!.id }) as { state: typeof state }).state;
        else throw new Error(`refused: ${r.error.key}`);
      }
      expect(state.summit.value).toBe('over');
      // Every answer the person gave is in the log of moves, on his side, and each answers a move of
      // Kim's that waits for one (an offer, an ask, or a call of his claim).
      expect(state.moves.filter((m) => m.side === 'putin').length).toBe(answersThisGame);
      expect(answersThisGame).toBeLessThanOrEqual(state.moves.filter((m) => m.side === 'kim' && (m.type === 'offer.propose' || m.type === 'goal.ask' || m.type === 'offer.call')).length);
    }
    expect(personAnswers).toBeGreaterThan(20);
    expect(differsFromModel).toBeGreaterThan(0);
  });

  it("a two-person game's record keeps both sides' moves, replays and verifies as a two-person game", () => {
    for (let i = 0; i < 8; i++) {
      const game = twoPersonGame(`pair-${i}`);
      expect(game.isOver()).toBe(true);
      const record = game.record();
      expect(record.putin).toBe('person');
      expect(record.moves.some((m) => m.side === 'putin')).toBe(true);
      const replayed = replayRecord(record, lookupBundle);
      expect(replayed.ok).toBe(true);
      if (replayed.ok) expect(replayed.game.hash()).toBe(game.hash());
      const code = encodeResultCode(record, bundle);
      const verified = verifyResultCode(code, lookupBundle);
      expect(verified.ok).toBe(true);
      if (!verified.ok) continue;
      expect(verified.record.putin).toBe('person');
      expect(verified.record.moves).toEqual(record.moves);
      expect(verified.hash).toBe(game.hash());
      // Replayed against the computer instead, the same Kim moves would not give this game.
      const asModel = replayRecord({ ...record, putin: undefined }, lookupBundle);
      expect(asModel.ok).toBe(false);
    }
  });

  it("against the computer, the record holds Kim's moves only; replay makes Putin's again, the model's own", () => {
    const game = new Game(bundle, { seed: 'model', settings: { difficulty: 'hard' } });
    const kim = makeStrategy('greedy', 'model');
    const answers: Move[] = [];
    for (let i = 0; i < 400 && !game.isOver(); i++) {
      const before = game.state;
      const r = game.play(kim.next(game));
      if (!r.ok) game.play(game.phase === 'talks' ? { type: 'summit.end' } : { type: 'press.present', stance: scenario.stances[0]!.id });
      // The state after Kim's move alone, and the computer's answer to it.
      const afterKim = apply(bundle, before, game.state.moves[before.moves.length]!);
      if (afterKim.ok && afterKim.state.awaiting) answers.push(modelMove(scenario, afterKim.state)!);
    }
    const record = game.record();
    expect(record.putin).toBeUndefined();
    expect(record.moves.every((m) => m.side === 'kim')).toBe(true);
    const putinMoves = game.state.moves.filter((m) => m.side === 'putin');
    expect(putinMoves).toEqual(answers);
    // A record against the computer that carries a Putin move of its own is refused: his moves are the model's.
    const forged = { ...record, moves: [...record.moves.slice(0, 2), { side: 'putin', type: 'putin.hint', goal: goals[0]! } as Move, ...record.moves.slice(2)] };
    const r = replayRecord(forged, lookupBundle);
    expect(r.ok).toBe(false);
  });

  it('whose turn it is: Kim waits for the answer, Putin answers only what was put to him', () => {
    let state = initialState(bundle, { seed: 'turns', settings: { difficulty: 'standard' }, putin: 'person' });
    const rank = apply(bundle, state, { type: 'briefing.rank', ranking: goals });
    expect(rank.ok).toBe(true);
    if (!rank.ok) return;
    state = rank.state;
    // Nothing was put to him: he has no move.
    expect(legalMoves(bundle, state, 'putin')).toEqual([]);
    expect(checkMove(bundle, state, { side: 'putin', type: 'putin.answer', goal: goals[0]!, answer: 'accept' })?.key).toBe('error.not-your-turn');
    const first = scenario.goals[0]!.options[0]!.id;
    const offer = apply(bundle, state, { type: 'offer.propose', goal: goals[0]!, option: first });
    expect(offer.ok).toBe(true);
    if (!offer.ok) return;
    // Kim has asked: he waits.
    expect(playerView(new Game(bundle, offer.state)).turnOf).toBe('putin');
    expect(legalMoves(bundle, offer.state, 'kim')).toEqual([]);
    expect(checkMove(bundle, offer.state, { type: 'summit.end' })?.key).toBe('error.not-your-turn');
    // Putin answers that offer, on that goal, and on no other.
    if (goals[1]) expect(checkMove(bundle, offer.state, { side: 'putin', type: 'putin.answer', goal: goals[1], answer: 'accept' })?.key).toBe('error.not-your-turn');
    expect(checkMove(bundle, offer.state, { side: 'putin', type: 'putin.hint', goal: goals[0]! })?.key).toBe('error.not-your-turn');
    expect(checkMove(bundle, offer.state, { side: 'putin', type: 'putin.answer', goal: goals[0]!, answer: 'accept' })).toBeNull();
  });

  it('a person cannot agree to what breaks a limit: the machine refuses, the move is illegal and nothing of it is kept', () => {
    const goal = scenario.goals.find((g) => g.options.some((o) => o.breaks.length > 0))!;
    const unlawful = goal.options.find((o) => o.breaks.length > 0)!;
    let state = initialState(bundle, { seed: 'limit', settings: { difficulty: 'standard' }, putin: 'person' });
    state = (apply(bundle, state, { type: 'briefing.rank', ranking: goals }) as { state: typeof state }).state;
    const sweetener = scenario.sweeteners[0]!.id;
    const offered = apply(bundle, state, { type: 'offer.propose', goal: goal.id, option: unlawful.id, sweetener });
    expect(offered.ok).toBe(true);
    if (!offered.ok) return;
    const before = JSON.stringify(offered.state);
    const accept = apply(bundle, offered.state, { side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'accept' });
    expect(accept.ok).toBe(false);
    if (!accept.ok) {
      expect(accept.error.key).toBe('error.unlawful');
      expect(textOf(bundle, 'en', accept.error)).toContain(textOf(bundle, 'en', { key: `constraint.${unlawful.breaks[0]}.says` }));
    }
    // The state handed in is untouched (the sweetener was spent when offered, no more), the clock has not moved.
    expect(JSON.stringify(offered.state)).toBe(before);
    expect(offered.state.sweetenersUsed).toEqual([sweetener]);
    // A counter with an unlawful option is refused the same way.
    const counter = apply(bundle, offered.state, { side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'counter', counter: unlawful.id });
    expect(counter.ok).toBe(false);
    // Refusing, naming the limit, is his to do.
    const refuse = apply(bundle, offered.state, { side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal: 'NEVER', claim: unlawful.breaks[0]! });
    expect(refuse.ok).toBe(true);
    if (refuse.ok) expect(refuse.answer?.bluff).toBeUndefined();
  });

  it('a person may bluff, claiming a limit the option does not break: the debrief shows it, Kim does not see it', () => {
    const goal = scenario.goals[0]!;
    const lawful = goal.options[0]!;
    // A limit the goal has (an option of it breaks it), which the modest option does not break.
    const claim = goal.options.flatMap((o) => o.breaks).find((c) => !lawful.breaks.includes(c))!;
    const game = new Game(bundle, { seed: 'bluff', settings: { difficulty: 'standard' }, putin: 'person' });
    game.play({ type: 'briefing.rank', ranking: goals });
    game.play({ type: 'offer.propose', goal: goal.id, option: lawful.id });
    const r = game.play({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal: 'NEVER', claim });
    expect(r.ok && r.answer?.bluff).toBeTruthy();
    expect(game.state.bluffs).toHaveLength(1);
    const kimView = playerView(game, 'kim');
    expect(kimView.goals[0]!.answers.at(-1)!.bluff).toBeUndefined();
    const putinView = playerView(game, 'putin');
    expect(putinView.goals[0]!.answers.at(-1)!.bluff).toBeDefined();
  });

  it("each side sees what it may: Kim never Putin's profile; Putin every limit, never Kim's values or ranking", () => {
    const game = new Game(bundle, { seed: 'views', settings: { difficulty: 'standard' } });
    game.play({ type: 'briefing.rank', ranking: [...goals].reverse() });
    const kim = playerView(game, 'kim');
    const putin = playerView(game, 'putin');
    expect(JSON.stringify(kim)).not.toContain('"aspiration"');
    expect(JSON.stringify(putin)).not.toContain('"aspiration"');
    // On standard, Kim does not know the limits before asking; Putin knows his own.
    // (But for what the news before the talks told: Ushakov's word on the joint statement.)
    const told = new Set(scenario.events.filter((e) => e.before).flatMap((e) => (e.reveal ?? []).map((r) => `${r.goal}/${r.option}`)));
    expect(kim.goals.every((g) => g.options.every((o) => o.breaks === null || told.has(`${g.id}/${o.id}`)))).toBe(true);
    expect(putin.goals.every((g) => g.options.every((o) => Array.isArray(o.breaks)))).toBe(true);
    expect(kim.goals.every((g) => g.options.every((o) => typeof o.kimValue === 'number'))).toBe(true);
    expect(putin.goals.every((g) => g.options.every((o) => o.kimValue === null) && g.rank === null)).toBe(true);
    expect(kim.goals.map((g) => g.rank)).toEqual(goals.map((_g, i) => goals.length - i));
  });
});
