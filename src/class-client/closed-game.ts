// A class game this page cannot play on: the server holds it under rules other than the live ones
// (begun on an earlier version of the game, or on one the server does not know). The server says
// why, in the student's language; the game is not taken up here (its moves could now end
// differently), but its score and result code are shown as they were, and a game of earlier rules
// can be handed in to the teacher as it stands.
import type { Joined } from '../class/protocol';
import { h, patch } from '../shell/dom';
import { getLang, t } from '../shell/i18n';
import { panel } from '../shell/overlay';
import { MAX_JUSTIFICATION } from './justification';

export interface ClosedGame {
  closed: NonNullable<Joined['closed']>;
  label: string;
  rejoinCode: string;
  handedIn: boolean;
  draft: string;
  /** What happened to the last hand-in (sending, not connected, handed in). */
  status: string;
}

export function drawClosedGame(s: ClosedGame, on: { draft(text: string): void; handIn(): void; playAlone(): void }): void {
  panel().dataset.scene = 'ClassClosed';
  const { closed } = s;
  patch(panel(), () => [
    h('h1', { id: 'class-closed-h' }, t('ui.class.closed.title', { label: s.label })),
    h('div', { class: 'notice notice-info', role: 'alert', id: 'class-closed' }, h('p', null, closed.error.message[getLang()])),
    h('p', { id: 'class-closed-score' }, closed.finished && closed.score !== null ? t('ui.class.closed.score', { score: closed.score }) : t('ui.class.closed.notFinished')),
    closed.resultCode
      ? h('p', null, h('label', { for: 'class-closed-code' }, t('ui.class.closed.code')), ' ', h('output', { id: 'class-closed-code', class: 'code' }, closed.resultCode))
      : null,
    closed.canHandIn && !s.handedIn
      ? h(
          'form',
          {
            id: 'class-closed-form',
            'aria-labelledby': 'class-closed-h',
            onsubmit: (e: Event) => {
              e.preventDefault();
              on.handIn();
            },
          },
          h('label', { for: 'class-closed-justification' }, t('ui.class.handIn.label')),
          h('textarea', {
            id: 'class-closed-justification',
            rows: 3,
            maxlength: MAX_JUSTIFICATION,
            value: s.draft,
            oninput: (e: Event) => on.draft((e.target as HTMLTextAreaElement).value.slice(0, MAX_JUSTIFICATION)),
          }),
          h('div', { class: 'row' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'class-closed-hand-in' }, t('ui.class.closed.handIn'))),
        )
      : null,
    h('p', { role: 'status', id: 'class-closed-status' }, s.handedIn ? t('ui.class.handIn.sent') : s.status),
    h('p', { class: 'hint' }, t('ui.class.join.alone')),
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn', id: 'class-play-alone', onclick: on.playAlone }, t('ui.class.join.playAlone'))),
  ]);
}
