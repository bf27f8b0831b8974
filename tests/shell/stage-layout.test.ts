// The stage's geometry in the spaces the panel leaves (a column beside it at 1280×720, a narrow
// column on a phone held sideways, a low band on a phone held upright, and odd ones): everything
// inside the space, both faces clear of everything drawn over them, Putin's bubble clear of him,
// the headlines' cards inside and apart.
import { describe, expect, it } from 'vitest';
import { headlineCards } from '../../src/shell/headlines';
import { faceOf, stageLayout, within } from '../../src/shell/stage-layout';

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
    it(`${art.w}×${art.h}: both portraits, plates, bubble and ticker inside, both faces clear, the bubble clear of Putin`, () => {
      for (const bubble of [true, false]) {
        const L = stageLayout(art, bubble);
        expect(within(L.putin, art)).toBe(true);
        expect(within(L.kim, art)).toBe(true);
        expect(within(L.ticker, art)).toBe(true);
        // Both faces in every space the game gives the stage, neither under a plate, the ticker or the
        // bubble, nor under the other (the 90×90 space is too small for faces to mean anything).
        const faces = art.w >= 120 && art.h >= 120 ? [faceOf(L.kim), faceOf(L.putin)] : [];
        if (faces.length) expect(apart(faces[0]!, faces[1]!)).toBe(true);
        for (const f of faces) {
          expect(within(f, art)).toBe(true);
          for (const over of [L.plates.face, L.plates.patience, L.ticker, ...(L.bubble ? [L.bubble] : [])]) expect(apart(f, over), `face ${JSON.stringify(f)} under ${JSON.stringify(over)}`).toBe(true);
        }
        for (const p of [L.plates.face, L.plates.patience]) expect(within(p, art)).toBe(true);
        expect(apart(L.plates.face, L.plates.patience)).toBe(true);
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
