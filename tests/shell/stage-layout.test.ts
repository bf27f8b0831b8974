// The stage's geometry in the spaces the panel leaves (a column beside it at 1280×720, a narrow
// column on a phone held sideways, a low band on a phone held upright, and odd ones): everything
// inside the space, Putin's bubble clear of him, the headlines' cards inside and apart.
import { describe, expect, it } from 'vitest';
import { headlineCards } from '../../src/shell/headlines';
import { stageLayout, within } from '../../src/shell/stage-layout';

const SPACES = [
  { x: 0, y: 0, w: 492, h: 662 },
  { x: 0, y: 0, w: 150, h: 300 },
  { x: 0, y: 0, w: 360, h: 141 },
  { x: 0, y: 0, w: 1280, h: 158 },
  { x: 0, y: 0, w: 800, h: 600 },
  { x: 0, y: 0, w: 90, h: 90 },
];

const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;

describe('the stage in the space the panel leaves', () => {
  for (const art of SPACES) {
    it(`${art.w}×${art.h}: portraits, bubble and ticker inside, the bubble clear of Putin`, () => {
      for (const bubble of [true, false]) {
        const L = stageLayout(art, bubble);
        expect(within(L.putin, art)).toBe(true);
        if (L.kim) expect(within(L.kim, art)).toBe(true);
        expect(within(L.ticker, art)).toBe(true);
        if (!bubble) expect(L.bubble).toBeNull();
        // Asked for, a bubble is placed in every space the game gives the stage (even 90×90).
        else expect(L.bubble).not.toBeNull();
        if (L.bubble) {
          expect(within(L.bubble, art)).toBe(true);
          expect(apart(L.bubble, L.putin)).toBe(true);
          expect(apart(L.bubble, L.ticker)).toBe(true);
        }
      }
    });
  }

  it('a column of newsprint where the space is tall, a grid where it is wide: each card inside, none over another', () => {
    for (const art of SPACES) {
      for (const n of [1, 3, 4]) {
        const cards = headlineCards(art, n);
        expect(cards).toHaveLength(n);
        for (const [i, c] of cards.entries()) {
          expect(within(c, art)).toBe(true);
          for (const d of cards.slice(i + 1)) expect(apart(c, d)).toBe(true);
        }
      }
    }
  });
});
