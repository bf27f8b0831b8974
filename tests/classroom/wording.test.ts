// Each kind of bad input gets its own, accurate words: a replay with a name longer than the game
// writes is not "not a replay", a damaged save is said to be damaged, a class file among the
// students' files is named as one, a file far too long is not "far too long to be a result code".
import { beforeAll, describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { isClassFile, MAX_FILE_CHARS, verifyItem } from '../../src/classroom/reader';
import { serialise } from '../../src/classroom/store';
import { LIMITS, type Message } from '../../src/engine';
import { loadLang, msg } from '../../src/shell/i18n';
import { EXPECTED, fixtureClass, play } from './fixtures';

// The game's Indonesian texts are a chunk the page loads when it shows Indonesian.
beforeAll(() => loadLang('id'));

const file = (text: string) => ({ kind: 'file' as const, text, file: 'x.json' });
const ana = play({ name: 'Ana' });
const edited = (patch: (r: Record<string, any>) => void) => {
  const r = JSON.parse(JSON.stringify(ana.record));
  patch(r);
  return file(JSON.stringify(r, null, 2));
};
/** The reason the table gives for a hand-in, as a key and the words in each language. */
const why = (item: ReturnType<typeof file>) => verifyItem(item, EXPECTED).reason!;
const words = (m: Message, lang: 'en' | 'id') => (m.key.startsWith('class.') ? ct(lang, m.key, m.params) : msg(m, lang));

describe('replay files: each problem in its own words', () => {
  test('a name longer than the game ever writes', () => {
    const m = why(edited((r) => (r.name = 'x'.repeat(LIMITS.name + 1))));
    expect(m).toEqual({ key: 'record.error.name', params: { max: LIMITS.name } });
    expect(words(m, 'en')).toBe(`The name in this replay is longer than ${LIMITS.name} characters, which the game never writes: the file was edited.`);
  });
  test('a seed, a session, too many moves', () => {
    expect(why(edited((r) => (r.seed = 's'.repeat(LIMITS.seed + 1))))).toEqual({ key: 'record.error.seed', params: { max: LIMITS.seed } });
    expect(why(edited((r) => (r.settings.session = 'S'.repeat(LIMITS.session + 1))))).toEqual({ key: 'record.error.session', params: { max: LIMITS.session } });
    expect(why(edited((r) => (r.moves = Array.from({ length: LIMITS.moves + 1 }, () => r.moves[0]))))).toEqual({ key: 'record.error.moves', params: { max: LIMITS.moves } });
  });
  test('a save or replay cut off or damaged', () => {
    const text = JSON.stringify(ana.record, null, 2);
    for (const broken of [text.slice(0, 200), `${text.slice(0, -1)}`, `${text}}`, text.replace('"moves"', 'moves')]) {
      expect(why(file(broken))).toEqual({ key: 'record.error.json' });
    }
    expect(words({ key: 'record.error.json' }, 'en')).toMatch(/cut off or damaged/);
  });
  test('a class saved by the teacher’s page, added among the students’ files', () => {
    expect(isClassFile(serialise(fixtureClass()))).toBe(true);
    expect(isClassFile(JSON.stringify(ana.record))).toBe(false);
    expect(why(file(serialise(fixtureClass())))).toEqual({ key: 'class.reason.classFile' });
  });
  test('a file far larger than any replay is not called a result code', () => {
    const m = why(file(`{${' '.repeat(MAX_FILE_CHARS + 1)}}`));
    expect(m).toEqual({ key: 'class.reason.fileTooLong', params: { max: MAX_FILE_CHARS } });
    expect(words(m, 'en')).not.toMatch(/result code/);
  });
  test('JSON that is not a replay is still said to be not a replay', () => {
    expect(why(file('{"not": "a replay"}'))).toEqual({ key: 'record.error.shape' });
  });
  test('none of these says “not a replay” or names the scenario, in either language; no two say the same', () => {
    const keys: Message[] = [
      { key: 'record.error.name', params: { max: 40 } },
      { key: 'record.error.seed', params: { max: 64 } },
      { key: 'record.error.session', params: { max: 32 } },
      { key: 'record.error.moves', params: { max: 400 } },
      { key: 'record.error.json' },
      { key: 'class.reason.classFile' },
      { key: 'class.reason.fileTooLong', params: { max: MAX_FILE_CHARS } },
    ];
    for (const lang of ['en', 'id'] as const) {
      const texts = keys.map((k) => words(k, lang));
      for (const [i, t] of texts.entries()) {
        expect(t, keys[i]!.key).not.toBe(keys[i]!.key);
        expect(t).not.toMatch(/not a replay|bukan rekaman permainan ini|Vladivostok/);
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
