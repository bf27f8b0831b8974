// The time-dependent concession tactic of automated-negotiation research:
// target(t) = Pmin + (Pmax − Pmin)·(1 − f(t)), f(t) = k + (1 − k)·t^(1/e).
// With e < 1 (Boulware) Putin holds out until late in the day.

export function concessionTarget(t: number, pMax: number, pMin: number, e: number, k = 0): number {
  const tt = Math.min(1, Math.max(0, t));
  const f = k + (1 - k) * tt ** (1 / e);
  return pMin + (pMax - pMin) * (1 - f);
}
