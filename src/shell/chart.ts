// One SVG chart per goal for the debrief: x = Kim's utility, y = Putin's utility.
// Shapes as well as colours tell the points apart; a text summary goes with every chart.
import type { DealPoint, GoalScore } from '../engine';
import { t } from './i18n';

const NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...kids: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const k of kids) e.append(typeof k === 'string' ? document.createTextNode(k) : k);
  return e;
}

export type Shape = 'possible' | 'frontier' | 'you' | 'history' | 'nash' | 'nodeal';

export const COLORS: Record<Shape, string> = {
  possible: '#9aa6ba',
  frontier: '#f2c14e',
  you: '#8fe3a1',
  history: '#7fc4ff',
  nash: '#ff9b8f',
  nodeal: '#f4f1ea',
};

export function marker(shape: Shape, x: number, y: number, s = 7): SVGElement {
  const c = COLORS[shape];
  switch (shape) {
    case 'possible':
      return el('circle', { cx: x, cy: y, r: s * 0.6, fill: 'none', stroke: c, 'stroke-width': 2 });
    case 'frontier':
      return el('path', { d: `M${x} ${y - s} L${x + s} ${y} L${x} ${y + s} L${x - s} ${y} Z`, fill: c });
    case 'you': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? s * 1.4 : s * 0.6;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push(`${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`);
      }
      return el('polygon', { points: pts.join(' '), fill: c, stroke: '#0b1220', 'stroke-width': 1 });
    }
    case 'history':
      return el('rect', { x: x - s * 0.8, y: y - s * 0.8, width: s * 1.6, height: s * 1.6, fill: 'none', stroke: c, 'stroke-width': 3 });
    case 'nash':
      return el('path', { d: `M${x} ${y - s} L${x + s} ${y + s * 0.8} L${x - s} ${y + s * 0.8} Z`, fill: 'none', stroke: c, 'stroke-width': 2.5 });
    case 'nodeal':
      return el('path', { d: `M${x - s} ${y - s} L${x + s} ${y + s} M${x + s} ${y - s} L${x - s} ${y + s}`, stroke: c, 'stroke-width': 2.5 });
  }
}

export function legendIcon(shape: Shape): SVGSVGElement {
  const svg = el('svg', { width: 22, height: 22, viewBox: '0 0 22 22', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(marker(shape, 11, 11, 7));
  return svg;
}

export function dealChart(g: GoalScore, id: string, title: string, summary: string): SVGSVGElement {
  // Drawn small and scaled up (CSS .chart): on a 360 px phone the chart is ~300 px wide, and its
  // 17-unit text stays at least 16 px there.
  const W = 300;
  const H = 240;
  const m = { l: 62, r: 10, t: 12, b: 50 };
  const pts: { kim: number; putin: number }[] = [...g.possible, ...g.frontier, { kim: 0, putin: 0 }];
  if (g.nash) pts.push(g.nash);
  if (g.history) pts.push(g.history);
  if (g.reached) pts.push(g.reached);
  const xs = pts.map((p) => p.kim);
  const ys = pts.map((p) => p.putin);
  const pad = (lo: number, hi: number) => {
    const span = Math.max(10, hi - lo);
    return [lo - span * 0.08, hi + span * 0.08] as const;
  };
  const [x0, x1] = pad(Math.min(0, ...xs), Math.max(10, ...xs));
  const [y0, y1] = pad(Math.min(0, ...ys), Math.max(10, ...ys));
  const X = (v: number) => m.l + ((v - x0) / (x1 - x0)) * (W - m.l - m.r);
  const Y = (v: number) => H - m.b - ((v - y0) / (y1 - y0)) * (H - m.t - m.b);

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, id });
  svg.append(el('title', { id: `${id}-t` }, title), el('desc', { id: `${id}-d` }, summary));
  // zone of possible agreement: better than no deal for both
  svg.append(el('rect', { x: X(0), y: Y(y1), width: Math.max(0, X(x1) - X(0)), height: Math.max(0, Y(0) - Y(y1)), fill: '#f2c14e', 'fill-opacity': 0.08 }));
  // axes through the no-deal point
  svg.append(el('line', { x1: m.l, x2: W - m.r, y1: Y(0), y2: Y(0), stroke: '#5d6b85', 'stroke-width': 1.5 }));
  svg.append(el('line', { x1: X(0), x2: X(0), y1: m.t, y2: H - m.b, stroke: '#5d6b85', 'stroke-width': 1.5 }));
  svg.append(el('rect', { x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b, fill: 'none', stroke: '#3a4a66' }));
  const tick = (v: number, axis: 'x' | 'y') =>
    axis === 'x'
      ? el('text', { x: X(v), y: H - m.b + 19, 'text-anchor': 'middle', fill: '#c9cfda', 'font-size': 17 }, String(Math.round(v)))
      : el('text', { x: m.l - 5, y: Y(v) + 6, 'text-anchor': 'end', fill: '#c9cfda', 'font-size': 17 }, String(Math.round(v)));
  const niceTicks = (lo: number, hi: number) => {
    const step = Math.pow(10, Math.floor(Math.log10(Math.max(1, hi - lo)))) * ((hi - lo) / Math.pow(10, Math.floor(Math.log10(Math.max(1, hi - lo)))) > 5 ? 2 : 1);
    const out: number[] = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
    return out;
  };
  for (const v of niceTicks(x0, x1)) svg.append(tick(v, 'x'));
  for (const v of niceTicks(y0, y1)) svg.append(tick(v, 'y'));
  svg.append(el('text', { x: (m.l + W - m.r) / 2, y: H - 8, 'text-anchor': 'middle', fill: '#f4f1ea', 'font-size': 17 }, t('ui.chart.x')));
  svg.append(el('text', { x: 21, y: (m.t + H - m.b) / 2, 'text-anchor': 'middle', fill: '#f4f1ea', 'font-size': 17, transform: `rotate(-90 21 ${(m.t + H - m.b) / 2})` }, t('ui.chart.y')));

  for (const p of g.possible) svg.append(marker('possible', X(p.kim), Y(p.putin), 6));
  const front = [...g.frontier].sort((a, b) => a.kim - b.kim);
  if (front.length > 1) svg.append(el('polyline', { points: front.map((p) => `${X(p.kim)},${Y(p.putin)}`).join(' '), fill: 'none', stroke: COLORS.frontier, 'stroke-width': 2, 'stroke-dasharray': '6 4' }));
  for (const p of front) svg.append(marker('frontier', X(p.kim), Y(p.putin), 6));
  svg.append(marker('nodeal', X(0), Y(0), 6));
  if (g.nash) svg.append(marker('nash', X(g.nash.kim), Y(g.nash.putin), 10));
  if (g.history) svg.append(marker('history', X(g.history.kim), Y(g.history.putin), 9));
  if (g.reached) svg.append(marker('you', X(g.reached.kim), Y(g.reached.putin), 8));
  return svg;
}

export function pointText(p: { kim: number; putin: number } | null | undefined): string {
  if (!p) return '—';
  return t('ui.chart.point', { kim: Math.round(p.kim * 10) / 10, putin: Math.round(p.putin * 10) / 10 });
}

export type { DealPoint };
