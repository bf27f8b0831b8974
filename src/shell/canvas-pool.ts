// Phaser draws each Text on a canvas of its own, taken from a pool it keeps for the page's life
// (Phaser.Display.Canvas.CanvasPool), and Chromium keeps, for each canvas, every string measured on
// it, until the canvas itself goes (about 1 KB a string, with no limit: thousands after a few games,
// as a bubble or a headline is fitted word by word and size by size). Once a scene's texts are gone,
// their canvases are let go rather than kept for the next ones, which get fresh canvases.
import Phaser from 'phaser';

type Pooled = { parent: unknown };

/** Drop the pool's free canvases (no Text holds them); how many. */
export function releaseFreeCanvases(): number {
  const pool = (Phaser.Display.Canvas.CanvasPool as unknown as { pool?: Pooled[] }).pool;
  if (!Array.isArray(pool)) return 0;
  let n = 0;
  for (let i = pool.length - 1; i >= 0; i--) {
    if (pool[i]!.parent) continue;
    pool.splice(i, 1);
    n++;
  }
  return n;
}
