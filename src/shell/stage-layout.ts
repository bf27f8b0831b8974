// Where the summit's life goes in the part of the canvas the panel leaves free: the two sitters,
// Putin's speech bubble beside him, the plate with each one's meter, the news ticker along the
// foot. Pure geometry (no Phaser), so that what fits where is tested without a browser.
import type { Rect } from './art';

/** The portraits' own aspect (600×720). */
const PORTRAIT_ASPECT = 600 / 720;
/** Where the expressions are drawn in each portrait, brows to mouth, as a share of it (assets/putin.svg, kim.svg: x 200–405, y 230–442 of 600×720). */
const FACE = { x: 200 / 600, y: 230 / 720, w: 205 / 600, h: 212 / 720 };

export interface StageLayout {
  /** 'wide': both side by side, bubble above; 'column': a narrow column, both close together under his bubble, the plates stacked; 'band': a low band, bubble between them. */
  mode: 'wide' | 'column' | 'band';
  /** Where each portrait is drawn (its picture fills the rect, anchored at its foot). */
  kim: Rect;
  putin: Rect;
  /** Each one's meter on a plate (Kim's face, Putin's patience), clear of both faces; the plates' type size. */
  plates: { face: Rect; patience: Rect; size: number };
  /** The speech bubble's body, and the point its tail reaches (by Putin's mouth); null where there is no room for one. */
  bubble: Rect | null;
  tail: { x: number; y: number } | null;
  ticker: Rect;
  /** The base font size for the canvas's text in this space. */
  font: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** A portrait as large as fits in `r`, standing on its foot, centred (or pushed to `align`: 0 left, 1 right). */
function stand(r: Rect, align = 0.5, maxH = Infinity): Rect {
  const h = Math.max(1, Math.min(r.h, maxH, r.w / PORTRAIT_ASPECT));
  const w = h * PORTRAIT_ASPECT;
  return { x: r.x + (r.w - w) * align, y: r.y + r.h - h, w, h };
}

/** The face in a portrait drawn in `r`: brows to mouth, where its expressions are drawn. */
export function faceOf(r: Rect): Rect {
  return { x: r.x + r.w * FACE.x, y: r.y + r.h * FACE.y, w: r.w * FACE.w, h: r.h * FACE.h };
}

/** A plate across the foot of portrait `r`, above the ticker. */
function plateAt(r: Rect, ticker: Rect, font: number, h: number): Rect {
  const w = Math.round(Math.min(r.w * 0.9, font * 14));
  return { x: Math.round(r.x + (r.w - w) / 2), y: Math.round(Math.min(r.y + r.h, ticker.y) - h - 4), w, h };
}

/** The layout of the stage in `art` (canvas pixels), with a bubble or without. */
export function stageLayout(art: Rect, withBubble: boolean): StageLayout {
  const font = clamp(Math.round(Math.min(art.w / 26, art.h / 22)), 11, 16);
  // Two lines of the ticker's text and a margin.
  const tickerH = Math.round(font * 2 * 1.25 + 8);
  const ticker: Rect = { x: art.x, y: art.y + art.h - tickerH, w: art.w, h: tickerH };
  const pad = Math.max(4, Math.round(font / 2));
  const above = art.h - tickerH * 0.5;
  const size = Math.max(9, font - 3);
  const plateH = Math.round(size * 1.3 + 12);
  if (art.w < art.h * 0.6) {
    // A column beside the panel (a phone held sideways): the two close together, Putin a little in
    // front, his bubble over their heads; the plates stacked under their faces, each naming its
    // sitter. The portraits stand on the plates, their mouths clear of them.
    const patience = { x: art.x + pad, y: ticker.y - 4 - plateH, w: art.w - pad * 2, h: plateH };
    const face = { ...patience, y: patience.y - 3 - plateH };
    const chin = FACE.y + FACE.h;
    const least = art.y + pad * 2 + (withBubble ? font * 4 + pad : 0);
    const h = Math.max(1, Math.min((art.w * 0.7) / PORTRAIT_ASPECT, (face.y - 2 - least) / chin));
    const w = h * PORTRAIT_ASPECT;
    const y = Math.max(art.y, Math.min(face.y - 2 - h * chin, art.y + above - h));
    // Side by side, overlapping by at most 0.55 of a portrait: its face is its middle third, and
    // Kim's ends before Putin's ear begins.
    const pair = Math.min(art.w, w * 1.45);
    const kim = { x: art.x + (art.w - pair) / 2, y, w, h };
    const putin = { x: kim.x + pair - w, y, w, h };
    const bubble = withBubble ? { x: art.x + pad, y: art.y + pad, w: art.w - pad * 2, h: clamp(y - pad * 2 - art.y, 1, font * 12) } : null;
    return { mode: 'column', kim, putin, plates: { face, patience, size }, bubble, tail: bubble ? { x: putin.x + putin.w * 0.5, y: putin.y + putin.h * 0.1 } : null, ticker, font };
  }
  if (art.w > art.h * 1.8) {
    // A low band above the panel (a phone held upright): Kim at the left, Putin at the right, the bubble between them.
    const h = Math.max(1, art.h - tickerH * 0.6);
    const kim = stand({ x: art.x, y: art.y, w: art.w * 0.3, h }, 0.3);
    const putin = stand({ x: art.x + art.w * 0.7, y: art.y, w: art.w * 0.3, h }, 0.7);
    const left = kim.x + kim.w + pad;
    const right = putin.x - pad * 2;
    const bubble = withBubble && right - left > font * 5 ? { x: left, y: art.y + pad, w: right - left, h: Math.max(1, ticker.y - art.y - pad * 2) } : null;
    return { mode: 'band', kim, putin, plates: { face: plateAt(kim, ticker, font, plateH), patience: plateAt(putin, ticker, font, plateH), size }, bubble, tail: bubble ? { x: putin.x + putin.w * 0.3, y: putin.y + putin.h * 0.45 } : null, ticker, font };
  }
  // Side by side, as at the table; the bubble above, over Putin's head.
  const bubbleH = withBubble ? Math.round(clamp(art.h * 0.27, font * 4, font * 11)) : 0;
  const top = art.y + (withBubble ? bubbleH + pad * 3 : art.h * 0.08);
  const room = { y: top, h: Math.max(1, art.y + above - top) };
  const half = Math.min(art.w * 0.48, 420);
  const kim = stand({ x: art.x, y: room.y, w: half, h: room.h }, 0.5, 500);
  const putin = stand({ x: art.x + art.w - half, y: room.y, w: half, h: room.h }, 0.5, 500);
  const bubble = withBubble ? { x: art.x + pad * 2, y: art.y + pad, w: art.w - pad * 4, h: bubbleH } : null;
  return { mode: 'wide', kim, putin, plates: { face: plateAt(kim, ticker, font, plateH), patience: plateAt(putin, ticker, font, plateH), size }, bubble, tail: bubble ? { x: putin.x + putin.w * 0.45, y: putin.y + putin.h * 0.08 } : null, ticker, font };
}

/** Whether `inner` lies within `outer` (to a tolerance of `eps` pixels). */
export function within(inner: Rect, outer: Rect, eps = 0.5): boolean {
  return inner.x >= outer.x - eps && inner.y >= outer.y - eps && inner.x + inner.w <= outer.x + outer.w + eps && inner.y + inner.h <= outer.y + outer.h + eps;
}
