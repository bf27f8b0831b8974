// Text on the canvas is measured when drawn: once the page's web fonts come in, it is measured and
// laid out again (a bubble or a headline card sized with the fallback font would cut its words).
import type Phaser from 'phaser';

/** Calls `relayout` whenever fonts finish loading, for as long as the scene runs. */
export function relayoutOnFonts(scene: Phaser.Scene, relayout: () => void): void {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return;
  const onFonts = () => relayout();
  fonts.addEventListener('loadingdone', onFonts);
  scene.events.once('shutdown', () => fonts.removeEventListener('loadingdone', onFonts));
}
