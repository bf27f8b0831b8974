// The teacher's page's one state: the reducer and the store, without a browser.
import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../src/classroom/reader';
import { createStore, initialState, notice, reduce, type PageState } from '../../src/classroom/state';
import { addItems, emptyState, newSession } from '../../src/classroom/store';
import { SCENARIO, SEED } from './fixtures';

const now = new Date('2019-04-25T09:00:00Z');
const start = (): PageState =>
  initialState({ lang: 'en', pageUrl: 'https://school.example/teacher.html', cls: emptyState(), draft: { seed: 'class-1', difficulty: 'standard', lang: 'en', minutes: '', paste: '' }, now: 0 });
const withClass = (s: PageState, codes: string[]) => {
  const cls = { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: null }, now) };
  return reduce(s, { type: 'cls.set', cls: addItems(cls, codes.map((text) => ({ kind: 'code' as const, text })), now).state, verdicts: 'keep' });
};
const verdict = (kind: Verdict['kind']): Verdict => ({ kind, reason: null, summary: null, code: null });

describe('the reducer', () => {
  test('sorting: a new column sorts scores high first and the rest from the top; the same column turns around', () => {
    let s = start();
    expect(s.sort).toEqual({ key: 'n', dir: 1 });
    s = reduce(s, { type: 'sort.by', key: 'score' });
    expect(s.sort).toEqual({ key: 'score', dir: -1 });
    s = reduce(s, { type: 'sort.by', key: 'score' });
    expect(s.sort).toEqual({ key: 'score', dir: 1 });
    s = reduce(s, { type: 'sort.by', key: 'name' });
    expect(s.sort).toEqual({ key: 'name', dir: 1 });
    expect(reduce(s, { type: 'sort.by', key: 'history' }).sort).toEqual({ key: 'history', dir: -1 });
  });

  test('what the teacher types does not redraw the form; what the page sets does, field by field', () => {
    const s = start();
    const typed = reduce(s, { type: 'draft.edit', patch: { seed: 'abc', paste: 'V19…' } });
    expect([typed.draft.seed, typed.draft.paste, typed.formVersion, typed.pasteVersion]).toEqual(['abc', 'V19…', 0, 0]);
    const drawn = reduce(typed, { type: 'draft.set', patch: { seed: 'class-xyz' } });
    expect([drawn.draft.seed, drawn.formVersion, drawn.pasteVersion]).toEqual(['class-xyz', 1, 0]);
    const emptied = reduce(drawn, { type: 'draft.set', patch: { paste: '' } });
    expect([emptied.draft.paste, emptied.formVersion, emptied.pasteVersion]).toEqual(['', 1, 1]);
  });

  test('another class clears the verdicts and the form’s error; the same class keeps them', () => {
    let s = withClass(start(), ['a', 'b']);
    const [a, b] = s.cls.entries.map((e) => e.key);
    s = reduce(s, { type: 'verify.start' });
    expect(s.checking).toBe(1);
    s = reduce(s, { type: 'verify.end', verdicts: [[a!, verdict('unreadable')]], metrics: { verified: 1, verifyMs: 12 } });
    expect([s.checking, s.verdicts.get(a!)?.kind, s.verdicts.has(b!), s.metrics]).toEqual([0, 'unreadable', false, { verified: 1, verifyMs: 12 }]);
    s = reduce(s, { type: 'form.invalid', field: 'minutes', message: { key: 'class.session.badMinutes' } });
    const kept = reduce(s, { type: 'cls.set', cls: s.cls, verdicts: 'keep' });
    expect([kept.verdicts.size, kept.formError]).toEqual([1, null]);
    const other = reduce(s, { type: 'cls.set', cls: emptyState(), verdicts: 'clear', notice: notice('info', { key: 'class.session.restored' }) });
    expect([other.verdicts.size, other.notice]).toEqual([0, { kind: 'info', lines: [{ key: 'class.session.restored' }] }]);
  });

  test('"clear all" asks once; an empty class is no longer armed', () => {
    let s = withClass(start(), ['a']);
    s = reduce(s, { type: 'clear.arm' });
    expect(s.clearArmed).toBe(true);
    expect(reduce(s, { type: 'cls.set', cls: { ...s.cls, entries: [] }, verdicts: 'keep' }).clearArmed).toBe(false);
  });

  test('a verification for a session no longer shown brings no verdicts', () => {
    let s = withClass(start(), ['a']);
    s = reduce(s, { type: 'verify.start' });
    s = reduce(s, { type: 'verify.end', verdicts: [] });
    expect([s.checking, s.verdicts.size]).toEqual([0, 0]);
  });

  test('another language drops the notice (it was said in the other one)', () => {
    const s = reduce(start(), { type: 'notice.set', notice: notice('error', { key: 'class.file.bad' }) });
    expect(reduce(s, { type: 'lang.set', lang: 'id' })).toMatchObject({ lang: 'id', notice: null });
    expect(reduce(s, { type: 'lang.set', lang: 'en' })).toBe(s);
  });
});

describe('the store', () => {
  test('subscribers are told of each change, once, with the state before; an unchanged state tells nobody', () => {
    const store = createStore(start());
    const seen: string[] = [];
    store.subscribe((s, before) => seen.push(`${before.lang}→${s.lang}`));
    store.dispatch({ type: 'lang.set', lang: 'id' });
    store.dispatch({ type: 'lang.set', lang: 'id' });
    store.dispatch({ type: 'previous.set', available: false });
    expect(seen).toEqual(['en→id']);
  });

  test('an action sent while subscribers are told waits its turn: every subscriber sees the changes in order', () => {
    const store = createStore(start());
    const first: string[] = [];
    const second: string[] = [];
    store.subscribe((s) => {
      first.push(s.lang);
      if (s.lang === 'id') store.dispatch({ type: 'lang.set', lang: 'en' });
    });
    store.subscribe((s) => second.push(s.lang));
    store.dispatch({ type: 'lang.set', lang: 'id' });
    expect(first).toEqual(['id', 'en']);
    expect(second).toEqual(['id', 'en']);
    expect(store.get().lang).toBe('en');
  });

  test('a subscriber that fails leaves the others told and the state changed', () => {
    const store = createStore(start());
    const told: string[] = [];
    const error = console.error;
    console.error = () => undefined;
    try {
      store.subscribe(() => {
        throw new Error('a view failed');
      });
      store.subscribe((s) => told.push(s.lang));
      store.dispatch({ type: 'lang.set', lang: 'id' });
    } finally {
      console.error = error;
    }
    expect(told).toEqual(['id']);
    expect(store.get().lang).toBe('id');
  });
});

describe('the warning about keeping the class', () => {
  test('stays while the browser refuses, whatever the notice line says next; goes when a write lands', () => {
    let s = reduce(start(), { type: 'storage.set', status: { backend: 'indexeddb', failing: true, error: 'QuotaExceededError' } });
    s = reduce(s, { type: 'notice.set', notice: notice('info', { key: 'class.collect.added', params: { added: 10, duplicates: 0, ms: 5 } }) });
    s = reduce(s, { type: 'lang.set', lang: 'id' });
    expect(s.storage.failing).toBe(true);
    s = reduce(s, { type: 'storage.set', status: { backend: 'indexeddb', failing: false, error: null } });
    expect(s.storage.failing).toBe(false);
  });
});
