// A class opened from a file is checked as strictly as pasted codes: a file the page could not have
// written (a session code that its settings do not give, an absurd count, a damaged or foreign file)
// is refused with the reason, in both languages; a class the page saved opens as it was.
import { describe, expect, test } from 'vitest';
import { MAX_COPIES, readClassFile } from '../../src/classroom/class-file';
import { ct } from '../../src/classroom/i18n';
import { MAX_CODE_CHARS, verifyItem } from '../../src/classroom/reader';
import { legacySessionCode } from '../../src/classroom/session';
import { addItems, MAX_ENTRIES, serialise, type ClassState } from '../../src/classroom/store';
import { CLASS_SESSION, fixtureClass, NONCE, play, SESSION } from './fixtures';

const now = new Date('2019-04-25T09:00:00Z');
const ana = play({ name: 'Ana', session: CLASS_SESSION });
const budi = play({ name: 'Budi', session: CLASS_SESSION, strategy: 'historical' });

/** The fixtures' class with two hand-ins (Ana's twice), as the page saves it. */
function saved(): ClassState {
  return addItems(fixtureClass(), [ana.code, budi.code, ana.code].map((text) => ({ kind: 'code' as const, text })), now).state;
}
/** The saved class as JSON data, to be edited like a file by hand. */
const data = () => JSON.parse(serialise(saved())) as Record<string, any>;
const read = (d: unknown) => readClassFile(typeof d === 'string' ? d : JSON.stringify(d));
const reason = (d: unknown) => {
  const r = read(d);
  return r.ok ? null : r.reason;
};

describe('a class the page saved', () => {
  test('opens as it was: the session with its mark, the hand-ins and their counts', () => {
    const r = read(serialise(saved()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.session).toMatchObject({ id: SESSION, nonce: NONCE });
    expect(r.state.entries.map((e) => e.copies)).toEqual([2, 1]);
    expect(r.state).toEqual(saved());
  });
  test('a class kept from before the code named the scenario keeps its code', () => {
    const d = data();
    d.session.seed = 'vladivostok';
    d.session.id = legacySessionCode('vladivostok-2019', 'vladivostok', 'standard');
    expect(d.session.id).toBe('RY0ZF5');
    expect(read(d).ok).toBe(true);
  });
  test('a code item longer than any code is kept only to be flagged, as a pasted one is', () => {
    const d = data();
    d.entries[0].item.text = `V19${'0'.repeat(10_000)}`;
    const r = read(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const item = r.state.entries.find((e) => e.item.text.startsWith('V190'))!.item;
    expect(item.text.length).toBe(MAX_CODE_CHARS + 1);
    expect(verifyItem(item, null).reason?.key).toBe('class.reason.tooLong');
  });
});

describe('a file the page could not have written is refused, with its reason', () => {
  test('a session code that its seed and difficulty do not give', () => {
    const d = data();
    d.session.id = 'ZZZZZZ';
    expect(reason(d)).toEqual({ key: 'class.file.sessionCode', params: { code: 'ZZZZZZ', expected: SESSION } });
    const other = data();
    other.session.seed = 'another-seed';
    expect(reason(other)).toMatchObject({ key: 'class.file.sessionCode', params: { code: SESSION } });
  });
  test('an absurd count: 1e308, zero, negative, a fraction, a word, more than any class', () => {
    for (const copies of [1e308, 0, -1, 1.5, '3', null, MAX_COPIES + 1]) {
      const d = data();
      d.entries[1].copies = copies;
      expect(reason(d), String(copies)).toEqual({ key: 'class.file.copies', params: { row: 2, n: String(copies), max: MAX_COPIES } });
    }
    expect(ct('en', 'class.file.copies', { row: 2, n: String(1e308), max: MAX_COPIES })).toContain('handed in 1e+308 times');
    const most = data();
    most.entries[1].copies = MAX_COPIES;
    expect(read(most).ok).toBe(true);
  });
  test('more hand-ins than a class holds', () => {
    const d = data();
    d.entries = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ ...d.entries[0], item: { kind: 'code', text: `x${i}` } }));
    expect(reason(d)).toEqual({ key: 'class.file.tooMany', params: { n: MAX_ENTRIES + 1, max: MAX_ENTRIES } });
  });
  test('a session field the page never writes: a malformed mark, too long a time limit, a clock from the far future, a date of a megabyte', () => {
    const cases: [string, unknown, string][] = [
      ['nonce', 'x<script>', 'nonce'],
      ['minutes', 601, 'minutes'],
      ['startedAt', 1e308, 'startedAt'],
      ['startedAt', -5, 'startedAt'],
      ['created', 'x'.repeat(1_000_000), 'created'],
      ['difficulty', 'impossible', 'difficulty'],
    ];
    for (const [field, value, named] of cases) {
      const d = data();
      d.session[field] = value;
      expect(reason(d), field).toEqual({ key: 'class.file.sessionField', params: { field: named } });
    }
  });
  test('a row the page never writes', () => {
    const d = data();
    d.entries[1].item = { kind: 'photo', text: 'x' };
    expect(reason(d)).toEqual({ key: 'class.file.entry', params: { row: 2, field: 'item.kind' } });
    const dated = data();
    dated.entries[0].added = 'x'.repeat(100);
    expect(reason(dated)).toEqual({ key: 'class.file.entry', params: { row: 1, field: 'added' } });
  });
  test('another scenario, another version of the file', () => {
    const d = data();
    d.scenarioId = 'atlantis-2040';
    expect(reason(d)).toEqual({ key: 'class.file.scenario', params: { found: 'atlantis-2040' } });
    const s = data();
    s.session.scenario = 'atlantis-2040';
    expect(reason(s)).toEqual({ key: 'class.file.scenario', params: { found: 'atlantis-2040' } });
    const v = data();
    v.version = 2;
    expect(reason(v)).toEqual({ key: 'class.file.version', params: { found: '2' } });
  });
  test('not a class at all: empty, cut off, a result code, a student’s replay, other JSON', () => {
    const text = serialise(saved());
    expect(reason('')).toEqual({ key: 'class.file.empty' });
    expect(reason(' \n')).toEqual({ key: 'class.file.empty' });
    expect(reason(text.slice(0, text.length / 2))).toEqual({ key: 'class.file.damaged' });
    expect(reason(`${ana.code}\n`)).toEqual({ key: 'class.file.isCode' });
    expect(reason(JSON.stringify(ana.record))).toEqual({ key: 'class.file.isReplay' });
    expect(reason('{"hello":1}')).toEqual({ key: 'class.file.bad' });
    expect(reason('[1,2]')).toEqual({ key: 'class.file.bad' });
  });
  test('every reason reads in both languages and says nothing was changed', () => {
    const keys = ['empty', 'damaged', 'isCode', 'isReplay', 'bad', 'version', 'scenario', 'tooMany', 'tooLarge', 'copies', 'entry', 'sessionField', 'sessionCode'].map((k) => `class.file.${k}`);
    for (const key of keys) {
      expect(ct('en', key)).not.toBe(key);
      expect(ct('en', key)).toContain('Nothing was changed.');
      expect(ct('id', key)).toContain('Tidak ada yang diubah.');
    }
    expect(new Set(keys.map((k) => ct('en', k))).size).toBe(keys.length);
  });
});
