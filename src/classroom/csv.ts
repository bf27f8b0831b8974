// CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order
// mark (so that Excel sees UTF-8). A cell is quoted if it holds any character a spreadsheet may take
// as a separator (comma, semicolon, tab, pipe: which one depends on the program and the locale), a
// quote or a line break; text cells that a spreadsheet would run as a formula are defused.
export type Cell = string | number | null | undefined;

export const BOM = '\uFEFF';

/**
 * What starts a formula in some spreadsheet: = + - @, their full-width forms ＝ ＋ － ＠ (which some
 * programs read as the ASCII ones), and a tab or line break before them; spaces in front do not hide
 * one (a program may trim them).
 */
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;
/** Every character a spreadsheet may split cells on, and those that quoting must protect. */
const NEEDS_QUOTES = /[",;|\t\r\n]|^\s|\s$/u;

/** A text cell that a spreadsheet could run as a formula is shown as text: a ' in front of it. */
export function defuse(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/**
 * How a spreadsheet in a language reads a file. One set to Indonesian takes the comma as the decimal
 * mark, so it splits cells on semicolons and reads 43,5 as a number; one set to English, commas and
 * 43.5. Numbers are written plain, with no thousands separator, which either would misread.
 */
export interface CsvFormat {
  separator: ',' | ';';
  decimal: '.' | ',';
}
export const CSV_FORMATS = { en: { separator: ',', decimal: '.' }, id: { separator: ';', decimal: ',' } } as const satisfies Record<string, CsvFormat>;

export function csvCell(cell: Cell, format: CsvFormat = CSV_FORMATS.en): string {
  if (cell === null || cell === undefined) return '';
  // A number is digits, a minus and the decimal mark, never the separator: it stays unquoted, as a number.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', format.decimal) : '';
  const text = defuse(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[], format: CsvFormat = CSV_FORMATS.en): string {
  return BOM + rows.map((r) => r.map((c) => csvCell(c, format)).join(format.separator)).join('\r\n') + '\r\n';
}

/** Reads CSV back (RFC 4180), split on `separator` as a spreadsheet set to it would: for the tests, and to check an export round-trips. */
export function parseCsv(text: string, separator = ','): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
