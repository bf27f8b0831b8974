// The class in SVG: per goal, the deals the class reached against history's; the spread of scores.
import type { Lang } from '../engine';
import { h, s } from './dom';
import { ct, scenarioText } from './i18n';
import type { Summary } from './reader';
import { commonPaths, goalTallies, scoreSpread } from './stats';
import { dealText } from './table';

const W = 620;
const LABEL_W = 300;
const BAR_W = 220;
const ROW_H = 22;

function goalChart(lang: Lang, tally: ReturnType<typeof goalTallies>[number], total: number): SVGSVGElement {
  const height = tally.rows.length * ROW_H + 6;
  const title = scenarioText(lang, `goal.${tally.goal}.title`);
  const desc = tally.rows.map((r) => `${dealText(lang, tally.goal, r.option)}: ${r.count}${r.history ? ` (${ct(lang, 'class.chart.history')})` : ''}`).join('; ');
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, width: '100%', role: 'img', 'aria-label': `${title}. ${desc}`, class: 'chart chart-goal', 'data-goal': tally.goal });
  tally.rows.forEach((r, i) => {
    const y = 3 + i * ROW_H;
    const w = total > 0 ? Math.round((r.count / total) * BAR_W) : 0;
    const label = dealText(lang, tally.goal, r.option);
    svg.appendChild(s('text', { x: LABEL_W - 8, y: y + 15, 'text-anchor': 'end', class: `chart-label${r.option === null ? ' chart-none' : ''}` }, label.length > 46 ? `${label.slice(0, 45)}…` : label));
    svg.appendChild(s('rect', { x: LABEL_W, y: y + 2, width: BAR_W, height: ROW_H - 6, class: 'chart-track' }));
    if (w > 0) svg.appendChild(s('rect', { x: LABEL_W, y: y + 2, width: w, height: ROW_H - 6, class: 'chart-bar' }));
    if (r.history) svg.appendChild(s('rect', { x: LABEL_W - 1, y: y + 1, width: BAR_W + 2, height: ROW_H - 4, class: 'chart-history' }));
    const count = s('text', { x: LABEL_W + BAR_W + 8, y: y + 15, class: 'chart-count', 'data-count': r.count }, String(r.count));
    svg.appendChild(count);
    if (r.history) svg.appendChild(s('text', { x: LABEL_W + BAR_W + 34, y: y + 15, class: 'chart-note' }, ct(lang, 'class.chart.history')));
  });
  return svg;
}

function spreadChart(lang: Lang, spread: NonNullable<ReturnType<typeof scoreSpread>>): SVGSVGElement {
  const H = 190;
  const left = 36;
  const bottom = 28;
  const plotW = W - left - 10;
  const plotH = H - bottom - 12;
  const maxCount = Math.max(1, ...spread.bins.map((b) => b.count));
  const bw = plotW / spread.bins.length;
  const lo = spread.bins[0]!.from;
  const hi = spread.bins[spread.bins.length - 1]!.to;
  const xOf = (score: number) => left + ((score - lo) / (hi - lo)) * plotW;
  const desc = spread.bins.filter((b) => b.count > 0).map((b) => ct(lang, 'class.chart.band', { from: b.from, to: b.to, n: b.count })).join('; ');
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': `${ct(lang, 'class.chart.spread')}. ${desc}`, class: 'chart chart-spread' });
  svg.appendChild(s('line', { x1: left, y1: 12 + plotH, x2: left + plotW, y2: 12 + plotH, class: 'chart-axis' }));
  spread.bins.forEach((b, i) => {
    const bh = (b.count / maxCount) * plotH;
    const x = left + i * bw;
    if (b.count > 0) {
      svg.appendChild(s('rect', { x: x + 2, y: 12 + plotH - bh, width: Math.max(1, bw - 4), height: bh, class: 'chart-bar' }, s('title', {}, ct(lang, 'class.chart.band', { from: b.from, to: b.to, n: b.count }))));
      svg.appendChild(s('text', { x: x + bw / 2, y: 12 + plotH - bh - 3, 'text-anchor': 'middle', class: 'chart-count' }, String(b.count)));
    }
    svg.appendChild(s('text', { x, y: H - 10, 'text-anchor': 'middle', class: 'chart-tick' }, String(b.from)));
  });
  svg.appendChild(s('text', { x: left + plotW, y: H - 10, 'text-anchor': 'middle', class: 'chart-tick' }, String(hi)));
  const hx = xOf(Math.min(hi, Math.max(lo, spread.historyMean)));
  svg.appendChild(s('line', { x1: hx, y1: 6, x2: hx, y2: 12 + plotH, class: 'chart-history-line' }));
  const nearRight = hx > left + plotW * 0.75;
  svg.appendChild(s('text', { x: nearRight ? hx - 4 : hx + 4, y: 16, 'text-anchor': nearRight ? 'end' : 'start', class: 'chart-note' }, `${ct(lang, 'class.chart.history')} ${spread.historyMean}`));
  return svg;
}

/** The charts section for the verified games. */
export function classCharts(lang: Lang, games: readonly Summary[]): HTMLElement {
  if (games.length === 0) return h('p', { class: 'hint', id: 'charts-none' }, ct(lang, 'class.chart.none'));
  const tallies = goalTallies(games);
  const spread = scoreSpread(games)!;
  const paths = commonPaths(games);
  const goalName = (g: string) => scenarioText(lang, `goal.${g}.title`);
  return h(
    'div',
    { class: 'charts', id: 'charts' },
    h('h3', null, ct(lang, 'class.chart.goals')),
    h('p', { class: 'hint' }, ct(lang, 'class.chart.goalsIntro')),
    h('div', { class: 'goal-charts' }, tallies.map((t) => h('figure', { class: 'goal-chart' }, h('figcaption', null, goalName(t.goal)), goalChart(lang, t, games.length)))),
    h('h3', null, ct(lang, 'class.chart.spread')),
    h('p', { class: 'hint' }, ct(lang, 'class.chart.spreadIntro')),
    h('figure', { class: 'spread-chart' }, spreadChart(lang, spread), h('figcaption', { id: 'spread-stats' }, ct(lang, 'class.chart.stats', { min: spread.min, median: spread.median, mean: spread.mean, max: spread.max, history: spread.historyMean }))),
    h('h3', null, ct(lang, 'class.chart.paths')),
    h('p', { class: 'hint' }, ct(lang, 'class.chart.pathsIntro')),
    h(
      'ol',
      { class: 'paths', id: 'paths' },
      paths.map((p) =>
        h(
          'li',
          null,
          h('span', { class: 'path' }, p.path.length ? p.path.map(goalName).join(' → ') : ct(lang, 'class.chart.noPath')),
          ' ',
          h('span', { class: 'path-count' }, ct(lang, 'class.chart.pathCount', { n: p.count, total: games.length })),
        ),
      ),
    ),
  );
}
