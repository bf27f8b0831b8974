// What the canvas shows, in words and rectangles, for the browser tests (window.__vladivostok.stage):
// a test checks that a bubble's text lies within the bubble, and the bubble within the canvas,
// by the bounds Phaser measured. Written by the scenes as they draw; read only by tests.
import type { Rect } from './art';
import type { Expression } from './expression';

export interface TextBox {
  /** Where the box is drawn, and where its text is (canvas pixels). */
  box: Rect;
  text: Rect;
  /** The text shown (with "…" where cut), and the whole text it is from. */
  shown: string;
  full: string;
}

export interface StageReport {
  scene: string;
  canvas: { w: number; h: number };
  faces: { putin?: Expression; kim?: Expression };
  /** Where each face (brows to chin) is drawn, from its portrait's bounds as Phaser placed it. */
  faceBoxes?: { putin?: Rect; kim?: Rect };
  /** Each meter's plate. */
  plates?: { patience?: Rect; face?: Rect };
  bubble?: TextBox;
  ticker?: TextBox & { moving: boolean };
  meters?: { patience?: number; face?: number };
  headlines?: (TextBox & { from: string; masthead: Rect })[];
}

let report: StageReport = { scene: '', canvas: { w: 0, h: 0 }, faces: {} };

/** A scene starts its report afresh. */
export function resetStage(scene: string, canvas: { w: number; h: number }): StageReport {
  report = { scene, canvas, faces: {} };
  return report;
}

export function stageReport(): StageReport {
  return report;
}

/** A Phaser object's bounds as a plain rectangle. */
export function boundsOf(o: { getBounds(): { x: number; y: number; width: number; height: number } }): Rect {
  const b = o.getBounds();
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}
