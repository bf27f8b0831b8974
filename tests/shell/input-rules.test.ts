// The one set of input rules of the game and the teacher's page (src/shell/input-rules.ts).
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../src/engine';
import { cleanName, nameKey, isValidSeed, MINUTES, NAME_MAX, readDifficulty, readLang, readMinutes, readSeed, readSession } from '../../src/shell/input-rules';
import { parseUrl } from '../../src/shell/url-params';

describe('seed', () => {
  test('letters of any script, digits, spaces . _ -, 1 to 64 of them; spaces at either end are dropped', () => {
    expect(readSeed('Kelas 7B')).toEqual({ ok: true, value: 'Kelas 7B' });
    expect(readSeed('  Kelas 7B \t')).toEqual({ ok: true, value: 'Kelas 7B' });
    expect(readSeed('Владивосток_2019.a-b')).toEqual({ ok: true, value: 'Владивосток_2019.a-b' });
    expect(readSeed('x'.repeat(64))).toEqual({ ok: true, value: 'x'.repeat(64) });
    for (const bad of ['', '   ', 'x'.repeat(65), 'a/b', 'a?b', 'a&b=c', 'a#b', 'a%20b', 'a+b', 'tab\tinside', 'line\nbreak', 'emoji😀']) expect(readSeed(bad), bad).toEqual({ ok: false });
  });
  test('a valid seed is one the rules keep as it is', () => {
    expect(isValidSeed('Kelas 7B')).toBe(true);
    expect(isValidSeed(' x')).toBe(false);
    expect(isValidSeed('x ')).toBe(false);
    expect(isValidSeed('')).toBe(false);
  });
});

describe('minutes', () => {
  test('a whole number from 1 to 180', () => {
    expect(MINUTES).toEqual({ min: 1, max: 180 });
    expect(readMinutes('1')).toEqual({ ok: true, value: 1 });
    expect(readMinutes(' 25 ')).toEqual({ ok: true, value: 25 });
    expect(readMinutes('180')).toEqual({ ok: true, value: 180 });
    for (const bad of ['', '0', '181', '240', '600', '-5', '+5', '2.5', '25.0', '1e1', '0x10', 'lots', '½']) expect(readMinutes(bad), bad).toEqual({ ok: false });
  });
});

describe('name', () => {
  test('spaces collapsed and trimmed; line breaks and tabs are spaces', () => {
    expect(cleanName('  Ana   Putri  ')).toBe('Ana Putri');
    expect(cleanName('Ana\nPutri\tS.')).toBe('Ana Putri S.');
    expect(cleanName('')).toBe('');
    expect(cleanName(' \u200b ')).toBe('');
  });
  test('control and invisible characters go: zero-width, bidi marks and overrides, the BOM', () => {
    expect(cleanName('Ana\u200bPutri')).toBe('AnaPutri');
    expect(cleanName('\u202eirtuP anA')).toBe('irtuP anA');
    expect(cleanName('\u2067Budi\u2069 \u200eSantoso\u200f')).toBe('Budi Santoso');
    expect(cleanName('\ufeffCitra\u0000\u0007')).toBe('Citra');
    expect(cleanName('Dewi\u2028Lestari')).toBe('Dewi Lestari');
  });
  test('cut to 40 code units (what a result code carries) without splitting a character', () => {
    expect(NAME_MAX).toBe(LIMITS.name);
    expect(cleanName('x'.repeat(50))).toBe('x'.repeat(40));
    expect(cleanName(`${'x'.repeat(39)}😀`)).toBe('x'.repeat(39));
    expect(cleanName(`${'x'.repeat(38)}😀`)).toBe(`${'x'.repeat(38)}😀`);
    // Cut where a space falls: no space left at the end.
    expect(cleanName(`${'x'.repeat(39)} yz`)).toBe('x'.repeat(39));
  });
  test('compatibility forms are made plain (NFKC), and what Unicode draws as nothing goes too', () => {
    expect(cleanName('Ｃｉｔｒａ')).toBe('Citra');
    expect(cleanName('ﬁtri')).toBe('fitri');
    expect(cleanName('Dewi\u3164')).toBe('Dewi');
    expect(cleanName('E\u115fka')).toBe('Eka');
    expect(cleanName('Ek\u034fa\ufe0f')).toBe('Eka');
    expect(cleanName('Fa\u00adjar\u2060')).toBe('Fajar');
  });
  test('names that look alike compare the same (nameKey): case, accents, invisible characters, Cyrillic or Greek letters drawn as Latin', () => {
    const key = nameKey('Budi Santoso');
    for (const same of ['budi santoso', 'BUDI  SANTOSO', 'Büdi Santoso', 'Budi\u200b Santoso', 'Ｂｕｄｉ Santoso', 'Вudi Sаntоsо', 'Βudi Santoso', 'Budi Santoso\u3164']) expect(nameKey(same), same).toBe(key);
    for (const other of ['Budi Santosa', 'BudiSantoso', 'Budi', '']) expect(nameKey(other), other).not.toBe(key);
    expect(nameKey(null)).toBe('');
    expect(nameKey('Дмитрий')).not.toBe(nameKey('Dmitri'));
  });
  test('letters of every script stay, composed (NFC)', () => {
    expect(cleanName('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(cleanName('김정은 · Ким')).toBe('김정은 · Ким');
  });
});

describe('difficulty, language, session code', () => {
  test('exact values only', () => {
    expect(readDifficulty(' hard ')).toEqual({ ok: true, value: 'hard' });
    expect(readDifficulty('Hard')).toEqual({ ok: false });
    expect(readLang('id')).toEqual({ ok: true, value: 'id' });
    expect(readLang('ID')).toEqual({ ok: false });
    expect(readSession('7NJVWZ')).toEqual({ ok: true, value: '7NJVWZ' });
    expect(readSession('x'.repeat(33))).toEqual({ ok: false });
    expect(readSession('a b')).toEqual({ ok: false });
  });
});

describe("the game's link reader uses them", () => {
  test('a good link', () => {
    expect(parseUrl('?seed=%20Kelas+7B%20&difficulty=open&lang=id&session=W93DS7&minutes=45')).toEqual({ errors: [], seed: 'Kelas 7B', difficulty: 'open', lang: 'id', session: 'W93DS7', minutes: 45 });
  });
  test('each bad value is named with what is allowed', () => {
    expect(parseUrl('?seed=a/b&difficulty=easy&lang=fr&session=a%20b&minutes=240&replay=').errors).toEqual([
      { key: 'ui.url.bad', params: { param: 'seed', value: 'a/b', allowed: { key: 'ui.url.allowed.seed', params: { max: 64 } } } },
      { key: 'ui.url.bad', params: { param: 'lang', value: 'fr', allowed: 'en, id' } },
      { key: 'ui.url.bad', params: { param: 'difficulty', value: 'easy', allowed: 'open, standard, hard' } },
      { key: 'ui.url.bad', params: { param: 'session', value: 'a b', allowed: { key: 'ui.url.allowed.session', params: { max: 32 } } } },
      { key: 'ui.url.bad', params: { param: 'minutes', value: '240', allowed: '1–180' } },
      { key: 'ui.url.bad', params: { param: 'replay', value: '', allowed: { key: 'ui.url.allowed.replay' } } },
    ]);
  });
});
