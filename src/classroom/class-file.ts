// Opening a class saved as a file (possibly on another computer, possibly edited): it is checked as
// strictly as the codes pasted into the page, and refused with the reason when it cannot be the
// class the page saved. Its hand-ins are judged again by replay once it is open (effects.ts).
import * as v from 'valibot';
import type { Message } from '../engine/types';
import { CODE_PREFIX } from '../engine';
import { clip } from './reader';
import { SCENARIO_IDS } from './scenario';
import { legacySessionCode, sessionCode } from './session';
import { FILE_FORMAT, MAX_ENTRIES, parseState, StateSchema, type ClassState } from './store';

/** More times than any class hands in one game: a count above it was not counted by the page. */
export const MAX_COPIES = 100_000;
/** The largest file the page reads as a class (far more than a browser keeps for one page). */
export const MAX_CLASS_FILE_BYTES = 20_000_000;
/** Dates (created, added) as the page writes them: an ISO string of 24 characters. */
const MAX_DATE_CHARS = 40;
/** The time a clock was started: milliseconds since 1970, within what a Date can hold. */
const MAX_TIME = 8.64e15;

export type ClassFileRead = { ok: true; state: ClassState } | { ok: false; reason: Message };

const no = (key: string, params?: Message['params']): ClassFileRead => ({ ok: false, reason: params ? { key, params } : { key } });
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a class file: the class, or the plainest reason it cannot be opened (nothing is changed then). */
export function readClassFile(text: string): ClassFileRead {
  if (text.trim() === '') return no('class.file.empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A result code saved as a text file, or a file cut off or damaged on its way.
    return new RegExp(`^\\s*${CODE_PREFIX}`, 'i').test(text) ? no('class.file.isCode') : no('class.file.damaged');
  }
  if (!isObject(data)) return no('class.file.bad');
  if (data.format !== FILE_FORMAT) return 'engineVersion' in data && 'moves' in data ? no('class.file.isReplay') : no('class.file.bad');
  if (data.version !== 1) return no('class.file.version', { found: String(data.version).slice(0, 20) });

  // What the page would never have written, named before the general check.
  for (const id of [data.scenarioId, isObject(data.session) ? data.session.scenario : undefined]) {
    if (typeof id === 'string' && !SCENARIO_IDS.includes(id)) return no('class.file.scenario', { found: id.slice(0, 64) });
  }
  if (Array.isArray(data.entries)) {
    if (data.entries.length > MAX_ENTRIES) return no('class.file.tooMany', { n: data.entries.length, max: MAX_ENTRIES });
    for (let i = 0; i < data.entries.length; i++) {
      const e: unknown = data.entries[i];
      if (!isObject(e) || !('copies' in e)) continue;
      const c = e.copies;
      if (!(typeof c === 'number' && Number.isInteger(c) && c >= 1 && c <= MAX_COPIES)) return no('class.file.copies', { row: i + 1, n: String(c).slice(0, 40), max: MAX_COPIES });
      if (typeof e.added === 'string' && e.added.length > MAX_DATE_CHARS) return no('class.file.entry', { row: i + 1, field: 'added' });
    }
  }
  const parsed = v.safeParse(StateSchema, data);
  if (!parsed.success) return no(...describe(parsed.issues));

  const state = parseState(text);
  if (!state) return no('class.file.bad');
  const session = state.session;
  if (session) {
    if (session.created.length > MAX_DATE_CHARS) return no('class.file.sessionField', { field: 'created' });
    if (session.startedAt !== null && !(Number.isInteger(session.startedAt) && session.startedAt >= 0 && session.startedAt <= MAX_TIME)) return no('class.file.sessionField', { field: 'startedAt' });
    // The session code follows from the settings: a file whose code does not is not the page's.
    const expected = sessionCode(session.scenario, session.seed, session.difficulty);
    const legacy = legacySessionCode(session.scenario, session.seed, session.difficulty);
    if (session.id !== expected && session.id !== legacy) return no('class.file.sessionCode', { code: session.id, expected });
  }
  // Each hand-in as if it had been pasted: a code longer than any is kept only to be flagged.
  return { ok: true, state: { ...state, entries: state.entries.map((e) => ({ ...e, item: clip(e.item) })) } };
}

/** The first problem the schema found, as a message key and its parameters. */
function describe(issues: readonly v.BaseIssue<unknown>[]): [string, Message['params']?] {
  const path = (issues[0]?.path ?? []).map((p) => p.key);
  const [top, second, third] = path;
  if (top === 'session') return ['class.file.sessionField', { field: typeof second === 'string' ? second : 'session' }];
  if (top === 'entries' && typeof second === 'number') return ['class.file.entry', { row: second + 1, field: path.slice(2).filter((k) => typeof k === 'string').join('.') || String(third ?? 'entry') }];
  return ['class.file.bad'];
}
