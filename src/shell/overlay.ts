// The DOM overlay above the Phaser canvas: top bar (language, sound, menu), notices, the scene's
// panel, and an aria-live log that receives everything Putin says.
import type { Lang, Message } from '../engine/types';
import { h } from './dom';
import { classChip, onClassChange } from './class-hooks';
import { classMinutesLeft } from './class-timer';
import { getLang, msg, onLangChange, setLang, t } from './i18n';
import { soundOn, toggleSound } from './sound';

interface Notice {
  id: number;
  kind: 'error' | 'info';
  messages: Message[];
  /** Buttons that act on what the notice is about (e.g. download a save that was set aside). */
  actions?: NoticeAction[];
  /** A notice with a tag replaces the one before it with the same tag (said once, however often it happens). */
  tag?: string;
}

export interface NoticeAction {
  id: string;
  label: Message;
  run: () => void;
}

let notices: Notice[] = [];
let noticeSeq = 0;
let homeHandler: (() => void) | null = null;
let homeVisible = false;

const els = {} as {
  root: HTMLElement;
  topbar: HTMLElement;
  notices: HTMLElement;
  panel: HTMLElement;
  live: HTMLElement;
  liveTitle: HTMLElement;
};

export function initOverlay(): void {
  const root = document.getElementById('ui')!;
  root.replaceChildren();
  els.root = root;
  els.topbar = h('header', { class: 'topbar', id: 'topbar' });
  els.notices = h('div', { class: 'notices', id: 'notices' });
  els.panel = h('main', { class: 'panel', id: 'panel' });
  els.liveTitle = h('h2', { id: 'live-title', class: 'sr-only' });
  els.live = h('div', { id: 'live', role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'live-title', class: 'sr-only' });
  root.append(h('a', { class: 'skip', href: '#panel', id: 'skip-link' }), els.topbar, els.notices, els.panel, h('section', { class: 'sr-only' }, els.liveTitle, els.live));
  renderChrome();
  onLangChange(() => renderChrome());
  onClassChange(() => renderChrome());
}

export function panel(): HTMLElement {
  return els.panel;
}

function langButton(lang: Lang, label: string): HTMLElement {
  const pressed = getLang() === lang;
  return h(
    'button',
    {
      type: 'button',
      class: `chip${pressed ? ' chip-on' : ''}`,
      id: `lang-${lang}`,
      lang,
      'aria-pressed': pressed ? 'true' : 'false',
      onclick: () => setLang(lang),
    },
    pressed ? h('span', { 'aria-hidden': 'true', class: 'tick' }, '✓ ') : null,
    label,
  );
}

export function renderChrome(): void {
  const lang = getLang();
  const active = document.activeElement as HTMLElement | null;
  const focusId = active && els.topbar.contains(active) ? active.id : '';
  (els.root.querySelector('#skip-link') as HTMLElement).textContent = t('ui.skip');
  els.topbar.replaceChildren(
    h('span', { class: 'brand', 'aria-hidden': 'true' }, h('span', { class: 'brand-star' }, '★'), h('span', { class: 'brand-name' }, ' Vladivostok 2019')),
    h(
      'nav',
      { class: 'topbar-tools', 'aria-label': t('ui.top.tools') },
      h('div', { class: 'chip-group', role: 'group', 'aria-label': t('ui.top.language') }, langButton('en', 'English'), langButton('id', 'Bahasa Indonesia')),
      h(
        'button',
        {
          type: 'button',
          class: `chip${soundOn() ? ' chip-on' : ''}`,
          id: 'sound-toggle',
          'aria-pressed': soundOn() ? 'true' : 'false',
          onclick: () => {
            toggleSound();
            renderChrome();
          },
        },
        h('span', { 'aria-hidden': 'true' }, soundOn() ? '♪ ' : '✕ '),
        h('span', { class: 'chip-word' }, t('ui.top.sound')),
        h('span', { 'aria-hidden': 'true', class: 'chip-word' }, `: ${t(soundOn() ? 'ui.top.soundOn' : 'ui.top.soundOff')}`),
      ),
      homeVisible
        ? h('button', { type: 'button', class: 'chip', id: 'menu-button', onclick: () => homeHandler?.() }, h('span', { 'aria-hidden': 'true' }, '⌂ '), h('span', { class: 'menu-word' }, t('ui.top.menu')))
        : null,
      classTimerChip(),
      classChip(),
    ),
  );
  renderNotices();
  els.liveTitle.textContent = t('ui.live.title');
  if (focusId) document.getElementById(focusId)?.focus();
  document.title = t('ui.doc.title', { title: { key: 'scenario.title' } });
  document.documentElement.lang = lang;
}

let timerTick: ReturnType<typeof setInterval> | null = null;
let timeUpSaid = false;

/** The lesson's time left, when the teacher's link set a limit; refreshed every 15 seconds. */
function classTimerChip(): HTMLElement | null {
  const left = classMinutesLeft();
  if (left === null) return null;
  timerTick ??= setInterval(() => {
    const text = document.getElementById('class-timer-text');
    const now = classMinutesLeft();
    if (text && now !== null) text.textContent = now > 0 ? t('ui.timer.left', { minutes: now }) : t('ui.timer.up');
    // A live class's server says when time is up, in its own words (src/class-client/).
    if (now === 0 && !timeUpSaid && !classChip()) {
      timeUpSaid = true;
      notify('info', [{ key: 'ui.timer.upNotice' }]);
    }
  }, 15_000);
  return h('span', { class: `chip chip-static${left === 0 ? ' chip-warn' : ''}`, id: 'class-timer', role: 'timer', 'aria-live': 'off' }, h('span', { 'aria-hidden': 'true' }, '⏱ '), h('span', { id: 'class-timer-text' }, left > 0 ? t('ui.timer.left', { minutes: left }) : t('ui.timer.up')));
}

export function setHome(handler: (() => void) | null): void {
  homeHandler = handler;
  homeVisible = handler !== null;
  renderChrome();
}

/** Shows a notice until the player dismisses it; returns its id (for dismissNotice and noticeShown). A
 * notice with a tag replaces the one with the same tag (the same notice is never stacked twice). */
export function notify(kind: 'error' | 'info', messages: Message[], actions?: NoticeAction[], tag?: string): number {
  if (tag !== undefined) notices = notices.filter((n) => n.tag !== tag);
  const id = ++noticeSeq;
  notices.push({ id, kind, messages, actions, tag });
  renderNotices();
  return id;
}

export function noticeShown(id: number): boolean {
  return notices.some((n) => n.id === id);
}

export function dismissNotice(id: number): void {
  notices = notices.filter((n) => n.id !== id);
  renderNotices();
}

/** A button that reloads the page (the game is saved after every move: a reload resumes it where it was). */
export function reloadAction(id: string): NoticeAction {
  return { id, label: { key: 'ui.reload' }, run: () => window.location.reload() };
}

function renderNotices(): void {
  els.notices.replaceChildren(
    ...notices.map((n) =>
      h(
        'div',
        { class: `notice notice-${n.kind}`, role: n.kind === 'error' ? 'alert' : 'status', id: `notice-${n.id}` },
        h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, n.kind === 'error' ? '⚠' : 'ℹ'),
        h(
          'div',
          { class: 'notice-text' },
          ...n.messages.map((m) => h('p', null, msg(m))),
          n.actions?.length
            ? h('div', { class: 'row' }, n.actions.map((a) => h('button', { type: 'button', class: 'btn btn-small', id: a.id, onclick: () => a.run() }, msg(a.label))))
            : null,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: `notice-close-${n.id}`,
            onclick: () => {
              notices = notices.filter((x) => x.id !== n.id);
              renderNotices();
            },
          },
          t('ui.notice.dismiss'),
        ),
      ),
    ),
  );
}

/** Everything Putin says (and the news) goes here, for screen readers. */
export function speak(who: string, text: string): void {
  const line = h('p', null, h('strong', null, `${who}: `), text);
  els.live.appendChild(line);
  while (els.live.childNodes.length > 40) els.live.firstChild?.remove();
}
