import { describe, expect, test } from 'vitest';
import { addItems, emptyState, loadState, MAX_ENTRIES, newSession, parseState, saveState, serialise, STORE_KEY, type KeyValueStore } from '../../src/classroom/store';
import { buildRows, csvRows, sortRows } from '../../src/classroom/table';
import { verifyItem, type Verdict } from '../../src/classroom/reader';
import { parseCsv, toCsv } from '../../src/classroom/csv';
import { texts } from '../../src/classroom/i18n';
import { DEFAULT_SCENARIO_ID, scenarioOf } from '../../src/classroom/scenario';
import { EXPECTED, play, SCENARIO, SEED, SESSION, tamper } from './fixtures';

const now = new Date('2019-04-25T09:00:00Z');
const scenario = scenarioOf(DEFAULT_SCENARIO_ID);
const memoryStore = (init: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map(Object.entries(init));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

function classWith(codes: string[]) {
  const state = { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: 30 }, now) };
  return addItems(state, codes.map((text) => ({ kind: 'code' as const, text })), now);
}

describe('duplicates', () => {
  const a = play({ name: 'Ana' }).code;
  const b = play({ name: 'Budi', strategy: 'historical' }).code;
  test('the same code handed in twice is one row that says so', () => {
    const res = classWith([a, b, a, a.toLowerCase()]);
    expect(res.added).toBe(2);
    expect(res.duplicates).toBe(2);
    expect(res.state.entries.map((e) => e.copies)).toEqual([3, 1]);
    const again = addItems(res.state, [{ kind: 'code', text: b }], now);
    expect(again.added).toBe(0);
    expect(again.state.entries[1]!.copies).toBe(2);
  });
  test('one name on two different games: both rows shown, each pointing at the other', () => {
    const other = play({ name: '  ana ', strategy: 'random' }).code;
    const res = classWith([a, b, other]);
    const verdicts = new Map<string, Verdict>(res.state.entries.map((e) => [e.key, verifyItem(e.item, EXPECTED)]));
    const rows = buildRows(res.state.entries, verdicts);
    expect(rows.map((r) => r.sameName)).toEqual([[3], [], [1]]);
  });
  test('a class is capped so that it always loads again', () => {
    const many = Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => `not a code ${i}`);
    const res = classWith(many);
    expect(res.state.entries.length).toBe(MAX_ENTRIES);
    expect(res.skipped).toBe(5);
  });
});

describe('keeping the class', () => {
  test('save and load give back the same class', () => {
    const { state } = classWith([play({ name: 'A' }).code]);
    const store = memoryStore();
    expect(saveState(store, state)).toBe(true);
    const loaded = loadState(store, now);
    expect(loaded).toEqual({ kind: 'ok', state, compacted: 0 });
    expect(parseState(serialise(state))).toEqual(state);
  });
  test('nothing stored is an empty page', () => {
    expect(loadState(memoryStore(), now)).toEqual({ kind: 'empty' });
  });
  test('a corrupt stored class is set aside, not deleted', () => {
    for (const raw of ['{"format":', '{"format":"vladivostok-2019/classroom-session","version":1,"session":null,"entries":[{"key":1}]}', '[]', 'null']) {
      const store = memoryStore({ [STORE_KEY]: raw });
      const loaded = loadState(store, now);
      expect(loaded.kind).toBe('corrupt');
      if (loaded.kind !== 'corrupt') continue;
      expect(loaded.keptAs).toBe(`${STORE_KEY}.unreadable.2019-04-25T09:00:00.000Z`);
      expect(store.data.get(loaded.keptAs!)).toBe(raw);
      expect(store.data.has(STORE_KEY)).toBe(false);
    }
  });
  test('a storage that refuses is reported, not thrown', () => {
    const store: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceeded'); }, removeItem: () => undefined };
    expect(saveState(store, emptyState())).toBe(false);
  });
  test('a class kept with a time limit over 180 minutes (allowed before) loads with 180, so that its link opens the game', () => {
    const { state } = classWith([]);
    const old = { ...state, session: { ...state.session!, minutes: 240 } };
    expect(parseState(JSON.stringify(old))?.session?.minutes).toBe(180);
    expect(parseState(JSON.stringify({ ...old, session: { ...old.session, minutes: 601 } }))).toBeNull();
  });
  test('an imported file has its keys recomputed: an edited key cannot split or merge games', () => {
    const { state } = classWith([play({ name: 'A' }).code]);
    const edited = { ...state, entries: [...state.entries, { ...state.entries[0]!, key: 'forged' }] };
    const back = parseState(JSON.stringify(edited));
    expect(back?.entries.length).toBe(1);
    expect(back?.entries[0]!.copies).toBe(2);
  });
});

describe('table and CSV', () => {
  const good = [play({ name: 'Ana' }), play({ name: 'Budi, "B"', strategy: 'historical' }), play({ name: '=cmd', strategy: 'random' })];
  const codes = [...good.map((g) => g.code), tamper(good[0]!.code), play({ name: 'Eve', session: 'OTHER1' }).code];
  const { state } = classWith(codes);
  const verdicts = new Map<string, Verdict>(state.entries.map((e) => [e.key, verifyItem(e.item, EXPECTED)]));
  const rows = buildRows(state.entries, verdicts);

  test('sorting by score puts the games without a score last, both ways', () => {
    const down = sortRows(rows, { key: 'score', dir: -1 }, scenario).map((r) => r.n);
    const up = sortRows(rows, { key: 'score', dir: 1 }, scenario).map((r) => r.n);
    // Row 4 (tampered) has no score: last both ways. Row 5 (another session) replayed, so it has one.
    expect(down[4]).toBe(4);
    expect(up[4]).toBe(4);
    const kim = (n: number) => rows[n - 1]!.verdict!.summary!.kim;
    const scored = down.slice(0, 4).map(kim);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    expect(up.slice(0, 4).map(kim)).toEqual([...scored].sort((a, b) => a - b));
    expect(sortRows(rows, { key: 'verdict', dir: 1 }, scenario)[0]!.verdict?.kind).toBe('verified');
    expect(sortRows(rows, { key: 'n', dir: -1 }, scenario).map((r) => r.n)).toEqual([5, 4, 3, 2, 1]);
  });
  test('the CSV has a header and one row per hand-in, quoted and defused', () => {
    const csv = toCsv(csvRows(rows, texts('en', scenario.catalogues), scenario));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parseCsv(csv);
    expect(table).toHaveLength(6);
    expect(table[0]!.slice(0, 4)).toEqual(['#', 'Name', 'Check', 'Why']);
    expect(table.slice(1).map((r) => r[2])).toEqual(['verified', 'verified', 'verified', 'tampered', 'another session']);
    expect(table[2]![1]).toBe('Budi, "B"');
    expect(table[3]![1]).toBe("'=cmd");
    expect(Number(table[1]![4])).toBe(verdicts.get(state.entries[0]!.key)!.summary!.kim);
    expect(table[5]![3]).toContain(SESSION);
    const id = parseCsv(toCsv(csvRows(rows, texts('id', scenario.catalogues), scenario)));
    expect(id[0]![1]).toBe('Nama');
    expect(id[4]![2]).toBe('diubah');
  });
});
