// One term for each idea, in each language, across the game, the handout and the teacher's notes
// (src/content/terms.json): no catalogue of a language uses a variant the glossary rules out, and no
// Indonesian catalogue leaves an English word of the short list in its text. Placeholders are no
// words of the text ({seed} is filled in), so they are set aside before looking.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import classEn from '../../src/content/classroom.en.json';
import classId from '../../src/content/classroom.id.json';
import engineEn from '../../src/content/engine.en.json';
import engineId from '../../src/content/engine.id.json';
import uiEn from '../../src/content/ui.en.json';
import uiId from '../../src/content/ui.id.json';
import type { Lang } from '../../src/engine';
import { BUNDLES } from '../support/bundles';

interface Term {
  idea: string;
  en: string;
  id: string;
  avoid?: Partial<Record<Lang, string[]>>;
}
const ROOT = path.resolve(import.meta.dirname, '../..');
const GLOSSARY = 'src/content/terms.json';
const { terms, englishInIndonesian } = JSON.parse(readFileSync(path.join(ROOT, GLOSSARY), 'utf8')) as { terms: Term[]; englishInIndonesian: string[] };

type Catalogue = Record<string, string>;
/** Every catalogue by the file it lives in, per language. */
const CATALOGUES: Record<Lang, [string, Catalogue][]> = {
  en: [['src/content/ui.en.json', uiEn], ['src/content/classroom.en.json', classEn], ['src/content/engine.en.json', engineEn], ...Object.values(BUNDLES).map((b): [string, Catalogue] => [`src/content/${b.scenario.id}/messages.en.json`, b.messages.en])],
  id: [['src/content/ui.id.json', uiId], ['src/content/classroom.id.json', classId], ['src/content/engine.id.json', engineId], ...Object.values(BUNDLES).map((b): [string, Catalogue] => [`src/content/${b.scenario.id}/messages.id.json`, b.messages.id])],
};

/** The words a reader sees: the text without its placeholders and ICU syntax ("{n, plural, one {# good}}" → "# good"). */
const shownWords = (text: string) => text.replace(/\{\s*[\w-]+\s*(,\s*\w+\s*,?)?/g, ' ').replace(/[{}]/g, ' ');

/** Does the text use the phrase as words of its own (not inside a longer word), ignoring case? */
function uses(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(shownWords(text));
}

/** Each use of a ruled-out variant or (in Indonesian) of an English word from the list, with where it is and what to write instead. */
function problems(lang: Lang, catalogues: [string, Catalogue][]): string[] {
  const out: string[] = [];
  for (const [file, cat] of catalogues) {
    for (const [key, text] of Object.entries(cat)) {
      for (const term of terms) {
        for (const variant of term.avoid?.[lang] ?? []) if (uses(text, variant)) out.push(`${file} "${key}" says "${variant}": write "${term[lang]}" (${GLOSSARY}: ${term.idea})`);
      }
      if (lang === 'id') for (const word of englishInIndonesian) if (uses(text, word)) out.push(`${file} "${key}" leaves the English "${word}" in Indonesian (${GLOSSARY}: englishInIndonesian)`);
    }
  }
  return out;
}

describe('the terms of the game, in both languages', () => {
  it('no Indonesian catalogue uses a ruled-out variant or an English word of the list', () => {
    expect(problems('id', CATALOGUES.id)).toEqual([]);
  });

  it('no English catalogue uses a ruled-out variant', () => {
    expect(problems('en', CATALOGUES.en)).toEqual([]);
  });

  it('finds what it looks for, as words, in any case, past placeholders', () => {
    const sample: [string, Catalogue][] = [['x.id.json', { a: 'Sudut pandang', b: 'Seed "{seed}"', c: 'muka Kim', d: '{n, plural, other {# pekerja tamu}}', e: 'Best  Alternative To' }]];
    expect([...new Set(problems('id', sample).map((p) => p.split('"')[1]))]).toEqual(['a', 'b', 'c', 'd', 'e']);
    // A placeholder's name, a longer word and the right terms are no finding.
    const clean: [string, Catalogue][] = [['x.id.json', { a: 'Benih "{seed}"', b: 'Argumen Anda: {framing}', c: 'permukaan', d: 'wibawa Kim' }]];
    expect(problems('id', clean)).toEqual([]);
  });

  it('gives every idea one term in each language, and no term is also ruled out', () => {
    for (const t of terms) {
      expect(t.en.trim() && t.id.trim(), t.idea).toBeTruthy();
      for (const lang of ['en', 'id'] as const) for (const v of t.avoid?.[lang] ?? []) expect(uses(t[lang], v), `${t.idea}: "${v}"`).toBe(false);
    }
  });
});
