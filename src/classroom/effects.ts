// What the teacher's page does beyond drawing: keeping the class in the browser, verifying hand-ins
// (in Web Workers), reading and writing files, the QR codes, printing, the clock. Each effect reads
// the state, does its work, and sends what it found to the store as actions.
import type { Message } from '../engine/types';
import { copyText, download } from '../shell/dom';
import { MINUTES, readMinutes, readSeed } from '../shell/input-rules';
import { MAX_CLASS_FILE_BYTES, readClassFile } from './class-file';
import { CSV_FORMATS, toCsv } from './csv';
import { ct, texts } from './i18n';
import { MAX_FILE_CHARS, MAX_PASTE_CHARS, splitCodes, type Item } from './reader';
import { scenarioOf } from './scenario';
import { scanPhotos, type ScanOptions } from './scan';
import { drawNonce, drawSeed, sessionCode, studentLink } from './session';
import { expectedOf, notice, type Notice, type PageState, type Store } from './state';
import type { KeptStore } from '../shell/kept-store';
import { addItems, emptyState, MAX_ENTRIES, newSession, parseState, PREVIOUS_KEY, saveState, serialise, type ClassState, type KeyValueStore } from './store';
import { buildRows, csvRows, sortRows } from './table';
import { readPasteOff, verifyAll, warmUp } from './verify';

export const LANG_KEY = 'vladivostok-2019.classroom.lang';

export type PrintPart = 'handout' | 'handout-notes' | 'results';

export interface Effects {
  setLang(lang: PageState['lang']): void;
  drawSeed(): void;
  startSession(): void;
  startTimer(): void;
  copyLink(link: string): Promise<void>;
  restorePrevious(): void;
  importFile(file: File): Promise<void>;
  exportFile(): void;
  exportCsv(): void;
  print(part: PrintPart): void;
  /** The pasted codes; false if nothing was taken (busy, no session, nothing to add): the text then stays. */
  addPasted(): Promise<boolean>;
  addFiles(files: readonly File[]): Promise<void>;
  removeRow(n: number): void;
  clearAll(): void;
  /** What the scanner is given: the page's words, the way to add codes, and whether it may. */
  scan: ScanOptions;
  /** Tries again to save what the browser refused. */
  retrySave(): Promise<void>;
  /** Downloads the stored class that could not be read nor set aside; then it may be saved over. */
  downloadUnreadable(): void;
  /** Verifies what has no verdict yet; resolves with the time it took (0 if nothing, or no longer this session's). */
  verifyPending(): Promise<number>;
  /** Starts what runs in the background: the clock, the QR codes, the workers' warm-up. */
  start(): void;
}

/**
 * The browser's localStorage, for the page's language (the class itself is kept by ../shell/kept-store.ts),
 * or a map in memory where the browser refuses it (the page still works, for this visit).
 */
export function pageStorage(): KeyValueStore {
  try {
    const ls = window.localStorage;
    ls.getItem(LANG_KEY);
    return ls;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

/** The class kept aside (one level of undo), if there is one that can be read. */
export function previousClass(storage: KeyValueStore): ClassState | null {
  const raw = storage.getItem(PREVIOUS_KEY);
  return raw ? parseState(raw) : null;
}

const focus = (id: string) => document.getElementById(id)?.focus();

/**
 * `storage` keeps the class (a refused write is told to its subscribers: the page's lasting warning);
 * `prefs` keeps the page's language.
 */
export function createEffects(store: Store, storage: KeptStore, prefs: KeyValueStore = storage): Effects {
  const get = store.get;
  const dispatch = store.dispatch;
  const say = (n: Notice | null) => dispatch({ type: 'notice.set', notice: n });

  // The lasting warning: shown while the browser refuses, whatever else the notice line says.
  storage.subscribe((st) => {
    const was = get().storage.failing;
    dispatch({ type: 'storage.set', status: st });
    if (was && !st.failing) say(notice('info', { key: 'class.store.saved' }));
  });

  /** Saves the class; a refusal shows as the lasting warning (see above). */
  function save(cls: ClassState): void {
    saveState(storage, cls);
  }

  /** Keeps the current class aside before it is replaced; the line that says so, if there was one. */
  function keepAside(): Message | null {
    const cls = get().cls;
    if (!cls.session && cls.entries.length === 0) return null;
    if (saveState(storage, cls, PREVIOUS_KEY)) dispatch({ type: 'previous.set', available: true });
    return { key: 'class.session.keptPrevious', params: { code: cls.session?.id ?? '—', n: cls.entries.length } };
  }

  /** The form's fields for a class's session. */
  const draftOf = (cls: ClassState) => (cls.session ? { seed: cls.session.seed, difficulty: cls.session.difficulty, lang: cls.session.lang, minutes: cls.session.minutes ? String(cls.session.minutes) : '' } : undefined);

  async function verifyPending(): Promise<number> {
    const before = get();
    const pending = before.cls.entries.filter((e) => !before.verdicts.has(e.key));
    if (pending.length === 0) return 0;
    dispatch({ type: 'verify.start' });
    const started = performance.now();
    const against = expectedOf(before);
    let results: Awaited<ReturnType<typeof verifyAll>> | null = null;
    let current = false;
    let ms = 0;
    try {
      results = await verifyAll(
        pending.map((e) => e.item),
        against,
      );
    } finally {
      // Judged against the session of their time: if the teacher has since started or restored
      // another one, these verdicts are not that session's (its codes are checked afresh).
      const now = expectedOf(get());
      current = results !== null && now?.id === against?.id && (now?.nonce ?? null) === (against?.nonce ?? null);
      ms = Math.round(performance.now() - started);
      dispatch({
        type: 'verify.end',
        verdicts: current ? pending.map((e, i) => [e.key, results![i]!] as const) : [],
        ...(current ? { metrics: { verified: pending.length, verifyMs: ms } } : {}),
      });
    }
    return current ? ms : 0;
  }

  // Adding hand-ins: one batch at a time, in the order they came. A paste while a batch is being
  // checked takes nothing (a double click adds nothing twice); codes from the camera, photos and
  // files wait their turn.
  let busy = 0;
  let tail: Promise<unknown> = Promise.resolve();
  /** Hand-ins to add, and what the page says about how they were read. */
  type Batch = { items: Item[]; notes?: Message[] };
  function queue(batch: () => Promise<Batch> | Batch): Promise<boolean> {
    busy += 1;
    const job = tail.then(async () => {
      const b = await batch();
      return addAndVerify(b.items, b.notes ?? []);
    });
    const done = job.finally(() => (busy -= 1));
    tail = done.catch(() => undefined);
    return done;
  }

  async function addAndVerify(items: Item[], notes: Message[]): Promise<boolean> {
    const started = performance.now();
    const cls = get().cls;
    if (!cls.session) {
      say(notice('error', { key: 'class.collect.needSession' }));
      return false;
    }
    if (items.length === 0) {
      say(notice('info', { key: 'class.collect.nothing' }, ...notes));
      return false;
    }
    say(notice('info', { key: 'class.collect.checking', params: { n: items.length } }));
    const res = addItems(cls, items, new Date());
    dispatch({ type: 'cls.set', cls: res.state, verdicts: 'keep' });
    save(res.state);
    const ms = await verifyPending();
    const kept = await storage.settled();
    const skipped: Message[] = res.skipped > 0 ? [{ key: 'class.collect.skipped', params: { n: res.skipped, max: MAX_ENTRIES } }] : [];
    const added: Message = { key: 'class.collect.added', params: { added: res.added, duplicates: res.duplicates, ms } };
    // Added to the page, but not kept by the browser: the line says so too, beside the lasting warning.
    say(kept ? notice('info', added, ...skipped, ...notes) : notice('error', added, ...skipped, ...notes, { key: 'class.store.notKept' }));
    // For the benchmark: from the click to the table drawn, as the page measures it.
    dispatch({ type: 'metrics.set', metrics: { addMs: Math.round(performance.now() - started) } });
    return true;
  }

  const codesOf = (text: string): Item[] => splitCodes(text).map((code) => ({ kind: 'code', text: code }));

  /** Pasted text read into codes (in a worker when it is long); a paste over the cap is read up to a line's end, and the page says so. */
  async function readPasted(text: string): Promise<Batch & { read: number }> {
    const r = await readPasteOff(text);
    const items = r.codes.map((code): Item => ({ kind: 'code', text: code }));
    const notes: Message[] = r.read < r.total ? [{ key: 'class.collect.cut', params: { read: r.read, total: r.total, max: MAX_PASTE_CHARS } }] : [];
    return { items, notes, read: r.read };
  }

  /** Whether hand-ins can be added now; if not, the page says why. */
  function canAdd(): boolean {
    if (get().cls.session) return true;
    say(notice('error', { key: 'class.collect.needSession' }));
    return false;
  }

  const scan: ScanOptions = {
    t: (key, params) => ct(get().lang, key, params),
    add: (codes) => void queue(() => ({ items: codesOf(codes.join('\n')) })),
    ready: canAdd,
  };

  async function readFiles(files: readonly File[]): Promise<Item[]> {
    const items: Item[] = [];
    for (const file of files) {
      const text = await file.slice(0, MAX_FILE_CHARS + 1).text();
      if (text.trimStart().startsWith('{')) items.push({ kind: 'file', text, file: file.name.slice(0, 200) });
      else for (const code of splitCodes(text)) items.push({ kind: 'code', text: code, file: file.name.slice(0, 200) });
    }
    return items;
  }

  /** Replaces the class with one read from a file or kept aside: its hand-ins are checked afresh. */
  function replaceClass(cls: ClassState, lines: Message[]): Promise<number> {
    dispatch({ type: 'cls.set', cls, verdicts: 'clear', notice: notice('info', ...lines), ...(draftOf(cls) ? { draft: draftOf(cls)! } : {}) });
    save(cls);
    return verifyPending();
  }

  const qrAsked = new Set<string>();
  async function makeQr(link: string): Promise<void> {
    let svg = '';
    try {
      const QR = await import('qrcode');
      svg = await QR.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    } catch {
      svg = '';
    }
    dispatch({ type: 'qr.made', link, svg });
  }

  /** The session's link gets its QR code (the library loads on first use). */
  function wantQr(s: PageState): void {
    if (!s.cls.session) return;
    const link = studentLink(s.cls.session, s.pageUrl);
    if (s.qr.has(link) || qrAsked.has(link)) return;
    qrAsked.add(link);
    void makeQr(link);
  }

  return {
    scan,
    verifyPending,

    setLang(lang) {
      try {
        prefs.setItem(LANG_KEY, lang);
      } catch {
        /* not kept: the page still changes */
      }
      // An address that names the language follows the choice, so that a reload keeps it.
      try {
        const url = new URL(location.href);
        if (url.searchParams.has('lang')) {
          url.searchParams.set('lang', lang);
          history.replaceState(history.state, '', url);
        }
      } catch {
        /* an address that cannot be changed */
      }
      dispatch({ type: 'lang.set', lang });
      focus(`lang-${lang}`);
    },

    drawSeed() {
      dispatch({ type: 'draft.set', patch: { seed: drawSeed() } });
    },

    startSession() {
      const s = get();
      const d = s.draft;
      const seed = readSeed(d.seed);
      if (!seed.ok) {
        dispatch({ type: 'form.invalid', field: 'seed', message: { key: 'class.session.badSeed' } });
        focus('seed');
        return;
      }
      let minutes: number | null = null;
      if (d.minutes.trim() !== '') {
        const m = readMinutes(d.minutes);
        if (!m.ok) {
          dispatch({ type: 'form.invalid', field: 'minutes', message: { key: 'class.session.badMinutes', params: { min: MINUTES.min, max: MINUTES.max } } });
          focus('minutes');
          return;
        }
        minutes = m.value;
      }
      const scenario = s.newScenario;
      const id = sessionCode(scenario, seed.value, d.difficulty);
      const lines: Message[] = [{ key: 'class.session.started', params: { code: id } }];
      let cls: ClassState;
      if (s.cls.session && s.cls.session.id === id) {
        // The same seed and difficulty are the same session: keep its hand-ins, take the new language and time.
        cls = { ...s.cls, session: { ...s.cls.session, lang: d.lang, minutes } };
      } else {
        const kept = keepAside();
        if (kept) lines.push(kept);
        // A new class: a new mark of its own (the session code is the same for the same settings).
        cls = { ...emptyState(), scenarioId: scenario, session: newSession({ scenario, seed: seed.value, difficulty: d.difficulty, lang: d.lang, minutes, nonce: drawNonce() }, new Date()) };
      }
      const same = s.cls.session?.id === id;
      dispatch({ type: 'cls.set', cls, verdicts: same ? 'keep' : 'clear', notice: notice('info', ...lines), draft: { seed: seed.value } });
      save(cls);
      document.getElementById('session-card')?.scrollIntoView({ block: 'nearest' });
    },

    startTimer() {
      const cls = get().cls;
      if (!cls.session) return;
      const now = Date.now();
      const next = { ...cls, session: { ...cls.session, startedAt: now } };
      dispatch({ type: 'clock.tick', now });
      dispatch({ type: 'cls.set', cls: next, verdicts: 'keep' });
      save(next);
    },

    async copyLink(link) {
      const field = document.getElementById('student-link') as HTMLTextAreaElement | null;
      if (await copyText(link, field)) say(notice('info', { key: 'class.session.copied' }));
      else {
        field?.focus();
        field?.select();
        say(notice('error', { key: 'class.session.copyFailed' }));
      }
    },

    restorePrevious() {
      const prev = previousClass(storage);
      if (!prev) return;
      saveState(storage, get().cls, PREVIOUS_KEY);
      void replaceClass(prev, [{ key: 'class.session.restored' }]);
    },

    async importFile(file) {
      if (file.size > MAX_CLASS_FILE_BYTES) {
        say(notice('error', { key: 'class.file.tooLarge', params: { mb: Math.round(file.size / 1_000_000) } }));
        return;
      }
      // Checked as strictly as pasted codes; refused with its reason, and nothing changes.
      const read = readClassFile(await file.text());
      if (!read.ok) {
        say(notice('error', read.reason));
        return;
      }
      const imported = read.state;
      const kept = keepAside();
      await replaceClass(imported, [{ key: 'class.file.imported', params: { code: imported.session?.id ?? '—', n: imported.entries.length } }, ...(kept ? [kept] : [])]);
    },

    exportFile() {
      const cls = get().cls;
      download(`${cls.scenarioId}-class-${cls.session?.id ?? 'session'}.json`, serialise(cls), 'application/json');
    },

    exportCsv() {
      const s = get();
      const scenario = scenarioOf(s.cls.scenarioId);
      const rows = sortRows(buildRows(s.cls.entries, s.verdicts), s.sort, scenario);
      download(`${s.cls.scenarioId}-class-${s.cls.session?.id ?? 'session'}.csv`, toCsv(csvRows(rows, texts(s.lang, scenario.catalogues), scenario), CSV_FORMATS[s.lang]), 'text/csv;charset=utf-8');
    },

    print(part) {
      document.body.dataset.print = part;
      const done = () => {
        delete document.body.dataset.print;
        window.removeEventListener('afterprint', done);
      };
      window.addEventListener('afterprint', done);
      window.print();
    },

    addPasted() {
      if (busy > 0) return Promise.resolve(false);
      const text = get().draft.paste;
      let read = text.length;
      return queue(async () => {
        const r = await readPasted(text);
        read = r.read;
        return r;
      }).then((taken) => {
        // Emptied only if it still holds what was taken (the teacher may have typed on meanwhile);
        // what was not read (beyond the cap) stays in the box.
        if (taken && get().draft.paste === text) dispatch({ type: 'draft.set', patch: { paste: text.slice(read) } });
        return taken;
      });
    },

    async addFiles(all) {
      // Pictures are photos or screenshots of a QR code: read as the scanner reads them.
      const photos = all.filter((f) => f.type.startsWith('image/'));
      const files = all.filter((f) => !f.type.startsWith('image/'));
      if (photos.length) await scanPhotos(photos);
      if (files.length) await queue(async () => ({ items: await readFiles(files) }));
    },

    removeRow(n) {
      const cls = get().cls;
      if (!cls.entries[n - 1]) return;
      const next = { ...cls, entries: cls.entries.filter((_, i) => i !== n - 1) };
      dispatch({ type: 'cls.set', cls: next, verdicts: 'keep', notice: notice('info', { key: 'class.collect.removed', params: { n } }) });
      save(next);
    },

    clearAll() {
      if (!get().clearArmed) {
        dispatch({ type: 'clear.arm' });
        focus('clear');
        return;
      }
      keepAside();
      const next = { ...get().cls, entries: [] };
      dispatch({ type: 'cls.set', cls: next, verdicts: 'keep', notice: notice('info', { key: 'class.collect.cleared' }) });
      save(next);
    },

    async retrySave() {
      await storage.retry();
    },

    downloadUnreadable() {
      const u = get().unreadable;
      if (!u) return;
      download(`${u.keptAs.replace(/[^\w.-]+/g, '-')}.json`, u.raw, 'application/json');
      // The teacher has it: the page may now save over it (the copy it could not set aside is dropped).
      storage.removeItem(u.keptAs);
      dispatch({ type: 'unreadable.set', unreadable: null });
      say(notice('info', { key: 'class.store.unreadableSaved' }));
    },

    start() {
      store.subscribe((s) => wantQr(s));
      wantQr(get());
      setInterval(() => dispatch({ type: 'clock.tick', now: Date.now() }), 1000);
      warmUp(() => {
        document.body.dataset.warm = 'true';
      });
      void verifyPending().finally(() => {
        document.body.dataset.ready = 'true';
      });
    },
  };
}
