// The session check binds a code to the class link it was played from: the link carries the class's
// own mark after the session code ("5CBA8Q-7K2M9P"), the code carries it, and the teacher's page
// tells a game started another way (the same seed and difficulty typed by hand, another class's link)
// apart. A class kept from before there was a mark is judged as before.
import { describe, expect, test } from 'vitest';
import { verifyItem } from '../../src/classroom/reader';
import { CROCKFORD, drawNonce, linkSession, sessionCode, studentLink } from '../../src/classroom/session';
import { expectedOf, initialState } from '../../src/classroom/state';
import { emptyState, newSession, parseState, serialise } from '../../src/classroom/store';
import { LIMITS } from '../../src/engine';
import { sessionParts } from '../../src/shell/input-rules';
import { parseUrl } from '../../src/shell/url-params';
import { EXPECTED, play, SCENARIO, SEED, SESSION } from './fixtures';

const NONCE = '7K2M9P';
const CLASS = { ...EXPECTED, nonce: NONCE };
const code = (text: string) => ({ kind: 'code' as const, text });
const now = new Date('2019-04-25T09:00:00Z');

describe('the class’s own mark', () => {
  test('six characters of the Crockford alphabet from the browser’s generator, one per byte', () => {
    expect(drawNonce((b) => b.fill(0))).toBe('000000');
    expect(drawNonce((b) => b.set([0, 1, 2, 3, 31, 255]))).toBe('0123ZZ');
    for (let i = 0; i < 200; i++) expect([...drawNonce()].every((c) => CROCKFORD.includes(c))).toBe(true);
    // Drawn afresh: two classes of the same settings get two marks.
    expect(new Set(Array.from({ length: 50 }, () => drawNonce())).size).toBeGreaterThan(45);
  });

  test('the link carries it after the session code; the game reads it whole, and a code can carry it', () => {
    const link = studentLink({ scenario: SCENARIO, seed: 'Kelas 7B', difficulty: 'hard', lang: 'id', minutes: 20, nonce: NONCE }, 'https://school.example/teacher.html');
    const session = `${sessionCode(SCENARIO, 'Kelas 7B', 'hard')}-${NONCE}`;
    expect(new URL(link).searchParams.get('session')).toBe(session);
    expect(parseUrl(new URL(link).search)).toMatchObject({ errors: [], session, seed: 'Kelas 7B', difficulty: 'hard' });
    expect(session.length).toBeLessThanOrEqual(LIMITS.session);
    expect(sessionParts(session)).toEqual({ code: sessionCode(SCENARIO, 'Kelas 7B', 'hard'), nonce: NONCE });
    // Without a mark (a class kept from before), the link is as it was.
    expect(new URL(studentLink({ scenario: SCENARIO, seed: 'Kelas 7B', difficulty: 'hard', lang: 'id', minutes: null }, 'https://school.example/teacher.html')).searchParams.get('session')).toBe(sessionCode(SCENARIO, 'Kelas 7B', 'hard'));
    expect(linkSession('2ZM9S1', null)).toBe('2ZM9S1');
  });

  test('sessionParts reads only a session code and a mark; anything else is a code without a mark', () => {
    for (const value of ['8Q8EW0', 'class-7b', '5CBA8Q-', '5CBA8Q-7K2M9', '5CBA8Q-7K2M9PX', '5cba8q-7k2m9p', '5CBA8Q-7K2M9U']) expect(sessionParts(value)).toEqual({ code: value, nonce: null });
  });

  test('the page judges against the class’s session and its mark', () => {
    const cls = { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: null, nonce: NONCE }, now) };
    const s = initialState({ lang: 'en', pageUrl: 'https://x.example/teacher.html', cls, draft: { seed: '', difficulty: 'standard', lang: 'en', minutes: '', paste: '' }, now: 0 });
    expect(expectedOf(s)).toEqual(CLASS);
    // An old class: no mark.
    const old = { ...cls, session: { ...cls.session!, nonce: undefined } };
    expect(expectedOf({ ...s, cls: old })?.nonce).toBeNull();
  });

  test('the mark is kept with the class, and a file with a malformed one is refused', () => {
    const cls = { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: 'standard', lang: 'en', minutes: null, nonce: NONCE }, now) };
    expect(parseState(serialise(cls))?.session?.nonce).toBe(NONCE);
    expect(parseState(serialise({ ...cls, session: { ...cls.session!, nonce: 'x<script>' } }))).toBeNull();
  });
});

describe('codes judged against a class with a mark', () => {
  const inClass = play({ name: 'Ana', session: `${SESSION}-${NONCE}` });
  const byHand = play({ name: 'Budi', session: SESSION, strategy: 'historical' });
  const otherClass = play({ name: 'Citra', session: `${SESSION}-ZZZZZZ`, strategy: 'random' });

  test('a game played from this class’s link is verified', () => {
    expect(verifyItem(code(inClass.code), CLASS)).toMatchObject({ kind: 'verified', reason: null, summary: { session: `${SESSION}-${NONCE}` } });
  });
  test('the same seed and difficulty with the session code typed by hand: played outside this class’s link', () => {
    expect(verifyItem(code(byHand.code), CLASS)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.outsideLink', params: { code: SESSION } } });
  });
  test('the link of another class with the same settings: told apart, with both marks', () => {
    expect(verifyItem(code(otherClass.code), CLASS)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherClass', params: { found: 'ZZZZZZ', expected: NONCE } } });
  });
  test('another session, no session, another seed: as before', () => {
    expect(verifyItem(code(play({ name: 'D', session: 'ZZZZZZ-7K2M9P' }).code), CLASS)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherSession', params: { found: 'ZZZZZZ-7K2M9P' } } });
    expect(verifyItem(code(play({ name: 'E', session: null }).code), CLASS)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.noSession' } });
    expect(verifyItem(code(play({ name: 'F', seed: 'other-seed', session: `${SESSION}-${NONCE}` }).code), CLASS)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherSettings' } });
  });
  test('an unfinished game from the link is unfinished, not flagged', () => {
    expect(verifyItem(code(play({ name: 'G', session: `${SESSION}-${NONCE}`, maxMoves: 3 }).code), CLASS).kind).toBe('unfinished');
  });
  test('a class kept from before there was a mark judges as it did: the bare session code is verified', () => {
    expect(verifyItem(code(byHand.code), EXPECTED).kind).toBe('verified');
    expect(verifyItem(code(byHand.code), { ...EXPECTED, nonce: null }).kind).toBe('verified');
    expect(verifyItem(code(inClass.code), EXPECTED)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherSession' } });
  });
});
