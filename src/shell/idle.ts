// The art is still most of the time, and on a machine without a graphics card (Chromium's software
// renderer) every frame costs the CPU a good part of its 16.7 ms: the Phaser loop runs
// only while something on the canvas changes — a scene starting, the art laid out again, a picture
// arriving, a tween — and sleeps as soon as the last change is drawn. Purely cosmetic.
import type Phaser from 'phaser';

// Phaser's own values (Phaser.Core.Events.POST_RENDER, Phaser.Scenes.START and RUNNING; a scene
// between the two is loading or being created), written out so that this module, which tests
// reach through the session, does not pull Phaser in with it.
const POST_RENDER = 'postrender';
const SCENE_START = 2;
const SCENE_RUNNING = 5;

let game: Phaser.Game | null = null;
/** Frames still owed to a change (the one that draws it, and one more for a late layout). */
let owed = 0;

export function initIdle(g: Phaser.Game): void {
  game = g;
  g.events.on(POST_RENDER, afterFrame);
  window.addEventListener('resize', () => poke());
  window.addEventListener('orientationchange', () => poke());
}

/** Something on the canvas changed: draw at least `frames` more frames, then sleep when nothing moves. */
export function poke(frames = 2): void {
  if (!game) return;
  owed = Math.max(owed, frames);
  if (!game.loop.running) game.loop.wake(true);
}

/** Canvas work waiting for the page to be painted first (afterPaint). */
let waiting = 0;

/**
 * Run `fn` once the browser has painted what the page shows now (after the next frame): after a
 * move, Putin's answer in the panel is on screen before the canvas draws its part of it, which on a
 * slow phone takes as long again. Counted as drawing until it has run.
 */
export function afterPaint(fn: () => void): void {
  waiting++;
  requestAnimationFrame(() =>
    setTimeout(() => {
      waiting--;
      fn();
    }, 0),
  );
}

/** Whether the loop is drawing frames now, or canvas work waits for the next (for tests and benchmarks). */
export function drawing(): boolean {
  return waiting > 0 || looping();
}

/** Whether the loop is drawing frames now (canvas work still waiting for a paint is not a frame). */
export function looping(): boolean {
  return game?.loop.running ?? false;
}

function afterFrame(): void {
  if (!game) return;
  if (owed > 0) owed--;
  if (owed === 0 && !busy(game)) game.loop.sleep();
}

/** A tween is running, or a scene is still loading or starting. */
function busy(g: Phaser.Game): boolean {
  return g.scene.getScenes(false).some((s) => {
    const status = s.sys.settings.status;
    if (status >= SCENE_START && status < SCENE_RUNNING) return true;
    return s.sys.isActive() && s.tweens.getTweens().length > 0;
  });
}
