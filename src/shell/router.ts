// Which scene shows which phase, and lazy loading of the scenes that are not needed at first.
import type Phaser from 'phaser';
import type { Phase, PlayerView } from '../engine/view-types';
import { poke } from './idle';
import { heldEnd } from './moment';
import { notify, reloadAction } from './overlay';
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

/**
 * Whether a scene may show for this view: the phase's own; a negotiation during the talks; the
 * summit or a negotiation holding the moment the talks ended by themselves, until the player goes on
 * (moment.ts). Startup resumes a kept place only if it fits; a scene that no longer fits follows the phase.
 */
export function sceneFits(view: PlayerView, key: SceneKey): boolean {
  const own = sceneForPhase(view.phase);
  if (key === own || (own === 'Summit' && key === 'Negotiation')) return true;
  return heldEnd(view) !== null && (key === 'Summit' || key === 'Negotiation');
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

/**
 * Start a scene (loading its code first if it is lazy), remembering where the player is. False if
 * the scene's code could not be loaded (offline before it ever arrived): the page says so and offers
 * a reload, and the scene on screen stays. The game was saved with its last move and the player's
 * place already names the scene, so a reload (online) resumes there.
 */
export async function goTo(from: Phaser.Scene, key: SceneKey, data: Record<string, unknown> = {}): Promise<boolean> {
  poke();
  // Where the player is going: a reload lands there, also when the scene's code fails to load below.
  if (key === 'Title' || key === 'Replay') {
    const place = readPlace();
    if (place) writePlace({ ...place, menu: true });
  } else if (key !== 'Boot' && key !== 'Preloader') {
    writePlace({ scene: key, goal: typeof data.goal === 'string' ? data.goal : undefined });
  }
  const manager = from.scene.manager;
  if (!manager.getScene(key)) {
    const load = LAZY[key];
    if (!load) throw new Error(`unknown scene ${key}`);
    let cls: SceneClass;
    try {
      cls = await load();
    } catch {
      // The next goTo tries again, but some browsers keep a module that failed to load failed
      // until the page reloads: the notice offers the reload, which always works once online.
      lazyLoadFailed();
      return false;
    }
    if (!manager.getScene(key)) manager.add(key, cls, false);
  }
  poke();
  from.scene.start(key, data);
  return true;
}

/** A lazily loaded part of the page (a scene, the QR library) could not be loaded: say so, once, with a Reload button. */
export function lazyLoadFailed(): void {
  notify('error', [{ key: 'ui.lazy.failed' }], [reloadAction('lazy-reload')], 'lazy');
  // The player pressed something further down and nothing else changes: the notice comes to them (at the top of the page).
  document.getElementById('lazy-reload')?.focus();
}

/** Warm the lazy chunks in the background once the game is on screen. */
export function prefetchLazy(): void {
  for (const load of Object.values(LAZY)) void load?.().catch(() => undefined);
}
