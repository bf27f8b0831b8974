// A code proves the moves, not who played them: the teacher's table marks the same game handed in
// under two names ('identical game'), and names that look alike ('same name'), shown as they are.
import { describe, expect, test } from 'vitest';
import { csvRows, buildRows } from '../../src/classroom/table';
import { gameKey, verifyItem, type Verdict } from '../../src/classroom/reader';
import { addItems, emptyState, newSession } from '../../src/classroom/store';
import { texts } from '../../src/classroom/i18n';
import { DEFAULT_SCENARIO_ID, scenarioOf } from '../../src/classroom/scenario';
import { encodeResultCode, type GameRecord } from '../../src/engine';
import { lookupBundle } from '../support/bundles';
import { EXPECTED, play, SCENARIO, SEED } from './fixtures';

const now = new Date('2019-04-25T09:00:00Z');
const scenario = scenarioOf(DEFAULT_SCENARIO_ID);

/** The table's rows for these codes, each verified against the class's session. */
function table(codes: string[]) {
  const cls = { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: null }, now) };
  const { state } = addItems(cls, codes.map((text) => ({ kind: 'code' as const, text })), now);
  const verdicts = new Map<string, Verdict>(state.entries.map((e) => [e.key, verifyItem(e.item, EXPECTED)]));
  return buildRows(state.entries, verdicts);
}

/** A friend's game, handed in under another name: what the replay viewer's "branch from the last move" gives. */
const renamed = (record: GameRecord, name: string) => encodeResultCode({ ...record, name }, lookupBundle(record.scenarioId)!);

describe('identical games', () => {
  const ana = play({ name: 'Ana', strategy: 'greedy' });
  const budi = play({ name: 'Budi', strategy: 'historical' });
  const copy = renamed(ana.record, 'Citra');

  test('the same game under two names: both verified, each row marked with the other, no "same name"', () => {
    const rows = table([ana.code, budi.code, copy]);
    expect(rows.map((r) => r.verdict?.kind)).toEqual(['verified', 'verified', 'verified']);
    expect(rows.map((r) => r.sameGame)).toEqual([[3], [], [1]]);
    expect(rows.map((r) => r.sameName)).toEqual([[], [], []]);
  });

  test('the game is the seed, difficulty and moves: not the name, not the session it carries', () => {
    expect(gameKey({ ...ana.record, name: 'Someone else' })).toBe(gameKey(ana.record));
    expect(gameKey({ ...ana.record, settings: { ...ana.record.settings, session: 'ZZZZZZ' } })).toBe(gameKey(ana.record));
    expect(gameKey(budi.record)).not.toBe(gameKey(ana.record));
    expect(gameKey({ ...ana.record, seed: 'other' })).not.toBe(gameKey(ana.record));
    expect(gameKey({ ...ana.record, settings: { difficulty: 'hard' } })).not.toBe(gameKey(ana.record));
    expect(gameKey({ ...ana.record, moves: ana.record.moves.slice(0, -1) })).not.toBe(gameKey(ana.record));
  });

  test('a replay file of the game counts as the same game as its code under another name', () => {
    const cls = { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: null }, now) };
    const { state } = addItems(cls, [{ kind: 'code', text: ana.code }, { kind: 'file', text: JSON.stringify({ ...ana.record, name: 'Dewi' }), file: 'dewi.json' }], now);
    const verdicts = new Map<string, Verdict>(state.entries.map((e) => [e.key, verifyItem(e.item, EXPECTED)]));
    expect(buildRows(state.entries, verdicts).map((r) => r.sameGame)).toEqual([[2], [1]]);
  });

  test('the CSV names the rows of the same name and of the identical game', () => {
    const rows = table([ana.code, budi.code, copy, renamed(budi.record, 'budi ')]);
    const csv = csvRows(rows, texts('en', scenario.catalogues), scenario);
    const col = (name: string) => csv[0]!.indexOf(name);
    expect(csv.slice(1).map((r) => r[col('Identical game to rows')])).toEqual(['3', '4', '1', '2']);
    expect(csv.slice(1).map((r) => r[col('Same name as rows')])).toEqual(['', '4', '', '2']);
  });
});

describe('names that look alike', () => {
  const budi = play({ name: 'Budi Santoso', strategy: 'greedy' });
  /** The row of each name (each another game), as the table shows and compares it. */
  const rowsOf = (names: string[]) =>
    table(names.map((name, i) => play({ name, strategy: (['greedy', 'historical', 'random'] as const)[i % 3], maxMoves: 200 - i }).code));

  test.each([
    ['a zero-width space', 'Budi\u200b Santoso'],
    ['a zero-width joiner inside', 'Bu\u200ddi Santoso'],
    ['a Hangul filler (drawn as nothing)', 'Budi Santoso\u3164'],
    ['a combining grapheme joiner', 'Bu\u034fdi Santoso'],
    ['full-width letters (NFKC)', 'Ｂｕｄｉ Ｓａｎｔｏｓｏ'],
    ['capitals', 'BUDI SANTOSO'],
    ['a Cyrillic В and о', 'Вudi Sаntоsо'],
    ['a Greek Β', 'Βudi Santoso'],
    ['spaces around and between', '  Budi   Santoso '],
  ])('%s: a "same name" badge, and the name shown normalised', (_, lookalike) => {
    const rows = table([budi.code, play({ name: lookalike, strategy: 'historical' }).code]);
    expect(rows.map((r) => r.sameName)).toEqual([[2], [1]]);
    const shown = rows[1]!.verdict!.summary!.name!;
    // Nothing invisible left, compatibility forms made plain.
    expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u);
    expect(shown).toBe(shown.normalize('NFKC'));
    expect(shown.replace(/\s+/g, ' ')).toBe(shown);
  });

  test('names shown as they are stored, with the invisible parts gone: a right-to-left override no longer reverses a name', () => {
    const rows = rowsOf(['\u202eosotnaS iduB', 'Ｃｉｔｒａ', 'Dewi\u3164', 'Ek\u034fa', '\u2067Fajar\u2069']);
    expect(rows.map((r) => r.verdict?.summary?.name)).toEqual(['osotnaS iduB', 'Citra', 'Dewi', 'Eka', 'Fajar']);
  });

  test('different names are not marked', () => {
    const rows = rowsOf(['Budi Santoso', 'Budi Santosa', 'Bud Santoso', 'Ana', 'Anna', 'Дмитрий', 'Dmitri']);
    expect(rows.every((r) => r.sameName.length === 0)).toBe(true);
  });
});
