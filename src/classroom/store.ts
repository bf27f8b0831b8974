// The class kept in the browser: the session and every hand-in, in IndexedDB where the browser
// allows it, else localStorage (../shell/kept-store.ts), so that closing the tab loses nothing. A
// stored class that cannot be read is set aside under another key, never deleted. Hand-ins are kept
// compactly: a replay file that encodes to a result code is kept as its code (compactItem).
import * as v from 'valibot';
import { encodeRecord, parseReplayFile } from '../engine';
import { DIFFICULTIES, LANGS } from '../engine/types';
import { MINUTES } from '../shell/input-rules';
import { clip, itemKey, MAX_FILE_CHARS, type Item } from './reader';
import { DEFAULT_SCENARIO_ID, isScenarioId, lookupBundle } from './scenario';
import { sessionCode, type SessionSettings } from './session';

export const STORE_KEY = 'vladivostok-2019.classroom';
export const PREVIOUS_KEY = 'vladivostok-2019.classroom.previous';
export const FILE_FORMAT = 'vladivostok-2019/classroom-session';
/** The IndexedDB database of the teacher's page (the game has its own). */
export const CLASS_DB = 'vladivostok-2019.classroom';
/** Where a class found in IndexedDB goes when localStorage held a newer one (see ownsClassKey). */
export const REPLACED_PREFIX = `${STORE_KEY}.replaced.`;
const UNREADABLE_PREFIX = `${STORE_KEY}.unreadable.`;

/** The localStorage keys of the class (carried over into IndexedDB); the page's language stays there. */
export function ownsClassKey(key: string): boolean {
  return key === STORE_KEY || key === PREVIOUS_KEY || key.startsWith(UNREADABLE_PREFIX) || key.startsWith(REPLACED_PREFIX);
}
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
  // Keys are recomputed: an edited file cannot make two games one. Hand-ins kept whole by an
  // earlier version are kept compactly from now on (the key of a file that is a code is the code's).
  const entries = mergeEntries([], state.entries.map((e) => ({ ...e, key: itemKey(e.item) }))).entries;
  return compactEntries({ ...state, session, entries }).state;
}

export function serialise(state: ClassState): string {
  return JSON.stringify(state, null, 1);
}

/**
 * A hand-in as it is kept: a replay file whose game encodes to a result code is kept as that code
 * (with the file's name), which is all the page reads of it (reader.ts verifies such a file by its
 * code, and its key is the code's). Only a file that cannot be a code (not a replay file, not this
 * version's, or too long) is kept whole, so that it is judged again as it came. Codes are kept as
 * they are.
 */
export function compactItem(item: Item): Item {
  if (item.kind !== 'file' || item.text.length > MAX_FILE_CHARS) return item;
  try {
    const parsed = parseReplayFile(item.text, lookupBundle);
    if (!parsed.ok) return item;
    // Written by the engine of the record's version, which numbers its moves its own way.
    const code = encodeRecord(parsed.record, lookupBundle);
    return item.file === undefined ? { kind: 'code', text: code } : { kind: 'code', text: code, file: item.file };
  } catch {
    return item;
  }
}

/** The class with every hand-in kept compactly; the same object if nothing changed. */
function compactEntries(state: ClassState): { state: ClassState; compacted: number } {
  let compacted = 0;
  const entries = state.entries.map((e) => {
    const item = compactItem(e.item);
    if (item === e.item) return e;
    compacted += 1;
    return { ...e, item };
  });
  return compacted ? { state: { ...state, entries }, compacted } : { state, compacted };
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
    return { key: itemKey(item), item: compactItem(item), copies: 1, added: now.toISOString() };
  });
  const merged = mergeEntries(state.entries, incoming);
  const skipped = Math.max(0, merged.entries.length - MAX_ENTRIES);
  return { state: { ...state, entries: merged.entries.slice(0, MAX_ENTRIES) }, added: merged.added - skipped, duplicates: merged.duplicates, skipped };
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Several changes that land together or not at all, where the store can (../shell/kept-store.ts). */
  write?(changes: Readonly<Record<string, string | null>>): void;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: ClassState; /** Hand-ins kept whole by an earlier version, now kept as codes: save it again. */ compacted: number }
  /** keptAs: the key it was set aside under, or null if the store refused at once (see main.ts for a store that answers later). */
  | { kind: 'corrupt'; keptAs: string | null; raw: string };

/** Loads the stored class. One that cannot be read is moved aside (keptAs) and the page starts empty. */
export function loadState(store: KeyValueStore, now: Date): LoadResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const parsed = parseStored(raw);
  if (parsed) return { kind: 'ok', ...parsed };
  const keptAs = `${UNREADABLE_PREFIX}${now.toISOString()}`;
  try {
    // One change: set aside and removed together, or neither (the class is never lost in between).
    if (store.write) store.write({ [keptAs]: raw, [STORE_KEY]: null });
    else {
      store.setItem(keptAs, raw);
      store.removeItem(STORE_KEY);
    }
    return { kind: 'corrupt', keptAs, raw };
  } catch {
    return { kind: 'corrupt', keptAs: null, raw };
  }
}

function parseStored(raw: string): { state: ClassState; compacted: number } | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const before = Array.isArray((data as { entries?: unknown })?.entries) ? (data as { entries: { item?: { kind?: unknown } }[] }).entries.filter((e) => e?.item?.kind === 'file').length : 0;
  const state = parseState(raw);
  if (!state) return null;
  return { state, compacted: before - state.entries.filter((e) => e.item.kind === 'file').length };
}

/** Saves, compactly (the file a teacher saves is written by serialise); false if the store refused at once. */
export function saveState(store: KeyValueStore, state: ClassState, key = STORE_KEY): boolean {
  try {
    store.setItem(key, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
