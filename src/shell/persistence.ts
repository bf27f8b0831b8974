// Autosave: the GameRecord after every move, the game a new one replaced, the saves kept aside and
// where the player was. Kept in IndexedDB where the browser allows it, else localStorage
// (./kept-store.ts): openSaves() loads them once at start, carrying over what an earlier version
// kept in localStorage; from then on reads come from memory and writes go on in the background. A
// write the browser refuses is reported to the store's subscribers (./save-warning.ts), never lost
// silently. An unreadable save is kept aside.
import type { GameRecord } from '../engine/types';
import { localKept, openKept, type KeptStore } from './kept-store';

export const SAVE_KEY = 'vladivostok-2019.save';
export const ASIDE_PREFIX = 'vladivostok-2019.save.unreadable.';
export const PREVIOUS_KEY = 'vladivostok-2019.save.previous';
/** A save found in IndexedDB when localStorage held another for the same key (see asideOnConflict). */
export const REPLACED_PREFIX = 'vladivostok-2019.save.replaced.';
const PLACE_KEY = 'vladivostok-2019.place';
/** Where the player was in the previous game, so that restoring it lands in the same place. */
const PREVIOUS_PLACE_KEY = 'vladivostok-2019.place.previous';
/** The IndexedDB database of the game's saves (the teacher's page has its own). */
export const SAVES_DB = 'vladivostok-2019';
const EXPORT_FORMAT = 'vladivostok-2019/saved-games';

export type SaveRead =
  | { kind: 'none' }
  | { kind: 'ok'; record: GameRecord; raw: string }
  | { kind: 'unreadable'; raw: string; reason: string };

/** The keys of the game's saves (the language, sound and class clock stay in localStorage). */
export function ownsKey(key: string): boolean {
  return key === SAVE_KEY || key.startsWith(`${SAVE_KEY}.`) || key === PLACE_KEY || key.startsWith(`${PLACE_KEY}.`);
}

function firstFree(prefix: string, taken: (key: string) => boolean): string {
  let n = 1;
  while (taken(prefix + n)) n++;
  return prefix + n;
}

let kept: KeptStore | null = null;

/** Loads the saves (once, at start); the store, for the warning when a write is refused. */
export async function openSaves(): Promise<KeptStore> {
  const store = await openKept({
    db: SAVES_DB,
    owns: ownsKey,
    // A game is never dropped: the other copy is kept aside. Where the player was need not be.
    asideOnConflict: (key, taken) => (key.startsWith(SAVE_KEY) ? firstFree(REPLACED_PREFIX, taken) : null),
  });
  kept?.close();
  kept = store;
  return store;
}

/** The store in use: the one openSaves opened, else localStorage directly. */
export function savesStore(): KeptStore {
  kept ??= localKept(ownsKey);
  return kept;
}

/** For tests: forget the store, so that the next use opens afresh. */
export function resetSaves(): void {
  kept?.close();
  kept = null;
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
  const raw = savesStore().getItem(key);
  if (raw === null) return { kind: 'none' };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!looksLikeRecord(parsed)) return { kind: 'unreadable', raw, reason: 'shape' };
    return { kind: 'ok', record: parsed, raw };
  } catch {
    return { kind: 'unreadable', raw, reason: 'json' };
  }
}

/**
 * Which save was written last, by any tab: a short stamp in localStorage, which every tab of the
 * origin reads synchronously and at once. The save itself is in IndexedDB, whose copy in each tab's
 * memory another tab's write reaches only by message; a tab that missed the message still sees the
 * stamp change, and must then read the save afresh before it writes (src/shell/session.ts).
 */
const SAVE_STAMP_KEY = 'vladivostok-2019.tabs.saved';

export function saveStamp(): string | null {
  try {
    return window.localStorage.getItem(SAVE_STAMP_KEY);
  } catch {
    return null;
  }
}

/** Saves the game. A write the browser refuses is not dropped: the store reports it (see openSaves). */
export function writeSave(record: GameRecord, stamp?: string): void {
  savesStore().setItem(SAVE_KEY, JSON.stringify(record));
  if (stamp === undefined) return;
  try {
    window.localStorage.setItem(SAVE_STAMP_KEY, stamp);
  } catch {
    /* no room or no localStorage: the tabs then rely on their messages alone */
  }
}

/** The save as the browser's storage holds it now (another tab may have written it since this tab read it). */
export async function freshSave(): Promise<SaveRead> {
  await savesStore().fresh(SAVE_KEY);
  return readSave();
}

/** Move the current save to another key (kept, never deleted); returns that key. */
export function moveSaveAside(raw: string): string {
  const s = savesStore();
  const key = firstFree(ASIDE_PREFIX, (k) => s.getItem(k) !== null);
  s.write({ [key]: raw, [SAVE_KEY]: null });
  return key;
}

/** Keep the previous game when a new one replaces it (one level of undo for an accidental click). */
export function keepPrevious(): void {
  const s = savesStore();
  const raw = s.getItem(SAVE_KEY);
  if (!raw) return;
  // Its place goes with it (or none: an older place would belong to another game).
  s.write({ [PREVIOUS_KEY]: raw, [PREVIOUS_PLACE_KEY]: s.getItem(PLACE_KEY) });
}

/**
 * Swap the kept previous game with the current one, so that neither is lost: the previous game
 * (and where its player was) becomes the save, and `current` (the live game; else whatever the
 * save key holds, even unreadable) becomes the previous one. One write: both move or neither does.
 * Returns false, changing nothing, when there is no previous game.
 */
export function swapPrevious(current: GameRecord | null): boolean {
  const s = savesStore();
  const prev = s.getItem(PREVIOUS_KEY);
  if (prev === null) return false;
  const cur = current ? JSON.stringify(current) : s.getItem(SAVE_KEY);
  s.write({
    [SAVE_KEY]: prev,
    [PREVIOUS_KEY]: cur,
    [PLACE_KEY]: s.getItem(PREVIOUS_PLACE_KEY),
    [PREVIOUS_PLACE_KEY]: s.getItem(PLACE_KEY),
  });
  return true;
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
    const raw = savesStore().getItem(PLACE_KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as Place;
    return typeof p?.scene === 'string' ? p : null;
  } catch {
    return null;
  }
}

export function writePlace(place: Place): void {
  savesStore().setItem(PLACE_KEY, JSON.stringify(place));
}

function parsedOrRaw(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * Everything the game keeps, as one JSON file to download when the browser refuses to save: the
 * current game, the previous one, where each was left, and every save kept aside (each a replay file
 * as it stands, or the text as found where it does not read).
 */
export function everythingFile(now: Date): { name: string; text: string } {
  const s = savesStore();
  const named = new Set([SAVE_KEY, PREVIOUS_KEY, PLACE_KEY, PREVIOUS_PLACE_KEY]);
  const aside: Record<string, unknown> = {};
  for (const k of s.keys().sort()) if (!named.has(k)) aside[k] = parsedOrRaw(s.getItem(k));
  const file = {
    format: EXPORT_FORMAT,
    version: 1,
    exported: now.toISOString(),
    current: parsedOrRaw(s.getItem(SAVE_KEY)),
    previous: parsedOrRaw(s.getItem(PREVIOUS_KEY)),
    place: parsedOrRaw(s.getItem(PLACE_KEY)),
    previousPlace: parsedOrRaw(s.getItem(PREVIOUS_PLACE_KEY)),
    keptAside: aside,
  };
  const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, '');
  return { name: `vladivostok-2019-saved-games-${stamp}.json`, text: JSON.stringify(file, null, 1) };
}
