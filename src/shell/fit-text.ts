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

/**
 * Set `text` on `obj` so that it fits in w × h: from `max` px down to `min` px, then cut. False
 * (and the object hidden) where the box cannot hold a single line.
 */
export function fitText(obj: Phaser.GameObjects.Text, text: string, w: number, h: number, max: number, min: number, maxLines = Infinity): Fitted | false {
  if (w < min * 2 || h < min * 1.2) {
    obj.setText('').setVisible(false);
    return false;
  }
  obj.setVisible(true);
  max = Math.max(max, min);
  for (let size = max; size >= min; size--) {
    obj.setFontSize(size);
    obj.setWordWrapWidth(w, true);
    obj.setText(text);
    if (obj.height <= h && obj.width <= w && obj.getWrappedText(text).length <= maxLines) return { size, cut: false };
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
