// Placing the SVG art in the part of the canvas the panel leaves free. Cosmetic only.
import Phaser from 'phaser';
import type { Rect } from './ui-scene';

export const ART = {
  bay: 'bay',
  room: 'room',
  kim: 'kim',
  putin: 'putin',
  train: 'train',
  press: 'press',
  flagRu: 'flag-ru',
  flagKp: 'flag-kp',
} as const;

/** Scale an image to cover a rect (cropping), centred. */
export function cover(img: Phaser.GameObjects.Image, r: Rect): Phaser.GameObjects.Image {
  const s = Math.max(r.w / img.width, r.h / img.height);
  img.setOrigin(0.5).setScale(s).setPosition(r.x + r.w / 2, r.y + r.h / 2);
  return img;
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

/** Reuse one image per key in a scene (art is redrawn on every resize). */
export function image(scene: Phaser.Scene, cache: Map<string, Phaser.GameObjects.Image>, key: string, name = key): Phaser.GameObjects.Image {
  let img = cache.get(name);
  if (!img || !img.active) {
    img = scene.add.image(0, 0, key);
    cache.set(name, img);
  }
  return img;
}

/** The player asked the system for less motion: no cosmetic tweens. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
