// What a live class adds to the game's screens, handed in by the class client (src/class-client/)
// when the page was opened from a class link. The shell and the scenes call these; without a class
// they draw nothing. The shell never imports the class client (its network library stays out of
// the game's first download).

export interface ClassHooks {
  /** The debrief's hand-in to the class server (justification box, status), or null. */
  debrief(): HTMLElement | null;
  /** The top bar's chip: the class, connected or not, the rejoin code. */
  chip(): HTMLElement | null;
}

let hooks: ClassHooks | null = null;
const listeners = new Set<() => void>();

export function setClassHooks(h: ClassHooks): void {
  hooks = h;
  classChanged();
}

export function classDebrief(): HTMLElement | null {
  return hooks?.debrief() ?? null;
}

export function classChip(): HTMLElement | null {
  return hooks?.chip() ?? null;
}

/** Something the class's parts show has changed: the screens that show them draw again. */
export function classChanged(): void {
  for (const fn of [...listeners]) fn();
}

export function onClassChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
