// The class kept in the browser: the session and every hand-in, in localStorage, so that closing the
// tab loses nothing. A stored class that cannot be read is set aside under another key, never deleted.
import * as v from 'valibot';
import { DIFFICULTIES, LANGS } from '../engine/types';
import { MINUTES } from '../shell/input-rules';
import { clip, itemKey, MAX_FILE_CHARS, type Item } from './reader';
import { DEFAULT_SCENARIO_ID, isScenarioId } from './scenario';
import { sessionCode, type SessionSettings } from './session';

export const STORE_KEY = 'vladivostok-2019.classroom';
export const PREVIOUS_KEY = 'vladivostok-2019.classroom.previous';
export const FILE_FORMAT = 'vladivostok-2019/classroom-session';
/** More than any class: a bound so that a stored class always loads. */
export const MAX_ENTRIES = 1000;

export interface Session extends SessionSettings {
  /** The session code: also the session id in every student's result code. */
  id: string;
  created: string;
  /** When the teacher started the clock (ms since 1970), if there is a time limit. */
  startedAt: number | null;
}

export interface Entry {
  key: string;
  item: Item;
  /** How many times the same game was handed in. */
  copies: number;
  added: string;
}

export interface ClassState {
  format: typeof FILE_FORMAT;
  version: 1;
  /** The scenario the class plays (./scenario.ts turns it into the scenario's data and texts). */
  scenarioId: string;
  session: Session | null;
  entries: Entry[];
}

const ItemSchema = v.object({
  kind: v.picklist(['code', 'file']),
  text: v.pipe(v.string(), v.maxLength(MAX_FILE_CHARS + 1)),
  file: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

export const StateSchema = v.object({
  format: v.literal(FILE_FORMAT),
  version: v.literal(1),
  // A class kept before the page named its scenario plays the one scenario there was.
  scenarioId: v.optional(v.pipe(v.string(), v.check((id: string) => isScenarioId(id), 'a scenario this version knows')), DEFAULT_SCENARIO_ID),
  session: v.nullable(
    v.object({
      // A session kept before sessions named their scenario plays the one scenario there was.
      scenario: v.optional(v.pipe(v.string(), v.check((id: string) => isScenarioId(id), 'a scenario this version knows')), DEFAULT_SCENARIO_ID),
      seed: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
      difficulty: v.picklist(DIFFICULTIES),
      lang: v.picklist(LANGS),
      // Up to 600 is read (earlier versions allowed it) and brought down to the limit below.
      minutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(MINUTES.min), v.maxValue(600))),
      id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
      // The class's own mark (classes kept from before it existed have none).
      nonce: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[0-9A-HJKMNP-TV-Z]{6}$/)))),
      created: v.string(),
      startedAt: v.nullable(v.number()),
    }),
  ),
  entries: v.pipe(
    v.array(v.object({ key: v.string(), item: ItemSchema, copies: v.pipe(v.number(), v.integer(), v.minValue(1)), added: v.string() })),
    v.maxLength(MAX_ENTRIES),
  ),
});

export function emptyState(): ClassState {
  return { format: FILE_FORMAT, version: 1, scenarioId: DEFAULT_SCENARIO_ID, session: null, entries: [] };
}

export function newSession(settings: SessionSettings, now: Date): Session {
  return { ...settings, id: sessionCode(settings.scenario, settings.seed, settings.difficulty), created: now.toISOString(), startedAt: null };
}

/** Reads a state from JSON text (a stored class or an imported file); null if it is not one. */
export function parseState(text: string): ClassState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(StateSchema, data);
  if (!parsed.success) return null;
  const state = parsed.output as ClassState;
  // A class kept before the time limit was capped at 180 minutes (the game's limit) keeps the longest
  // limit a link can carry, so that its link opens the game.
  const session = state.session && state.session.minutes !== null && state.session.minutes > MINUTES.max ? { ...state.session, minutes: MINUTES.max } : state.session;
  // Keys are recomputed: an edited file cannot make two games one.
  return { ...state, session, entries: mergeEntries([], state.entries.map((e) => ({ ...e, key: itemKey(e.item) }))).entries };
}

export function serialise(state: ClassState): string {
  return JSON.stringify(state, null, 1);
}

/** Adds hand-ins; the same game handed in again is counted on its first row, not shown twice. */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[]): { entries: Entry[]; added: number; duplicates: number } {
  const entries = existing.map((e) => ({ ...e }));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  let added = 0;
  let duplicates = 0;
  for (const e of incoming) {
    const same = byKey.get(e.key);
    if (same) {
      same.copies += e.copies;
      duplicates += e.copies;
    } else {
      const copy = { ...e };
      entries.push(copy);
      byKey.set(copy.key, copy);
      added += 1;
    }
  }
  return { entries, added, duplicates };
}

export function addItems(state: ClassState, items: readonly Item[], now: Date): { state: ClassState; added: number; duplicates: number; skipped: number } {
  const incoming = items.map((raw) => {
    const item = clip(raw);
    return { key: itemKey(item), item, copies: 1, added: now.toISOString() };
  });
  const merged = mergeEntries(state.entries, incoming);
  const skipped = Math.max(0, merged.entries.length - MAX_ENTRIES);
  return { state: { ...state, entries: merged.entries.slice(0, MAX_ENTRIES) }, added: merged.added - skipped, duplicates: merged.duplicates, skipped };
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type LoadResult = { kind: 'empty' } | { kind: 'ok'; state: ClassState } | { kind: 'corrupt'; keptAs: string | null };

/** Loads the stored class. One that cannot be read is moved aside (keptAs) and the page starts empty. */
export function loadState(store: KeyValueStore, now: Date): LoadResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const state = parseState(raw);
  if (state) return { kind: 'ok', state };
  const keptAs = `${STORE_KEY}.unreadable.${now.toISOString()}`;
  try {
    store.setItem(keptAs, raw);
    store.removeItem(STORE_KEY);
    return { kind: 'corrupt', keptAs };
  } catch {
    return { kind: 'corrupt', keptAs: null };
  }
}

/** Saves; false if the browser refused (storage full or blocked). */
export function saveState(store: KeyValueStore, state: ClassState, key = STORE_KEY): boolean {
  try {
    store.setItem(key, serialise(state));
    return true;
  } catch {
    return false;
  }
}
