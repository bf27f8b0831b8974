// The autosave's previous game (src/shell/persistence.ts): kept when a new game replaces the save,
// with where its player was; swapped back and forth without ever losing either game.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newGame } from '../../src/engine';
import { VLADIVOSTOK } from '../support/bundles';
import { keepPrevious, PREVIOUS_KEY, readPrevious, readSave, resetSaves, SAVE_KEY, savesStore, swapPrevious, writePlace, writeSave } from '../../src/shell/persistence';
import { memoryStorage } from '../support/memory-storage';

const PLACE_KEY = 'vladivostok-2019.place';
const PREVIOUS_PLACE_KEY = 'vladivostok-2019.place.previous';


let store: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  store = memoryStorage();
  // No IndexedDB here: the saves go to localStorage directly (tests/shell/saves.test.ts has both).
  vi.stubGlobal('localStorage', store);
  resetSaves();
});
afterEach(() => {
  resetSaves();
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

  test('storage that refuses a write gets no half swap, and the refusal is reported, not swallowed', () => {
    writeSave(a);
    keepPrevious();
    writeSave(b);
    const before = new Map(store.data);
    let writes = 0;
    const setItem = store.setItem;
    store.setItem = (k: string, v: string) => {
      if (++writes === 2) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    const told: unknown[] = [];
    savesStore().subscribe((s) => told.push(s));
    expect(swapPrevious(b)).toBe(true);
    // Nothing half-done in the browser's storage...
    expect(store.data).toEqual(before);
    // ...the page was told, and plays on with the swap it asked for (it is in memory, to download).
    expect(told).toEqual([{ backend: 'localstorage', failing: true, error: 'QuotaExceededError' }]);
    expect(readSave()).toMatchObject({ kind: 'ok', record: a });
    expect(readPrevious()).toMatchObject({ kind: 'ok', record: b });
    // Room again: the next write takes the refused one with it.
    store.setItem = setItem;
    writePlace({ scene: 'Summit' });
    expect(told.at(-1)).toEqual({ backend: 'localstorage', failing: false, error: null });
    expect(JSON.parse(store.data.get(SAVE_KEY)!)).toEqual(a);
    expect(JSON.parse(store.data.get(PREVIOUS_KEY)!)).toEqual(b);
  });

  test('an unreadable previous game reads as unreadable', () => {
    store.data.set(PREVIOUS_KEY, JSON.stringify({ hello: 'world' }));
    expect(readPrevious()).toMatchObject({ kind: 'unreadable', reason: 'shape' });
  });
});
