// Autosave: the GameRecord after every move, in localStorage. An unreadable save is kept aside.
import type { GameRecord } from '../engine/types';

export const SAVE_KEY = 'vladivostok-2019.save';
export const ASIDE_PREFIX = 'vladivostok-2019.save.unreadable.';
export const PREVIOUS_KEY = 'vladivostok-2019.save.previous';
const PLACE_KEY = 'vladivostok-2019.place';

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
  const s = storage();
  const raw = s?.getItem(SAVE_KEY);
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
    } catch {
      /* full */
    }
  }
}

export function clearSave(): void {
  storage()?.removeItem(SAVE_KEY);
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
