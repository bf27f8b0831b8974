// Placing the SVG art in the part of the canvas the panel leaves free. Cosmetic only.
import Phaser from 'phaser';

/** A rectangle (x, y, width, height), such as the part of the canvas the panel leaves for the art. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const ART = {
  kim: 'kim',
  putin: 'putin',
  train: 'train',
  press: 'press',
  flagRu: 'flag-ru',
  flagKp: 'flag-kp',
} as const;

/** Game event (game.events) when a picture has finished loading, with its key: lay the art out again. */
export const ART_LOADED = 'art-loaded';

/**
 * How large to rasterize each SVG (1 = its design size, for a 1920×1080 screen): 1 for a full-HD
 * screen, down to 0.5 for a phone, as contain() caps the drawn size by the raster size.
 */
export function artRasterScale(): number {
  const dpr = window.devicePixelRatio || 1;
  const sw = window.screen?.width ?? 0;
  const sh = window.screen?.height ?? 0;
  const longest = Math.max(window.innerWidth, window.innerHeight, sw, sh) * dpr;
  return Math.min(1, Math.max(0.5, longest / 1920));
}

/** Scale an image to fit inside a rect, anchored (0..1) within it. */
export function contain(img: Phaser.GameObjects.Image, r: Rect, ax = 0.5, ay = 0.5, maxScale = 1.5): Phaser.GameObjects.Image {
  const s = Math.min(r.w / img.width, r.h / img.height, maxScale);
  img.setOrigin(0.5).setScale(Math.max(0.01, s));
  const w = img.width * s;
  const hgt = img.height * s;
  img.setPosition(r.x + (r.w - w) * ax + w / 2, r.y + (r.h - hgt) * ay + hgt / 2);
  return img;
}

export function inset(r: Rect, d: number): Rect {
  return { x: r.x + d, y: r.y + d, w: Math.max(1, r.w - 2 * d), h: Math.max(1, r.h - 2 * d) };
}

/**
 * Reuse one image per key in a scene (art is redrawn on every resize). The art loads in the
 * background: a picture not in yet is a hidden placeholder, given its texture on the redraw that
 * follows its arrival (ART_LOADED).
 */
export function image(scene: Phaser.Scene, cache: Map<string, Phaser.GameObjects.Image>, key: string, name = key): Phaser.GameObjects.Image {
  const ready = scene.textures.exists(key);
  let img = cache.get(name);
  if (!img || !img.active) {
    img = scene.add.image(0, 0, ready ? key : '__DEFAULT');
    cache.set(name, img);
  } else if (ready && img.texture.key !== key) {
    img.setTexture(key);
  }
  return img.setVisible(ready);
}

/** The player asked the system for less motion: no cosmetic tweens. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
