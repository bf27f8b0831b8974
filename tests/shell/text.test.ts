// The one formatter (src/shell/text.ts) and every catalogue it formats: each text compiles under ICU
// in both languages, English and Indonesian ask for the same placeholders, every text renders with
// sample parameters, and where the code names a key with its parameters they are the ones the text asks for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import classEn from '../../src/content/classroom.en.json';
import classId from '../../src/content/classroom.id.json';
import engineEn from '../../src/content/engine.en.json';
import engineId from '../../src/content/engine.id.json';
import harbourEn from '../../src/content/fixture-harbour/messages.en.json';
import harbourId from '../../src/content/fixture-harbour/messages.id.json';
import uiEn from '../../src/content/ui.en.json';
import uiId from '../../src/content/ui.id.json';
import scenarioEn from '../../src/content/vladivostok-2019/messages.en.json';
import scenarioId from '../../src/content/vladivostok-2019/messages.id.json';
import { ct, texts } from '../../src/classroom/i18n';
import { gameCatalogues, loadLang, msg, t } from '../../src/shell/i18n';
import { compile, fallbacks, format, formatNumber, placeholders, plain, type Catalogue } from '../../src/shell/text';
import type { Lang } from '../../src/engine/types';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SETS: Record<string, Record<Lang, Catalogue>> = {
  ui: { en: uiEn, id: uiId },
  classroom: { en: classEn, id: classId },
  // The engine's own texts (a code's errors, an illegal move) are no scenario's since the engine takes any.
  engine: { en: engineEn, id: engineId },
  scenario: { en: scenarioEn, id: scenarioId },
  harbour: { en: harbourEn, id: harbourId },
};
const LANGS: Lang[] = ['en', 'id'];

/** Every text that does not compile under ICU, as "set lang key: error". */
function compileFailures(): string[] {
  const out: string[] = [];
  for (const [name, set] of Object.entries(SETS)) {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(set[lang])) {
        try {
          compile(lang, text);
        } catch (e) {
          out.push(`${name} ${lang} ${key}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
  }
  return out;
}

describe('the catalogues under ICU MessageFormat', () => {
  test('every text of every catalogue compiles, in both languages', () => {
    expect(compileFailures()).toEqual([]);
  });

  test('a text left uncompiled (no brace, no quoted apostrophe) reads exactly as ICU would show it, and most are', () => {
    const differ: string[] = [];
    let plainTexts = 0;
    let all = 0;
    for (const [name, set] of Object.entries(SETS)) {
      for (const lang of LANGS) {
        for (const [key, text] of Object.entries(set[lang])) {
          all++;
          if (!plain(text)) continue;
          plainTexts++;
          if (String(compile(lang, text).format()) !== text) differ.push(`${name} ${lang} ${key}`);
          if (format(lang, { key }, [set[lang]]) !== text) differ.push(`${name} ${lang} ${key} (formatted)`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(plainTexts).toBeGreaterThan(all / 2);
    // Quoted apostrophes and braces are ICU's: those texts are compiled.
    expect(plain("It''s {n}")).toBe(false);
    expect(plain("It''s")).toBe(false);
    expect(plain("Kim's face")).toBe(true);
    expect(format('en', { key: 'q' }, [{ q: "It''s late" }])).toBe("It's late");
  });

  test('English and Indonesian ask for the same placeholders, key by key', () => {
    const mismatches: string[] = [];
    for (const [name, set] of Object.entries(SETS)) {
      for (const key of Object.keys(set.en)) {
        const id = set.id[key];
        if (id === undefined) continue; // a missing translation is the content tests' business
        const a = placeholders(set.en[key]!).sort();
        const b = placeholders(id).sort();
        if (a.join() !== b.join()) mismatches.push(`${name} ${key}: en {${a.join(', ')}} id {${b.join(', ')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('every text renders with sample parameters: each parameter shows, nothing is left in braces', () => {
    const problems: string[] = [];
    for (const [name, set] of Object.entries(SETS)) {
      for (const lang of LANGS) {
        const catalogues = [set[lang]];
        for (const [key, text] of Object.entries(set[lang])) {
          const names = placeholders(text);
          // Distinct numbers (three digits: no group separator in either language) show the same
          // whether the text asks for a plain {x} or an {x, number}.
          const params = Object.fromEntries(names.map((n, i) => [n, 101 + i]));
          const out = format(lang, { key, params }, catalogues);
          if (!out.trim()) problems.push(`${name} ${lang} ${key}: empty`);
          if (/[{}]/.test(out)) problems.push(`${name} ${lang} ${key}: braces left in "${out}"`);
          names.forEach((n, i) => {
            if (!out.includes(String(101 + i))) problems.push(`${name} ${lang} ${key}: {${n}} not shown in "${out}"`);
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('the texts read as they did before ICU: apostrophes, quotes and symbols are kept as written', () => {
    const changed: string[] = [];
    for (const [name, set] of Object.entries(SETS)) {
      for (const lang of LANGS) {
        for (const [key, text] of Object.entries(set[lang])) {
          if (/\{\w+,/.test(text)) continue; // asks for a formatted number: not written as shown
          const names = placeholders(text);
          const params = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
          const naive = text.replace(/\{(\w+)\}/g, (_, n: string) => `<${n}>`);
          const out = format(lang, { key, params }, [set[lang]]);
          if (out !== naive) changed.push(`${name} ${lang} ${key}: "${out}" instead of "${naive}"`);
        }
      }
    }
    expect(changed).toEqual([]);
  });
});

// ---------- the parameters the code passes ----------

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    // A frozen engine (src/engine/rules/v<N>/) speaks its own frozen texts, checked when it was live.
    if (full.includes(`${path.sep}rules${path.sep}v`)) continue;
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.ts$/.test(entry) && !/\.test\.ts$/.test(entry)) out.push(full);
  }
  return out;
}

/** The top-level property names of an object literal's text ("a: 1, b, ...c" → a, b, and null for a spread). */
function propertyNames(body: string): (string | null)[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | null = null;
  for (const ch of body) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    if ('({['.includes(ch)) depth++;
    if (')}]'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => {
    const s = p.trim();
    if (s.startsWith('...')) return null;
    const m = /^['"]?([\w$]+)['"]?\s*(:|$)/.exec(s);
    return m ? m[1]! : null;
  });
}

/** The object literal that starts at `from` (an opening brace): its inner text, or null. */
function objectAt(text: string, from: number): string | null {
  if (text[from] !== '{') return null;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      depth--;
      if (depth === 0) return text.slice(from + 1, i);
    }
  }
  return null;
}

interface Use {
  where: string;
  key: string;
  params: string[];
}

/**
 * Calls that name a literal key and pass an object literal as its parameters:
 * t('ui.x', { … }), ct(lang, 'class.x', { … }), m('code.x', { … }), msg('x', { … }), { key: 'x', params: { … } }.
 */
function usesIn(file: string): Use[] {
  const text = readFileSync(file, 'utf8');
  const where = path.relative(ROOT, file);
  const out: Use[] = [];
  const take = (key: string, at: number) => {
    const body = objectAt(text, at);
    if (body === null) return;
    const names = propertyNames(body);
    if (names.includes(null)) return; // a spread or a computed name: cannot be read here
    out.push({ where, key, params: (names as string[]).sort() });
  };
  for (const m of text.matchAll(/\b(?:t|ct|m|msg|say|sc)\(\s*(?:[\w.]+,\s*)?'([a-z]+\.[\w.-]+)',\s*(?=\{)/g)) take(m[1]!, m.index! + m[0].length);
  for (const m of text.matchAll(/\bkey:\s*'([a-z]+\.[\w.-]+)',\s*params:\s*(?=\{)/g)) take(m[1]!, m.index! + m[0].length);
  return out;
}

describe('the parameters the code passes', () => {
  const all: Catalogue = { ...scenarioEn, ...engineEn, ...classEn, ...uiEn };
  const uses = ['src/shell', 'src/classroom', 'scenes', 'src/engine'].flatMap((d) => sourceFiles(path.join(ROOT, d))).flatMap(usesIn);

  test('the scan finds the calls it is meant to find', () => {
    // A guard on the scan itself: if the patterns stop matching, this test says so.
    expect(uses.length).toBeGreaterThan(30);
    expect(uses.some((u) => u.key === 'class.collect.added')).toBe(true);
    expect(uses.some((u) => u.key === 'ui.url.bad')).toBe(true);
  });

  test('each names a key that exists and passes exactly the placeholders its English text asks for', () => {
    const problems: string[] = [];
    for (const u of uses) {
      const text = all[u.key];
      if (text === undefined) {
        problems.push(`${u.where}: no text for ${u.key}`);
        continue;
      }
      const wanted = placeholders(text).sort();
      if (wanted.join() !== u.params.join()) problems.push(`${u.where}: ${u.key} is given {${u.params.join(', ')}} but asks for {${wanted.join(', ')}}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the formatter', () => {
  const cat = { n: 'Score {x, number}', plain: 'Score {x}', list: 'Source: {list}', nested: 'Deal: {option}', opt: 'a ferry line', two: 'Hi {a} and {b}' };

  test('a number in Indonesian is written 49,3; in English 49.3', () => {
    expect(format('id', { key: 'n', params: { x: 49.3 } }, [cat])).toBe('Score 49,3');
    expect(format('en', { key: 'n', params: { x: 49.3 } }, [cat])).toBe('Score 49.3');
    expect(formatNumber('id', 49.25)).toBe('49,3');
    expect(formatNumber('en', 49.25)).toBe('49.3');
    expect(formatNumber('id', 1234.5)).toBe('1.234,5');
    // The class's spread, as the teacher's page shows it.
    expect(ct('id', 'class.chart.stats', { min: 12.5, median: 49.3, mean: 48, max: 80, history: 41.7 })).toBe('terendah 12,5 · median 49,3 · rata-rata 48 · tertinggi 80 · sejarah 41,7');
    expect(ct('en', 'class.chart.stats', { min: 12.5, median: 49.3, mean: 48, max: 80, history: 41.7 })).toBe('lowest 12.5 · median 49.3 · mean 48 · highest 80 · history 41.7');
  });

  test('a plain {x} shows a number as it is', () => {
    expect(format('id', { key: 'plain', params: { x: 1234 } }, [cat])).toBe('Score 1234');
  });

  test('a parameter may be a message, or a list of messages joined with commas', () => {
    expect(format('en', { key: 'nested', params: { option: { key: 'opt' } } }, [cat])).toBe('Deal: a ferry line');
    expect(format('en', { key: 'list', params: { list: [{ key: 'opt' }, { key: 'plain', params: { x: 2 } }] } }, [cat])).toBe('Source: a ferry line, Score 2');
  });

  test('the first catalogue that has the key wins; a key found nowhere is itself; a missing parameter shows by name', () => {
    expect(format('en', { key: 'opt' }, [{ opt: 'first' }, cat])).toBe('first');
    expect(format('en', { key: 'opt' }, [{}, cat])).toBe('a ferry line');
    expect(format('en', { key: 'nope' }, [cat])).toBe('nope');
    expect(format('en', { key: 'two', params: { a: 'Ana' } }, [cat])).toBe('Hi Ana and {b}');
  });

  test('a text that does not compile is shown as written, never thrown', () => {
    expect(format('en', { key: 'bad' }, [{ bad: 'Hello {' }])).toBe('Hello {');
  });

  test('fallbacks: the language first, then English', () => {
    const a = { en: { k: 'A-en', only: 'only-en' }, id: { k: 'A-id' } };
    const b = { en: { j: 'B-en' }, id: { j: 'B-id' } };
    expect(fallbacks('id', a, b)).toEqual([a.id, b.id, a.en, b.en]);
    expect(fallbacks('en', a, b)).toEqual([a.en, b.en]);
    expect(format('id', { key: 'only' }, fallbacks('id', a, b))).toBe('only-en');
  });

  test('the game and the teacher’s page speak through it', async () => {
    // Indonesian is loaded when the page shows it (a chunk of its own); until then, English.
    expect(t('ui.rank', { n: 2 }, 'id')).toBe(t('ui.rank', { n: 2 }, 'en'));
    await loadLang('id');
    expect(t('ui.rank', { n: 2 }, 'id')).toBe('prioritas 2');
    expect(msg({ key: 'code.error.version', params: { found: 3, expected: 4 } }, 'en')).toBe(engineEn['code.error.version'].replace('{found}', '3').replace('{expected}', '4'));
    expect(gameCatalogues('id')[0]).toBe(uiId);
    const tx = texts('id', { en: scenarioEn, id: scenarioId });
    expect(tx.sc('goal.lifeline.title')).toBe(scenarioId['goal.lifeline.title']);
    expect(tx.say({ key: 'class.reason.unfinished', params: { moves: 3 } })).toBe(ct('id', 'class.reason.unfinished', { moves: 3 }));
    expect(tx.num(49.3)).toBe('49,3');
  });
});

describe('plurals and numbers, as a reader sees them', () => {
  const V = { en: scenarioEn, id: scenarioId } as const;

  test('one good is banned, two goods are; Indonesian counts without a plural', () => {
    const banned = (lang: Lang, count: number) => format(lang, { key: 'putin.list.banned', params: { count } }, [V[lang]]);
    expect(banned('en', 1)).toBe('Never. One of these goods is banned by the Security Council.');
    expect(banned('en', 2)).toBe('Never. 2 of these goods are banned by the Security Council.');
    expect(banned('id', 1)).toBe('Tidak akan pernah. 1 barang dalam daftar ini dilarang oleh Dewan Keamanan.');
    expect(banned('id', 2)).toBe('Tidak akan pernah. 2 barang dalam daftar ini dilarang oleh Dewan Keamanan.');
  });

  test('one goal is still open and closes; two are and close', () => {
    expect(t('ui.summit.endHintOpen', { n: 1 }, 'en')).toMatch(/^One goal is still open\. Ending the day closes it /);
    expect(t('ui.summit.endHintOpen', { n: 2 }, 'en')).toMatch(/^2 goals are still open\. Ending the day closes them /);
    expect(t('ui.summit.endHintOpen', { n: 1 }, 'id')).toMatch(/^Masih ada 1 tujuan yang terbuka\./);
    expect(ct('en', 'class.reason.unfinished', { moves: 1 })).toBe('The game stopped after 1 move, before the day was reported.');
    expect(ct('en', 'class.reason.unfinished', { moves: 12 })).toBe('The game stopped after 12 moves, before the day was reported.');
    expect(ct('en', 'class.copies', { n: 2 })).toBe('handed in 2 times');
    expect(format('en', { key: 'goal.workers.twist', params: { rounds: 1 } }, [scenarioEn])).toContain('You have 1 proposal left');
    expect(format('en', { key: 'goal.workers.twist', params: { rounds: 3 } }, [scenarioEn])).toContain('You have 3 proposals left');
  });

  test('a score is written as the language writes it, on the debrief and on the teacher’s page', () => {
    expect(t('ui.debrief.breakdown', { goals: 49.3, sweeteners: 2.5, face: -4.8, us: 0 }, 'id')).toBe('Tujuan 49,3 · konsesi −2,5 · wibawa -4,8 · sorotan AS −0');
    expect(t('ui.debrief.breakdown', { goals: 49.3, sweeteners: 2.5, face: -4.8, us: 0 }, 'en')).toBe('Goals 49.3 · concessions −2.5 · face -4.8 · US attention −0');
    expect(t('ui.chart.point', { kim: 43.5, putin: -12.5 }, 'id')).toBe('Kim 43,5, Putin -12,5');
    expect(ct('id', 'class.collect.cut', { max: 4_000_000, read: 3_999_990, total: 4_200_000 })).toContain('(4.000.000 karakter)');
    // A difference carries its sign, with the minus every negative number has.
    expect(formatNumber('id', 4.8, 1, true)).toBe('+4,8');
    expect(formatNumber('id', -29.7, 1, true)).toBe(formatNumber('id', -29.7));
  });

  /** Numbers that may have decimals or run past 999: these placeholders must go through Intl (number, or a plural's #). */
  const MEASURES = new Set(['goals', 'sweeteners', 'face', 'us', 'value', 'weight', 'points', 'kim', 'putin', 'd', 'min', 'median', 'mean', 'max', 'history', 'ms', 'mb', 'read', 'total', 'from', 'to', 'count', 'moves', 'rounds']);
  /** The placeholders a text shows as they are, not through Intl. */
  function plainArgs(text: string): string[] {
    const out: string[] = [];
    const walk = (els: { type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }[]) => {
      for (const el of els) {
        if (el.type === 1 && typeof el.value === 'string') out.push(el.value);
        if (el.options) for (const o of Object.values(el.options)) walk(o.value as never);
      }
    };
    walk(compile('en', text).getAst() as never);
    return out;
  }

  test('every number that may have decimals or thousands is written by Intl, in every catalogue', () => {
    const plain: string[] = [];
    for (const [name, set] of Object.entries(SETS)) {
      for (const lang of LANGS) {
        for (const [key, text] of Object.entries(set[lang])) {
          // A page's counts and positions stay plain where they are ids or small counts the code names otherwise.
          for (const a of plainArgs(text)) if (MEASURES.has(a) && !PLAIN_OK.has(key)) plain.push(`${name} ${lang} ${key}: {${a}}`);
        }
      }
    }
    expect(plain).toEqual([]);
  });
  /** Texts whose number is a label or typed text, not a quantity: a bad link's value as typed, a move's number in a replay, a version, a class's tally. */
  // Numbers the page has already written with formatNumber (signed or rounded), and lists of names.
  const PLAIN_OK = new Set(['ui.nego.walkConfirm', 'ui.cost.rules', 'ui.call.ifBluff', 'ui.call.ifReal', 'ui.answer.package', 'ui.debrief.dealKim', 'ui.debrief.total', 'ui.url.bad', 'ui.replay.position', 'class.class.counts', 'class.chart.pathCount', 'class.file.version', 'record.error.version', 'code.error.version', 'code.error.format', 'class.file.copies', 'ui.save.oldVersion', 'ui.debrief.reactionFace', 'ui.debrief.reactionUs', 'ui.day.frontier', 'ui.option.brief', 'ui.end.closed']);
});
