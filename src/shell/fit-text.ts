// Text on the canvas that never leaves its box: wrapped to the box's width, made smaller down to a
// least size, and if it still does not fit, cut after the last whole line that does, with "…" (the
// whole text is always in the panel beside). Measured by Phaser's own Text, in the font it draws.
import type Phaser from 'phaser';

/** The canvas's text face: the page's body font (its @font-face in style.css), then the system's. */
export const CANVAS_FONT = "'Atkinson Hyperlegible Next', system-ui, sans-serif";
export const CANVAS_HEAD_FONT = "'Source Serif 4', Georgia, serif";

export interface Fitted {
  size: number;
  /** Whether the text had to be cut. */
  cut: boolean;
}

/** The number of the page's font faces loaded so far: text measured before one came in is measured again. */
function fontsIn(): number {
  let n = 0;
  if (typeof document !== 'undefined' && document.fonts) document.fonts.forEach((f) => void (f.status === 'loaded' && n++));
  return n;
}

/** Each font's height, measured once (Phaser measures it by drawing and reading back pixels, at every change of size). */
const heights = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/**
 * `obj` at `size` px, wrapped at `w`, laid out and drawn once: Phaser's own setters (size, wrap,
 * text) each lay the text out and draw it again.
 */
function setSize(obj: Phaser.GameObjects.Text, size: number, w: number, fonts: number): void {
  const style = obj.style;
  const key = `${style.fontStyle} ${size}px ${style.fontFamily} ${fonts}`;
  const known = heights.get(key);
  style.setStyle({ fontSize: size, wordWrap: { width: w, useAdvancedWrap: true }, ...(known ? { metrics: known } : {}) }, false);
  if (known) obj.updateText();
  else {
    // Measured for this font and size: update(true) measures it, as a change of size would.
    style.update(true);
    heights.set(key, style.getTextMetrics());
  }
}

/** What each text was last fitted to, and the outcome: fitted again only when something changed. */
const fitted = new WeakMap<Phaser.GameObjects.Text, { key: string; shown: string; size: string; result: Fitted | false }>();

/**
 * Set `text` on `obj` so that it fits in w × h: from `max` px down to `min` px, then cut. False
 * (and the object hidden) where the box cannot hold a single line. The stage is drawn again at
 * every move: a text already fitted to the same words and box is left as it is.
 */
export function fitText(obj: Phaser.GameObjects.Text, text: string, w: number, h: number, max: number, min: number, maxLines = Infinity): Fitted | false {
  const fonts = fontsIn();
  const key = [text, w, h, max, min, maxLines, obj.style.fontFamily, obj.style.fontStyle, fonts].join('\u0000');
  const last = fitted.get(obj);
  if (last && last.key === key && last.shown === obj.text && last.size === String(obj.style.fontSize)) {
    obj.setVisible(last.result !== false);
    return last.result;
  }
  const result = fit(obj, text, w, h, max, min, maxLines, fonts);
  fitted.set(obj, { key, shown: obj.text, size: String(obj.style.fontSize), result });
  return result;
}

function fit(obj: Phaser.GameObjects.Text, text: string, w: number, h: number, max: number, min: number, maxLines: number, fonts: number): Fitted | false {
  if (w < min * 2 || h < min * 1.2) {
    obj.setText('').setVisible(false);
    return false;
  }
  obj.setVisible(true);
  max = Math.max(max, min);
  // The words first (laid out at the old size, once), then each size in turn, laid out once each.
  obj.setText(text);
  for (let size = max; size >= min; size--) {
    setSize(obj, size, w, fonts);
    if (obj.height <= h && obj.width <= w && (maxLines === Infinity || obj.getWrappedText(text).length <= maxLines)) return { size, cut: false };
  }
  // At the least size: the lines that fit, the last one ending in an ellipsis.
  const lines = obj.getWrappedText(text);
  for (let n = Math.min(lines.length - 1, maxLines); n >= 1; n--) {
    const kept = lines.slice(0, n);
    let last = kept[n - 1]!.trimEnd();
    obj.setWordWrapWidth(null);
    for (;;) {
      obj.setText([...kept.slice(0, n - 1), `${last}…`].join('\n'));
      if (obj.width <= w || last.length === 0) break;
      last = last.slice(0, -1).trimEnd();
    }
    if (obj.height <= h && obj.width <= w) return { size: min, cut: true };
  }
  obj.setText('').setVisible(false);
  return false;
}
