import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BOM, CSV_FORMATS, csvCell, parseCsv, toCsv } from '../../src/classroom/csv';

describe('CSV (RFC 4180, UTF-8 with BOM)', () => {
  test('plain cells stay plain; the file starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv([['a', 1, null], ['b', 2.5, undefined]])).toBe(`${BOM}a,1,\r\nb,2.5,\r\n`);
  });
  test('commas, quotes and line breaks are quoted, quotes doubled', () => {
    expect(csvCell('Kim, Jong Un')).toBe('"Kim, Jong Un"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });
  test('text that a spreadsheet would run as a formula is defused; numbers are not', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@me')).toBe("'@me");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(Number.NaN)).toBe('');
  });
  test('non-Latin names survive', () => {
    const text = toCsv([['Nama', 'Ñandú 김정은 Дмитрий']]);
    expect(parseCsv(text)).toEqual([['Nama', 'Ñandú 김정은 Дмитрий']]);
  });
  test('any table of text round-trips (after defusing)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const back = parseCsv(toCsv(table));
        const expected = table.map((r) => r.map((c) => (/^\s*[=+\-@＝＋－＠]|^[\t\r\n]/.test(c) ? `'${c}` : c)));
        expect(back).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('every separator a spreadsheet may use, and every way a formula may start', () => {
  const SEPARATORS = [',', ';', '|', '\t'];
  test('a cell holding any of , ; | or a tab is quoted', () => {
    expect(csvCell('Putri; Ana')).toBe('"Putri; Ana"');
    expect(csvCell('Ana|Budi')).toBe('"Ana|Budi"');
    expect(csvCell('Ana\tBudi')).toBe('"Ana\tBudi"');
    expect(csvCell('Ana, Budi')).toBe('"Ana, Budi"');
    expect(csvCell('Ana Budi')).toBe('Ana Budi');
  });
  test('read with any of them as the separator, every cell comes back whole', () => {
    const row = ['Ana; Putri', 'Budi|Santoso', 'Citra, S.', 'Dewi\tLestari', 'Eko "E"', 'plain'];
    for (const sep of SEPARATORS) {
      const line = `${row.map((c) => csvCell(c)).join(sep)}\r\n`;
      expect(parseCsv(line, sep), JSON.stringify(sep)).toEqual([row]);
    }
  });
  test('= + - @ and the full-width ＝ ＋ － ＠ are defused, also after spaces; a tab or line break in front too', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠me', ' =1+1', '\u3000＝HYPERLINK("x")', '\t=1', '\r=1', '\n=1']) {
      const cell = csvCell(text);
      const back = parseCsv(`${cell}\r\n`)[0]![0]!;
      expect(back, JSON.stringify(text)).toBe(`'${text}`);
    }
    // A formula character inside a cell, or a name that merely contains one, is left alone.
    for (const text of ['Ana=Budi', 'Ana-Putri', 'a@b.c', 'Ana ＝ Budi']) expect(csvCell(text)).toBe(text);
    // Numbers are numbers, negative ones too.
    expect(csvCell(-2.4)).toBe('-2.4');
  });
});

describe('a CSV for a spreadsheet set to Indonesian', () => {
  test('splits on semicolons and writes decimal commas; read back the same way, every number is the one written', () => {
    const text = toCsv([['Nama', 'Skor'], ['Ana Putri', 43.5], ['Budi; S.', -4.8], ['Citra', 12]], CSV_FORMATS.id);
    expect(text).toBe(`${BOM}Nama;Skor\r\nAna Putri;43,5\r\n"Budi; S.";-4,8\r\nCitra;12\r\n`);
    const back = parseCsv(text, ';');
    expect(back).toEqual([['Nama', 'Skor'], ['Ana Putri', '43,5'], ['Budi; S.', '-4,8'], ['Citra', '12']]);
    // As a spreadsheet set to Indonesian reads a number: a comma for the decimals.
    expect(back.slice(1).map((r) => Number(r[1]!.replace(',', '.')))).toEqual([43.5, -4.8, 12]);
  });
  test('no number carries a thousands separator that either language would misread', () => {
    expect(csvCell(1234.5, CSV_FORMATS.id)).toBe('1234,5');
    expect(csvCell(1234.5, CSV_FORMATS.en)).toBe('1234.5');
  });
});
