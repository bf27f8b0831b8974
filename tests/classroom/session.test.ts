import { describe, expect, test } from 'vitest';
import { CROCKFORD, drawSeed, isValidSeed, replayLink, sessionCode, studentLink, timeLeft } from '../../src/classroom/session';
import { LIMITS } from '../../src/engine/code';

describe('session code', () => {
  test('six Crockford base32 characters, within the engine limit', () => {
    const code = sessionCode('class-abc', 'standard');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect([...code].every((c) => CROCKFORD.includes(c))).toBe(true);
    expect(code.length).toBeLessThanOrEqual(LIMITS.session);
  });
  test('the same settings always give the same code', () => {
    expect(sessionCode('class-abc', 'hard')).toBe(sessionCode('class-abc', 'hard'));
    expect(sessionCode('Kelas 7B', 'open')).toBe(sessionCode(String('Kelas 7B'), 'open'));
  });
  test('a pinned value, so that a change of the derivation is noticed (old sessions would no longer match)', () => {
    expect(sessionCode('vladivostok', 'standard')).toMatchInlineSnapshot(`"RY0ZF5"`);
  });
  test('another seed or difficulty gives another code (no collisions in 5000 seeds)', () => {
    expect(sessionCode('class-abc', 'open')).not.toBe(sessionCode('class-abc', 'standard'));
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(sessionCode(`seed-${i}`, 'standard'));
    expect(seen.size).toBe(5000);
  });
});

describe('seeds and links', () => {
  test('a drawn seed is valid for the game', () => {
    for (let i = 0; i < 50; i++) expect(isValidSeed(drawSeed())).toBe(true);
    expect(drawSeed((b) => b.fill(0))).toBe('class-00000000');
  });
  test('seed validation follows the game', () => {
    expect(isValidSeed('Kelas 7B')).toBe(true);
    expect(isValidSeed('')).toBe(false);
    expect(isValidSeed(' x')).toBe(false);
    expect(isValidSeed('a/b')).toBe(false);
    expect(isValidSeed('x'.repeat(65))).toBe(false);
  });
  test('the student link sits beside the teacher page and carries everything', () => {
    const link = studentLink({ seed: 'Kelas 7B', difficulty: 'hard', lang: 'id', minutes: 20 }, 'https://school.example/games/v19/teacher.html?x=1#class');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://school.example/games/v19/index.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ seed: 'Kelas 7B', difficulty: 'hard', lang: 'id', session: sessionCode('Kelas 7B', 'hard'), minutes: '20' });
    expect(url.hash).toBe('');
    const untimed = new URL(studentLink({ seed: 'Kelas 7B', difficulty: 'hard', lang: 'id', minutes: null }, 'https://school.example/teacher.html'));
    expect(untimed.searchParams.has('minutes')).toBe(false);
  });
  test('the replay link', () => {
    expect(replayLink('V19ABC', 'en', 'http://127.0.0.1:4000/teacher.html')).toBe('http://127.0.0.1:4000/index.html?replay=V19ABC&lang=en');
  });
  test('time left', () => {
    expect(timeLeft(null, 0, 0)).toBeNull();
    expect(timeLeft(10, null, 0)).toBeNull();
    expect(timeLeft(10, 0, 61_000)?.text).toBe('8:59');
    expect(timeLeft(1, 0, 120_000)).toEqual({ ms: 0, text: '0:00' });
  });
});
