// The lesson's time limit from the teacher's link (?minutes=N). It is the classroom's clock, not a
// rule of the game: it only shows the students how long they have left, and says when time is up.
const KEY = 'vladivostok-2019.classDeadline';

interface Deadline {
  /** The class game it belongs to, so a later link starts a fresh limit. */
  game: string;
  endsAt: number;
}

function read(): Deadline | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Deadline>;
    return typeof d.game === 'string' && typeof d.endsAt === 'number' ? { game: d.game, endsAt: d.endsAt } : null;
  } catch {
    return null;
  }
}

/** Start the limit for this class game, or keep the one already running for it (a reload does not reset it). */
export function startClassTimer(game: string, minutes: number, now = Date.now()): void {
  const current = read();
  if (current && current.game === game) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ game, endsAt: now + minutes * 60_000 }));
  } catch {
    // No storage: the limit simply is not shown.
  }
}

/** Whole minutes left (0 when time is up), or null when no limit runs. */
export function classMinutesLeft(now = Date.now()): number | null {
  const d = read();
  if (!d) return null;
  return Math.max(0, Math.ceil((d.endsAt - now) / 60_000));
}

/** A live class's clock, as the class server states it (the teacher started it, or not yet: null). */
export function setClassDeadline(game: string, endsAt: number | null): void {
  try {
    if (endsAt === null) {
      const current = read();
      if (current?.game === game) localStorage.removeItem(KEY);
    } else localStorage.setItem(KEY, JSON.stringify({ game, endsAt }));
  } catch {
    // No storage: the limit simply is not shown.
  }
}
