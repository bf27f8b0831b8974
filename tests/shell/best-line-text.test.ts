// The debrief's sentences on the best line (src/shell/best-line-text.ts) say what the searches
// showed and no more: the best, or a range where the search stopped at its cap; the very move that
// left the best path, or the latest it can have been; and never "was 0" after a move that ended the
// talks. Read as a player reads them, in both languages (Indonesian writes a decimal comma).
import { beforeAll, describe, expect, it } from 'vitest';
import { bestLineWords } from '../../src/shell/best-line-text';
import { loadLang } from '../../src/shell/i18n';

const exactGame = { best: 53.3, upper: 53.3, base: 0.9, leftAt: 4, bestAfter: 48.2, afterUpper: 48.2, exact: true };
const move = (i: number) => `move #${i}`;

beforeAll(() => loadLang('id'));

describe('the words on the best line', () => {
  it('state the best and the very move where the searches were complete', () => {
    const w = bestLineWords(exactGame, 40.1, move, 'en');
    expect(w.best).toBe('The best possible in this game was 53.3 (a day with no deal at all: 0.9). On that scale, from 0 for no deal to 100 for the best, you reached 75.');
    expect(w.where).toBe('Your game left the best path at your move 5: move #4. From there the best still possible was 48.2.');
    expect(w.share).toBe(75);
  });

  it('give a range, and the latest the game can have left the path, where the search stopped at its cap', () => {
    const capped = { ...exactGame, upper: 54.25, afterUpper: 50.04, exact: false };
    const en = bestLineWords(capped, 40.1, move, 'en');
    expect(en.best).toContain('between 53.3 and 54.3');
    expect(en.best).not.toContain('was 53.3');
    expect(en.where).toBe('By your move 5 at the latest (move #4), your game had left every line that scores 53.3. From there the best still possible was at most 50.');
    // Where the search after the move finished, what was still possible is known exactly.
    expect(bestLineWords({ ...capped, afterUpper: 48.2 }, 40.1, move, 'en').where).toBe('By your move 5 at the latest (move #4), your game had left every line that scores 53.3. From there the best still possible was 48.2.');
    const id = bestLineWords(capped, 40.1, move, 'id');
    expect(id.best).toContain('di antara 53,3 dan 54,3');
    expect(id.where).toContain('Paling lambat pada langkah ke-5 (move #4)');
    expect(id.where).toContain('paling tinggi 50');
  });

  it('say "at most" after the very move where only the search after it stopped at its cap', () => {
    const w = bestLineWords({ ...exactGame, afterUpper: 51.06 }, 40.1, move, 'en');
    expect(w.best).toContain('was 53.3');
    expect(w.where).toBe('Your game left the best path at your move 5: move #4. From there the best still possible was at most 51.1.');
  });

  it('say the game never left the path only where that is shown', () => {
    expect(bestLineWords({ ...exactGame, leftAt: null, bestAfter: null, afterUpper: null }, 53.3, move, 'en').where).toBe('Your game never left the best path.');
    const unsure = bestLineWords({ ...exactGame, upper: 55, leftAt: null, bestAfter: null, afterUpper: null, exact: false }, 53.3, move, 'id');
    expect(unsure.where).toBe('Tidak ada langkah Anda yang terbukti mengurangi hasil dibandingkan hasil terbaik yang ditemukan.');
    expect(unsure.share).toBe(100);
  });
});
