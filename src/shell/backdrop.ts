// The full-screen background pictures (the bay, the room) are drawn by the browser behind a
// transparent game canvas, not by Phaser: a still picture composited once costs nothing per frame,
// whereas a full-screen texture redrawn on every awake frame was most of a frame's time on a
// software renderer (66 ms p95 in headless Chromium; see README, Numbers). Cosmetic only.
import bayUrl from '../../assets/bay.svg?url';
import roomUrl from '../../assets/room.svg?url';

export type Backdrop = 'bay' | 'room';

const URLS: Record<Backdrop, string> = { bay: bayUrl, room: roomUrl };

/** Show a backdrop (or none), dimmed to `alpha`, covering the window and centred. */
export function setBackdrop(which: Backdrop | null, alpha = 1): void {
  const el = document.getElementById('backdrop');
  if (!el) return;
  const url = which ? `url("${URLS[which]}")` : 'none';
  if (el.dataset.backdrop !== (which ?? '')) {
    el.style.backgroundImage = url;
    el.dataset.backdrop = which ?? '';
  }
  el.style.opacity = String(alpha);
}
