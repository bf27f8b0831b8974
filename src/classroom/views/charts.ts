// The class as charts: per goal, the deals the class reached against history's; the spread of scores.
// Plain HTML bars (not a scaled drawing), so that the text wraps and keeps its size on a phone.
import { h } from '../../shell/dom';
import type { Texts } from '../i18n';
import type { Summary } from '../reader';
import type { ClassScenario } from '../scenario';
import { commonPaths, goalTallies, scoreSpread, type GoalTally, type Spread } from '../stats';
import { dealText } from '../table';

/** One bar: its label, the bar (a share of `total`), the count, and "history" when it is history's. */
function barRow(label: string, count: number, total: number, note: string | null, extra: Record<string, string | number> = {}, muted = false): HTMLElement {
  const pct = total > 0 ? Math.round((count / total) * 1000) / 10 : 0;
  return h(
    'div',
    { class: `chart-row${note ? ' chart-row-history' : ''}`, ...extra },
    h('span', { class: `chart-label${muted ? ' chart-none' : ''}` }, label),
    h(
      'span',
      { class: 'chart-meter' },
      h('span', { class: 'chart-track' }, pct > 0 ? h('span', { class: 'chart-bar', style: `width:${pct}%` }) : null),
      h('span', { class: 'chart-count', 'data-count': count }, String(count)),
      note ? h('span', { class: 'chart-note' }, note) : null,
    ),
  );
}

function goalChart(tx: Texts, tally: GoalTally, total: number): HTMLElement {
  const title = tx.sc(`goal.${tally.goal}.title`);
  const history = tx.t('class.chart.history');
  const desc = tally.rows.map((r) => `${dealText(tx, tally.goal, r.option)}: ${r.count}${r.history ? ` (${history})` : ''}`).join('; ');
  return h(
    'div',
    { role: 'img', 'aria-label': `${title}. ${desc}`, class: 'chart chart-goal', 'data-goal': tally.goal },
    tally.rows.map((r) => barRow(dealText(tx, tally.goal, r.option), r.count, total, r.history ? history : null, {}, r.option === null)),
  );
}

function spreadChart(tx: Texts, spread: Spread): HTMLElement {
  const maxCount = Math.max(1, ...spread.bins.map((b) => b.count));
  const last = spread.bins.length - 1;
  // The band that holds history's score (its upper end belongs to the next band, but the last band keeps it).
  const historyBand = spread.bins.findIndex((b, i) => spread.historyMean >= b.from && (spread.historyMean < b.to || i === last));
  const desc = spread.bins
    .filter((b) => b.count > 0)
    .map((b) => tx.t('class.chart.band', { from: b.from, to: b.to, n: b.count }))
    .join('; ');
  return h(
    'div',
    { role: 'img', 'aria-label': `${tx.t('class.chart.spread')}. ${desc}`, class: 'chart chart-spread' },
    spread.bins.map((b, i) =>
      barRow(`${tx.num(b.from)}–${tx.num(b.to)}`, b.count, maxCount, i === historyBand ? `${tx.t('class.chart.history')} ${tx.num(spread.historyMean)}` : null, { 'data-from': b.from }),
    ),
  );
}

/** The charts section for the verified games. */
export function classCharts(tx: Texts, scenario: ClassScenario, games: readonly Summary[]): HTMLElement {
  if (games.length === 0) return h('p', { class: 'hint', id: 'charts-none' }, tx.t('class.chart.none'));
  const tallies = goalTallies(games, scenario);
  const spread = scoreSpread(games)!;
  const paths = commonPaths(games);
  const goalName = (g: string) => tx.sc(`goal.${g}.title`);
  return h(
    'div',
    { class: 'charts', id: 'charts' },
    h('h3', null, tx.t('class.chart.goals')),
    h('p', { class: 'hint' }, tx.t('class.chart.goalsIntro')),
    h('div', { class: 'goal-charts' }, tallies.map((t) => h('figure', { class: 'goal-chart' }, h('figcaption', null, goalName(t.goal)), goalChart(tx, t, games.length)))),
    h('h3', null, tx.t('class.chart.spread')),
    h('p', { class: 'hint' }, tx.t('class.chart.spreadIntro')),
    h(
      'figure',
      { class: 'spread-chart' },
      spreadChart(tx, spread),
      h('figcaption', { id: 'spread-stats' }, tx.t('class.chart.stats', { min: spread.min, median: spread.median, mean: spread.mean, max: spread.max, history: spread.historyMean })),
    ),
    h('h3', null, tx.t('class.chart.paths')),
    h('p', { class: 'hint' }, tx.t('class.chart.pathsIntro')),
    h(
      'ol',
      { class: 'paths', id: 'paths' },
      paths.map((p) =>
        h(
          'li',
          null,
          h('span', { class: 'path' }, p.path.length ? p.path.map(goalName).join(' → ') : tx.t('class.chart.noPath')),
          ' ',
          h('span', { class: 'path-count' }, tx.t('class.chart.pathCount', { n: p.count, total: games.length })),
        ),
      ),
    ),
  );
}
