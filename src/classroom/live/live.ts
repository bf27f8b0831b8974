// The teacher's page, live (issue #12): a class on the class server, next to the code-based
// classroom (which needs no server and keeps working without one). "New live class" creates one;
// each class has its own secret teacher link, and this page keeps the list of the links it holds.
// An open class shows a large view for the projector (the students' link, its QR code, the class
// code, the timer), each student's progress as it happens, Start and "Time is up", the class's
// table (time played, ranking, asks, how the day ended, the justification), CSV, and deleting it.
// Its own small state, drawn into its section by the page's renderer (./view.ts).
import { DIFFICULTIES, LANGS, type Difficulty, type Lang } from '../../engine/types';
import { LIMITS_CLASS, type Bilingual, type ClassView, type StudentRow } from '../../class/protocol';
import { defaultClassServer, readServer } from '../../shell/class-link';
import { download, h, patch } from '../../shell/dom';
import { cleanName } from '../../shell/input-rules';
import { browserUpdateEnv, updateToNewBuild, type UpdateOutcome } from '../../shell/update-build';
import { texts, type Texts } from '../i18n';
import { DEFAULT_SCENARIO_ID, isScenarioId, scenarioOf } from '../scenario';
import { createClass, deleteClass, endClass, exportCsv, getClass, startClock, type ApiResult } from './api';
import { dropSaved, keepSaved, readSaved, readTeacherLink, studentLiveLink, teacherLink, type KeyValue, type SavedClass } from './saved';
import type { TeacherRoom } from './room';

interface Form {
  title: string;
  minutes: string;
  difficulty: Difficulty;
  lang: Lang;
  roster: string;
  error: string | null;
  busy: boolean;
}

interface OpenClass {
  saved: SavedClass;
  view: ClassView | null;
  rows: StudentRow[];
  online: boolean;
  error: string | null;
  confirmDelete: boolean;
  /** The server answered, and refused (the class is gone, or the key is wrong): it may leave the list. */
  refused?: boolean;
  projector: boolean;
  room: TeacherRoom | null;
}

interface LiveState {
  lang: Lang;
  server: string;
  saved: SavedClass[];
  formOpen: boolean;
  form: Form;
  open: OpenClass | null;
  message: string | null;
  qr: Map<string, string>;
  /** The server refused this page as too old for it (client.outdated): it is updating itself, or could not. */
  outdated: 'checking' | UpdateOutcome | null;
}

/** The new class's form as typed, kept across the reload that brings a new build (sessionStorage). */
const FORM_DRAFT = 'vladivostok.liveFormDraft';

function takeFormDraft(): Partial<Form> | null {
  try {
    const text = sessionStorage.getItem(FORM_DRAFT);
    sessionStorage.removeItem(FORM_DRAFT);
    const d: unknown = text ? JSON.parse(text) : null;
    if (typeof d !== 'object' || d === null) return null;
    const o = d as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, 10_000) : '');
    return {
      title: str(o.title),
      minutes: str(o.minutes) || '20',
      roster: str(o.roster),
      ...(DIFFICULTIES.includes(o.difficulty as Difficulty) ? { difficulty: o.difficulty as Difficulty } : {}),
      ...(LANGS.includes(o.lang as Lang) ? { lang: o.lang as Lang } : {}),
    };
  } catch {
    return null;
  }
}

/** Roster names from a typed or pasted list: one a line (or separated by commas or semicolons), cleaned, blanks dropped. */
export function rosterNames(text: string): string[] {
  return text
    .split(/[\n;,]+/)
    .map((n) => cleanName(n))
    .filter((n) => n.length > 0)
    .slice(0, LIMITS_CLASS.roster);
}

/** "12:05" left of the class's time, or null when not started. */
export function clockText(endsAt: string | null, now: number): string | null {
  if (!endsAt) return null;
  const left = Math.max(0, Math.round((Date.parse(endsAt) - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

const SETTLED = new Set(['agreed', 'deadlocked', 'walkedOut']);

export class LiveClasses {
  private el: HTMLElement | null = null;
  private s: LiveState;
  private tick: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly storage: KeyValue,
    private readonly pageUrl: string,
    lang: Lang,
  ) {
    const u = new URL(pageUrl);
    const server = readServer(u.searchParams.get('server'), u.origin) ?? defaultClassServer(u.origin);
    this.s = {
      lang,
      server,
      saved: readSaved(storage),
      formOpen: false,
      form: { title: '', minutes: '20', difficulty: 'standard', lang, roster: '', error: null, busy: false },
      open: null,
      message: null,
      qr: new Map(),
      outdated: null,
    };
    // What was typed before a reload to a new build (this.outdated()).
    const draft = takeFormDraft();
    if (draft) this.s = { ...this.s, formOpen: true, form: { ...this.s.form, ...draft } };
    // A teacher link opened here (on this device or another): kept in the list and opened.
    const link = readTeacherLink(pageUrl);
    if (link) {
      keepSaved(storage, { ...link, title: '', code: '', createdAt: '' });
      this.s.saved = readSaved(storage);
      const saved = this.s.saved.find((c) => c.server === link.server && c.classId === link.classId);
      if (saved) void this.openClass(saved);
    }
  }

  private get tx(): Texts {
    return texts(this.s.lang, scenarioOf(this.scenarioId()).catalogues);
  }

  private scenarioId(): string {
    const id = this.s.open?.view?.class.scenario;
    return id && isScenarioId(id) ? id : DEFAULT_SCENARIO_ID;
  }

  /** Draw into this element (the page draws the section anew when its language changes). */
  mount(el: HTMLElement, lang: Lang): void {
    this.el = el;
    this.s.lang = lang;
    this.draw();
  }

  private set(patchState: Partial<LiveState>): void {
    this.s = { ...this.s, ...patchState };
    this.draw();
  }

  private setOpen(p: Partial<OpenClass>): void {
    if (!this.s.open) return;
    this.s.open = { ...this.s.open, ...p };
    this.draw();
  }

  private said(error: Bilingual | 'unreachable'): string {
    return error === 'unreachable' ? this.tx.t('class.live.unreachable') : error[this.s.lang];
  }

  /** The server refused this page as an earlier build than it serves: the page updates itself (then nothing else is said). */
  private tooOld(r: { ok: boolean; key?: string }): boolean {
    if (r.ok || r.key !== 'client.outdated') return false;
    void this.outdated();
    return true;
  }

  private async outdated(): Promise<void> {
    if (this.s.outdated) return;
    this.set({ outdated: 'checking' });
    const outcome = await updateToNewBuild(
      browserUpdateEnv(() => {
        // A new class's form half typed is given back after the reload; a live class is on the server, its link in the address bar.
        if (this.s.formOpen) {
          try {
            const { title, minutes, difficulty, lang, roster } = this.s.form;
            sessionStorage.setItem(FORM_DRAFT, JSON.stringify({ title, minutes, difficulty, lang, roster }));
          } catch {
            /* storage blocked: the reload goes on; the server has kept everything it was sent */
          }
        }
        location.reload();
      }),
    );
    this.set({ outdated: outcome });
  }

  // ---- Actions ----

  private async create(): Promise<void> {
    const f = this.s.form;
    const { t } = this.tx;
    const title = f.title.trim();
    const minutes = Number(f.minutes);
    const roster = rosterNames(f.roster);
    if (!title) return this.set({ form: { ...f, error: t('class.live.form.titleNeeded') } });
    if (!Number.isInteger(minutes) || minutes < LIMITS_CLASS.minutes.min || minutes > LIMITS_CLASS.minutes.max) {
      return this.set({ form: { ...f, error: t('class.live.form.minutesBad', { min: LIMITS_CLASS.minutes.min, max: LIMITS_CLASS.minutes.max }) } });
    }
    this.set({ form: { ...f, busy: true, error: null } });
    const server = this.s.server;
    const r = await createClass(server, { title, scenario: DEFAULT_SCENARIO_ID, lang: f.lang, minutes, difficulty: f.difficulty, ...(roster.length ? { roster } : {}) });
    if (!r.ok) return this.set({ form: { ...this.s.form, busy: false, error: this.tooOld(r) ? null : this.said(r.error) } });
    const saved: SavedClass = { server, classId: r.value.classId, key: r.value.teacherKey, title, code: r.value.code, createdAt: new Date().toISOString() };
    const kept = keepSaved(this.storage, saved);
    this.set({ saved: readSaved(this.storage), formOpen: false, form: { ...this.s.form, busy: false, title: '', roster: '' }, message: kept ? null : this.tx.t('class.live.notKept') });
    // The class's own link in the address bar: a reload (or a bookmark) opens it again.
    try {
      history.replaceState(history.state, '', teacherLink(this.pageUrl, saved));
    } catch {
      /* history blocked: the list still holds it */
    }
    await this.openClass(saved);
  }

  async openClass(saved: SavedClass): Promise<void> {
    this.s.open?.room?.leave();
    this.s.open = { saved, view: null, rows: [], online: false, error: null, confirmDelete: false, projector: false, room: null };
    this.draw();
    const r = await getClass(saved.server, saved.classId, saved.key);
    if (this.s.open?.saved !== saved) return;
    if (!r.ok) return this.tooOld(r) ? undefined : this.setOpen({ error: this.said(r.error), refused: r.error !== 'unreachable' });
    keepSaved(this.storage, { ...saved, title: r.value.class.title, code: r.value.class.code, createdAt: r.value.class.createdAt });
    this.s.saved = readSaved(this.storage);
    this.setOpen({ view: r.value, rows: r.value.students });
    this.startTicking();
    void this.makeQr(this.studentLink());
    await this.watch(saved, r.value.class.code);
  }

  /** The live seat in the class's room: every student's row as it changes. */
  private async watch(saved: SavedClass, code: string): Promise<void> {
    const { watchClass } = await import('./room');
    const watching = await watchClass(saved.server, code, saved.key, {
      roster: (rows) => this.s.open?.saved === saved && this.setOpen({ rows }),
      student: (row) => {
        if (this.s.open?.saved !== saved) return;
        // A student who joins under a roster name takes that name's place (the roster's row had no game of its own).
        const rows = this.s.open.rows.filter((r) => r.studentId !== row.studentId && !(row.joined && !r.joined && r.name === row.name));
        this.setOpen({ rows: [...rows, row] });
      },
      clock: (c) => {
        const o = this.s.open;
        if (o?.saved !== saved || !o.view) return;
        this.setOpen({ view: { ...o.view, class: { ...o.view.class, endsAt: c.endsAt, endedAt: c.endedAt } } });
      },
      connected: (online) => {
        if (this.s.open?.saved !== saved) return;
        this.setOpen({ online });
        // Gone for good: the rows are fetched again, and the seat taken again, a moment later.
        if (!online) setTimeout(() => this.s.open?.saved === saved && !this.s.open.online && void this.refresh(saved), 3000);
      },
    });
    if (this.s.open?.saved !== saved) return watching.ok ? watching.room.leave() : undefined;
    if (!watching.ok && watching.refusal && this.tooOld({ ok: false, key: watching.refusal.key })) return;
    this.setOpen({ room: watching.ok ? watching.room : null, online: watching.ok });
  }

  private async refresh(saved: SavedClass): Promise<void> {
    const r = await getClass(saved.server, saved.classId, saved.key);
    if (this.s.open?.saved !== saved) return;
    if (r.ok) this.setOpen({ view: r.value, rows: r.value.students, error: null });
    else if (this.tooOld(r)) return;
    await this.watch(saved, this.s.open.view?.class.code ?? saved.code);
  }

  private async clockAction(which: 'start' | 'end'): Promise<void> {
    const o = this.s.open;
    if (!o) return;
    const r = await (which === 'start' ? startClock : endClass)(o.saved.server, o.saved.classId, o.saved.key);
    if (!r.ok) return this.tooOld(r) ? undefined : this.setOpen({ error: this.said(r.error) });
    const again = await getClass(o.saved.server, o.saved.classId, o.saved.key);
    if (again.ok && this.s.open?.saved === o.saved) this.setOpen({ view: again.value, rows: again.value.students, error: null });
  }

  private async remove(): Promise<void> {
    const o = this.s.open;
    if (!o) return;
    // The seat in the room first: deleting the class closes its room.
    o.room?.leave();
    this.setOpen({ room: null });
    const r = await deleteClass(o.saved.server, o.saved.classId, o.saved.key);
    // Gone already on the server (404) or deleted now: either way it leaves the list.
    if (!r.ok && this.tooOld(r)) return;
    if (!r.ok && r.error === 'unreachable') {
      this.setOpen({ error: this.said(r.error), confirmDelete: false });
      return this.watch(o.saved, o.view?.class.code ?? o.saved.code);
    }
    dropSaved(this.storage, o.saved.server, o.saved.classId);
    try {
      history.replaceState(history.state, '', new URL('teacher.html', this.pageUrl).toString());
    } catch {
      /* history blocked */
    }
    this.set({ open: null, saved: readSaved(this.storage), message: this.tx.t('class.live.deleted', { title: o.view?.class.title || o.saved.title || o.saved.code }) });
  }

  private async csv(): Promise<void> {
    const o = this.s.open;
    if (!o) return;
    const r: ApiResult<string> = await exportCsv(o.saved.server, o.saved.classId, o.saved.key, this.s.lang);
    if (!r.ok) return this.tooOld(r) ? undefined : this.setOpen({ error: this.said(r.error) });
    const name = `${(o.view?.class.title ?? o.saved.code).replace(/[^\p{L}\p{N}._-]+/gu, '_')}-${o.saved.code}.csv`;
    download(name, r.value, 'text/csv;charset=utf-8');
  }

  private studentLink(): string {
    const o = this.s.open;
    if (!o?.view) return '';
    return studentLiveLink(this.pageUrl, o.saved.server, o.view.class.code, o.view.class.lang);
  }

  private async makeQr(link: string): Promise<void> {
    if (!link || this.s.qr.has(link)) return;
    try {
      const QR = await import('qrcode');
      this.s.qr.set(link, await QR.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }));
    } catch {
      this.s.qr.set(link, '');
    }
    this.draw();
  }

  private startTicking(): void {
    this.tick ??= setInterval(() => {
      const el = document.getElementById('live-timer');
      const o = this.s.open;
      if (!el || !o?.view) return;
      el.textContent = this.timerText(o.view);
    }, 1000);
  }

  private timerText(view: ClassView): string {
    const { t } = this.tx;
    if (view.class.endedAt) return t('class.live.timer.ended');
    const left = clockText(view.class.endsAt, Date.now());
    return left === null ? t('class.live.timer.notStarted', { minutes: view.class.minutes }) : left === '0:00' ? t('class.live.timer.up') : t('class.live.timer.left', { left });
  }

  // ---- Drawing ----

  private draw(): void {
    if (!this.el) return;
    patch(this.el, () => this.parts());
  }

  private parts() {
    const tx = this.tx;
    const { t } = tx;
    return [
      h('h2', { id: 'live-h' }, t('class.live.title')),
      h('p', { class: 'hint' }, t('class.live.intro')),
      this.s.message ? h('p', { role: 'status', id: 'live-message' }, this.s.message) : null,
      this.s.outdated
        ? h(
            'div',
            { class: 'notice notice-error', role: 'alert', id: 'live-outdated' },
            h('p', null, t(this.s.outdated === 'checking' || this.s.outdated === 'reloading' ? 'class.live.outdated.updating' : 'class.live.outdated.stays')),
          )
        : null,
      this.listPart(tx),
      this.s.formOpen
        ? this.formPart(tx)
        : h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn btn-primary', id: 'live-new', onclick: () => this.set({ formOpen: true, message: null }) }, t('class.live.new'))),
      this.s.open ? this.classPart(tx, this.s.open) : null,
    ];
  }

  private listPart(tx: Texts) {
    if (!this.s.saved.length) return null;
    return h(
      'div',
      { class: 'field' },
      h('h3', { id: 'live-list-h' }, tx.t('class.live.list')),
      h(
        'ul',
        { id: 'live-list', 'aria-labelledby': 'live-list-h' },
        this.s.saved.map((c) =>
          h(
            'li',
            null,
            h(
              'button',
              { type: 'button', class: 'btn btn-small', 'aria-current': this.s.open?.saved.classId === c.classId ? 'true' : null, onclick: () => void this.openClass(c) },
              tx.t('class.live.openOne', { title: c.title || tx.t('class.live.untitled'), code: c.code || '…' }),
            ),
            c.createdAt ? h('span', { class: 'muted' }, ` ${new Date(c.createdAt).toLocaleString(tx.lang === 'id' ? 'id-ID' : 'en-GB')}`) : null,
          ),
        ),
      ),
    );
  }

  private formPart(tx: Texts) {
    const { t } = tx;
    const f = this.s.form;
    const edit = (p: Partial<Form>) => {
      this.s.form = { ...this.s.form, ...p };
    };
    return h(
      'form',
      {
        id: 'live-form',
        class: 'card',
        novalidate: true,
        'aria-labelledby': 'live-form-h',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void this.create();
        },
      },
      h('h3', { id: 'live-form-h' }, t('class.live.form.title')),
      f.error ? h('p', { class: 'field-error', role: 'alert', id: 'live-form-error' }, f.error) : null,
      h('div', { class: 'field' }, h('label', { for: 'live-title' }, t('class.live.form.name')), h('input', { id: 'live-title', type: 'text', maxlength: LIMITS_CLASS.title, value: f.title, oninput: (e: Event) => edit({ title: (e.target as HTMLInputElement).value }) })),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'live-minutes' }, t('class.live.form.minutes')),
        h('input', { id: 'live-minutes', type: 'number', inputmode: 'numeric', min: LIMITS_CLASS.minutes.min, max: LIMITS_CLASS.minutes.max, value: f.minutes, oninput: (e: Event) => edit({ minutes: (e.target as HTMLInputElement).value }) }),
      ),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', null, t('class.session.difficulty')),
        DIFFICULTIES.map((d) =>
          h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'live-difficulty', id: `live-difficulty-${d}`, value: d, checked: f.difficulty === d, onchange: () => edit({ difficulty: d }) }), ` ${t(`class.difficulty.${d}`)}`),
        ),
      ),
      h(
        'fieldset',
        { class: 'field' },
        h('legend', null, t('class.live.form.lang')),
        LANGS.map((l) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'live-lang', id: `live-lang-${l}`, value: l, checked: f.lang === l, onchange: () => edit({ lang: l }) }), ` ${t(`class.lang.${l}`)}`)),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'live-roster' }, t('class.live.form.roster')),
        h('textarea', { id: 'live-roster', rows: 6, 'aria-describedby': 'live-roster-hint', value: f.roster, oninput: (e: Event) => edit({ roster: (e.target as HTMLTextAreaElement).value }) }),
        h('p', { class: 'hint', id: 'live-roster-hint' }, t('class.live.form.rosterHint', { max: LIMITS_CLASS.roster })),
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'submit', class: 'btn btn-primary', id: 'live-create', disabled: f.busy }, t('class.live.form.create')),
        h('button', { type: 'button', class: 'btn', id: 'live-cancel', onclick: () => this.set({ formOpen: false }) }, t('class.live.form.cancel')),
      ),
    );
  }

  private classPart(tx: Texts, o: OpenClass) {
    const { t } = tx;
    if (!o.view) {
      return h(
        'section',
        { class: 'card', id: 'live-class', 'aria-labelledby': 'live-class-h' },
        h('h3', { id: 'live-class-h' }, o.saved.title || o.saved.code || t('class.live.untitled')),
        o.error ? h('p', { class: 'field-error', role: 'alert', id: 'live-error' }, o.error) : h('p', { role: 'status' }, t('class.live.loading')),
        o.refused
          ? h(
              'div',
              { class: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  id: 'live-forget',
                  onclick: () => {
                    dropSaved(this.storage, o.saved.server, o.saved.classId);
                    this.set({ open: null, saved: readSaved(this.storage) });
                  },
                },
                t('class.live.forget'),
              ),
            )
          : null,
      );
    }
    const c = o.view.class;
    const link = this.studentLink();
    const svg = this.s.qr.get(link);
    const rows = [...o.rows].sort((a, b) => a.label.localeCompare(b.label, tx.lang));
    const started = c.endsAt !== null;
    const ended = c.endedAt !== null;
    return h(
      'section',
      { class: 'card', id: 'live-class', 'aria-labelledby': 'live-class-h' },
      h('h3', { id: 'live-class-h' }, c.title),
      o.error ? h('p', { class: 'field-error', role: 'alert', id: 'live-error' }, o.error) : null,
      h(
        'div',
        { class: o.projector ? 'live-projector live-projector-full' : 'live-projector', id: 'live-projector' },
        h('p', { class: 'live-big' }, t('class.live.code'), ' ', h('strong', { id: 'live-code' }, c.code)),
        h('p', { class: 'live-big', role: 'timer', 'aria-live': 'off' }, h('span', { id: 'live-timer' }, this.timerText(o.view))),
        h('p', null, t('class.live.studentLink'), ' ', h('a', { href: link, id: 'live-student-link', target: '_blank', rel: 'noopener' }, link)),
        svg === undefined ? h('p', { class: 'hint' }, t('class.session.qrLoading')) : svg === '' ? h('p', { class: 'hint' }, t('class.session.qrFailed')) : qrPicture(svg, t('class.live.qr', { code: c.code })),
        h('div', { class: 'row no-print' }, h('button', { type: 'button', class: 'btn', id: 'live-projector-toggle', 'aria-pressed': String(o.projector), onclick: () => this.setOpen({ projector: !o.projector }) }, t(o.projector ? 'class.live.projectorOff' : 'class.live.projectorOn'))),
      ),
      h(
        'div',
        { class: 'row no-print' },
        started || ended ? null : h('button', { type: 'button', class: 'btn btn-primary', id: 'live-start', onclick: () => void this.clockAction('start') }, t('class.live.start', { minutes: c.minutes })),
        ended ? null : h('button', { type: 'button', class: 'btn', id: 'live-end', onclick: () => void this.clockAction('end') }, t('class.live.end')),
        h('button', { type: 'button', class: 'btn', id: 'live-csv', onclick: () => void this.csv() }, t('class.live.csv')),
        o.confirmDelete ? null : h('button', { type: 'button', class: 'btn', id: 'live-delete', onclick: () => this.setOpen({ confirmDelete: true }) }, t('class.live.delete')),
      ),
      o.confirmDelete
        ? h(
            'div',
            { class: 'notice notice-error', role: 'alertdialog', 'aria-labelledby': 'live-delete-q', id: 'live-delete-confirm' },
            h('p', { id: 'live-delete-q' }, t('class.live.deleteAsk', { title: c.title, n: rows.length })),
            h(
              'div',
              { class: 'row' },
              h('button', { type: 'button', class: 'btn btn-danger', id: 'live-delete-yes', onclick: () => void this.remove() }, t('class.live.deleteYes')),
              h('button', { type: 'button', class: 'btn', id: 'live-delete-no', onclick: () => this.setOpen({ confirmDelete: false }) }, t('class.live.deleteNo')),
            ),
          )
        : null,
      h('p', { class: 'hint', id: 'live-connection', role: 'status' }, t(o.online ? 'class.live.online' : 'class.live.offline'), ' ', t('class.live.keepLink'), ' ', h('a', { href: teacherLink(this.pageUrl, o.saved), id: 'live-teacher-link' }, t('class.live.teacherLink'))),
      this.tablePart(tx, rows, c.scenario),
    );
  }

  private tablePart(tx: Texts, rows: StudentRow[], scenarioId: string) {
    const { t } = tx;
    const scenario = isScenarioId(scenarioId) ? scenarioOf(scenarioId) : null;
    const goalTitle = (g: string) => (scenario ? tx.sc(`goal.${g}.title`) : g);
    const heads = ['student', 'connected', 'stage', 'goals', 'moves', 'minutes', 'asks', 'ranking', 'ending', 'score', 'justification'];
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'results', id: 'live-table' },
        h('caption', { class: 'table-caption' }, t('class.live.table.caption', { n: rows.length, joined: rows.filter((r) => r.joined).length, done: rows.filter((r) => r.finished).length })),
        h('thead', null, h('tr', null, heads.map((k) => h('th', { scope: 'col' }, t(`class.live.col.${k}`))))),
        h(
          'tbody',
          null,
          rows.map((r) =>
            h(
              'tr',
              { 'data-student': r.studentId, class: r.unfinished ? 'live-unfinished' : null },
              h('th', { scope: 'row', class: 'name' }, r.label),
              h('td', null, !r.joined ? t('class.live.notJoined') : r.online ? t('class.live.isOnline') : t('class.live.isOffline')),
              // A game begun under other rules: its version says so (earlier: read by its own engine, score as it was; unknown: no stage to show).
              h(
                'td',
                null,
                r.engine?.rules === 'unknown' ? null : t(`class.live.phase.${r.phase}`),
                r.engine ? h('strong', { class: 'badge live-badge-engine' }, ` ${t(`class.live.engine.${r.engine.rules}`, { version: r.engine.version })}`) : null,
              ),
              h('td', { class: 'num' }, t('class.live.goalsSettled', { settled: r.goals.filter((g) => SETTLED.has(g.status)).length, agreed: r.goals.filter((g) => g.status === 'agreed').length, total: r.goals.length })),
              h('td', { class: 'num' }, String(r.moves)),
              h('td', { class: 'num' }, tx.num(r.minutesPlayed)),
              h('td', { class: 'num' }, String(r.asks)),
              h('td', null, r.ranking ? h('ol', { class: 'live-ranking' }, r.ranking.map((g) => h('li', null, goalTitle(g)))) : '—'),
              h('td', null, r.ending ? t(`class.live.ending.${r.ending}`) : '—', r.unfinished ? h('strong', { class: 'badge live-badge-unfinished' }, ` ${t('class.live.unfinished')}`) : null),
              h('td', { class: 'num' }, r.score === null ? '—' : tx.num(r.score)),
              h('td', { class: 'live-justification' }, r.justification ?? (r.finished ? t('class.live.noJustification') : '—')),
            ),
          ),
        ),
      ),
    );
  }
}

function qrPicture(svgText: string, label: string): Node {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('qr', 'live-qr');
  return svg;
}
