// Which scene shows which phase, and lazy loading of the scenes that are not needed at first.
import type Phaser from 'phaser';
import type { Phase } from '../engine/view-types';
import { poke } from './idle';
import { readPlace, writePlace } from './persistence';

export type SceneKey = 'Boot' | 'Preloader' | 'Title' | 'Briefing' | 'Summit' | 'Negotiation' | 'Press' | 'Debrief' | 'Replay';

export function sceneForPhase(phase: Phase): SceneKey {
  switch (phase) {
    case 'briefing':
      return 'Briefing';
    case 'talks':
      return 'Summit';
    case 'press':
      return 'Press';
    case 'over':
      return 'Debrief';
  }
}

export type SceneClass = new () => Phaser.Scene;
export type SceneLoader = () => Promise<SceneClass>;

// The scenes loaded on demand. The shell may not import the scenes (they import the shell):
// the entry point (scenes/main.ts) hands the loaders in with registerScenes().
const LAZY: Partial<Record<SceneKey, SceneLoader>> = {};

/** Tell the router how to load the scenes that are not part of the game at start (each its own chunk). */
export function registerScenes(loaders: Partial<Record<SceneKey, SceneLoader>>): void {
  Object.assign(LAZY, loaders);
}

/** Start a scene (loading its code first if it is lazy), remembering where the player is. */
export async function goTo(from: Phaser.Scene, key: SceneKey, data: Record<string, unknown> = {}): Promise<void> {
  poke();
  const manager = from.scene.manager;
  if (!manager.getScene(key)) {
    const load = LAZY[key];
    if (!load) throw new Error(`unknown scene ${key}`);
    const cls = await load();
    if (!manager.getScene(key)) manager.add(key, cls, false);
  }
  if (key === 'Title' || key === 'Replay') {
    const place = readPlace();
    if (place) writePlace({ ...place, menu: true });
  } else if (key !== 'Boot' && key !== 'Preloader') {
    writePlace({ scene: key, goal: typeof data.goal === 'string' ? data.goal : undefined });
  }
  poke();
  from.scene.start(key, data);
}

/** Warm the lazy chunks in the background once the game is on screen. */
export function prefetchLazy(): void {
  for (const load of Object.values(LAZY)) void load?.().catch(() => undefined);
}
