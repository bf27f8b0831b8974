// The sources as a reader meets them in the debrief and the teacher's notes: each by its name in the
// reader's language, never by the id the data uses, each said in sentences, and the article named
// by its title, its language and its date.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/engine';
import { sourceLabel } from '../../src/shell/sources';
import { format } from '../../src/shell/text';
import { BUNDLES, VLADIVOSTOK } from '../support/bundles';
import { readRegister } from '../support/claims';

const LANGS: Lang[] = ['en', 'id'];

describe.each(Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const))('the sources of %s', (_id, bundle) => {
  for (const lang of LANGS) {
    const cat = bundle.messages[lang];
    const name = (ref: string) => sourceLabel(ref, (m) => format(lang, m, [cat]), (k) => Object.hasOwn(cat, k));

    it(`are named, not shown by their ids, in ${lang}`, () => {
      const raw = bundle.scenario.sources.filter((ref) => name(ref) === ref || name(ref).includes(ref));
      expect(raw).toEqual([]);
    });

    it(`are each said in whole sentences, in ${lang}`, () => {
      const fragments = bundle.scenario.sources.filter((ref) => !/[.!?"”]$/.test(cat[`source.${ref}`]!.trim()));
      expect(fragments).toEqual([]);
    });
  }
});

describe('the article behind Vladivostok 2019', () => {
  const article = readRegister('vladivostok-2019').article!;

  it('is named by its title, its language, its origin and its date, in both languages', () => {
    const en = VLADIVOSTOK.messages.en['source.about']!;
    const id = VLADIVOSTOK.messages.id['source.about']!;
    for (const text of [en, id]) {
      expect(text).toContain(`“${article.title}”`);
      expect(text).toContain('24 April 2019');
    }
    expect(en).toMatch(/Indonesian translation of an English-language/);
    expect(en).toMatch(/the day before the summit/);
    expect(id).toMatch(/terjemahan bahasa Indonesia dari laporan .*berbahasa Inggris/);
    expect(id).toMatch(/sehari sebelum pertemuan puncak/);
  });

  it('is cited paragraph by paragraph: ¶13 is "the article, ¶13", "artikel, ¶13"', () => {
    const say = (lang: Lang) => sourceLabel('P13', (m) => format(lang, m, [VLADIVOSTOK.messages[lang]]), (k) => k in VLADIVOSTOK.messages[lang]);
    expect(say('en')).toBe('the article, ¶13');
    expect(say('id')).toBe('artikel, ¶13');
  });
});
