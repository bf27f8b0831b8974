// The art is still most of the time: let the Phaser loop sleep when nothing moves, and wake it
// for scene changes, resizes and redraws. Saves CPU and battery; purely cosmetic.
import type Phaser from 'phaser';

let game: Phaser.Game | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function initIdle(g: Phaser.Game): void {
  game = g;
  window.addEventListener('resize', () => poke());
  window.addEventListener('orientationchange', () => poke());
}

/** Keep the loop awake for at least `ms`, then let it sleep if no tween is running. */
export function poke(ms = 900): void {
  if (!game) return;
  if (!game.loop.running) game.loop.wake(true);
  clearTimeout(timer);
  timer = setTimeout(trySleep, ms);
}

function trySleep(): void {
  if (!game) return;
  const busy = game.scene.getScenes(true).some((s) => s.tweens.getTweens().length > 0 || s.sys.settings.status !== 5 /* RUNNING */);
  if (busy) poke(500);
  else game.loop.sleep();
}
