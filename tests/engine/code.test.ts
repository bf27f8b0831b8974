// Result codes as a student and a teacher meet them: pasted with spaces, mistyped, cut off, old,
// made with other rules or for a scenario this build does not have; for every scenario, and for a
// game in which a person played Putin (then the code holds both sides' moves).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codeScenario,
  decodeResultCode,
  ENGINE_VERSION,
  encodeResultCode,
  Game,
  type GameRecord,
  legalMoves,
  makeBundle,
  makeStrategy,
  type Message,
  type Move,
  newGame,
  playOut,
  type ScenarioBundle,
  verifyResultCode,
} from '../../src/engine';
import { BUNDLES, lookupBundle, textOf, VLADIVOSTOK } from '../support/bundles';

const SCENARIOS = Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const);

/** What a player reads of a verdict: 'ok', or the English sentence. */
const say = (bundle: ScenarioBundle, r: { ok: true } | { ok: false; error: Message }) => (r.ok ? 'ok' : textOf(bundle, 'en', r.error));

/** A game played to the end by the greedy player, with a name and a class session. */
function played(bundle: ScenarioBundle): Game {
  return playOut(newGame(bundle, { seed: 'classroom-7', settings: { difficulty: 'standard', session: 'KELAS-9B' }, name: 'Siti Nurhaliza' }), makeStrategy('greedy', 'x'));
}

/**
 * A game with a person in Putin's chair, both sides moving through game.play: each side picks from
 * its legal moves, Putin in turn accepting, countering, refusing (once with a declared bluff) and hinting.
 */
function twoPerson(bundle: ScenarioBundle, difficulty: 'open' | 'standard' | 'hard' = 'hard'): Game {
  const game = new Game(bundle, { seed: 'two-chairs', settings: { difficulty }, putin: 'person', name: 'Ana & Budi' });
  let bluffed = false;
  for (let i = 0; i < 120 && !game.isOver(); i++) {
    const side = game.turnOf;
    const moves = legalMoves(bundle, game.state, side);
    expect(moves.length, `step ${i}: ${side} has a move`).toBeGreaterThan(0);
    let move: Move = moves[(i * 37 + 11) % moves.length]!;
    if (side === 'kim' && game.phase === 'talks') {
      // Ask now and then, so that Putin hints; end the day only after a while.
      const ask = moves.find((m) => m.type === 'goal.ask');
      if (ask && i % 5 === 0) move = ask;
      if (move.type === 'summit.end' && i < 60) move = moves[0]!;
    }
    if (side === 'putin') {
      const want = (['counter', 'refuse', 'accept'] as const)[i % 3];
      move = moves.find((m) => m.type === 'putin.answer' && m.answer === want) ?? move;
      if (!bluffed && move.type === 'putin.answer' && move.answer === 'refuse' && move.claim) {
        move = { ...move, bluff: true };
        bluffed = true;
      }
    }
    const r = game.play(move);
    expect(r.ok, `step ${i}: ${JSON.stringify(move)}`).toBe(true);
  }
  return game;
}

describe.each(SCENARIOS)('a result code of %s', (_id, bundle) => {
  const game = played(bundle);
  const code = encodeResultCode(game.record(), bundle);

  it('is short enough for a chat message and carries the scenario, its rules, the name and the session', () => {
    // A sixteen-move day with a name, a class session and a thirteen-good list: well within a chat
    // message, a QR code and what a teacher can read out.
    expect(code.length).toBeLessThanOrEqual(240);
    expect(code).toMatch(/^V19[0-9A-Z]+$/);
    expect(codeScenario(code)).toBe(bundle.scenario.id);
    const d = decodeResultCode(code, lookupBundle);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.record).toEqual(game.record());
    expect(d.record.scenarioId).toBe(bundle.scenario.id);
    expect(d.record.scenarioHash).toBe(bundle.hash);
    expect(d.record.name).toBe('Siti Nurhaliza');
    expect(d.record.settings.session).toBe('KELAS-9B');
    expect(d.record.putin).toBeUndefined();
    expect(d.record.moves.every((m) => m.side === 'kim')).toBe(true);
  });

  it('verifies to the score and hash of the game it came from', () => {
    const v = verifyResultCode(code, lookupBundle);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.hash).toBe(game.hash());
    expect(v.finished).toBe(true);
    expect(v.record.scenarioId).toBe(bundle.scenario.id);
  });

  it('survives spaces, line breaks, dashes and lower case around and inside it', () => {
    const messy = `\n  ${code.slice(0, 20).toLowerCase()} ${code.slice(20, 40)}\r\n-${code.slice(40)}  \n`;
    expect(verifyResultCode(messy, lookupBundle).ok).toBe(true);
  });

  it('says it was changed when any one character is changed', () => {
    for (let i = 3; i < code.length; i++) {
      const ch = code[i] === 'Z' ? 'Y' : 'Z';
      const r = verifyResultCode(code.slice(0, i) + ch + code.slice(i + 1), lookupBundle);
      expect(r.ok, `position ${i}`).toBe(false);
      expect(say(bundle, r), `position ${i}`).toBe('The result code has been changed or mistyped: its check digits do not match.');
    }
  });

  it('says it was changed when a character is added at the end, even one that adds only zero bits', () => {
    // Found by the classroom fuzz test: a stray 0 after a code whose bits end on a character's edge
    // (its bytes a multiple of 5) used to read as the same code. Names of one to five letters make
    // codes of five byte lengths in a row: one of them ends on the edge.
    const codes = ['A', 'AB', 'ABC', 'ABCD', 'ABCDE'].map((name) => encodeResultCode({ ...game.record(), name }, bundle));
    expect(codes.some((c) => (c.length - 3) % 8 === 0)).toBe(true);
    for (const c of codes) {
      for (const extra of ['0', '00', 'Z', '0000000']) {
        const r = verifyResultCode(c + extra, lookupBundle);
        expect(r.ok, `${c.length} + ${extra}`).toBe(false);
        expect(say(bundle, r), extra).toBe('The result code has been changed or mistyped: its check digits do not match.');
      }
    }
  });

  it('says it is incomplete when cut off', () => {
    expect(say(bundle, verifyResultCode(code.slice(0, code.length - 7), lookupBundle))).toBe('The result code is incomplete: part of it is missing.');
  });

  it('says which version made it when another engine version made it', () => {
    // A code as a later version of the game would write it: the same game, engine version 99.
    const text = encodeResultCode({ ...game.record(), engineVersion: 99 }, bundle);
    expect(say(bundle, verifyResultCode(text, lookupBundle))).toBe(`The result code was made by another version of the game (engine 99, this is ${ENGINE_VERSION}).`);
  });

  it('says, in one line, that it was made with other rules of the scenario when one rule number differs', () => {
    // The same scenario with one number of its rules changed: what an older or newer build of its content would play.
    const raw = structuredClone(bundle.scenario);
    expect(makeBundle(structuredClone(bundle.scenario), bundle.messages).hash).toBe(bundle.hash);
    raw.costs.propose += 1;
    const other = makeBundle(raw, bundle.messages);
    expect(other.hash).not.toBe(bundle.hash);
    const theirs = playOut(newGame(other, { seed: 'classroom-7', settings: { difficulty: 'standard' } }), makeStrategy('greedy', 'x'));
    const text = encodeResultCode(theirs.record(), other);
    expect(codeScenario(text)).toBe(bundle.scenario.id);
    const d = decodeResultCode(text, lookupBundle);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.error).toEqual({ key: 'code.error.scenario-version', params: { found: bundle.scenario.id } });
    const sentence = say(bundle, d);
    expect(sentence).toBe(`This result code was made with other rules of the scenario "${bundle.scenario.id}" (a different version of its content).`);
    expect(sentence).not.toMatch(/\n/);
    expect(say(bundle, verifyResultCode(text, lookupBundle))).toBe(sentence);
  });

  it('says so when it names a scenario this build does not have', () => {
    const raw = { ...structuredClone(bundle.scenario), id: 'atlantis-1999' };
    const unknown = makeBundle(raw, bundle.messages);
    const text = encodeResultCode(newGame(unknown, { seed: 's', settings: { difficulty: 'open' } }).record(), unknown);
    expect(codeScenario(text)).toBe('atlantis-1999');
    const d = decodeResultCode(text, lookupBundle);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.error).toEqual({ key: 'code.error.unknown-scenario', params: { found: 'atlantis-1999' } });
    expect(say(bundle, d)).toBe('This result code is for a scenario this version of the game does not have (atlantis-1999).');
  });
});

describe.each(SCENARIOS)('a result code of %s with a person playing Putin', (_id, bundle) => {
  const game = twoPerson(bundle);
  const record: GameRecord = game.record();
  const code = encodeResultCode(record, bundle);

  it('holds the moves of both sides, as they were played', () => {
    expect(record.putin).toBe('person');
    const putin = record.moves.filter((m) => m.side === 'putin');
    expect(putin.length).toBeGreaterThan(3);
    expect(record.moves.some((m) => m.side === 'kim')).toBe(true);
    // Every kind of Putin's move is in it: an acceptance, a counter, a refusal, a declared bluff and a hint.
    for (const answer of ['accept', 'counter', 'refuse'] as const) expect(putin.some((m) => m.type === 'putin.answer' && m.answer === answer), answer).toBe(true);
    expect(putin.some((m) => m.type === 'putin.answer' && m.bluff === true)).toBe(true);
    expect(putin.some((m) => m.type === 'putin.hint')).toBe(true);
    expect(game.isOver()).toBe(true);
  });

  it('comes back as the same record, and replays to the same game', () => {
    const d = decodeResultCode(code, lookupBundle);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.record).toEqual(record);
    const v = verifyResultCode(code, lookupBundle);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.hash).toBe(game.hash());
    expect(v.finished).toBe(true);
    expect(v.record.putin).toBe('person');
  });

  it('is not the code of the same moves against the computer, and says it was changed when any one character is changed', () => {
    // The same moves with the computer in Putin's chair: the computer makes his moves; a person's are not his to give.
    expect(encodeResultCode({ ...record, putin: 'model' }, bundle)).not.toBe(code);
    const asModel = verifyResultCode(encodeResultCode({ ...record, putin: 'model' }, bundle), lookupBundle);
    expect(say(bundle, asModel)).toMatch(/^The result code contains a move the game does not allow \(move \d+\)\.$/);
    for (let i = 3; i < code.length; i++) {
      const ch = code[i] === 'Z' ? 'Y' : 'Z';
      const r = verifyResultCode(code.slice(0, i) + ch + code.slice(i + 1), lookupBundle);
      expect(r.ok, `position ${i}`).toBe(false);
      expect(say(bundle, r), `position ${i}`).toBe('The result code has been changed or mistyped: its check digits do not match.');
    }
  });
});

describe('things that are not codes', () => {
  const say0 = (text: unknown) => say(VLADIVOSTOK, verifyResultCode(text, lookupBundle));

  it('says what is wrong with each', () => {
    expect(say0('')).toBe('The result code is empty.');
    expect(say0('hello world')).toBe('This is not a result code of this game: it should start with "V19".');
    expect(say0('V19 ABC!')).toBe('The result code contains characters that cannot be in a code (for example "!").');
    expect(codeScenario('hello world')).toBeNull();
  });
});

// Codes of engine version 1 (format 1 of e273f05 and format 2 of c79e449) are read by version 1's
// frozen engine: tests/engine/old-codes.test.ts and versions.test.ts verify them with their scores.
