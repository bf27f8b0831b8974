// The session: the form that starts one (seed, difficulty, the students' language, the time) and the
// card of the session under way (its code, its link and QR code, its clock).
import { DIFFICULTIES, LANGS } from '../../engine/types';
import { h } from '../../shell/dom';
import { isLang, MINUTES } from '../../shell/input-rules';
import { timeLeft } from '../session';
import type { Draft, Field, PageState } from '../state';
import { linkOf, qrNode, textsOf } from './common';
import type { View, ViewContext } from './view';

export function sessionFormView({ store, fx }: ViewContext): View {
  const edit = (patch: Partial<Draft>) => store.dispatch({ type: 'draft.edit', patch });
  return {
    id: 'session-form',
    deps: (s) => [s.lang, s.formError, s.formVersion, s.cls.session !== null],
    render(s) {
      const tx = textsOf(s);
      const { t } = tx;
      const draft = s.draft;
      const formError = s.formError;
      const err = (field: Field) => (formError?.field === field ? h('p', { class: 'field-error', id: `${field}-error` }, tx.say(formError.message)) : null);
      return h(
        'form',
        {
          id: 'session-form',
          class: 'card',
          novalidate: true,
          onsubmit: (e: Event) => {
            e.preventDefault();
            fx.startSession();
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
              oninput: (e: Event) => edit({ seed: (e.target as HTMLInputElement).value }),
            }),
            h('button', { type: 'button', class: 'btn', id: 'draw-seed', onclick: () => fx.drawSeed() }, t('class.session.draw')),
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
              h('input', { type: 'radio', name: 'difficulty', value: d, id: `difficulty-${d}`, checked: draft.difficulty === d, onchange: () => edit({ difficulty: d }) }),
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
                  if (isLang(v)) edit({ lang: v });
                },
              },
              LANGS.map((l) => h('option', { value: l, selected: draft.lang === l }, t(`class.lang.${l}`))),
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
              oninput: (e: Event) => edit({ minutes: (e.target as HTMLInputElement).value }),
            }),
            err('minutes'),
            h('p', { class: 'hint', id: 'minutes-hint' }, t('class.session.minutesHint', { min: MINUTES.min, max: MINUTES.max })),
          ),
        ),
        h('button', { type: 'submit', class: 'btn btn-primary', id: 'start-session' }, s.cls.session ? t('class.session.replace') : t('class.session.start')),
      );
    },
  };
}

/** The link's QR code on the card. */
export function qrView(): View {
  return {
    id: 'qr',
    deps: (s) => {
      const link = linkOf(s);
      return [s.lang, link, link ? s.qr.get(link) : undefined];
    },
    render(s) {
      const tx = textsOf(s);
      const link = linkOf(s);
      return h('div', { id: 'qr' }, link ? qrNode(s.qr.get(link), tx, tx.t('class.session.qr')) : null);
    },
  };
}

/** What the clock says: the time left, "time is up", or nothing until it is started. */
function clock(s: PageState): { text: string; over: boolean | null } {
  const session = s.cls.session;
  const left = session ? timeLeft(session.minutes, session.startedAt, s.now) : null;
  const tx = textsOf(s);
  if (!left) return { text: '', over: null };
  if (left.ms <= 0) return { text: tx.t('class.timer.over'), over: true };
  return { text: tx.t('class.timer.left', { time: left.text }), over: false };
}

export function timerView(): View {
  return {
    id: 'timer',
    deps: (s) => {
      const c = clock(s);
      return [c.text, c.over];
    },
    render: () => h('p', { id: 'timer', class: 'timer', role: 'timer', 'aria-live': 'off' }),
    patch(el, s) {
      const c = clock(s);
      el.textContent = c.text;
      if (c.over !== null) el.classList.toggle('timer-over', c.over);
    },
  };
}

export function sessionCardView(ctx: ViewContext, parts: { qr: View; timer: View }): View {
  const { fx } = ctx;
  return {
    id: 'session-card',
    deps: (s) => [s.lang, s.cls.session, s.pageUrl],
    render(s) {
      const tx = textsOf(s);
      const { t } = tx;
      const session = s.cls.session;
      if (!session) return h('div', { id: 'session-card', class: 'card' }, h('p', null, t('class.session.none')));
      const link = linkOf(s)!;
      return h(
        'div',
        { id: 'session-card', class: 'card session-card', 'data-session': session.id },
        h('h3', null, t('class.session.current')),
        h(
          'div',
          { class: 'session-grid' },
          h(
            'div',
            null,
            h('p', { class: 'label' }, t('class.session.code')),
            h('p', { class: 'session-code', id: 'session-code' }, session.id),
            h('p', { class: 'hint' }, t('class.session.codeHint')),
            h('p', { id: 'session-settings' }, t('class.session.settings', { seed: session.seed, difficulty: t(`class.difficulty.${session.difficulty}`), lang: t(`class.lang.${session.lang}`) })),
            h('p', null, session.minutes ? t('class.session.limit', { minutes: session.minutes }) : t('class.session.noLimit')),
            session.minutes
              ? h(
                  'div',
                  { class: 'row' },
                  h('button', { type: 'button', class: 'btn', id: 'timer-start', onclick: () => fx.startTimer() }, session.startedAt ? t('class.timer.restart') : t('class.timer.start')),
                  ctx.draw(parts.timer, s),
                )
              : null,
            h('label', { for: 'student-link', class: 'label' }, t('class.session.link')),
            // A text box that wraps: the whole link stays readable on a phone.
            h('textarea', { id: 'student-link', readonly: true, rows: 2, spellcheck: 'false', value: link, class: 'link', onfocus: (e: Event) => (e.target as HTMLTextAreaElement).select() }),
            h(
              'div',
              { class: 'row' },
              h('button', { type: 'button', class: 'btn', id: 'copy-link', onclick: () => void fx.copyLink(link) }, t('class.session.copy')),
              h('a', { class: 'btn', href: link, target: '_blank', rel: 'noopener', id: 'open-link' }, t('class.session.open')),
            ),
          ),
          h('figure', { class: 'qr-figure' }, ctx.draw(parts.qr, s), h('figcaption', null, t('class.session.qr'))),
        ),
      );
    },
  };
}

export function sessionSectionView(ctx: ViewContext, parts: { form: View; card: View }): View {
  return {
    id: 'session',
    deps: (s) => [s.lang],
    render(s) {
      const { t } = textsOf(s);
      return h(
        'section',
        { id: 'session', class: 'section no-print', 'aria-labelledby': 'session-title' },
        h('h2', { id: 'session-title' }, t('class.session.title')),
        h('p', null, t('class.session.intro')),
        ctx.draw(parts.form, s),
        ctx.draw(parts.card, s),
      );
    },
  };
}
