// The autosave's previous game (src/shell/persistence.ts): kept when a new game replaces the save,
// with where its player was; swapped back and forth without ever losing either game.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newGame } from '../../src/engine';
import { VLADIVOSTOK } from '../support/bundles';
import { keepPrevious, PREVIOUS_KEY, readPrevious, readSave, SAVE_KEY, swapPrevious, writePlace, writeSave } from '../../src/shell/persistence';

const PLACE_KEY = 'vladivostok-2019.place';
const PREVIOUS_PLACE_KEY = 'vladivostok-2019.place.previous';

function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

let store: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  store = memoryStorage();
  vi.stubGlobal('window', { localStorage: store });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const a = newGame(VLADIVOSTOK, { seed: 'game A', settings: { difficulty: 'open' } }).record();
const b = newGame(VLADIVOSTOK, { seed: 'game B', settings: { difficulty: 'hard' } }).record();

describe('the previous game', () => {
  test('keepPrevious keeps the save and where its player was', () => {
    writeSave(a);
    writePlace({ scene: 'Negotiation', goal: 'barter', menu: true });
    keepPrevious();
    expect(readPrevious()).toEqual({ kind: 'ok', record: a, raw: JSON.stringify(a) });
    expect(store.data.get(PREVIOUS_PLACE_KEY)).toBe(store.data.get(PLACE_KEY));
  });

  test('keepPrevious with no place drops an older previous place (it belonged to another game)', () => {
    store.data.set(PREVIOUS_PLACE_KEY, JSON.stringify({ scene: 'Press' }));
    writeSave(a);
    keepPrevious();
    expect(store.data.has(PREVIOUS_PLACE_KEY)).toBe(false);
  });

  test('with no save, keepPrevious keeps nothing and leaves the previous game alone', () => {
    store.data.set(PREVIOUS_KEY, JSON.stringify(b));
    keepPrevious();
    expect(store.data.get(PREVIOUS_KEY)).toBe(JSON.stringify(b));
  });

  test('swapPrevious swaps the two games and their places; twice is no change', () => {
    writeSave(a);
    writePlace({ scene: 'Summit', menu: true });
    keepPrevious();
    writeSave(b);
    writePlace({ scene: 'Briefing' });
    const before = new Map(store.data);

    expect(swapPrevious(b)).toBe(true);
    expect(readSave()).toMatchObject({ kind: 'ok', record: a });
    expect(readPrevious()).toMatchObject({ kind: 'ok', record: b });
    expect(JSON.parse(store.data.get(PLACE_KEY)!)).toEqual({ scene: 'Summit', menu: true });
    expect(JSON.parse(store.data.get(PREVIOUS_PLACE_KEY)!)).toEqual({ scene: 'Briefing' });

    expect(swapPrevious(null)).toBe(true);
    expect(store.data).toEqual(before);
  });

  test('the live game is kept, even if the save key lags behind it', () => {
    writeSave(a);
    keepPrevious();
    store.data.set(SAVE_KEY, 'stale');
    expect(swapPrevious(b)).toBe(true);
    expect(readPrevious()).toMatchObject({ kind: 'ok', record: b });
  });

  test('an unreadable save is kept as the previous game, never dropped', () => {
    store.data.set(PREVIOUS_KEY, JSON.stringify(a));
    store.data.set(SAVE_KEY, '{"half');
    expect(swapPrevious(null)).toBe(true);
    expect(readSave()).toMatchObject({ kind: 'ok', record: a });
    expect(readPrevious()).toEqual({ kind: 'unreadable', raw: '{"half', reason: 'json' });
  });

  test('no previous game: nothing to swap, nothing changed', () => {
    writeSave(a);
    const before = new Map(store.data);
    expect(swapPrevious(a)).toBe(false);
    expect(store.data).toEqual(before);
  });

  test('storage that refuses a write changes nothing', () => {
    writeSave(a);
    keepPrevious();
    writeSave(b);
    const before = new Map(store.data);
    let writes = 0;
    const setItem = store.setItem;
    store.setItem = (k: string, v: string) => {
      if (++writes === 2) throw new Error('QuotaExceededError');
      setItem(k, v);
    };
    expect(swapPrevious(b)).toBe(false);
    expect(store.data).toEqual(before);
  });

  test('an unreadable previous game reads as unreadable', () => {
    store.data.set(PREVIOUS_KEY, JSON.stringify({ hello: 'world' }));
    expect(readPrevious()).toMatchObject({ kind: 'unreadable', reason: 'shape' });
  });
});
