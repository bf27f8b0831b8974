// Autosave: the GameRecord after every move, in localStorage. An unreadable save is kept aside.
import type { GameRecord } from '../engine/types';

export const SAVE_KEY = 'vladivostok-2019.save';
export const ASIDE_PREFIX = 'vladivostok-2019.save.unreadable.';
export const PREVIOUS_KEY = 'vladivostok-2019.save.previous';
const PLACE_KEY = 'vladivostok-2019.place';
/** Where the player was in the previous game, so that restoring it lands in the same place. */
const PREVIOUS_PLACE_KEY = 'vladivostok-2019.place.previous';

export type SaveRead =
  | { kind: 'none' }
  | { kind: 'ok'; record: GameRecord; raw: string }
  | { kind: 'unreadable'; raw: string; reason: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function looksLikeRecord(v: unknown): v is GameRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.seed === 'string' &&
    typeof r.scenarioId === 'string' &&
    typeof r.engineVersion === 'number' &&
    Array.isArray(r.moves) &&
    !!r.settings &&
    typeof r.settings === 'object'
  );
}

export function readSave(): SaveRead {
  return readKey(SAVE_KEY);
}

/** The game kept by keepPrevious (the one a new game replaced), read like the save. */
export function readPrevious(): SaveRead {
  return readKey(PREVIOUS_KEY);
}

function readKey(key: string): SaveRead {
  const s = storage();
  let raw: string | null | undefined;
  try {
    raw = s?.getItem(key);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null || raw === undefined) return { kind: 'none' };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!looksLikeRecord(parsed)) return { kind: 'unreadable', raw, reason: 'shape' };
    return { kind: 'ok', record: parsed, raw };
  } catch {
    return { kind: 'unreadable', raw, reason: 'json' };
  }
}

export function writeSave(record: GameRecord): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(SAVE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Move the current save to another key (kept, never deleted); returns that key. */
export function moveSaveAside(raw: string): string | null {
  const s = storage();
  if (!s) return null;
  let n = 1;
  while (s.getItem(ASIDE_PREFIX + n) !== null) n++;
  const key = ASIDE_PREFIX + n;
  try {
    s.setItem(key, raw);
    s.removeItem(SAVE_KEY);
    return key;
  } catch {
    return null;
  }
}

/** Keep the previous game when a new one replaces it (one level of undo for an accidental click). */
export function keepPrevious(): void {
  const s = storage();
  const raw = s?.getItem(SAVE_KEY);
  if (s && raw) {
    try {
      s.setItem(PREVIOUS_KEY, raw);
      // Its place goes with it (or none: an older place would belong to another game).
      const place = s.getItem(PLACE_KEY);
      if (place) s.setItem(PREVIOUS_PLACE_KEY, place);
      else s.removeItem(PREVIOUS_PLACE_KEY);
    } catch {
      /* full */
    }
  }
}

/**
 * Swap the kept previous game with the current one, so that neither is lost: the previous game
 * (and where its player was) becomes the save, and `current` (the live game; else whatever the
 * save key holds, even unreadable) becomes the previous one. Returns false, changing nothing,
 * when storage refuses.
 */
export function swapPrevious(current: GameRecord | null): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const prev = s.getItem(PREVIOUS_KEY);
    if (prev === null) return false;
    const cur = current ? JSON.stringify(current) : s.getItem(SAVE_KEY);
    const prevPlace = s.getItem(PREVIOUS_PLACE_KEY);
    const curPlace = s.getItem(PLACE_KEY);
    const put = (key: string, value: string | null) => (value === null ? s.removeItem(key) : s.setItem(key, value));
    try {
      put(SAVE_KEY, prev);
      put(PREVIOUS_KEY, cur);
      put(PLACE_KEY, prevPlace);
      put(PREVIOUS_PLACE_KEY, curPlace);
    } catch {
      // Storage full half-way: put everything back as it was.
      put(SAVE_KEY, cur);
      put(PREVIOUS_KEY, prev);
      put(PLACE_KEY, curPlace);
      put(PREVIOUS_PLACE_KEY, prevPlace);
      return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Where in the UI the player was (scene and open goal), so a reload lands in the same place. */
export interface Place {
  scene: string;
  goal?: string;
  /** The player left the game for the main menu (a reload shows the menu again). */
  menu?: boolean;
}

export function readPlace(): Place | null {
  try {
    const raw = storage()?.getItem(PLACE_KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as Place;
    return typeof p?.scene === 'string' ? p : null;
  } catch {
    return null;
  }
}

export function writePlace(place: Place): void {
  try {
    storage()?.setItem(PLACE_KEY, JSON.stringify(place));
  } catch {
    /* storage blocked */
  }
}
