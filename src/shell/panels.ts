// Render pieces shared by the hub, the negotiation, the press conference and the replay viewer.
// Each reads the PlayerView only.
import { clockText } from '../engine/view';
import type { GoalId, LogEntry, NewsItem, PutinAnswer, Reason } from '../engine/types';
import type { GoalStatus, GoalView, OptionView, PlayerView, SweetenerView } from '../engine/view-types';
import { h, meterBar } from './dom';
import { factLabel, getLang, msg, t } from './i18n';
import { formatNumber } from './text';

// Also used where the title already needs them (the moment the talks ended): a module of their own,
// so that the rest of this one comes with the game's scenes, not with the first download.
import { goalTitle, optionTitle } from './titles';

export { goalTitle, optionTitle };

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

/** The band a meter of 0 to 100 is in, as every screen words and colours it (and Putin's face reads his patience). */
export function meterBand(v: number): 'low' | 'mid' | 'high' {
  return v >= 67 ? 'high' : v >= 34 ? 'mid' : 'low';
}

function level(v: number): string {
  return t(`ui.level.${meterBand(v)}`);
}

/** Global meters as labelled bars with text values (never colour alone). */
export function meters(view: PlayerView, idPrefix = 'm', compact = false): HTMLElement {
  const m = view.meters;
  const left = Math.max(0, m.dayLength - m.clock);
  return h(
    'section',
    { class: `meters${compact ? ' meters-compact' : ''}`, 'aria-label': t('ui.meters.title') },
    meterBar(`${idPrefix}-time`, t('ui.meter.time'), left, m.dayLength, t('ui.meter.timeText', { left: minutes(left), now: view.time }), left < m.dayLength * 0.25 ? 'bad' : 'neutral', compact ? minutes(left) : undefined, compact ? t('ui.meter.timeShort') : undefined),
    meterBar(`${idPrefix}-patience`, t('ui.meter.patience'), m.patience, 100, t('ui.meter.of100', { v: Math.round(m.patience), level: level(m.patience) }), meterBand(m.patience) === 'low' ? 'bad' : 'good', compact ? String(Math.round(m.patience)) : undefined, compact ? t('ui.meter.patienceShort') : undefined),
    meterBar(`${idPrefix}-face`, t('ui.meter.face'), m.face, 100, t('ui.meter.of100', { v: Math.round(m.face), level: level(m.face) }), meterBand(m.face) === 'low' ? 'bad' : 'good', compact ? String(Math.round(m.face)) : undefined, compact ? t('ui.meter.faceShort') : undefined),
    meterBar(`${idPrefix}-us`, t('ui.meter.us'), m.usAttention, 100, t('ui.meter.of100', { v: Math.round(m.usAttention), level: level(m.usAttention) }), m.usAttention >= 67 ? 'bad' : 'neutral', compact ? String(Math.round(m.usAttention)) : undefined, compact ? t('ui.meter.usShort') : undefined),
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
  // On a phone's negotiation, "#1" (the words stay for screen readers).
  return h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, '#'), h('span', { class: 'label-long' }, t('ui.rank', { n: g.rank })), h('span', { class: 'label-short', 'aria-hidden': 'true' }, String(g.rank)));
}

function reasonTag(r: Reason): HTMLElement {
  const label = r.weight === 'binding' ? t('ui.reason.binding') : r.weight === 'for' ? t('ui.reason.for') : r.weight === 'note' ? t('ui.reason.note') : t('ui.reason.against');
  const icon = r.weight === 'binding' ? '■' : r.weight === 'for' ? '+' : r.weight === 'note' ? '·' : '−';
  return h('span', { class: 'reason-tag' }, h('span', { 'aria-hidden': 'true' }, `${icon} `), `${label}:`);
}

export function answerKindText(a: PutinAnswer): string {
  if (a.kind === 'refuse') return t(`ui.answer.refuse.${a.refusal ?? 'TOO_MUCH'}`);
  return t(`ui.answer.${a.kind}`);
}

/** A change as the cards and answers write it, in the page's language: +3, −4, ±0. */
export function signed(n: number): string {
  const r = Math.round(n * 10) / 10;
  if (r === 0) return '±0';
  return `${r > 0 ? '+' : '−'}${formatNumber(getLang(), Math.abs(r))}`;
}

const badge = (tone: string, icon: string, text: string) => h('span', { class: `badge${tone ? ` ${tone}` : ''}` }, h('span', { 'aria-hidden': 'true' }, `${icon} `), text);

/**
 * What proposing an option costs and what a deal on it moves, before it is chosen: the time the
 * proposal takes, and if he agrees, Washington's attention, Kim's face, and (where there is any)
 * what the other side pays and whether it goes past the line it keeps to.
 */
export function costBadges(view: PlayerView, o: OptionView): HTMLElement {
  return h(
    'span',
    { class: 'badges costs' },
    badge('', '◷', t('ui.cost.time', { m: view.costs.minutes.propose })),
    badge(o.us > 0 ? 'badge-warn' : '', '◎', t('ui.cost.us', { n: signed(o.us) })),
    o.face !== null ? badge(o.face > 0 ? 'badge-good' : o.face < 0 ? 'badge-bad' : '', '☺', t('ui.cost.face', { n: signed(o.face) })) : null,
    o.money > 0 ? badge('badge-warn', '¤', msg({ key: 'scenario.cost.money', params: { n: o.money } })) : null,
    o.china ? badge('badge-warn', '⇥', msg({ key: 'scenario.cost.china' })) : null,
  );
}

/** A sweetener's price, said on its card: spent when offered, what it takes off Kim's score and face, and whether Putin asked for it. */
export function sweetenerBadges(s: SweetenerView): HTMLElement {
  return h(
    'span',
    { class: 'badges' },
    s.asked ? badge('badge-info', '★', t('ui.sweet.asked')) : null,
    s.used ? badge('badge-bad', '✕', t('ui.sweet.used')) : badge('badge-warn', '⌛', t('ui.sweet.spent')),
    s.kimCost !== null ? badge('badge-bad', '−', t('ui.sweet.cost', { n: formatNumber(getLang(), s.kimCost) })) : null,
    s.face !== 0 ? badge(s.face < 0 ? 'badge-bad' : 'badge-good', '☺', t('ui.sweet.face', { n: signed(s.face) })) : null,
  );
}

/** What an answer moved: the minutes it took, his patience, Kim's face, Washington's attention. */
export function shiftView(shift: NonNullable<PutinAnswer['shift']>): HTMLElement {
  // Each meter by its whole name, and by the short word a phone's negotiation shows instead.
  const parts: [string, string, number][] = [
    [t('ui.meter.patience'), t('ui.meter.patienceShort'), shift.patience],
    [t('ui.meter.face'), t('ui.meter.faceShort'), shift.face],
    [t('ui.meter.us'), t('ui.meter.usShort'), shift.usAttention],
  ];
  return h(
    'div',
    { class: 'shift' },
    h('p', { class: 'muted' }, t('ui.shift.heading')),
    h(
      'ul',
      { class: 'badges shift-list' },
      h('li', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, '◷ '), t('ui.shift.time', { m: shift.minutes })),
      parts.map(([label, short, n]) =>
        h(
          'li',
          { class: `badge${n < 0 ? ' badge-bad' : n > 0 ? ' badge-good' : ''}` },
          h('span', { class: 'label-long' }, t('ui.shift.meter', { meter: label, n: signed(n) })),
          h('span', { class: 'label-short', 'aria-hidden': 'true' }, t('ui.shift.meter', { meter: short, n: signed(n) })),
        ),
      ),
    ),
  );
}

/** The counters the last move let lapse, said once on the screen after it. */
export function lapsedNotice(view: PlayerView): HTMLElement | null {
  if (!view.lapsed.length) return null;
  return h(
    'div',
    { class: 'notice notice-info', role: 'status', id: 'lapsed-notice' },
    h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '⌛'),
    h('div', { class: 'notice-text' }, view.lapsed.map((l) => h('p', null, t('ui.lapsed.notice', { goal: goalTitle(view, l.goal), option: optionTitle(view, l.goal, l.option) })))),
  );
}

/** What Putin asked for at the start of the talks, kept in sight: each ask in his words, and whether Kim has offered it. */
export function putinAsksView(view: PlayerView, id = 'asks'): HTMLElement | null {
  const asked = view.sweeteners.filter((s) => s.asked);
  if (!asked.length) return null;
  return h(
    'section',
    { class: 'section asks', 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, t('ui.asks.heading')),
    h('p', { class: 'hint' }, t('ui.asks.intro')),
    h(
      'ul',
      { class: 'asks-list', id: `${id}-list` },
      asked.map((s) =>
        h(
          'li',
          null,
          h('strong', null, msg(s.title)),
          ' — ',
          `“${msg({ key: `sweetener.${s.id}.ask` })}”`,
          ' ',
          s.used ? badge('badge-good', '✓', t('ui.asks.offered')) : badge('', '○', t('ui.asks.open')),
        ),
      ),
    ),
  );
}

/** Putin's answer in plain words, with each reason and its source. */
export function answerView(view: PlayerView, a: PutinAnswer, opts: { heading?: string; id?: string; lapsed?: boolean; /** His reasons folded under a summary that counts them (one screen a move). */ fold?: boolean } = {}): HTMLElement {
  const cls = a.kind === 'accept' ? 'answer-accept' : a.kind === 'refuse' ? 'answer-refuse' : '';
  const icon = a.kind === 'accept' ? '✓' : a.kind === 'refuse' ? '✕' : a.kind === 'counter' ? '⇄' : '?';
  const words = () => [h('span', { class: 'sr-only' }, `${t('ui.putin')}: `), `“${msg(a.says)}”`];
  return h(
    'section',
    { class: `answer ${cls}`, id: opts.id, 'aria-label': opts.heading ?? t('ui.answer.title') },
    h('p', { class: 'badges' }, h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, icon), answerKindText(a))),
    // Folded on a phone (his bubble on the canvas says them beside him): the words here are the roomy screen's.
    h('blockquote', { class: opts.fold ? 'off-phone' : undefined }, words()),
    a.goals && a.goals.length > 1 ? h('p', null, t('ui.answer.package', { goals: a.goals.map((g) => goalTitle(view, g)).join(', ') })) : null,
    a.counterOption ? h('p', null, t('ui.answer.counterIs', { option: optionTitle(view, a.goal, a.counterOption) })) : null,
    opts.lapsed ? h('p', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '⌛ '), t('ui.answer.lapsed')) : null,
    a.called ? h('p', { class: 'muted' }, t('ui.answer.called')) : null,
    opts.fold
      ? h(
          'details',
          { class: `reasons${a.reasons.length ? '' : ' on-phone'}`, id: opts.id ? `${opts.id}-reasons` : undefined },
          // One of the two summaries is shown (and named) at a time: on a phone the fold holds his words too.
          h(
            'summary',
            null,
            a.reasons.length ? h('span', { class: 'off-phone' }, t('ui.answer.why', { n: a.reasons.length })) : null,
            h('span', { class: 'on-phone' }, t('ui.answer.wordsWhy', { n: a.reasons.length })),
          ),
          h('blockquote', { class: 'on-phone' }, words()),
          a.reasons.length ? h('ul', null, a.reasons.map((r) => h('li', null, reasonTag(r), ' ', msg(r.message), ' ', sources(r.facts)))) : null,
        )
      : a.reasons.length
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
    a.shift ? shiftView(a.shift) : null,
  );
}

export function whoLabel(who: LogEntry['who']): string {
  return t(`ui.who.${who}`);
}

export function clockAt(view: PlayerView, at: number): string {
  return clockText(view.meters.dayStart + at);
}

/**
 * The log, newest first. Where the list holds more than one goal's lines (the summit's log, the
 * replay's), each line about a goal names it: "Putin closes the talks on this matter" four times
 * over says nothing without the goal.
 */
export function logList(view: PlayerView, entries: LogEntry[], id: string, newestFirst = true): HTMLElement {
  const items = newestFirst ? [...entries].reverse() : entries;
  const several = new Set(entries.map((e) => e.goal).filter(Boolean)).size > 1;
  const line = (e: LogEntry) => (several && e.goal ? t('ui.log.onGoal', { goal: goalTitle(view, e.goal), text: msg(e.message) }) : msg(e.message));
  if (items.length === 0) return h('p', { class: 'muted', id }, t('ui.log.empty'));
  return h(
    'ol',
    { class: 'log', id, reversed: newestFirst ? true : undefined },
    items.map((e) => h('li', null, h('span', { class: 'when' }, clockAt(view, e.at)), h('span', { class: 'who' }, `${whoLabel(e.who)}:`), line(e))),
  );
}

export function newsList(view: PlayerView, items: NewsItem[], id: string): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted', id }, t('ui.news.none'));
  return h(
    'ul',
    { class: 'news', id },
    // What a piece of news changes at the table (an argument that now weighs more with him) is said with it.
    [...items].reverse().map((n) => h('li', null, h('span', { class: 'when' }, clockAt(view, n.at), ' · '), msg(n.message), n.effect ? [' ', h('strong', { class: 'news-effect' }, msg(n.effect))] : null, sources(n.facts))),
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
