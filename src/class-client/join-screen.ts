// The join screen of a live class: the class's title, the roster's names to pick from, a field to
// type one's name, and a rejoin code for a game begun on another device. Drawn in the game's panel
// before any game starts; it only collects what the student chose (./student.ts joins).
import type { JoinInfo } from '../class/protocol';
import { cleanName } from '../shell/input-rules';
import { h, patch } from '../shell/dom';
import { t } from '../shell/i18n';
import { panel } from '../shell/overlay';

export type JoinChoice = { name: string } | { rejoin: string };

export interface JoinScreen {
  info: JoinInfo;
  /** What went wrong last (the server's words or ours), shown at the top. */
  error: string | null;
  busy: boolean;
}

/** Draws the screen and calls `choose` with what the student chose (a name, or a rejoin code). */
export function drawJoinScreen(s: JoinScreen, choose: (c: JoinChoice) => void, playAlone: () => void): void {
  panel().dataset.scene = 'ClassJoin';
  let picked = '';
  const typedName = () => cleanName((document.getElementById('class-name') as HTMLInputElement | null)?.value ?? '');
  patch(panel(), () => [
    h('h1', { id: 'class-join-h' }, t('ui.class.join.title')),
    h('p', { class: 'lede' }, t('ui.class.join.intro', { title: s.info.title, code: s.info.code })),
    s.error ? h('div', { class: 'notice notice-error', role: 'alert', id: 'class-join-error' }, h('p', null, s.error)) : null,
    h(
      'form',
      {
        id: 'class-join-form',
        'aria-labelledby': 'class-join-h',
        // No form is ever posted (the page's policy has form-action 'none'): the submit is handled here.
        onsubmit: (e: Event) => {
          e.preventDefault();
          const name = typedName() || picked;
          const st = document.getElementById('class-join-status');
          if (!name) {
            if (st) st.textContent = t('ui.class.join.nameNeeded');
            document.getElementById('class-name')?.focus();
            return;
          }
          choose({ name });
        },
      },
      s.info.names.length
        ? h(
            'fieldset',
            { class: 'roster-pick' },
            h('legend', null, t('ui.class.join.pick')),
            s.info.names.map((name, i) =>
              h(
                'label',
                { class: 'choice' },
                h('input', {
                  type: 'radio',
                  name: 'class-roster',
                  id: `class-roster-${i}`,
                  value: name,
                  onchange: () => {
                    picked = name;
                    const field = document.getElementById('class-name') as HTMLInputElement | null;
                    if (field) field.value = '';
                  },
                }),
                ` ${name}`,
              ),
            ),
          )
        : null,
      h('label', { for: 'class-name' }, s.info.names.length ? t('ui.class.join.other') : t('ui.class.join.typeName')),
      h('input', { type: 'text', id: 'class-name', maxlength: 40, autocomplete: 'name', 'aria-describedby': 'class-name-hint' }),
      h('p', { class: 'hint', id: 'class-name-hint' }, t('ui.class.join.nameHint')),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'class-join', disabled: s.busy }, t('ui.class.join.button'))),
      h('p', { role: 'status', id: 'class-join-status', class: 'muted' }, s.busy ? t('ui.class.join.connecting') : ''),
    ),
    h(
      'details',
      { id: 'class-rejoin' },
      h('summary', null, t('ui.class.join.rejoinSummary')),
      h('label', { for: 'class-rejoin-code' }, t('ui.class.join.rejoinLabel')),
      h('input', { type: 'text', id: 'class-rejoin-code', maxlength: 12, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters' }),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'class-rejoin-button',
            disabled: s.busy,
            onclick: () => {
              const code = ((document.getElementById('class-rejoin-code') as HTMLInputElement | null)?.value ?? '').replace(/[\s-]+/g, '').toUpperCase();
              if (code.length < 4) {
                const st = document.getElementById('class-join-status');
                if (st) st.textContent = t('ui.class.join.rejoinNeeded');
                return;
              }
              choose({ rejoin: code });
            },
          },
          t('ui.class.join.rejoinButton'),
        ),
      ),
    ),
    h('p', { class: 'hint' }, t('ui.class.join.alone')),
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn', id: 'class-play-alone', onclick: playAlone }, t('ui.class.join.playAlone'))),
  ]);
}

/** A screen with a message and buttons (the server cannot be reached, the link cannot be used). */
export function drawClassProblem(text: string, actions: { id: string; label: string; run: () => void; primary?: boolean }[]): void {
  panel().dataset.scene = 'ClassJoin';
  patch(panel(), () => [
    h('h1', null, t('ui.class.join.title')),
    h('div', { class: 'notice notice-error', role: 'alert', id: 'class-problem' }, h('p', null, text)),
    h('div', { class: 'row' }, actions.map((a) => h('button', { type: 'button', class: a.primary ? 'btn btn-primary' : 'btn', id: a.id, onclick: a.run }, a.label))),
  ]);
}
