// The teacher's page: start a session, print the handout, collect and verify the result codes,
// see the class, and keep it all in this browser. Plain DOM; the QR library loads only when needed.
import '@fontsource-variable/atkinson-hyperlegible-next';
import '@fontsource-variable/source-serif-4';
import './classroom.css';
import { DIFFICULTIES, GOAL_IDS, LANGS, type Difficulty, type Lang } from '../engine';
import { classCharts } from './charts';
import { toCsv } from './csv';
import { download, h, replace } from '../shell/dom';
import { studentSheet, teacherNotes } from './handout';
import { ct, isLang, say, scenarioText } from './i18n';
import { MAX_FILE_CHARS, splitCodes, type Expected, type Item, type Verdict } from './reader';
import { scanPanel, scanPhotos } from './scan';
import { isDifficulty, MINUTES, readMinutes, readSeed } from '../shell/input-rules';
import { drawSeed, replayLink, sessionCode, studentLink, timeLeft } from './session';
import {
  addItems,
  emptyState,
  loadState,
  newSession,
  parseState,
  PREVIOUS_KEY,
  saveState,
  serialise,
  type ClassState,
  type KeyValueStore,
  type Session,
} from './store';
import { buildRows, csvRows, dealText, sortRows, verdictText, type Row, type Sort, type SortKey } from './table';
import { verifyAll, warmUp } from './verify';

const LANG_KEY = 'vladivostok-2019.classroom.lang';

const memory = new Map<string, string>();
const storage: KeyValueStore = (() => {
  try {
    const ls = window.localStorage;
    ls.getItem(LANG_KEY);
    return ls;
  } catch {
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
})();

/** The page's address may name the language (teacher.html?lang=id): it comes first. */
function urlLang(): Lang | null {
  try {
    const v = new URLSearchParams(location.search).get('lang');
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

function detectLang(): Lang {
  const asked = urlLang();
  if (asked) return asked;
  const stored = storage.getItem(LANG_KEY);
  if (isLang(stored)) return stored;
  const nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return nav.toLowerCase().startsWith('id') ? 'id' : 'en';
}

let lang: Lang = detectLang();
let state: ClassState = emptyState();
const verdicts = new Map<string, Verdict>();
let sort: Sort = { key: 'n', dir: 1 };
let checking = 0;
let clearArmed = false;
let notice: { kind: 'info' | 'error'; text: string } | null = null;
const qrSvg = new Map<string, string>();
const draft = { seed: '', difficulty: 'standard' as Difficulty, lang: 'en' as Lang, minutes: '', paste: '' };
let formError: { field: 'seed' | 'minutes'; text: string } | null = null;
let showSheets = false;

const t = (key: string, params?: Record<string, string | number>) => ct(lang, key, params);
const $ = (id: string) => document.getElementById(id);

// ---------- state changes ----------

function expected(): Expected | null {
  const s = state.session;
  return s ? { id: s.id, seed: s.seed, difficulty: s.difficulty } : null;
}

function save(): void {
  if (!saveState(storage, state)) setNotice('error', t('class.store.full'));
}

function setNotice(kind: 'info' | 'error', text: string): void {
  notice = { kind, text };
  renderNotice();
}

function previous(): ClassState | null {
  const raw = storage.getItem(PREVIOUS_KEY);
  return raw ? parseState(raw) : null;
}

/** Keeps the current class aside (one level of undo) before it is replaced. */
function keepAside(): string | null {
  if (!state.session && state.entries.length === 0) return null;
  saveState(storage, state, PREVIOUS_KEY);
  return t('class.session.keptPrevious', { code: state.session?.id ?? '—', n: state.entries.length });
}

async function verifyPending(): Promise<number> {
  const pending = state.entries.filter((e) => !verdicts.has(e.key));
  if (pending.length === 0) return 0;
  checking += 1;
  renderClass();
  const started = performance.now();
  const against = expected();
  let current = true;
  try {
    const results = await verifyAll(
      pending.map((e) => e.item),
      against,
    );
    // Judged against the session of their time: if the teacher has since started or restored
    // another one, these verdicts are not that session's (its codes are checked afresh).
    current = expected()?.id === against?.id;
    if (current) pending.forEach((e, i) => verdicts.set(e.key, results[i]!));
  } finally {
    checking -= 1;
  }
  const ms = Math.round(performance.now() - started);
  renderClass();
  if (!current) return 0;
  const area = $('class-area');
  if (area) {
    area.dataset.verified = String(pending.length);
    area.dataset.verifyMs = String(ms);
  }
  return ms;
}

function reverifyAll(): Promise<number> {
  verdicts.clear();
  return verifyPending();
}

function startSession(): void {
  const read = readSeed(draft.seed);
  if (!read.ok) {
    formError = { field: 'seed', text: t('class.session.badSeed') };
    renderAll();
    $('seed')?.focus();
    return;
  }
  const seed = read.value;
  draft.seed = seed;
  let minutes: number | null = null;
  if (draft.minutes.trim() !== '') {
    const m = readMinutes(draft.minutes);
    if (!m.ok) {
      formError = { field: 'minutes', text: t('class.session.badMinutes', { min: MINUTES.min, max: MINUTES.max }) };
      renderAll();
      $('minutes')?.focus();
      return;
    }
    minutes = m.value;
  }
  formError = null;
  const id = sessionCode(seed, draft.difficulty);
  const messages: string[] = [];
  if (state.session && state.session.id === id) {
    // The same seed and difficulty are the same session: keep its hand-ins, take the new language and time.
    state = { ...state, session: { ...state.session, lang: draft.lang, minutes } };
  } else {
    const kept = keepAside();
    if (kept) messages.push(kept);
    state = { ...emptyState(), session: newSession({ seed, difficulty: draft.difficulty, lang: draft.lang, minutes }, new Date()) };
    verdicts.clear();
  }
  save();
  messages.unshift(t('class.session.started', { code: id }));
  notice = { kind: 'info', text: messages.join(' ') };
  renderAll();
  $('session-card')?.scrollIntoView({ block: 'nearest' });
}

function restorePrevious(): void {
  const prev = previous();
  if (!prev) return;
  saveState(storage, state, PREVIOUS_KEY);
  state = prev;
  syncDraft();
  save();
  notice = { kind: 'info', text: t('class.session.restored') };
  renderAll();
  void reverifyAll();
}

function addFromText(text: string): Promise<boolean> {
  const items: Item[] = splitCodes(text).map((code) => ({ kind: 'code', text: code }));
  return addItemsAndVerify(items);
}

/** Whether hand-ins can be added now; if not, the page says why. */
function canAdd(): boolean {
  if (state.session) return true;
  setNotice('error', t('class.collect.needSession'));
  return false;
}

/** Codes read by the camera or in photos: added as if pasted, one batch after another. */
let scanned: Promise<unknown> = Promise.resolve();
function addScanned(codes: string[]): void {
  scanned = scanned.then(async () => {
    // A paste being checked takes nothing more until it is done (see addItemsAndVerify): wait for it.
    while (adding) await new Promise((done) => setTimeout(done, 50));
    await addFromText(codes.join('\n'));
  });
}

async function addFromFiles(all: readonly File[]): Promise<void> {
  // Pictures are photos or screenshots of a QR code: read as the scanner reads them.
  const photos = all.filter((f) => f.type.startsWith('image/'));
  const files = all.filter((f) => !f.type.startsWith('image/'));
  if (photos.length) await scanPhotos(photos);
  if (files.length === 0) return;
  const items: Item[] = [];
  for (const file of files) {
    const text = await file.slice(0, MAX_FILE_CHARS + 1).text();
    if (text.trimStart().startsWith('{')) items.push({ kind: 'file', text, file: file.name.slice(0, 200) });
    else for (const code of splitCodes(text)) items.push({ kind: 'code', text: code, file: file.name.slice(0, 200) });
  }
  await addItemsAndVerify(items);
}

let adding = false;

/** False if nothing was taken (busy, no session, nothing to add): the pasted text then stays. */
async function addItemsAndVerify(items: Item[]): Promise<boolean> {
  if (adding) return false; // a double click adds nothing twice
  adding = true;
  try {
    return await addAndVerify(items);
  } finally {
    adding = false;
  }
}

async function addAndVerify(items: Item[]): Promise<boolean> {
  const started = performance.now();
  if (!state.session) {
    setNotice('error', t('class.collect.needSession'));
    return false;
  }
  if (items.length === 0) {
    setNotice('info', t('class.collect.nothing'));
    return false;
  }
  setNotice('info', t('class.collect.checking', { n: items.length }));
  const res = addItems(state, items, new Date());
  state = res.state;
  save();
  const pending = state.entries.some((e) => !verdicts.has(e.key));
  const ms = await verifyPending();
  if (!pending) renderClass(); // only copies were added: their counts change
  setNotice('info', t('class.collect.added', { added: res.added, duplicates: res.duplicates, ms }));
  // For the benchmark: from the click to the table drawn, as the page measures it.
  const area = $('class-area');
  if (area) area.dataset.addMs = String(Math.round(performance.now() - started));
  return true;
}

function removeRow(n: number): void {
  const entry = state.entries[n - 1];
  if (!entry) return;
  state = { ...state, entries: state.entries.filter((_, i) => i !== n - 1) };
  save();
  setNotice('info', t('class.collect.removed', { n }));
  renderClass();
}

function clearAll(): void {
  if (!clearArmed) {
    clearArmed = true;
    renderClass();
    $('clear')?.focus();
    return;
  }
  clearArmed = false;
  keepAside();
  state = { ...state, entries: [] };
  save();
  setNotice('info', t('class.collect.cleared'));
  renderAll();
}

async function importFile(file: File): Promise<void> {
  const text = await file.slice(0, 20_000_000).text();
  const imported = parseState(text);
  if (!imported) {
    setNotice('error', t('class.file.bad'));
    return;
  }
  const kept = keepAside();
  state = imported;
  syncDraft();
  save();
  notice = { kind: 'info', text: [t('class.file.imported', { code: imported.session?.id ?? '—', n: imported.entries.length }), kept ?? ''].join(' ').trim() };
  renderAll();
  await reverifyAll();
}

function exportFile(): void {
  download(`vladivostok-2019-class-${state.session?.id ?? 'session'}.json`, serialise(state), 'application/json');
}

function exportCsv(): void {
  const rows = sortRows(buildRows(state.entries, verdicts), sort);
  download(`vladivostok-2019-class-${state.session?.id ?? 'session'}.csv`, toCsv(csvRows(rows, lang)), 'text/csv;charset=utf-8');
}

function printPart(part: 'handout' | 'handout-notes' | 'results'): void {
  document.body.dataset.print = part;
  const done = () => {
    delete document.body.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function setLang(next: Lang): void {
  lang = next;
  storage.setItem(LANG_KEY, next);
  // An address that names the language follows the choice, so that a reload keeps it.
  if (urlLang()) {
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
  }
  notice = null;
  renderAll();
  $(`lang-${next}`)?.focus();
}

function syncDraft(): void {
  const s = state.session;
  if (s) {
    draft.seed = s.seed;
    draft.difficulty = s.difficulty;
    draft.lang = s.lang;
    draft.minutes = s.minutes ? String(s.minutes) : '';
  }
}

// ---------- QR code (the library is loaded on first use) ----------

async function ensureQr(link: string): Promise<void> {
  if (qrSvg.has(link)) return;
  try {
    const QR = await import('qrcode');
    const svg = await QR.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    qrSvg.set(link, svg);
  } catch {
    qrSvg.set(link, '');
  }
  renderQr();
}

function qrNode(link: string, label: string): Node | null {
  const text = qrSvg.get(link);
  if (text === undefined) return h('p', { class: 'hint' }, t('class.session.qrLoading'));
  if (text === '') return h('p', { class: 'hint' }, t('class.session.qrFailed'));
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('qr');
  return svg;
}

function renderQr(): void {
  const s = state.session;
  if (!s) return;
  const link = studentLink(s, location.href);
  replace($('qr'), qrNode(link, t('class.session.qr')));
  const sheetQr = document.querySelector('#handout .sheet-qr');
  if (sheetQr) replace(sheetQr, qrNode(link, t('class.session.qr')));
}

// ---------- rendering ----------

function renderNotice(): void {
  const el = $('notice');
  if (!el) return;
  el.className = notice ? `notice notice-${notice.kind}` : 'notice';
  el.setAttribute('role', notice?.kind === 'error' ? 'alert' : 'status');
  replace(el, notice?.text ?? '');
}

function langName(l: Lang): string {
  return t(`class.lang.${l}`);
}

function sessionForm(): HTMLElement {
  const err = (field: 'seed' | 'minutes') => (formError?.field === field ? h('p', { class: 'field-error', id: `${field}-error` }, formError.text) : null);
  return h(
    'form',
    {
      id: 'session-form',
      class: 'card',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        startSession();
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'seed' }, t('class.session.seed')),
      h(
        'div',
        { class: 'row' },
        h('input', {
          id: 'seed',
          name: 'seed',
          type: 'text',
          value: draft.seed,
          maxlength: 64,
          autocomplete: 'off',
          spellcheck: 'false',
          'aria-describedby': formError?.field === 'seed' ? 'seed-error seed-hint' : 'seed-hint',
          'aria-invalid': formError?.field === 'seed' ? 'true' : null,
          oninput: (e: Event) => (draft.seed = (e.target as HTMLInputElement).value),
        }),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'draw-seed',
            onclick: () => {
              draft.seed = drawSeed();
              const input = $('seed') as HTMLInputElement | null;
              if (input) input.value = draft.seed;
            },
          },
          t('class.session.draw'),
        ),
      ),
      err('seed'),
      h('p', { class: 'hint', id: 'seed-hint' }, t('class.session.seedHint')),
    ),
    h(
      'fieldset',
      { class: 'field' },
      h('legend', null, t('class.session.difficulty')),
      DIFFICULTIES.map((d) =>
        h(
          'label',
          { class: 'choice' },
          h('input', { type: 'radio', name: 'difficulty', value: d, id: `difficulty-${d}`, checked: draft.difficulty === d, onchange: () => (draft.difficulty = d) }),
          h('span', null, h('strong', null, t(`class.difficulty.${d}`)), ' · ', t(`class.difficulty.${d}.detail`)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'row fields' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'students-lang' }, t('class.session.lang')),
        h(
          'select',
          {
            id: 'students-lang',
            onchange: (e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              if (isLang(v)) draft.lang = v;
            },
          },
          LANGS.map((l) => h('option', { value: l, selected: draft.lang === l }, langName(l))),
        ),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'minutes' }, t('class.session.minutes')),
        h('input', {
          id: 'minutes',
          type: 'number',
          min: MINUTES.min,
          max: MINUTES.max,
          step: 1,
          inputmode: 'numeric',
          value: draft.minutes,
          'aria-describedby': formError?.field === 'minutes' ? 'minutes-error minutes-hint' : 'minutes-hint',
          'aria-invalid': formError?.field === 'minutes' ? 'true' : null,
          oninput: (e: Event) => (draft.minutes = (e.target as HTMLInputElement).value),
        }),
        err('minutes'),
        h('p', { class: 'hint', id: 'minutes-hint' }, t('class.session.minutesHint', { min: MINUTES.min, max: MINUTES.max })),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'start-session' }, state.session ? t('class.session.replace') : t('class.session.start')),
  );
}

function sessionCard(): HTMLElement {
  const s = state.session;
  if (!s) return h('div', { id: 'session-card', class: 'card' }, h('p', null, t('class.session.none')));
  const link = studentLink(s, location.href);
  void ensureQr(link);
  return h(
    'div',
    { id: 'session-card', class: 'card session-card', 'data-session': s.id },
    h('h3', null, t('class.session.current')),
    h(
      'div',
      { class: 'session-grid' },
      h(
        'div',
        null,
        h('p', { class: 'label' }, t('class.session.code')),
        h('p', { class: 'session-code', id: 'session-code' }, s.id),
        h('p', { class: 'hint' }, t('class.session.codeHint')),
        h('p', { id: 'session-settings' }, t('class.session.settings', { seed: s.seed, difficulty: t(`class.difficulty.${s.difficulty}`), lang: langName(s.lang) })),
        h('p', null, s.minutes ? t('class.session.limit', { minutes: s.minutes }) : t('class.session.noLimit')),
        s.minutes
          ? h(
              'div',
              { class: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  id: 'timer-start',
                  onclick: () => {
                    if (!state.session) return;
                    state = { ...state, session: { ...state.session, startedAt: Date.now() } };
                    save();
                    renderSessionCard();
                    tick();
                  },
                },
                s.startedAt ? t('class.timer.restart') : t('class.timer.start'),
              ),
              h('p', { id: 'timer', class: 'timer', role: 'timer', 'aria-live': 'off' }),
            )
          : null,
        h('label', { for: 'student-link', class: 'label' }, t('class.session.link')),
        // A text box that wraps: the whole link stays readable on a phone.
        h('textarea', { id: 'student-link', readonly: true, rows: 2, spellcheck: 'false', value: link, class: 'link', onfocus: (e: Event) => (e.target as HTMLTextAreaElement).select() }),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn',
              id: 'copy-link',
              onclick: async () => {
                try {
                  await navigator.clipboard.writeText(link);
                  setNotice('info', t('class.session.copied'));
                } catch {
                  const input = $('student-link') as HTMLTextAreaElement | null;
                  input?.focus();
                  input?.select();
                  setNotice('error', t('class.session.copyFailed'));
                }
              },
            },
            t('class.session.copy'),
          ),
          h('a', { class: 'btn', href: link, target: '_blank', rel: 'noopener', id: 'open-link' }, t('class.session.open')),
        ),
      ),
      h('figure', { class: 'qr-figure' }, h('div', { id: 'qr' }, qrNode(link, t('class.session.qr'))), h('figcaption', null, t('class.session.qr'))),
    ),
  );
}

function renderSessionCard(): void {
  const old = $('session-card');
  if (old) old.replaceWith(sessionCard());
}

function fileSection(): HTMLElement {
  const prev = previous();
  return h(
    'section',
    { id: 'keep', class: 'section no-print', 'aria-labelledby': 'keep-title' },
    h('h2', { id: 'keep-title' }, t('class.file.title')),
    h('p', null, t('class.file.intro')),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'btn', id: 'export-session', onclick: exportFile, disabled: !state.session }, t('class.file.export')),
      h('label', { class: 'btn file-btn', for: 'import-session' }, t('class.file.import')),
      h('input', {
        type: 'file',
        id: 'import-session',
        class: 'sr-only',
        accept: '.json,application/json',
        onchange: (e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void importFile(file);
        },
      }),
      prev ? h('button', { type: 'button', class: 'btn', id: 'restore-previous', onclick: restorePrevious }, t('class.session.restore')) : null,
    ),
  );
}

function handoutSection(): HTMLElement {
  const s = state.session;
  const link = s ? studentLink(s, location.href) : null;
  return h(
    'section',
    { id: 'handout-section', class: 'section', 'aria-labelledby': 'handout-title' },
    h('h2', { id: 'handout-title', class: 'no-print' }, t('class.handout.title')),
    h('p', { class: 'no-print' }, t('class.handout.intro', { lang: langName(s?.lang ?? lang) })),
    h(
      'div',
      { class: 'row no-print' },
      h('button', { type: 'button', class: 'btn btn-primary', id: 'print-handout-notes', onclick: () => printPart('handout-notes') }, t('class.handout.print')),
      h('button', { type: 'button', class: 'btn', id: 'print-handout', onclick: () => printPart('handout') }, t('class.handout.printHandout')),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn no-print',
        id: 'toggle-sheets',
        'aria-expanded': String(showSheets),
        'aria-controls': 'handout-area',
        onclick: () => {
          showSheets = !showSheets;
          const area = $('handout-area');
          if (area) area.hidden = !showSheets;
          const b = $('toggle-sheets');
          if (b) {
            b.setAttribute('aria-expanded', String(showSheets));
            b.textContent = showSheets ? t('class.handout.hide') : t('class.handout.show');
          }
        },
      },
      showSheets ? t('class.handout.hide') : t('class.handout.show'),
    ),
    // Hidden on screen until asked for; always printed.
    h('div', { class: 'sheets', id: 'handout-area', hidden: !showSheets }, studentSheet(s, link, s && link ? qrNode(link, ct(s.lang, 'class.session.qr')) : null), teacherNotes(lang)),
  );
}

function collectSection(): HTMLElement {
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    $('drop-zone')?.classList.remove('drag');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void addFromFiles(files);
  };
  return h(
    'section',
    {
      id: 'collect',
      class: 'section no-print',
      'aria-labelledby': 'collect-title',
      ondragover: (e: DragEvent) => {
        e.preventDefault();
        $('drop-zone')?.classList.add('drag');
      },
      ondragleave: () => $('drop-zone')?.classList.remove('drag'),
      ondrop: onDrop,
    },
    h('h2', { id: 'collect-title' }, t('class.collect.title')),
    h('p', null, t('class.collect.intro')),
    h(
      'form',
      {
        id: 'collect-form',
        class: 'card',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const text = draft.paste;
          void addFromText(text).then((taken) => {
            if (taken && draft.paste === text) {
              draft.paste = '';
              const box = $('codes') as HTMLTextAreaElement | null;
              if (box) box.value = '';
            }
          });
        },
      },
      h('label', { for: 'codes' }, t('class.collect.paste')),
      h('textarea', { id: 'codes', rows: 6, spellcheck: 'false', autocomplete: 'off', value: draft.paste, oninput: (e: Event) => (draft.paste = (e.target as HTMLTextAreaElement).value) }),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'check-codes' }, t('class.collect.check'))),
      h(
        'div',
        { class: 'drop', id: 'drop-zone' },
        h('p', { class: 'label', id: 'code-files-what' }, t('class.collect.files')),
        h('label', { class: 'btn file-btn', for: 'code-files' }, t('class.collect.choose')),
        h('input', {
          type: 'file',
          id: 'code-files',
          class: 'sr-only',
          'aria-describedby': 'code-files-what',
          multiple: true,
          accept: '.json,.txt,application/json,text/plain',
          onchange: (e: Event) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) void addFromFiles(files);
          },
        }),
        h('p', { class: 'hint' }, t('class.collect.drop')),
      ),
      scanPanel({ t, add: addScanned, ready: canAdd }),
    ),
  );
}

const COLUMNS: { key: SortKey | 'actions'; label: () => string; numeric?: boolean }[] = [
  { key: 'n', label: () => t('class.col.n'), numeric: true },
  { key: 'name', label: () => t('class.col.name') },
  { key: 'score', label: () => t('class.col.score'), numeric: true },
  { key: 'putin', label: () => t('class.col.putin'), numeric: true },
  { key: 'history', label: () => t('class.col.history'), numeric: true },
  ...GOAL_IDS.map((g) => ({ key: g as SortKey, label: () => scenarioText(lang, `goal.${g}.title`) })),
  { key: 'verdict', label: () => t('class.col.verdict') },
  { key: 'actions', label: () => t('class.col.actions') },
];

function fmt(x: number): string {
  return (Math.round(x * 10) / 10).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
}

function rowView(r: Row): HTMLTableRowElement {
  const v = r.verdict;
  const sm = v?.summary ?? null;
  const name = sm?.name ?? t('class.noName');
  const badges = [
    r.entry.copies > 1 ? h('span', { class: 'badge badge-copies' }, t('class.copies', { n: r.entry.copies })) : null,
    r.sameName.length ? h('span', { class: 'badge badge-same' }, t('class.sameName', { rows: r.sameName.join(', ') })) : null,
    r.entry.item.file ? h('span', { class: 'badge badge-file' }, t('class.from.file', { file: r.entry.item.file })) : null,
  ];
  const diff = sm ? sm.kim - sm.history : null;
  return h(
    'tr',
    { 'data-n': r.n, 'data-verdict': v?.kind ?? 'checking', class: `verdict-${v?.kind ?? 'checking'}` },
    h('td', { class: 'num' }, r.n),
    h('th', { scope: 'row', class: 'name' }, h('span', { class: sm?.name ? '' : 'muted' }, name), badges),
    h('td', { class: 'num score', 'data-score': sm ? sm.kim : null }, sm ? fmt(sm.kim) : '–'),
    h('td', { class: 'num' }, sm ? fmt(sm.putin) : '–'),
    h('td', { class: 'num' }, diff === null ? '–' : `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${fmt(Math.abs(diff))}`),
    GOAL_IDS.map((g) => h('td', { class: sm && sm.deals[g] === null ? 'deal muted' : 'deal', 'data-goal': g }, sm ? dealText(lang, g, sm.deals[g]) : '–')),
    h('td', { class: 'verdict' }, h('span', { class: `badge verdict-badge v-${v?.kind ?? 'checking'}` }, verdictText(lang, v)), v?.reason ? h('span', { class: 'reason' }, say(lang, v.reason)) : null),
    h(
      'td',
      { class: 'actions' },
      v?.code ? h('a', { class: 'btn btn-small', href: replayLink(v.code, lang, location.href), target: '_blank', rel: 'noopener', 'aria-label': t('class.replay.label', { name }) }, t('class.replay.open')) : null,
      h('button', { type: 'button', class: 'btn btn-small no-print', 'aria-label': t('class.remove.label', { n: r.n }), onclick: () => removeRow(r.n) }, t('class.remove')),
    ),
  );
}

function classTable(rows: Row[]): HTMLElement[] {
  // The caption is a paragraph above the table's box: the table may scroll sideways in there on a
  // phone, and a caption would be as wide as the table.
  return [
    h('p', { class: 'table-caption', id: 'results-caption' }, t('class.table.caption')),
    classTableBox(rows),
  ];
}

function classTableBox(rows: Row[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { id: 'results', class: 'results', 'aria-labelledby': 'results-caption' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          COLUMNS.map((c) => {
            if (c.key === 'actions') return h('th', { scope: 'col', class: 'no-print' }, c.label());
            const key = c.key;
            const active = sort.key === key;
            return h(
              'th',
              { scope: 'col', 'aria-sort': active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none', class: c.numeric ? 'num' : '' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'sort',
                  id: `sort-${key}`,
                  'data-key': key,
                  onclick: () => {
                    sort = { key, dir: active ? (sort.dir === 1 ? -1 : 1) : key === 'score' || key === 'putin' || key === 'history' ? -1 : 1 };
                    renderClass();
                    $(`sort-${key}`)?.focus();
                  },
                },
                c.label(),
                h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''),
              ),
            );
          }),
        ),
      ),
      h('tbody', null, rows.map(rowView)),
    ),
  );
}

function renderClass(): void {
  const area = $('class-area');
  if (!area) return;
  area.dataset.state = checking > 0 ? 'checking' : 'ready';
  if (state.entries.length === 0) {
    replace(area, h('p', { id: 'class-empty' }, t('class.class.empty')));
    return;
  }
  const rows = sortRows(buildRows(state.entries, verdicts), sort);
  const verified = rows.filter((r) => r.verdict?.kind === 'verified');
  const known = rows.filter((r) => r.verdict);
  replace(
    area,
    h(
      'p',
      { id: 'counts', class: 'counts' },
      checking > 0 ? `${t('class.class.checking')} ` : '',
      t('class.class.counts', { verified: verified.length, flagged: known.length - verified.length, total: rows.length }),
    ),
    h(
      'div',
      { class: 'row no-print' },
      h('button', { type: 'button', class: 'btn', id: 'csv', onclick: exportCsv }, t('class.export.csv')),
      h('button', { type: 'button', class: 'btn', id: 'print-results', onclick: () => printPart('results') }, t('class.export.print')),
      h('button', { type: 'button', class: `btn${clearArmed ? ' btn-danger' : ''}`, id: 'clear', onclick: clearAll }, clearArmed ? t('class.collect.clearConfirm', { n: rows.length }) : t('class.collect.clear')),
    ),
    classTable(rows),
    classCharts(
      lang,
      verified.map((r) => r.verdict!.summary!),
    ),
  );
}

function renderAll(): void {
  document.documentElement.lang = lang;
  document.title = t('class.page.title');
  const root = $('classroom');
  if (!root) return;
  const focusId = document.activeElement?.id;
  replace(
    root,
    h(
      'header',
      { class: 'top no-print' },
      h('div', null, h('h1', null, t('class.page.title')), h('p', { class: 'lede' }, t('class.page.lede'))),
      h(
        'div',
        { class: 'top-tools' },
        h(
          'div',
          { class: 'lang-switch', role: 'group', 'aria-label': t('class.lang.label') },
          LANGS.map((l) => h('button', { type: 'button', class: 'btn btn-small', id: `lang-${l}`, lang: l, 'aria-pressed': String(l === lang), onclick: () => setLang(l) }, langName(l))),
        ),
        h('a', { href: 'index.html', class: 'btn btn-small' }, t('class.page.back')),
      ),
    ),
    h(
      'nav',
      { class: 'no-print', 'aria-label': t('class.nav.label') },
      h(
        'ul',
        null,
        [
          ['session', 'class.nav.session'],
          ['handout-section', 'class.nav.handout'],
          ['collect', 'class.nav.collect'],
          ['class', 'class.nav.class'],
        ].map(([id, key]) => h('li', null, h('a', { href: `#${id}` }, t(key!)))),
      ),
    ),
    h('div', { id: 'notice', class: 'notice no-print', role: 'status' }),
    h(
      'main',
      null,
      h('section', { id: 'session', class: 'section no-print', 'aria-labelledby': 'session-title' }, h('h2', { id: 'session-title' }, t('class.session.title')), h('p', null, t('class.session.intro')), sessionForm(), sessionCard()),
      fileSection(),
      handoutSection(),
      collectSection(),
      h('section', { id: 'class', class: 'section', 'aria-labelledby': 'class-title' }, h('h2', { id: 'class-title' }, t('class.class.title')), h('div', { id: 'class-area', 'data-state': 'ready' })),
    ),
  );
  renderNotice();
  renderClass();
  tick();
  if (focusId) $(focusId)?.focus();
}

function tick(): void {
  const el = $('timer');
  const s = state.session;
  if (!el || !s) return;
  const left = timeLeft(s.minutes, s.startedAt, Date.now());
  if (!left) el.textContent = '';
  else if (left.ms <= 0) {
    el.textContent = t('class.timer.over');
    el.classList.add('timer-over');
  } else {
    el.textContent = t('class.timer.left', { time: left.text });
    el.classList.remove('timer-over');
  }
}

// ---------- start ----------

function boot(): void {
  const loaded = loadState(storage, new Date());
  if (loaded.kind === 'ok') state = loaded.state;
  else if (loaded.kind === 'corrupt') notice = { kind: 'error', text: loaded.keptAs ? t('class.store.corrupt', { key: loaded.keptAs }) : t('class.store.corruptLost') };
  if (state.session) syncDraft();
  else {
    draft.seed = drawSeed();
    draft.lang = lang;
  }
  if (!isDifficulty(draft.difficulty)) draft.difficulty = 'standard';
  renderAll();
  setInterval(tick, 1000);
  warmUp(() => {
    document.body.dataset.warm = 'true';
  });
  void verifyPending().finally(() => {
    document.body.dataset.ready = 'true';
  });
}

boot();
