// The text of a PDF page by page and line by line, as a reader of the printout sees it: for the tests
// that print the teacher's handout and notes (pdfjs-dist, Mozilla's PDF reader, in Node).
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Item {
  str: string;
  transform: number[];
}

/** Each page's lines of text, top to bottom; a line is the text items that share a baseline. */
export async function pdfLines(file: string): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = new Map<number, Item[]>();
      for (const item of content.items as Item[]) {
        if (!item.str.trim()) continue;
        // Items of one line share a baseline; rounding joins a superscript or a bold run to its line.
        const y = Math.round(item.transform[5]! / 2) * 2;
        lines.set(y, [...(lines.get(y) ?? []), item]);
      }
      pages.push(
        [...lines.entries()]
          .sort(([a], [b]) => b - a)
          .map(([, items]) => items.sort((p, q) => p.transform[4]! - q.transform[4]!).map((i) => i.str).join(' ').replace(/\s+/g, ' ').trim()),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
