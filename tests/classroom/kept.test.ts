// The class as the teacher's page keeps it (src/classroom/store.ts over src/shell/kept-store.ts, on
// a fake IndexedDB): hand-ins kept compactly (a replay file that is a code is kept as its code, only
// a file that cannot be one is kept whole), classes kept whole by an earlier version made compact;
// a class carried over from localStorage with nothing left behind; a stored class that cannot be
// read and cannot be set aside is never saved over until the teacher has it.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { itemKey, verifyItem, type Item } from '../../src/classroom/reader';
import { addItems, CLASS_DB, compactItem, emptyState, loadState, newSession, ownsClassKey, PREVIOUS_KEY, saveState, serialise, STORE_KEY, type ClassState } from '../../src/classroom/store';
import { openKept, type KeptStore } from '../../src/shell/kept-store';
import { EXPECTED, play, SCENARIO, SEED } from './fixtures';
import { memoryStorage } from '../support/memory-storage';

const now = new Date('2019-04-25T09:00:00Z');
const session = () => ({ ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: null }, now) });
const games = [play({ name: 'Ana' }), play({ name: 'Budi', strategy: 'historical' }), play({ name: 'Citra', strategy: 'random' })];
/** A replay file as the game downloads it, made large the way a pretty-printed file is. */
const replayFile = (i: number): Item => ({ kind: 'file', text: JSON.stringify(games[i]!.record, null, 8) + ' '.repeat(20_000), file: `student-${i}.json` });


describe('hand-ins kept compactly', () => {
  test('a replay file that is a code is kept as its code, with its file name; its key and verdict are the same', () => {
    const file = replayFile(0);
    const kept = compactItem(file);
    expect(kept).toEqual({ kind: 'code', text: games[0]!.code, file: 'student-0.json' });
    expect(itemKey(kept)).toBe(itemKey(file));
    expect(verifyItem(kept, EXPECTED)).toEqual(verifyItem(file, EXPECTED));
    expect(JSON.stringify(kept).length).toBeLessThan(file.text.length / 50);
  });

  test('only a file that cannot be a code is kept whole; whatever is kept gets the same verdict; codes are kept as they came', () => {
    const record = games[0]!.record;
    const whole: Item[] = [
      { kind: 'file', text: '{"hello": "world"}', file: 'x.json' },
      { kind: 'file', text: '{"seed": "half a file', file: 'half.json' },
      { kind: 'file', text: JSON.stringify({ ...record, scenarioId: 'nowhere' }), file: 'other.json' },
      { kind: 'file', text: JSON.stringify({ ...record, moves: [{ type: 'press.present', stance: 'nope' }] }), file: 't.json' },
    ];
    for (const item of whole) expect(compactItem(item)).toBe(item);
    // A game that encodes is kept as its code even from another version: the page judges such a file
    // by its code anyway.
    const encoded: Item[] = [{ kind: 'file', text: JSON.stringify({ ...record, engineVersion: 99 }), file: 'old.json' }];
    for (const item of [...whole, ...encoded]) expect(verifyItem(compactItem(item), EXPECTED), item.text.slice(0, 40)).toEqual(verifyItem(item, EXPECTED));
    for (const item of encoded) expect(compactItem(item).kind).toBe('code');
    const code: Item = { kind: 'code', text: ` ${games[1]!.code.toLowerCase()} ` };
    expect(compactItem(code)).toBe(code);
  });

  test('added hand-ins are kept compactly: 80 large replay files make a class a few kilobytes long', () => {
    const files = Array.from({ length: 80 }, (_, i) => {
      const g = play({ name: `Student ${i}`, strategy: i % 2 ? 'greedy' : 'historical' });
      return { kind: 'file' as const, text: JSON.stringify(g.record, null, 8) + ' '.repeat(60_000), file: `s${i}.json` };
    });
    expect(files.reduce((n, f) => n + f.text.length, 0)).toBeGreaterThan(5_000_000);
    const res = addItems(session(), files, now);
    expect(res.added).toBe(80);
    expect(res.state.entries.every((e) => e.item.kind === 'code' && e.item.file)).toBe(true);
    expect(JSON.stringify(res.state).length).toBeLessThan(80 * 600);
    // Eighty games played and verified: seconds of CPU, more on a shared machine; not a timing test.
  }, 60_000);

  test('a class kept whole by an earlier version loads compact, with the same keys, and says it should be saved again', () => {
    const whole: ClassState = { ...session(), entries: [0, 1].map((i) => ({ key: itemKey(replayFile(i)), item: replayFile(i), copies: 1, added: now.toISOString() })) };
    const store = memoryStorage({ [STORE_KEY]: serialise(whole) });
    const loaded = loadState(store, now);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.compacted).toBe(2);
    expect(loaded.state.entries.map((e) => e.key)).toEqual(whole.entries.map((e) => e.key));
    expect(loaded.state.entries.map((e) => e.item)).toEqual([0, 1].map((i) => ({ kind: 'code', text: games[i]!.code, file: `student-${i}.json` })));
    saveState(store, loaded.state);
    expect(store.data.get(STORE_KEY)!.length).toBeLessThan(serialise(whole).length / 20);
    expect(loadState(store, now)).toMatchObject({ kind: 'ok', compacted: 0 });
  });
});

describe('in IndexedDB', () => {
  let local: ReturnType<typeof memoryStorage>;
  const opened: KeptStore[] = [];
  const open = async () => {
    const s = await openKept({ db: CLASS_DB, owns: ownsClassKey, local });
    opened.push(s);
    return s;
  };
  const inDb = async () => Object.fromEntries(await entries<string, string>(createStore(CLASS_DB, 'kept')));
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    local = memoryStorage();
  });
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('a class and the previous one in localStorage are carried over; the page’s language stays', async () => {
    const cls = addItems(session(), games.map((g) => ({ kind: 'code' as const, text: g.code })), now).state;
    const previous = serialise(session());
    local.setItem(STORE_KEY, serialise(cls));
    local.setItem(PREVIOUS_KEY, previous);
    local.setItem('vladivostok-2019.classroom.lang', 'id');
    const store = await open();
    expect(store.backend).toBe('indexeddb');
    expect(await inDb()).toEqual({ [STORE_KEY]: serialise(cls), [PREVIOUS_KEY]: previous });
    expect(Object.fromEntries(local.data)).toEqual({ 'vladivostok-2019.classroom.lang': 'id' });
    expect(loadState(store, now)).toEqual({ kind: 'ok', state: cls, compacted: 0 });
  });

  test('a stored class that cannot be read nor set aside is not saved over until the teacher has downloaded it', async () => {
    const raw = `{"format":"vladivostok-2019/classroom-session","entries":[${'{"x":1},'.repeat(1000)}`;
    const store = await open();
    store.setItem(STORE_KEY, raw);
    expect(await store.settled()).toBe(true);

    // No room for a second copy.
    const full = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const loaded = loadState(store, now);
    expect(loaded).toEqual({ kind: 'corrupt', keptAs: `${STORE_KEY}.unreadable.2019-04-25T09:00:00.000Z`, raw });
    expect(await store.settled()).toBe(false);
    expect(store.status().failing).toBe(true);
    // The teacher starts a new session before downloading it: it is not saved over.
    saveState(store, session());
    expect(await store.settled()).toBe(false);
    expect((await inDb())[STORE_KEY]).toBe(raw);

    // Room again, not yet downloaded: the next save sets it aside first, in the same write.
    full.mockRestore();
    saveState(store, session());
    expect(await store.settled()).toBe(true);
    const db = await inDb();
    expect(db[loaded.kind === 'corrupt' ? loaded.keptAs! : '']).toBe(raw);
    expect(JSON.parse(db[STORE_KEY]!)).toEqual(session());
  });

  test('once downloaded, the unreadable class may be saved over', async () => {
    const raw = '{"format":';
    const store = await open();
    store.setItem(STORE_KEY, raw);
    await store.settled();
    // Room for a small class, not for a second copy of the unreadable one.
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (args[0] === raw) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const loaded = loadState(store, now);
    if (loaded.kind !== 'corrupt' || !loaded.keptAs) throw new Error('not set aside');
    expect(await store.settled()).toBe(false);
    // What the page does once the teacher has downloaded it (effects.ts, downloadUnreadable).
    store.removeItem(loaded.keptAs);
    saveState(store, session());
    expect(await store.settled()).toBe(true);
    expect(store.status().failing).toBe(false);
    const db = await inDb();
    expect(Object.keys(db)).toEqual([STORE_KEY]);
    expect(JSON.parse(db[STORE_KEY]!)).toEqual(session());
  });
});
