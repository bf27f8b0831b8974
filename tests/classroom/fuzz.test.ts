// Thousands of random and mutated strings through the code reader: every one gets a verdict, none
// throws, none hangs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { itemKey, splitCodes, verifyItem, VERDICTS, type Item } from '../../src/classroom/reader';
import { parseState } from '../../src/classroom/store';
import { normaliseCode } from '../../src/engine';
import { EXPECTED, play } from './fixtures';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const real = [play({ name: 'Ana' }), play({ name: 'Budi', strategy: 'historical' }), play({ name: 'Citra', strategy: 'random' }), play({ name: 'Dewi', maxMoves: 5 })];

let slowest = 0;
/** Plain checks (no expect() in the hot loop: it costs more than the reading). */
function check(item: Item): string {
  const started = performance.now();
  const v = verifyItem(item, EXPECTED);
  const key = itemKey(item);
  const ms = performance.now() - started;
  slowest = Math.max(slowest, ms);
  const fail = (why: string) => {
    throw new Error(`${why}: ${JSON.stringify(item).slice(0, 300)}`);
  };
  if (!(VERDICTS as readonly string[]).includes(v.kind)) fail(`no verdict (${String(v.kind)})`);
  if (typeof key !== 'string' || key.length === 0) fail('no key');
  if (v.kind === 'verified' ? v.reason !== null : !v.reason?.key) fail('verdict without its reason');
  JSON.stringify(v);
  if (ms > 2000) fail(`took ${ms} ms`);
  return v.kind;
}

/** The text as pasted (each piece), as one code, and as a file: returns the verdict as one code. */
function checkText(text: string): string {
  for (const piece of splitCodes(text)) check({ kind: 'code', text: piece });
  check({ kind: 'file', text, file: 'f' });
  return check({ kind: 'code', text });
}

const crockfordString = fc.array(fc.constantFrom(...CROCKFORD.split('')), { maxLength: 300 }).map((xs) => xs.join(''));

const mutation = fc.record({
  base: fc.constantFrom(...real.map((r) => r.code)),
  op: fc.constantFrom('replace', 'insert', 'delete', 'swap', 'truncate', 'duplicate', 'case', 'junk'),
  at: fc.nat(),
  ch: fc.constantFrom(...`${CROCKFORD}ILOU-_ .\n\t€éV19`.split('')),
  len: fc.integer({ min: 1, max: 40 }),
});

function mutate(m: { base: string; op: string; at: number; ch: string; len: number }): string {
  const s = m.base;
  const i = 3 + (m.at % (s.length - 3));
  switch (m.op) {
    case 'replace':
      return s.slice(0, i) + m.ch + s.slice(i + 1);
    case 'insert':
      return s.slice(0, i) + m.ch + s.slice(i);
    case 'delete':
      return s.slice(0, i) + s.slice(i + m.len);
    case 'swap':
      return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s;
    case 'truncate':
      return s.slice(0, i);
    case 'duplicate':
      return s.slice(0, i) + s.slice(i, i + m.len) + s.slice(i);
    case 'case':
      return s.toLowerCase();
    default:
      return `${s.slice(0, i)}${m.ch.repeat(m.len)}${s.slice(i)}`;
  }
}

describe('fuzz: the code reader', () => {
  test('random text of any kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void checkText(text)), { numRuns: 1000 });
  }, 120_000);
  test('random Crockford bodies after the V19 prefix', () => {
    fc.assert(fc.property(crockfordString, (body) => void checkText(`V19${body}`)), { numRuns: 1000 });
  }, 120_000);
  test('real codes, mutated: every change is caught, except those that leave the same code', () => {
    // What a teacher must be able to count on: a code that is not the student's code is never
    // verified, and never shows a score. Only what the reader forgives by design (lower case,
    // spaces, dashes, the look-alikes I, L, O) leaves the same code, and that reads as the student's.
    const original = new Map(real.map((r) => [normaliseCode(r.code), verifyItem({ kind: 'code', text: r.code }, EXPECTED)]));
    let same = 0;
    let caught = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const text = mutate(m);
        const kind = checkText(text);
        const v = verifyItem({ kind: 'code', text }, EXPECTED);
        const before = original.get(normaliseCode(m.base))!;
        if (normaliseCode(text) === normaliseCode(m.base)) {
          same += 1;
          expect(v.kind).toBe(before.kind);
          expect(v.summary?.hash).toBe(before.summary?.hash);
        } else {
          caught += 1;
          expect(['tampered', 'unreadable'], `${m.op} at ${m.at}: ${text}`).toContain(kind);
          expect(v.summary).toBeNull();
        }
      }),
      { numRuns: 1500 },
    );
    // Both kinds were tried (the mutations are not all harmless, nor all harmful).
    expect(same).toBeGreaterThan(0);
    expect(caught).toBeGreaterThan(1000);
  }, 120_000);
  test('real replay files, mutated', () => {
    const files = real.map((r) => JSON.stringify(r.record));
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), fc.string({ maxLength: 8 }), (json, at, junk) => {
        const i = at % json.length;
        check({ kind: 'file', text: json.slice(0, i) + junk + json.slice(i + 1), file: 'f.json' });
      }),
      { numRuns: 500 },
    );
    const record = real[0]!.record as unknown as Record<string, unknown>;
    for (const field of ['seed', 'settings', 'moves', 'name', 'engineVersion', 'scenarioId']) {
      for (const value of [null, 1, 'x', [], {}, 'x'.repeat(500), [{ type: 'summit.end' }, 7]]) check({ kind: 'file', text: JSON.stringify({ ...record, [field]: value }) });
    }
  }, 120_000);
  test('stored classes, mutated: either read or refused, never thrown', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (json) => {
        expect(() => parseState(json)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
  test('no single verdict took long', () => {
    expect(slowest).toBeLessThan(2000);
  });
});
