import { describe, expect, test } from 'vitest';
import { kindOfError, splitCodes, verifyItem, itemKey } from '../../src/classroom/reader';
import { ENGINE_VERSION } from '../../src/engine';
import golden from '../golden/codes-e273f05.json';
import { DIFFICULTY, EXPECTED, play, SEED, SESSION, tamper } from './fixtures';

const code = (text: string) => ({ kind: 'code' as const, text });
const file = (text: string) => ({ kind: 'file' as const, text, file: 'x.json' });

describe('verdicts', () => {
  const ana = play({ name: 'Ana', strategy: 'greedy' });
  const budi = play({ name: 'Budi', strategy: 'historical' });

  test('a finished game of this session is verified, with its name, session and path', () => {
    const v = verifyItem(code(ana.code), EXPECTED);
    expect(v).toMatchObject({ kind: 'verified', reason: null, code: ana.code, summary: { name: 'Ana', session: SESSION, seed: SEED, difficulty: DIFFICULTY } });
    expect(v.summary?.moves).toBe(ana.record.moves.length);
  });
  test('spaces, dashes and lower case are forgiven', () => {
    const messy = `  ${budi.code.toLowerCase().replace(/(.{5})/g, '$1-')} `;
    expect(verifyItem(code(messy), EXPECTED)).toMatchObject({ kind: 'verified', code: budi.code });
  });
  test('one changed character is tampered', () => {
    // From the first payload byte on (the first characters hold the length: a change there can read as cut off).
    for (let at = 6; at < ana.code.length; at++) {
      const v = verifyItem(code(tamper(ana.code, at)), EXPECTED);
      expect(v.kind, `at ${at}`).toBe('tampered');
      expect(v.reason?.key).toBe('code.error.checksum');
    }
    for (let at = 3; at < 6; at++) expect(['tampered', 'unreadable']).toContain(verifyItem(code(tamper(ana.code, at)), EXPECTED).kind);
  });
  test('another session, no session, another seed', () => {
    expect(verifyItem(code(play({ name: 'C', session: 'ZZZZZZ' }).code), EXPECTED)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherSession', params: { found: 'ZZZZZZ', expected: SESSION } } });
    expect(verifyItem(code(play({ name: 'D', session: null }).code), EXPECTED)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.noSession' } });
    expect(verifyItem(code(play({ name: 'E', seed: 'other-seed' }).code), EXPECTED)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherSettings' } });
    expect(verifyItem(code(play({ name: 'F', difficulty: 'hard' }).code), EXPECTED).kind).toBe('other-session');
    // Without a session to compare with, any finished game is verified.
    expect(verifyItem(code(play({ name: 'G', session: 'ZZZZZZ' }).code), null).kind).toBe('verified');
  });
  test('another version of the game', () => {
    const v = verifyItem(code(play({ name: 'H', engineVersion: ENGINE_VERSION + 1 }).code), EXPECTED);
    expect(v).toMatchObject({ kind: 'other-version', reason: { key: 'code.error.version' } });
  });
  test('an unfinished game', () => {
    const v = verifyItem(code(play({ name: 'I', maxMoves: 3 }).code), EXPECTED);
    expect(v).toMatchObject({ kind: 'unfinished', reason: { key: 'class.reason.unfinished', params: { moves: 3 } } });
    expect(v.summary?.name).toBe('I');
  });
  test('unreadable: empty, not a code, cut off, far too long', () => {
    expect(verifyItem(code(''), EXPECTED)).toMatchObject({ kind: 'unreadable', reason: { key: 'code.error.empty' } });
    expect(verifyItem(code('hello'), EXPECTED)).toMatchObject({ kind: 'unreadable', reason: { key: 'code.error.prefix' } });
    expect(verifyItem(code(ana.code.slice(0, -6)), EXPECTED)).toMatchObject({ kind: 'unreadable', reason: { key: 'code.error.truncated' } });
    expect(verifyItem(code(`V19${'0'.repeat(5000)}`), EXPECTED)).toMatchObject({ kind: 'unreadable', reason: { key: 'class.reason.tooLong' } });
    expect(verifyItem({ kind: 'code', text: 42 as unknown as string }, EXPECTED).kind).toBe('unreadable');
  });
  test('replay files: verified like codes; a broken file is unreadable; illegal moves are tampered', () => {
    expect(verifyItem(file(JSON.stringify(ana.record, null, 2)), EXPECTED)).toMatchObject({ kind: 'verified', code: ana.code });
    expect(verifyItem(file('{"not": "a replay"}'), EXPECTED)).toMatchObject({ kind: 'unreadable', reason: { key: 'record.error.shape' } });
    expect(verifyItem(file('{'), EXPECTED).kind).toBe('unreadable');
    const forged = { ...ana.record, moves: [...ana.record.moves.slice(0, 2), { type: 'offer.accept', goal: 'nowhere' }] };
    expect(verifyItem(file(JSON.stringify(forged)), EXPECTED).kind).toBe('tampered');
    // A text file with a code in it.
    expect(verifyItem(file(`\n${budi.code}\n`), EXPECTED).kind).toBe('verified');
  });
  test('every engine error maps to a verdict', () => {
    expect(kindOfError({ key: 'code.error.checksum' })).toBe('tampered');
    expect(kindOfError({ key: 'code.error.move' })).toBe('tampered');
    expect(kindOfError({ key: 'code.error.format' })).toBe('other-version');
    expect(kindOfError({ key: 'record.error.version' })).toBe('other-version');
    for (const key of ['code.error.empty', 'code.error.characters', 'code.error.prefix', 'code.error.truncated', 'code.error.scenario', 'code.error.corrupt', 'record.error.shape', 'anything']) expect(kindOfError({ key })).toBe('unreadable');
  });
  test('the seed and difficulty of the fixtures', () => {
    expect(ana.record.seed).toBe(SEED);
    expect(ana.record.settings.difficulty).toBe(DIFFICULTY);
  });
});

describe('a class of codes handed in at an earlier version (tests/golden/codes-e273f05.json)', () => {
  // The teacher's session: seed golden-a, hard, code K7Q2M9 (the code a session got then, before the
  // code named the scenario; a class kept since keeps it). Scores as the codes were made.
  const session = { id: 'K7Q2M9', scenario: 'vladivostok-2019', seed: 'golden-a', difficulty: 'hard' as const };
  const byName = (name: string) => golden.codes.find((c) => c.name === name)!.code;

  test('each gets the verdict a teacher expects, with the score the student saw', () => {
    const verdicts = ['Student 1', 'Student 2', 'Student 4', 'Student 7', 'Student 13'].map((name) => {
      const v = verifyItem(code(byName(name)), session);
      return [name, v.kind, v.summary?.kim, v.summary?.moves, v.reason];
    });
    expect(verdicts).toEqual([
      ['Student 1', 'verified', 7.1, 14, null],
      ['Student 2', 'other-session', 3, 13, { key: 'class.reason.otherSettings', params: { seed: 'golden-b', difficulty: 'hard' } }],
      ['Student 4', 'other-session', 5.5, 15, { key: 'class.reason.noSession', params: { expected: 'K7Q2M9' } }],
      ['Student 7', 'other-session', -2.4, 12, { key: 'class.reason.otherSettings', params: { seed: 'golden-a', difficulty: 'open' } }],
      ['Student 13', 'other-session', 6.4, 9, { key: 'class.reason.otherSettings', params: { seed: 'golden-a', difficulty: 'standard' } }],
    ]);
  });
  test('without a session to compare with, every one of the 18 is verified with its score', () => {
    expect(golden.codes.map((c) => verifyItem(code(c.code), null)).map((v) => [v.kind, v.summary?.name, v.summary?.kim])).toEqual(golden.codes.map((c) => ['verified', c.name, c.score]));
  });
});

describe('names as the table shows them', () => {
  test('spaces collapsed; invisible and bidi characters dropped (the game’s own rule)', () => {
    expect(verifyItem(code(play({ name: '  Ana \u202eirtuP\u200b  ' }).code), EXPECTED).summary?.name).toBe('Ana irtuP');
    expect(verifyItem(code(play({ name: ' \u200b ' }).code), EXPECTED).summary?.name).toBeNull();
  });
});

describe('reading pasted text', () => {
  const a = play({ name: 'A' }).code;
  const b = play({ name: 'B', strategy: 'historical' }).code;
  const c = play({ name: 'C', strategy: 'random' }).code;

  test('one code per line, blank lines and spaces around ignored', () => {
    expect(splitCodes(`\n  ${a}\n\n${b}  \r\n${c}\n`)).toEqual([a, b, c]);
  });
  test('several codes on one line, separated by spaces, commas or semicolons', () => {
    expect(splitCodes(`${a} ${b},${c}`)).toEqual([a, b, c]);
    expect(splitCodes(`${a};${b}`)).toEqual([a, b]);
  });
  test('a label before a code is ignored ("Budi: V19…")', () => {
    expect(splitCodes(`Budi: ${a}\nSiti - ${b}`)).toEqual([a, b]);
  });
  test('a code typed in groups, or broken over two lines, is put back together', () => {
    const grouped = a.match(/.{1,6}/g)!.join(' ');
    expect(splitCodes(grouped)).toEqual([grouped]);
    expect(verifyItem(code(splitCodes(grouped)[0]!), EXPECTED).kind).toBe('verified');
    const half = Math.floor(b.length / 2);
    const broken = splitCodes(`${b.slice(0, half)}\n${b.slice(half)}\n${c}`);
    expect(broken.map((x) => verifyItem(code(x), EXPECTED).kind)).toEqual(['verified', 'verified']);
  });
  test('words after a complete code stay apart from it', () => {
    expect(splitCodes(`${a} thanks!`)).toEqual([a, 'thanks!']);
  });
  test('text without any code is one unreadable item per line', () => {
    expect(splitCodes('hello world\nsecond')).toEqual(['hello world second']);
    expect(splitCodes('')).toEqual([]);
  });
});

describe('keys (for duplicates)', () => {
  const a = play({ name: 'A' });
  test('the same game is the same key however it was handed in', () => {
    const k = itemKey(code(a.code));
    expect(itemKey(code(a.code.toLowerCase()))).toBe(k);
    expect(itemKey(code(` ${a.code.slice(0, 10)}-${a.code.slice(10)} `))).toBe(k);
    expect(itemKey(file(JSON.stringify(a.record)))).toBe(k);
    expect(itemKey(code(tamper(a.code)))).not.toBe(k);
  });
});
