// Render pieces shared by the hub, the negotiation, the press conference and the replay viewer.
// Each reads the PlayerView only.
import { clockText } from '../engine/view';
import type { GoalId, LogEntry, NewsItem, PutinAnswer, Reason } from '../engine/types';
import type { GoalStatus, GoalView, PlayerView } from '../engine/view-types';
import { h, meterBar } from './dom';
import { factLabel, msg, t } from './i18n';

export function optionTitle(view: PlayerView, goal: GoalId, optionId: string | null | undefined): string {
  if (!optionId) return t('ui.none');
  const g = view.goals.find((x) => x.id === goal);
  const o = g?.options.find((x) => x.id === optionId);
  return o ? msg(o.title) : optionId;
}

export function goalTitle(view: PlayerView, goal: GoalId): string {
  const g = view.goals.find((x) => x.id === goal);
  return g ? msg(g.title) : goal;
}

export function sources(facts: string[] | undefined): HTMLElement | null {
  if (!facts || facts.length === 0) return null;
  return h('span', { class: 'source' }, t('ui.source', { list: facts.map(factLabel).join(', ') }));
}

function minutes(total: number): string {
  const m = Math.max(0, Math.round(total));
  const hh = Math.floor(m / 60);
  const mm = m % 60;
  if (hh === 0) return t('ui.time.min', { m: mm });
  if (mm === 0) return t('ui.time.h', { h: hh });
  return t('ui.time.hmin', { h: hh, m: mm });
}

function level(v: number): string {
  return v >= 67 ? t('ui.level.high') : v >= 34 ? t('ui.level.mid') : t('ui.level.low');
}

/** Global meters as labelled bars with text values (never colour alone). */
export function meters(view: PlayerView, idPrefix = 'm'): HTMLElement {
  const m = view.meters;
  const left = Math.max(0, m.dayLength - m.clock);
  return h(
    'section',
    { class: 'meters', 'aria-label': t('ui.meters.title') },
    meterBar(`${idPrefix}-time`, t('ui.meter.time'), left, m.dayLength, t('ui.meter.timeText', { left: minutes(left), now: view.time }), left < m.dayLength * 0.25 ? 'bad' : 'neutral'),
    meterBar(`${idPrefix}-patience`, t('ui.meter.patience'), m.patience, 100, t('ui.meter.of100', { v: Math.round(m.patience), level: level(m.patience) }), m.patience < 34 ? 'bad' : 'good'),
    meterBar(`${idPrefix}-face`, t('ui.meter.face'), m.face, 100, t('ui.meter.of100', { v: Math.round(m.face), level: level(m.face) }), m.face < 34 ? 'bad' : 'good'),
    meterBar(`${idPrefix}-us`, t('ui.meter.us'), m.usAttention, 100, t('ui.meter.of100', { v: Math.round(m.usAttention), level: level(m.usAttention) }), m.usAttention >= 67 ? 'bad' : 'neutral'),
  );
}

const STATUS_ICON: Record<GoalStatus, string> = {
  closed: '○',
  opening: '◔',
  listing: '☰',
  offered: '…',
  countered: '⇄',
  agreed: '✓',
  deadlocked: '✕',
  walkedOut: '⤺',
};

export function statusBadge(status: GoalStatus): HTMLElement {
  const tone = status === 'agreed' ? 'badge-good' : status === 'deadlocked' || status === 'walkedOut' ? 'badge-bad' : status === 'countered' ? 'badge-info' : '';
  return h('span', { class: `badge ${tone}` }, h('span', { 'aria-hidden': 'true' }, STATUS_ICON[status] ?? '•'), t(`ui.status.${status}`));
}

export function rankBadge(g: GoalView): HTMLElement | null {
  if (g.rank === null || g.rank === undefined) return null;
  return h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, '#'), t('ui.rank', { n: g.rank }));
}

function reasonTag(r: Reason): HTMLElement {
  const label = r.weight === 'binding' ? t('ui.reason.binding') : r.weight === 'for' ? t('ui.reason.for') : t('ui.reason.against');
  const icon = r.weight === 'binding' ? '■' : r.weight === 'for' ? '+' : '−';
  return h('span', { class: 'reason-tag' }, h('span', { 'aria-hidden': 'true' }, `${icon} `), `${label}:`);
}

export function answerKindText(a: PutinAnswer): string {
  if (a.kind === 'refuse') return t(`ui.answer.refuse.${a.refusal ?? 'TOO_MUCH'}`);
  return t(`ui.answer.${a.kind}`);
}

/** Putin's answer in plain words, with each reason and its source. */
export function answerView(view: PlayerView, a: PutinAnswer, opts: { heading?: string; id?: string } = {}): HTMLElement {
  const cls = a.kind === 'accept' ? 'answer-accept' : a.kind === 'refuse' ? 'answer-refuse' : '';
  const icon = a.kind === 'accept' ? '✓' : a.kind === 'refuse' ? '✕' : a.kind === 'counter' ? '⇄' : '?';
  return h(
    'section',
    { class: `answer ${cls}`, id: opts.id, 'aria-label': opts.heading ?? t('ui.answer.title') },
    h('p', { class: 'badges' }, h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, icon), answerKindText(a))),
    h('blockquote', null, h('span', { class: 'sr-only' }, `${t('ui.putin')}: `), `“${msg(a.says)}”`),
    a.counterOption ? h('p', null, t('ui.answer.counterIs', { option: optionTitle(view, a.goal, a.counterOption) })) : null,
    a.reasons.length
      ? h(
          'div',
          null,
          h('p', { class: 'muted' }, t('ui.answer.reasons')),
          h(
            'ul',
            null,
            a.reasons.map((r) => h('li', null, reasonTag(r), ' ', msg(r.message), ' ', sources(r.facts))),
          ),
        )
      : null,
  );
}

export function whoLabel(who: LogEntry['who']): string {
  return t(`ui.who.${who}`);
}

export function clockAt(view: PlayerView, at: number): string {
  return clockText(view.meters.dayStart + at);
}

export function logList(view: PlayerView, entries: LogEntry[], id: string, newestFirst = true): HTMLElement {
  const items = newestFirst ? [...entries].reverse() : entries;
  if (items.length === 0) return h('p', { class: 'muted', id }, t('ui.log.empty'));
  return h(
    'ol',
    { class: 'log', id, reversed: newestFirst ? true : undefined },
    items.map((e) => h('li', null, h('span', { class: 'when' }, clockAt(view, e.at)), h('span', { class: 'who' }, `${whoLabel(e.who)}:`), msg(e.message))),
  );
}

export function newsList(view: PlayerView, items: NewsItem[], id: string): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted', id }, t('ui.news.none'));
  return h(
    'ul',
    { class: 'news', id },
    [...items].reverse().map((n) => h('li', null, h('span', { class: 'when' }, clockAt(view, n.at), ' · '), msg(n.message), sources(n.facts))),
  );
}

/** A compact list of the five tracks (used by the replay viewer and the press conference). */
export function trackSummary(view: PlayerView): HTMLElement {
  return h(
    'ul',
    { class: 'tracks' },
    view.goals.map((g) =>
      h(
        'li',
        { class: `track${g.status === 'agreed' ? ' track-agreed' : g.status === 'deadlocked' || g.status === 'walkedOut' ? ' track-closed-bad' : ''}` },
        h('h3', null, msg(g.title)),
        h('div', { class: 'badges' }, statusBadge(g.status), rankBadge(g)),
        g.deal ? h('p', null, t('ui.track.deal', { option: optionTitle(view, g.id, g.deal) })) : null,
        !g.deal && g.counter ? h('p', null, t('ui.track.counter', { option: optionTitle(view, g.id, g.counter) })) : null,
      ),
    ),
  );
}
