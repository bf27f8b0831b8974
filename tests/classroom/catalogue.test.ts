// The teacher's page in both languages: the same keys, the same placeholders, every key it uses.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLASS_CATALOGUES, ct } from '../../src/classroom/i18n';
import { VERDICTS } from '../../src/classroom/reader';
import { DIFFICULTIES, LANGS } from '../../src/engine';
import { placeholders as icuPlaceholders } from '../../src/shell/text';

const en = CLASS_CATALOGUES.en;
const id = CLASS_CATALOGUES.id;
const placeholders = (s: string) => icuPlaceholders(s).sort();

describe('classroom catalogues', () => {
  test('both languages have the same keys, all "class.*", with the same placeholders', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(key).toMatch(/^class\./);
      expect(placeholders(id[key]!), key).toEqual(placeholders(en[key]!));
      expect(en[key]!.trim(), key).not.toBe('');
      expect(id[key]!.trim(), key).not.toBe('');
    }
  });
  test('Indonesian is written, not copied (only names and symbols may be the same)', () => {
    const same = Object.keys(en).filter((k) => en[k] === id[k]);
    expect(same.sort()).toEqual(['class.lang.en', 'class.lang.id'].sort());
  });
  test('every key the page names exists', () => {
    const dir = new URL('../../src/classroom/', import.meta.url);
    const used = new Set<string>();
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((x) => x.endsWith('.ts'));
    expect(files).toContain('views/session.ts');
    for (const f of files) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/'(class\.[\w.-]+)'/g)) used.add(m[1]!);
    }
    for (const d of DIFFICULTIES) used.add(`class.difficulty.${d}`).add(`class.difficulty.${d}.detail`);
    for (const v of VERDICTS) used.add(`class.verdict.${v}`);
    for (const l of LANGS) used.add(`class.lang.${l}`);
    // A numbered list's prefix ('class.notes.objective' → .1, .2, …) counts if its first item exists.
    const missing = [...used].filter((k) => !(k in en) && !(`${k}.1` in en));
    expect(missing).toEqual([]);
  });
  test('a missing key shows as itself, never as a crash', () => {
    expect(ct('id', 'class.nope')).toBe('class.nope');
    expect(ct('id', 'class.collect.added', { added: 1 })).toContain('1 ditambahkan');
  });
});
