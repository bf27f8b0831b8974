// The game's saves in IndexedDB (src/shell/kept-store.ts, src/shell/persistence.ts), on a fake
// IndexedDB: what an earlier version kept in localStorage is carried over with nothing left behind
// and nothing lost; a write the browser refuses is reported (not swallowed), kept in memory and in
// the download, and lands once there is room; a batch lands whole or not at all; where IndexedDB or
// localStorage is missing, the next one down is used and still reports.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { legalMoves, newGame } from '../../src/engine';
import { openKept, type KeptStore, type StoreStatus } from '../../src/shell/kept-store';
import {
  ASIDE_PREFIX,
  everythingFile,
  keepPrevious,
  openSaves,
  ownsKey,
  PREVIOUS_KEY,
  readPlace,
  readPrevious,
  readSave,
  REPLACED_PREFIX,
  resetSaves,
  SAVE_KEY,
  SAVES_DB,
  swapPrevious,
  writePlace,
  writeSave,
} from '../../src/shell/persistence';
import { VLADIVOSTOK } from '../support/bundles';
import { memoryStorage } from '../support/memory-storage';

const PLACE_KEY = 'vladivostok-2019.place';
const PREVIOUS_PLACE_KEY = 'vladivostok-2019.place.previous';
const LANG_KEY = 'vladivostok-2019.lang';
const SOUND_KEY = 'vladivostok-2019.sound';


/** What IndexedDB holds (read afresh, not through any page's copy). */
async function inDb(db = SAVES_DB): Promise<Record<string, string>> {
  return Object.fromEntries(await entries<string, string>(createStore(db, 'kept')));
}

/** IndexedDB refuses every put from now on, as a full disk does (until the returned function). */
function fullDisk(): () => void {
  const spy = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => spy.mockRestore();
}

const aRecord = newGame(VLADIVOSTOK, { seed: 'game A', settings: { difficulty: 'open' } }).record();
const bRecord = newGame(VLADIVOSTOK, { seed: 'game B', settings: { difficulty: 'hard' } }).record();
/** Game B two moves on: what a player has made when the disk fills. */
function twoMovesOn(): ReturnType<typeof newGame> {
  const g = newGame(VLADIVOSTOK, { seed: 'game B', settings: { difficulty: 'hard' } });
  for (let i = 0; i < 2; i++) {
    const res = g.play(legalMoves(VLADIVOSTOK, g.state)[0]!);
    if (!res.ok) throw new Error('a legal move refused');
  }
  return g;
}

let local: ReturnType<typeof memoryStorage>;
const opened: KeptStore[] = [];
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  local = memoryStorage();
  vi.stubGlobal('localStorage', local);
  resetSaves();
});
afterEach(() => {
  resetSaves();
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('carrying the saves over from localStorage', () => {
  test('every save, the previous game, the kept-aside ones and the places move into IndexedDB; localStorage keeps only the settings', async () => {
    const kept = {
      [SAVE_KEY]: JSON.stringify(aRecord),
      [PREVIOUS_KEY]: JSON.stringify(bRecord),
      [`${ASIDE_PREFIX}1`]: '{"half a save',
      [PLACE_KEY]: JSON.stringify({ scene: 'Negotiation', goal: 'barter' }),
      [PREVIOUS_PLACE_KEY]: JSON.stringify({ scene: 'Summit', menu: true }),
    };
    const settings = { [LANG_KEY]: 'id', [SOUND_KEY]: 'on', 'someone.else': 'x' };
    for (const [k, v] of Object.entries({ ...kept, ...settings })) local.setItem(k, v);
    for (const k of Object.keys(kept)) expect(ownsKey(k), k).toBe(true);
    for (const k of Object.keys(settings)) expect(ownsKey(k), k).toBe(false);

    const store = await openSaves();
    expect(store.backend).toBe('indexeddb');
    expect(store.status().failing).toBe(false);
    // Nothing lost: byte for byte in IndexedDB. Nothing left behind: gone from localStorage.
    expect(await inDb()).toEqual(kept);
    expect(Object.fromEntries(local.data)).toEqual(settings);
    expect(readSave()).toMatchObject({ kind: 'ok', record: aRecord });
    expect(readPrevious()).toMatchObject({ kind: 'ok', record: bRecord });
    expect(readPlace()).toEqual({ scene: 'Negotiation', goal: 'barter' });

    // The next visit reads the same from IndexedDB alone.
    resetSaves();
    await openSaves();
    expect(readSave()).toMatchObject({ kind: 'ok', record: aRecord });
    expect(store.keys().sort()).toEqual(Object.keys(kept).sort());
  });

  test('a save an older page wrote in localStorage after the move is taken, and the one it replaces is kept aside', async () => {
    local.setItem(SAVE_KEY, JSON.stringify(aRecord));
    await openSaves();
    // An older version, still open in another tab, saves on in localStorage.
    local.setItem(SAVE_KEY, JSON.stringify(bRecord));
    local.setItem(PLACE_KEY, JSON.stringify({ scene: 'Press' }));
    resetSaves();
    await openSaves();
    expect(readSave()).toMatchObject({ kind: 'ok', record: bRecord });
    expect(await inDb()).toEqual({ [SAVE_KEY]: JSON.stringify(bRecord), [`${REPLACED_PREFIX}1`]: JSON.stringify(aRecord), [PLACE_KEY]: JSON.stringify({ scene: 'Press' }) });
    expect(local.data.size).toBe(0);
  });

  test('into a full IndexedDB: localStorage is left as it was, the page plays on and says so; the next visit with room carries it over', async () => {
    local.setItem(SAVE_KEY, JSON.stringify(aRecord));
    const room = fullDisk();
    const store = await openSaves();
    expect(store.status()).toEqual({ backend: 'indexeddb', failing: true, error: 'QuotaExceededError' });
    expect(readSave()).toMatchObject({ kind: 'ok', record: aRecord });
    expect(local.getItem(SAVE_KEY)).toBe(JSON.stringify(aRecord));
    room();
    resetSaves();
    await openSaves();
    expect(await inDb()).toEqual({ [SAVE_KEY]: JSON.stringify(aRecord) });
    expect(local.data.size).toBe(0);
  });
});

describe('a write the browser refuses', () => {
  test('is reported, kept in memory and in the download, and lands with the next write once there is room', async () => {
    const store = await openSaves();
    const told: StoreStatus[] = [];
    store.subscribe((s) => told.push(s));
    writeSave(aRecord);
    expect(await store.settled()).toBe(true);

    const room = fullDisk();
    const moved = twoMovesOn().record();
    expect(moved.moves.length).toBe(2);
    writeSave(moved);
    expect(await store.settled()).toBe(false);
    expect(told).toEqual([{ backend: 'indexeddb', failing: true, error: 'QuotaExceededError' }]);
    // Not in the browser's storage, but not lost: the page reads it, and the download has it.
    expect(JSON.parse((await inDb())[SAVE_KEY]!)).toEqual(aRecord);
    expect(readSave()).toMatchObject({ kind: 'ok', record: moved });
    const file = JSON.parse(everythingFile(new Date('2019-04-25T10:00:00Z')).text);
    expect(file).toMatchObject({ format: 'vladivostok-2019/saved-games', version: 1, current: moved });

    // A second refused write is told too (the page shows its warning again if it was dismissed).
    writePlace({ scene: 'Summit' });
    expect(await store.settled()).toBe(false);
    expect(told.length).toBe(2);

    room();
    expect(await store.retry()).toBe(true);
    expect(told.at(-1)).toEqual({ backend: 'indexeddb', failing: false, error: null });
    expect(JSON.parse((await inDb())[SAVE_KEY]!)).toEqual(moved);
    expect(JSON.parse((await inDb())[PLACE_KEY]!)).toEqual({ scene: 'Summit' });
  });

  test('a batch lands whole or not at all (a swap is never half done), also when the transaction aborts at commit', async () => {
    const store = await openSaves();
    writeSave(aRecord);
    writePlace({ scene: 'Summit' });
    keepPrevious();
    writeSave(bRecord);
    expect(await store.settled()).toBe(true);
    const before = await inDb();

    // The second put of the swap is refused.
    const put = FakeObjectStore.prototype.put;
    let n = 0;
    const spy = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (++n === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(swapPrevious(bRecord)).toBe(true);
    expect(await store.settled()).toBe(false);
    expect(await inDb()).toEqual(before);
    spy.mockRestore();

    // Every put accepted, then the commit aborted (as Chromium does when the quota is exceeded).
    const abort = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      const req = put.apply(this, args);
      const tx = this.transaction;
      queueMicrotask(() => {
        try {
          tx.abort();
        } catch {
          /* finished */
        }
      });
      return req;
    });
    expect(await store.retry()).toBe(false);
    expect(await inDb()).toEqual(before);
    abort.mockRestore();

    expect(await store.retry()).toBe(true);
    expect(readSave()).toMatchObject({ kind: 'ok', record: aRecord });
    expect(JSON.parse((await inDb())[SAVE_KEY]!)).toEqual(aRecord);
    expect(JSON.parse((await inDb())[PREVIOUS_KEY]!)).toEqual(bRecord);
  });
});

describe('where IndexedDB is missing', () => {
  test('localStorage is used, and a refused write is still reported', async () => {
    vi.stubGlobal('indexedDB', undefined);
    local.setItem(SAVE_KEY, JSON.stringify(aRecord));
    const store = await openSaves();
    expect(store.backend).toBe('localstorage');
    expect(readSave()).toMatchObject({ kind: 'ok', record: aRecord });
    const told: StoreStatus[] = [];
    store.subscribe((s) => told.push(s));
    local.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    writeSave(bRecord);
    expect(told).toEqual([{ backend: 'localstorage', failing: true, error: 'QuotaExceededError' }]);
    expect(readSave()).toMatchObject({ kind: 'ok', record: bRecord });
    expect(local.data.get(SAVE_KEY)).toBe(JSON.stringify(aRecord));
  });

  test('an IndexedDB that will not open (private mode of some browsers) falls back to localStorage', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    local.setItem(SAVE_KEY, JSON.stringify(aRecord));
    const store = await openSaves();
    expect(store.backend).toBe('localstorage');
    expect(readSave()).toMatchObject({ kind: 'ok', record: aRecord });
  });

  test('with neither, the game is kept in memory and every write is reported', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openKept({ db: SAVES_DB, owns: ownsKey, local: null });
    opened.push(store);
    expect(store.backend).toBe('memory');
    const told: StoreStatus[] = [];
    store.subscribe((s) => told.push(s));
    store.setItem(SAVE_KEY, 'x');
    expect(store.getItem(SAVE_KEY)).toBe('x');
    expect(told.map((s) => s.failing)).toEqual([true]);
    expect(await store.settled()).toBe(false);
  });
});

test('two tabs of the game see each other’s saves (their copies in memory stay true)', async () => {
  const one = await openKept({ db: SAVES_DB, owns: ownsKey });
  const two = await openKept({ db: SAVES_DB, owns: ownsKey });
  opened.push(one, two);
  one.setItem(SAVE_KEY, JSON.stringify(aRecord));
  expect(await one.settled()).toBe(true);
  await vi.waitFor(() => expect(two.getItem(SAVE_KEY)).toBe(JSON.stringify(aRecord)));
  two.removeItem(SAVE_KEY);
  expect(await two.settled()).toBe(true);
  await vi.waitFor(() => expect(one.getItem(SAVE_KEY)).toBeNull());
});
