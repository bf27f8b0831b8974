// The end of the talks as its own moment on screen. When the last open goal is settled, Putin's
// patience runs out or the clock reaches the end of the day, the game's phase moves on at once; the
// scene where it happened stays, with his last answer in view, and says why the talks ended (the
// engine's reason, PlayerView.endedBy) and which goals closed without a deal, until the player goes
// on to the press conference. A day the player ended needs no such moment: it was their choice.
import type { PlayerView } from '../engine/view-types';
import { h } from './dom';
import { t } from './i18n';
import { goalTitle } from './titles';

export type EndReason = 'settled' | 'patience' | 'clock';

/** The reason the talks ended, when the scene should hold to show it; null otherwise. */
export function heldEnd(view: PlayerView): EndReason | null {
  if (view.phase !== 'press' || !view.endedBy || view.endedBy === 'player') return null;
  return view.endedBy;
}

/** The moment itself: a heading and the reason, the goals closed without a deal, and the way on. */
export function endMomentView(view: PlayerView, reason: EndReason, onContinue: () => void): HTMLElement {
  // The goals the end of the talks closed: Putin said so on each (the engine's log).
  const closed = [...new Set(view.log.filter((e) => e.goal && e.message.key === 'putin.closed').map((e) => e.goal!))];
  const why =
    reason === 'patience'
      ? t('ui.end.reason.patience', { p: Math.max(0, Math.round(view.meters.patience)) })
      : reason === 'clock'
        ? t('ui.end.reason.clock', { time: view.time })
        : t('ui.end.reason.settled');
  return h(
    'section',
    { class: `notice notice-${reason === 'settled' ? 'info' : 'error'} end-moment`, id: 'end-moment', role: 'alert', 'aria-labelledby': 'end-moment-h', 'data-reason': reason },
    h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, reason === 'settled' ? '✓' : reason === 'clock' ? '◷' : '✕'),
    h(
      'div',
      { class: 'notice-text' },
      h('h2', { id: 'end-moment-h' }, t(`ui.end.heading.${reason}`)),
      h('p', { id: 'end-moment-reason' }, why),
      closed.length ? h('p', { id: 'end-moment-closed' }, t('ui.end.closed', { goals: closed.map((g) => goalTitle(view, g)).join(', ') })) : null,
      h('button', { type: 'button', class: 'btn btn-primary', id: 'end-continue', onclick: onContinue }, t('ui.end.continue')),
    ),
  );
}

