// The teacher's page as one state: a plain object, changed only by actions through a pure reducer,
// held by a small store that tells its subscribers after every change. The views draw from it
// (./views/), the effects (./effects.ts) do the storage, the verifying and the files, and send
// actions with what they found. Actions are named in dotted lower case (`class.set`, `sort.by`).
import type { Difficulty, Lang, Message } from '../engine/types';
import type { StoreStatus } from '../shell/kept-store';
import type { Expected, Verdict } from './reader';
import type { ClassState } from './store';
import { nextSort, type Sort, type SortKey } from './table';

/** What the teacher has typed or chosen in the forms and not yet used. */
export interface Draft {
  seed: string;
  difficulty: Difficulty;
  lang: Lang;
  minutes: string;
  paste: string;
}

export type Field = 'seed' | 'minutes';

/** The line under the page's head: what just happened, or what went wrong. */
export interface Notice {
  kind: 'info' | 'error';
  /** Shown one after another, in the page's language. */
  lines: Message[];
}

/** For the benchmark (tools/bench-classroom.ts): how long the last verification and the last "add" took. */
export interface Metrics {
  verified?: number;
  verifyMs?: number;
  addMs?: number;
}

export interface PageState {
  /** The page's language (the students' is the session's). */
  lang: Lang;
  /** The teacher's page's own address: links are made beside it. */
  pageUrl: string;
  /** The class as it is kept (the session and every hand-in). */
  cls: ClassState;
  /** The verdict on each hand-in, by its key; a hand-in without one is still being checked. */
  verdicts: ReadonlyMap<string, Verdict>;
  /** How many verifications are under way. */
  checking: number;
  sort: Sort;
  draft: Draft;
  /** Counts the times the form's fields were set by the page (not typed): the form is drawn again. */
  formVersion: number;
  /** The same for the box of pasted codes. */
  pasteVersion: number;
  formError: { field: Field; message: Message } | null;
  notice: Notice | null;
  /** "Clear all" was pressed once: the next press clears. */
  clearArmed: boolean;
  /** The handout and notes shown on the page (they always print). */
  showSheets: boolean;
  /** A class was kept aside and can be brought back. */
  hasPrevious: boolean;
  /** QR codes of links, as SVG text ('' when one could not be made). */
  qr: ReadonlyMap<string, string>;
  /** The clock, for the time left (ms since 1970). */
  now: number;
  metrics: Metrics;
  /** The scenario a new session plays: the page's address may name one (teacher.html?scenario=…), else the class's. */
  newScenario: string;
  /** Whether the browser keeps what the page saves: while it refuses, a lasting warning shows. */
  storage: StoreStatus;
  /** A stored class that could not be read and could not be set aside: offered as a download before anything is saved over it. */
  unreadable: Unreadable | null;
}

export interface Unreadable {
  raw: string;
  /** The key it was to be set aside under (and the downloaded file's name). */
  keptAs: string;
}

export type Action =
  | { type: 'lang.set'; lang: Lang }
  /** Typed by the teacher: the field already shows it. */
  | { type: 'draft.edit'; patch: Partial<Draft> }
  /** Set by the page (a drawn seed, a loaded session, an emptied paste box): the fields are drawn again. */
  | { type: 'draft.set'; patch: Partial<Draft> }
  | { type: 'form.invalid'; field: Field; message: Message }
  /**
   * The class changes. `verdicts: 'clear'` when its hand-ins must be judged afresh (another
   * session, a class restored or imported); `draft` sets the form's fields to match it.
   */
  | { type: 'cls.set'; cls: ClassState; verdicts: 'keep' | 'clear'; notice?: Notice | null; draft?: Partial<Draft> }
  | { type: 'verify.start' }
  /** A verification is done: its verdicts, if they still belong to the class's session. */
  | { type: 'verify.end'; verdicts: readonly (readonly [string, Verdict])[]; metrics?: Metrics }
  | { type: 'notice.set'; notice: Notice | null }
  | { type: 'sort.by'; key: SortKey }
  | { type: 'clear.arm' }
  | { type: 'sheets.toggle' }
  | { type: 'previous.set'; available: boolean }
  | { type: 'qr.made'; link: string; svg: string }
  | { type: 'clock.tick'; now: number }
  | { type: 'metrics.set'; metrics: Metrics }
  | { type: 'storage.set'; status: StoreStatus }
  | { type: 'unreadable.set'; unreadable: Unreadable | null };

export function initialState(init: {
  lang: Lang;
  pageUrl: string;
  cls: ClassState;
  draft: Draft;
  notice?: Notice | null;
  hasPrevious?: boolean;
  now: number;
  newScenario?: string;
  storage?: StoreStatus;
  unreadable?: Unreadable | null;
}): PageState {
  return {
    lang: init.lang,
    pageUrl: init.pageUrl,
    cls: init.cls,
    verdicts: new Map(),
    checking: 0,
    sort: { key: 'n', dir: 1 },
    draft: init.draft,
    formVersion: 0,
    pasteVersion: 0,
    formError: null,
    notice: init.notice ?? null,
    clearArmed: false,
    showSheets: false,
    hasPrevious: init.hasPrevious ?? false,
    qr: new Map(),
    now: init.now,
    metrics: {},
    newScenario: init.newScenario ?? init.cls.scenarioId,
    storage: init.storage ?? { backend: 'indexeddb', failing: false, error: null },
    unreadable: init.unreadable ?? null,
  };
}

/** The draft's fields that the session form shows (the paste box is the collect form's). */
const FORM_FIELDS: readonly (keyof Draft)[] = ['seed', 'difficulty', 'lang', 'minutes'];

function setDraft(s: PageState, patch: Partial<Draft>): PageState {
  const keys = Object.keys(patch) as (keyof Draft)[];
  return {
    ...s,
    draft: { ...s.draft, ...patch },
    formVersion: keys.some((k) => FORM_FIELDS.includes(k)) ? s.formVersion + 1 : s.formVersion,
    pasteVersion: keys.includes('paste') ? s.pasteVersion + 1 : s.pasteVersion,
  };
}

export function reduce(s: PageState, a: Action): PageState {
  switch (a.type) {
    case 'lang.set':
      return a.lang === s.lang ? s : { ...s, lang: a.lang, notice: null };
    case 'draft.edit':
      return { ...s, draft: { ...s.draft, ...a.patch } };
    case 'draft.set':
      return setDraft(s, a.patch);
    case 'form.invalid':
      return { ...s, formError: { field: a.field, message: a.message } };
    case 'cls.set': {
      let next: PageState = { ...s, cls: a.cls, formError: null };
      if (a.verdicts === 'clear') next.verdicts = new Map();
      if (a.notice !== undefined) next.notice = a.notice;
      if (a.draft) next = setDraft(next, a.draft);
      if (a.cls.entries.length === 0) next.clearArmed = false;
      return next;
    }
    case 'verify.start':
      return { ...s, checking: s.checking + 1 };
    case 'verify.end': {
      const verdicts = a.verdicts.length ? new Map([...s.verdicts, ...a.verdicts]) : s.verdicts;
      return { ...s, checking: Math.max(0, s.checking - 1), verdicts, metrics: a.metrics ? { ...s.metrics, ...a.metrics } : s.metrics };
    }
    case 'notice.set':
      return { ...s, notice: a.notice };
    case 'sort.by':
      return { ...s, sort: nextSort(s.sort, a.key) };
    case 'clear.arm':
      return { ...s, clearArmed: true };
    case 'sheets.toggle':
      return { ...s, showSheets: !s.showSheets };
    case 'previous.set':
      return a.available === s.hasPrevious ? s : { ...s, hasPrevious: a.available };
    case 'qr.made':
      return { ...s, qr: new Map([...s.qr, [a.link, a.svg]]) };
    case 'clock.tick':
      return { ...s, now: a.now };
    case 'metrics.set':
      return { ...s, metrics: { ...s.metrics, ...a.metrics } };
    case 'storage.set':
      // A new object each time a write is refused: the warning is drawn again (and read out again).
      return { ...s, storage: a.status };
    case 'unreadable.set':
      return { ...s, unreadable: a.unreadable };
  }
}

/** Who the hand-ins are checked against: the class's session. */
export function expectedOf(s: PageState): Expected | null {
  const session = s.cls.session;
  return session ? { id: session.id, scenario: session.scenario, seed: session.seed, difficulty: session.difficulty, nonce: session.nonce ?? null } : null;
}

/** A notice of one or more lines. */
export function notice(kind: Notice['kind'], ...lines: Message[]): Notice {
  return { kind, lines };
}

// ---------- the store ----------

export interface Store {
  get(): PageState;
  /** Changes the state; subscribers are told at once (an action sent while they are told waits its turn). */
  dispatch(action: Action): void;
  /** Told after every change, with the state before it; returns the way to stop. */
  subscribe(fn: (state: PageState, before: PageState) => void): () => void;
}

export function createStore(initial: PageState, reducer: (s: PageState, a: Action) => PageState = reduce): Store {
  let state = initial;
  const listeners = new Set<(state: PageState, before: PageState) => void>();
  const queue: Action[] = [];
  let busy = false;
  return {
    get: () => state,
    dispatch(action) {
      queue.push(action);
      if (busy) return;
      busy = true;
      try {
        while (queue.length) {
          const before = state;
          state = reducer(state, queue.shift()!);
          if (state === before) continue;
          for (const fn of [...listeners]) {
            try {
              fn(state, before);
            } catch (e) {
              // One part of the page failing to draw leaves the others, and the state, as they are.
              console.error(e);
            }
          }
        }
      } finally {
        busy = false;
      }
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
