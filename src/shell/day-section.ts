// The debrief's "What the day held": every day that was possible on this seed (found in the Web
// Worker by the engine, src/engine/debrief/frontier.ts), its Pareto frontier and its Nash point,
// beside the player's own day, with the distance between them said on Kim's score only.
import type { ScoreReport } from '../engine';
import { type DayFrontier, type PossibleDay, shortOfFrontier } from '../engine/debrief/frontier';
import { dayChart } from './day-chart';
import { h } from './dom';
import { getLang, t } from './i18n';
import { legendIcon, type Shape } from './chart';
import { formatNumber } from './text';

const kimNum = (x: number) => formatNumber(getLang(), x, 1);
const putinNum = (x: number) => formatNumber(getLang(), x, 2);
const point = (p: { kim: number; putin: number }) => t('ui.chart.point', { kim: kimNum(p.kim), putin: putinNum(p.putin) });

/** A possible day in words: each goal's option and its argument, and the concessions given. */
export function dayText(day: PossibleDay): string {
  if (!day.items.length) return t('ui.day.nothing');
  const items = day.items.map((i) =>
    i.framing
      ? t('ui.day.itemArgued', { goal: { key: `goal.${i.goal}.title` }, option: { key: `option.${i.goal}.${i.option}.title` }, argument: { key: `framing.${i.framing}.title` } })
      : t('ui.day.item', { goal: { key: `goal.${i.goal}.title` }, option: { key: `option.${i.goal}.${i.option}.title` } }),
  );
  const given = day.sweeteners.length ? ` ${t('ui.day.given', { list: day.sweeteners.map((s) => t(`sweetener.${s}.title`)).join(', ') })}` : '';
  return `${items.join('; ')}.${given}`;
}

/** The section: a note while the worker searches, a note if it cannot, else the chart and its text. */
export function daySection(found: DayFrontier | null | undefined, result: ScoreReport): HTMLElement {
  const head = [h('h2', { id: 'day-h' }, t('ui.day.heading')), h('p', { class: 'hint' }, t('ui.day.hint'))];
  const wrap = (...kids: (HTMLElement | null)[]) => h('section', { class: 'section', id: 'day-section', 'aria-labelledby': 'day-h' }, ...head, ...kids);
  if (found === undefined) return wrap(h('p', { class: 'hint', 'aria-live': 'polite' }, t('ui.day.searching')));
  if (found === null) return wrap(h('p', { class: 'hint' }, t('ui.day.unavailable')));
  const you = { kim: result.kim, putin: result.putin };
  const short = shortOfFrontier(found.frontier, you.kim, you.putin);
  const first = found.frontier[0]!;
  const last = found.frontier.at(-1)!;
  const lines = [
    t('ui.day.noDeal', { point: point(found.noDeal) }),
    t('ui.day.you', { point: point(you) }),
    t('ui.day.frontier', { count: found.possible, days: found.frontier.length, from: point(first), to: point(last) }),
    found.nash ? t('ui.day.nash', { point: point(found.nash) }) : t('ui.day.noNash'),
  ];
  const summary = lines.join(' ');
  const items: [Shape, string][] = [
    ['frontier', t('ui.day.legendFrontier')],
    ['nash', t('ui.day.legendNash')],
    ['deal', t('ui.day.legendYou')],
    ['nodeal', t('ui.chart.nodeal')],
  ];
  return wrap(
    h('ul', { class: 'legend', 'aria-label': t('ui.chart.legend') }, items.map(([s, label]) => h('li', null, legendIcon(s), label))),
    h(
      'figure',
      { style: 'margin:0' },
      dayChart({ id: 'chart-day', title: t('ui.day.title'), summary, noDeal: found.noDeal, you, frontier: found.frontier, nash: found.nash }),
      h('figcaption', { class: 'hint', id: 'chart-day-caption' }, summary),
    ),
    found.nash ? h('p', { id: 'day-nash' }, t('ui.day.nashDay', { day: dayText(found.nash) })) : null,
    h('p', { id: 'day-short', 'data-short': String(short) }, short > 0 ? t('ui.day.short', { gap: kimNum(short) }) : t('ui.day.onFrontier')),
    h('p', { class: 'hint' }, t('ui.day.caveat')),
  );
}
