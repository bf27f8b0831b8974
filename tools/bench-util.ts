// What both browser benches share besides their flags (tools/args.ts).

/** One decimal place, for the tables. */
export const r1 = (x: number) => Math.round(x * 10) / 10;

/** The q-quantile of xs, nearest rank (NaN for none). */
export const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

/** tsx keeps function names with a `__name` helper that the page does not have: an init script for it. */
export const PAGE_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';
