// The links of a live class: the students' link opens the game's class client; the teacher's link
// carries the key in its fragment, and opening it elsewhere finds the class again; the class server
// is reached only on the page's own origin (its policy allows no other).
import { describe, expect, it } from 'vitest';
import { classServerAllowed, readClassLink, readServer } from '../../src/shell/class-link';
import { dropSaved, keepSaved, readSaved, readTeacherLink, SAVED_KEY, studentLiveLink, teacherLink } from '../../src/classroom/live/saved';
import { clockText, rosterNames } from '../../src/classroom/live/live';

const ORIGIN = 'http://127.0.0.1:5173';
const SERVER = `${ORIGIN}/class-server`;
const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};
const CLASS = { server: SERVER, classId: '0b7c6d9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', key: 'k'.repeat(40) };

describe('a live class\'s links', () => {
  it('the students\' link made by the teacher\'s page opens the class in the game', () => {
    const link = new URL(studentLiveLink(`${ORIGIN}/teacher.html`, SERVER, 'K7P2QX', 'id'));
    expect(link.pathname).toBe('/index.html');
    expect(readClassLink(link.search, ORIGIN)).toEqual({ link: { server: SERVER, code: 'K7P2QX' } });
  });

  it('a class link with a bad server or code says which', () => {
    expect(readClassLink('?server=javascript:alert(1)&class=K7P2QX', ORIGIN)).toEqual({ bad: 'server' });
    expect(readClassLink(`?server=${SERVER}&class=no!`, ORIGIN)).toEqual({ bad: 'class' });
    expect(readClassLink('?seed=x', ORIGIN)).toBeNull();
    expect(readClassLink(`?server=${SERVER}&class=k7p2-qx`, ORIGIN)).toEqual({ link: { server: SERVER, code: 'K7P2QX' } });
  });

  it('a server on another origin is refused before anything is sent (the page may connect to its own origin only)', () => {
    expect(classServerAllowed(SERVER, ORIGIN)).toBe(true);
    expect(classServerAllowed('http://evil.example:2567', ORIGIN)).toBe(false);
    expect(readServer('/class-server/', ORIGIN)).toBe(SERVER);
  });

  it('the teacher link keeps the key in the fragment and reads back to the same class', () => {
    const link = teacherLink(`${ORIGIN}/teacher.html?lang=id`, CLASS);
    const u = new URL(link);
    expect(u.search).not.toContain(CLASS.key);
    expect(u.hash).toContain(CLASS.key);
    expect(readTeacherLink(link)).toEqual(CLASS);
    // The server's own form (the class in the fragment) is read too.
    expect(readTeacherLink(`${ORIGIN}/teacher.html?server=${encodeURIComponent(SERVER)}#class=${CLASS.classId}&key=${CLASS.key}`)).toEqual(CLASS);
    expect(readTeacherLink(`${ORIGIN}/teacher.html?server=${encodeURIComponent(SERVER)}&class=${CLASS.classId}`)).toBeNull();
  });

  it('the page keeps every class it holds a link to, newest first, one entry each; a bad entry loses no other', () => {
    const s = memory();
    keepSaved(s, { ...CLASS, title: 'History 9A', code: 'K7P2QX', createdAt: '2026-11-30T06:00:00Z' });
    keepSaved(s, { ...CLASS, classId: '1b7c6d9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', title: 'History 9B', code: 'M3N4PQ', createdAt: '' });
    // Opened again from its link (no title known): the title seen before stays.
    keepSaved(s, { ...CLASS, title: '', code: '', createdAt: '' });
    expect(readSaved(s).map((c) => c.title)).toEqual(['History 9A', 'History 9B']);
    s.setItem(SAVED_KEY, JSON.stringify([...JSON.parse(s.getItem(SAVED_KEY)!), { nonsense: true }]));
    expect(readSaved(s)).toHaveLength(2);
    dropSaved(s, CLASS.server, CLASS.classId);
    expect(readSaved(s).map((c) => c.code)).toEqual(['M3N4PQ']);
  });

  it('a roster typed or pasted: one name a line, blanks and invisible characters dropped', () => {
    expect(rosterNames('Ani\n\n  Budi  Santoso \r\nCitra;Dewi\u200B\n')).toEqual(['Ani', 'Budi Santoso', 'Citra', 'Dewi']);
  });

  it('the projector\'s clock counts down to 0:00 and never below', () => {
    const ends = '2026-11-30T07:00:00.000Z';
    expect(clockText(ends, Date.parse('2026-11-30T06:47:55.000Z'))).toBe('12:05');
    expect(clockText(ends, Date.parse('2026-11-30T07:05:00.000Z'))).toBe('0:00');
    expect(clockText(null, 0)).toBeNull();
  });
});
