// The debrief's chart of the whole day: x = Kim's score for a day, y = Putin's gain (his deals'
// worth above his floor). Every day that was possible lies on or below the Pareto frontier (the
// line, each of its days a dot); the Nash point is a diamond on it; the player's day is a star and
// no deal at all a cross. Each point is drawn at the numbers the text beside it states (data-kim,
// data-putin), and a text summary goes with it.
import { type ChartPoint, drawFrame, el, marker, plotFor, pointAt } from './chart';
import { t } from './i18n';

export interface DayChart {
  id: string;
  title: string;
  summary: string;
  noDeal: ChartPoint;
  you: ChartPoint;
  frontier: ChartPoint[];
  nash: ChartPoint | null;
}

export function dayChart(c: DayChart): SVGSVGElement {
  const pts = [c.noDeal, c.you, ...c.frontier, ...(c.nash ? [c.nash] : [])];
  const plot = plotFor([Math.min(...pts.map((p) => p.kim)), Math.max(...pts.map((p) => p.kim))], [Math.min(0, ...pts.map((p) => p.putin)), Math.max(10, ...pts.map((p) => p.putin))]);
  const { W, H, m, X, Y } = plot;
  const [x1, y1] = [plot.x[1], plot.y[1]];

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-labelledby': `${c.id}-t`, 'aria-describedby': `${c.id}-d`, id: c.id });
  svg.append(el('title', { id: `${c.id}-t` }, c.title), el('desc', { id: `${c.id}-d` }, c.summary));
  // The zone of possible agreement's corner: better than no deal for both.
  svg.append(el('rect', { x: X(c.noDeal.kim), y: Y(y1), width: Math.max(0, X(x1) - X(c.noDeal.kim)), height: Math.max(0, Y(0) - Y(y1)), fill: '#f2c14e', 'fill-opacity': 0.08 }));
  svg.append(el('line', { x1: m.l, x2: W - m.r, y1: Y(0), y2: Y(0), stroke: '#5d6b85', 'stroke-width': 1.5 }));
  svg.append(el('line', { x1: X(c.noDeal.kim), x2: X(c.noDeal.kim), y1: m.t, y2: H - m.b, stroke: '#5d6b85', 'stroke-width': 1.5 }));
  drawFrame(svg, plot, t('ui.day.x'), t('ui.day.y'));

  const at = pointAt;
  // The frontier as a line through its days: from one to the next, Kim gains and Putin loses.
  if (c.frontier.length > 1) {
    const d = c.frontier.map((p, i) => `${i ? 'L' : 'M'}${X(p.kim).toFixed(1)} ${Y(p.putin).toFixed(1)}`).join(' ');
    svg.append(el('path', { d, fill: 'none', stroke: '#b9a6ff', 'stroke-width': 2 }));
  }
  c.frontier.forEach((p, i) => svg.append(at(marker('frontier', X(p.kim), Y(p.putin), 7), p, `frontier-${i + 1}`)));
  svg.append(at(marker('nodeal', X(c.noDeal.kim), Y(c.noDeal.putin), 6), c.noDeal, 'nodeal'));
  if (c.nash) svg.append(at(marker('nash', X(c.nash.kim), Y(c.nash.putin), 8), c.nash, 'nash'));
  svg.append(at(marker('deal', X(c.you.kim), Y(c.you.putin), 7), c.you, 'you'));
  return svg;
}
