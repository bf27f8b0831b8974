// The debrief's chart of the deals made: x = what a deal gave Kim (his points: each goal's value
// times the weight of his ranking), y = what it gave Putin above his floor (his utility less what no
// deal is worth to him). No deal at all is (0, 0). Every point is drawn at the very numbers the text
// beside it states; shapes as well as colours tell the points apart, and a text summary goes with it.
import { t } from './i18n';

const NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...kids: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const k of kids) e.append(typeof k === 'string' ? document.createTextNode(k) : k);
  return e;
}

export type Shape = 'deal' | 'total' | 'best' | 'nodeal' | 'nash' | 'frontier';

export const COLORS: Record<Shape, string> = {
  deal: '#8fe3a1',
  total: '#7fc4ff',
  best: '#ff9b8f',
  nodeal: '#f4f1ea',
  nash: '#f2c14e',
  frontier: '#b9a6ff',
};

/** A point of the chart, in the units the text states: Kim's points, Putin's gain above his floor. */
export interface ChartPoint {
  kim: number;
  putin: number;
}

export function marker(shape: Shape, x: number, y: number, s = 7): SVGElement {
  const c = COLORS[shape];
  switch (shape) {
    case 'deal': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? s * 1.4 : s * 0.6;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push(`${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`);
      }
      return el('polygon', { points: pts.join(' '), fill: c, stroke: '#0b1220', 'stroke-width': 1 });
    }
    case 'total':
      return el('circle', { cx: x, cy: y, r: s, fill: 'none', stroke: c, 'stroke-width': 3 });
    case 'best':
      return el('path', { d: `M${x} ${y - s} L${x + s} ${y + s * 0.8} L${x - s} ${y + s * 0.8} Z`, fill: 'none', stroke: c, 'stroke-width': 2.5 });
    case 'nash':
      return el('path', { d: `M${x} ${y - s * 1.3} L${x + s * 1.3} ${y} L${x} ${y + s * 1.3} L${x - s * 1.3} ${y} Z`, fill: c, stroke: '#0b1220', 'stroke-width': 1 });
    case 'frontier':
      return el('circle', { cx: x, cy: y, r: s * 0.45, fill: c });
    case 'nodeal':
      return el('path', { d: `M${x - s} ${y - s} L${x + s} ${y + s} M${x + s} ${y - s} L${x - s} ${y + s}`, stroke: c, 'stroke-width': 2.5 });
  }
}

export function legendIcon(shape: Shape): SVGSVGElement {
  const svg = el('svg', { width: 22, height: 22, viewBox: '0 0 22 22', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(marker(shape, 11, 11, 7));
  return svg;
}

export interface DealsChart {
  id: string;
  title: string;
  summary: string;
  /** The deals made, in order: each drawn as a star with its number. */
  deals: ChartPoint[];
  /** All the deals together (drawn when there are two or more). */
  total: ChartPoint | null;
  /** The best that was possible on this seed, when the engine gives it (never estimated here). */
  best: ChartPoint | null;
}

/** A chart's drawing area: its size, margins, ranges and the maps from values to positions. */
export interface Plot {
  W: number;
  H: number;
  m: { l: number; r: number; t: number; b: number };
  X(v: number): number;
  Y(v: number): number;
  x: readonly [number, number];
  y: readonly [number, number];
}

/** The drawing area for these ranges (a little room around them): drawn small and scaled up by CSS (.chart). */
export function plotFor(x: readonly [number, number], y: readonly [number, number]): Plot {
  const W = 300;
  const H = 240;
  const m = { l: 62, r: 12, t: 14, b: 50 };
  const pad = ([lo, hi]: readonly [number, number]) => {
    const span = Math.max(10, hi - lo);
    return [lo - span * 0.08, hi + span * 0.1] as const;
  };
  const [x0, x1] = pad(x);
  const [y0, y1] = pad(y);
  return { W, H, m, x: [x0, x1], y: [y0, y1], X: (v) => m.l + ((v - x0) / (x1 - x0)) * (W - m.l - m.r), Y: (v) => H - m.b - ((v - y0) / (y1 - y0)) * (H - m.t - m.b) };
}

/** Round values for a range's ticks: steps of 1, 2 or 5 times a power of ten. */
function niceTicks(lo: number, hi: number): number[] {
  const mag = Math.pow(10, Math.floor(Math.log10(Math.max(1, hi - lo))));
  const step = mag * ((hi - lo) / mag > 5 ? 2 : 1);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}

/** The frame, the ticks of both axes and their titles. */
export function drawFrame(svg: SVGSVGElement, p: Plot, xTitle: string, yTitle: string): void {
  const { W, H, m, X, Y } = p;
  svg.append(el('rect', { x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b, fill: 'none', stroke: '#3a4a66' }));
  for (const v of niceTicks(...p.x)) svg.append(el('text', { x: X(v), y: H - m.b + 19, 'text-anchor': 'middle', fill: '#c9cfda', 'font-size': 17 }, String(Math.round(v))));
  for (const v of niceTicks(...p.y)) svg.append(el('text', { x: m.l - 5, y: Y(v) + 6, 'text-anchor': 'end', fill: '#c9cfda', 'font-size': 17 }, String(Math.round(v))));
  svg.append(el('text', { x: (m.l + W - m.r) / 2, y: H - 8, 'text-anchor': 'middle', fill: '#f4f1ea', 'font-size': 17 }, xTitle));
  svg.append(el('text', { x: 21, y: (m.t + H - m.b) / 2, 'text-anchor': 'middle', fill: '#f4f1ea', 'font-size': 17, transform: `rotate(-90 21 ${(m.t + H - m.b) / 2})` }, yTitle));
}

/** A point's marker, carrying the numbers it is drawn at (data-kim, data-putin): the text beside states the same. */
export function pointAt(e: SVGElement, p: ChartPoint, what: string): SVGElement {
  e.setAttribute('data-point', what);
  e.setAttribute('data-kim', String(p.kim));
  e.setAttribute('data-putin', String(p.putin));
  return e;
}

export function dealsChart(c: DealsChart): SVGSVGElement {
  // Drawn small and scaled up (CSS .chart): on a 360 px phone the chart is ~300 px wide, and its
  // 17-unit text stays at least 16 px there.
  const pts: ChartPoint[] = [{ kim: 0, putin: 0 }, ...c.deals];
  if (c.total) pts.push(c.total);
  if (c.best) pts.push(c.best);
  const xs = pts.map((p) => p.kim);
  const ys = pts.map((p) => p.putin);
  const plot = plotFor([Math.min(0, ...xs), Math.max(10, ...xs)], [Math.min(0, ...ys), Math.max(10, ...ys)]);
  const { W, H, m, X, Y } = plot;
  const [x1, y1] = [plot.x[1], plot.y[1]];

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-labelledby': `${c.id}-t`, 'aria-describedby': `${c.id}-d`, id: c.id });
  svg.append(el('title', { id: `${c.id}-t` }, c.title), el('desc', { id: `${c.id}-d` }, c.summary));
  // Better than no deal for both: the quarter above and to the right of (0, 0).
  svg.append(el('rect', { x: X(0), y: Y(y1), width: Math.max(0, X(x1) - X(0)), height: Math.max(0, Y(0) - Y(y1)), fill: '#f2c14e', 'fill-opacity': 0.08 }));
  // Axes through the no-deal point.
  svg.append(el('line', { x1: m.l, x2: W - m.r, y1: Y(0), y2: Y(0), stroke: '#5d6b85', 'stroke-width': 1.5 }));
  svg.append(el('line', { x1: X(0), x2: X(0), y1: m.t, y2: H - m.b, stroke: '#5d6b85', 'stroke-width': 1.5 }));
  drawFrame(svg, plot, t('ui.chart.x'), t('ui.chart.y'));

  const at = pointAt;
  svg.append(at(marker('nodeal', X(0), Y(0), 6), { kim: 0, putin: 0 }, 'nodeal'));
  if (c.best) svg.append(at(marker('best', X(c.best.kim), Y(c.best.putin), 10), c.best, 'best'));
  if (c.total && c.deals.length > 1) svg.append(at(marker('total', X(c.total.kim), Y(c.total.putin), 9), c.total, 'total'));
  c.deals.forEach((p, i) => {
    svg.append(at(marker('deal', X(p.kim), Y(p.putin), 7), p, `deal-${i + 1}`));
    // Its number, beside the star (to the left where the star is near the right edge).
    const right = X(p.kim) < W - m.r - 24;
    svg.append(el('text', { x: X(p.kim) + (right ? 11 : -11), y: Y(p.putin) - 6, 'text-anchor': right ? 'start' : 'end', fill: '#f4f1ea', 'font-size': 17, 'font-weight': 700 }, String(i + 1)));
  });
  return svg;
}
