// Reading pasted text in linear time, with a stated cap: a long paste is read to its end (or to the
// end of the last line within the cap, the rest kept), and reads exactly as the rule always read it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_PASTE_CHARS, readPaste, splitCodes, verifyItem } from '../../src/classroom/reader';
import { lookupBundle } from '../../src/classroom/scenario';
import { codeLengthRange, CODE_PREFIX, decodeResultCode } from '../../src/engine';
import { EXPECTED, play } from './fixtures';

/** The rule as it was written before it was made linear (up to a3b99c8), minus its silent cut at 2,000,000 characters: the oracle. */
function splitCodesBefore(text: string): string[] {
  const PREFIX_RE = new RegExp(`^${CODE_PREFIX}`, 'i');
  const items: string[][] = [];
  const readsAlone = (blocks: string[]) => blocks.length > 0 && decodeResultCode(blocks.join(''), lookupBundle).ok;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const blocks = line.split(/[\s,;]+/).filter((b) => b.length > 0);
    if (blocks.length === 0) continue;
    const first = blocks.findIndex((b) => PREFIX_RE.test(b));
    if (first < 0) {
      const last = items[items.length - 1];
      if (last && !readsAlone(last)) last.push(...blocks);
      else items.push(blocks);
      continue;
    }
    for (const b of blocks.slice(first)) {
      const last = items[items.length - 1];
      if (PREFIX_RE.test(b) || !last) items.push([b]);
      else last.push(b);
    }
  }
  const out: string[] = [];
  for (const blocks of items) {
    if (blocks.length > 1 && !readsAlone(blocks) && readsAlone(blocks.slice(0, 1))) {
      out.push(blocks[0]!);
      out.push(blocks.slice(1).join(' '));
    } else out.push(blocks.join(' '));
  }
  return out;
}

const a = play({ name: 'Ana' }).code;
const b = play({ name: 'Budi', strategy: 'historical' }).code;
const c = play({ name: 'Citra', strategy: 'random' }).code;
const short = play({ name: 'D', maxMoves: 2 }).code;

describe('a code’s declared length', () => {
  test('every code’s length is in the range its head declares, whatever the case, spaces and dashes', () => {
    for (const code of [a, b, c, short]) {
      const r = codeLengthRange(code);
      expect(typeof r).toBe('object');
      if (typeof r !== 'object') continue;
      expect(code.length).toBeGreaterThanOrEqual(r.min);
      expect(code.length).toBeLessThanOrEqual(r.max);
      expect(codeLengthRange(code.slice(0, 13))).toEqual(r);
      expect(codeLengthRange(code.slice(0, 13).toLowerCase().replace(/(.{4})/g, '$1-'))).toEqual(r);
    }
  });
  test('too short to tell, or never a code', () => {
    expect(codeLengthRange('')).toBe('short');
    expect(codeLengthRange('v1')).toBe('short');
    expect(codeLengthRange('V19')).toBe('short');
    expect(codeLengthRange(a.slice(0, 5))).toBe('short');
    expect(codeLengthRange('hello')).toBe('never');
    expect(codeLengthRange('V20AAAAAAAAAA')).toBe('never');
    expect(codeLengthRange('V19UUUU')).toBe('never');
  });
});

describe('reading pasted text', () => {
  test('a 100,000-line paste is read to the end: every code, in order, and the last line too', { timeout: 120_000 }, () => {
    const codes = [a, b, c];
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(i % 1000 === 999 ? `Student ${i}: ${codes[(i / 1000) % 3 | 0]}` : `line ${i} of a long chat`);
    lines.push(`Last: ${c}`);
    const text = lines.join('\n');
    // Longer than the silent cut of the old reader (2,000,000 characters), within the stated cap.
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(text.length).toBeLessThan(MAX_PASTE_CHARS);
    const read = readPaste(text);
    expect(read.read).toBe(text.length);
    const found = read.codes.filter((x) => x.startsWith('V19'));
    expect(found).toHaveLength(101);
    expect(found.at(-1)).toBe(c);
    expect(found.slice(0, 3)).toEqual(codes);
    // The words between codes are items of their own (each run of lines after a code is one): 100 of them.
    expect(read.codes).toHaveLength(201);
    expect(read.codes.at(-3)).toContain('line 99998 of a long chat');
  });

  test('100,000 short lines with no code at all (the paste that froze the page) are read to the end', { timeout: 120_000 }, () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join('\n');
    const codes = splitCodes(text);
    expect(codes).toHaveLength(1);
    expect(codes[0]!.endsWith('x99999')).toBe(true);
  });

  test('100,000 lines of pieces of codes (a code typed in groups of four, over and over) are put back together', { timeout: 120_000 }, () => {
    const grouped = [a, b, c].map((code) => code.match(/.{1,4}/g)!);
    const lines: string[] = [];
    for (let i = 0; lines.length < 100_000; i++) lines.push(...grouped[i % 3]!);
    const codes = splitCodes(lines.join('\n'));
    expect(codes.map((x) => x.replace(/ /g, ''))).toEqual(Array.from({ length: codes.length }, (_, i) => [a, b, c][i % 3]));
    expect(codes.join(' ').split(' ').length).toBe(lines.length);
    expect(codes.slice(0, 3).map((x) => verifyItem({ kind: 'code', text: x }, EXPECTED).kind)).toEqual(['verified', 'verified', 'verified']);
  });

  test('the cap: a longer paste is read up to the end of a line within it; the rest is left unread, not dropped', () => {
    const text = `${a}\n${b}\r\n${c}\n`;
    const cap = a.length + 1 + b.length + 5;
    const r = readPaste(text, cap);
    expect(r).toEqual({ codes: [a, b], read: a.length + 1 + b.length + 2, total: text.length });
    expect(readPaste(text.slice(r.read)).codes).toEqual([c]);
    // One line longer than the cap: cut at the cap.
    expect(readPaste('x'.repeat(50), 20)).toMatchObject({ read: 20, total: 50 });
    // The stated cap holds a full class of the longest codes.
    expect(MAX_PASTE_CHARS).toBe(4_000_000);
  });

  test('it reads exactly as the rule always read (the old reader is the oracle), on pieces of codes, labels and separators', () => {
    const piece = fc.oneof(
      fc.constantFrom(a, b, c, short, a.toLowerCase(), `Budi: ${b}`, `${a} thanks!`, 'hello', 'V19', 'v19x', '-', ':', ''),
      fc.tuple(fc.constantFrom(a, b, c, short), fc.nat(200), fc.nat(200)).map(([code, i, j]) => code.slice(Math.min(i, j), Math.max(i, j))),
    );
    const sep = fc.constantFrom('\n', '\r\n', '\r', ' ', ',', ';', '  ', '\n\n', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 30 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        expect(splitCodes(text)).toEqual(splitCodesBefore(text));
      }),
      { numRuns: 400 },
    );
  });
});
