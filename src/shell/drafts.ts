// What the player has half-chosen on each track of the live game (the option, the sweetener, the
// argument, the goods ticked, the other goals of a package), not yet proposed. It belongs to that
// game as it stands: kept in this tab's sessionStorage with a stamp of the game's record, so that a
// reload (which resumes the game at the same move) finds it as it was, while another game, or the
// same one moved on elsewhere (another tab), starts afresh. Nothing of it is ever a move.
import { fnv1a64 } from '../engine/hash';
import type { GameRecord, GoalId } from '../engine/types';

export interface TrackDraft {
  option: string;
  sweetener: string;
  framing: string;
  goods: Set<string>;
  /** The other goals of the offer, with the option asked on each: sent as one package. */
  with: { goal: GoalId; option: string }[];
}

const KEY = 'negotiation.drafts';

/** JSON whose objects have their keys sorted: a replayed game (a reload) may write a move's keys in another order. */
const canonical = (x: unknown) =>
  JSON.stringify(x, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

/** The game as it stands: its scenario, seed, settings and every move made. */
export function draftStamp(record: GameRecord): string {
  return `${record.scenarioId}|${record.seed}|${canonical(record.settings)}|${record.moves.length}|${fnv1a64(canonical(record.moves))}`;
}

interface Stored {
  stamp: string;
  drafts: [GoalId, { option: string; sweetener: string; framing: string; goods: string[]; with: { goal: GoalId; option: string }[] }][];
}

const str = (x: unknown): x is string => typeof x === 'string';

/** The drafts kept for the game with this stamp; empty when none were kept for it, or they do not read. */
export function readDrafts(stamp: string): Map<GoalId, TrackDraft> {
  const out = new Map<GoalId, TrackDraft>();
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return out;
    const stored = JSON.parse(raw) as Stored;
    if (stored.stamp !== stamp || !Array.isArray(stored.drafts)) return out;
    for (const [goal, d] of stored.drafts) {
      if (!str(goal) || !str(d.option) || !str(d.sweetener) || !str(d.framing) || !Array.isArray(d.goods) || !Array.isArray(d.with)) continue;
      const items = d.with.filter((i) => i && str(i.goal) && str(i.option)).map((i) => ({ goal: i.goal, option: i.option }));
      out.set(goal, { option: d.option, sweetener: d.sweetener, framing: d.framing, goods: new Set(d.goods.filter(str)), with: items });
    }
  } catch {
    /* storage blocked or the text damaged: no drafts */
  }
  return out;
}

/** Keeps the drafts for the game with this stamp (best effort: a full or blocked storage keeps nothing). */
export function writeDrafts(stamp: string, drafts: ReadonlyMap<GoalId, TrackDraft>): void {
  const stored: Stored = {
    stamp,
    drafts: [...drafts].map(([goal, d]) => [goal, { option: d.option, sweetener: d.sweetener, framing: d.framing, goods: [...d.goods], with: d.with.map((i) => ({ ...i })) }]),
  };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    /* storage blocked or full: the drafts live on in memory only */
  }
}

const RANKING_KEY = 'briefing.ranking';

/** The ranking being arranged on the briefing, not yet confirmed, kept for the game with this stamp; null when none was kept for it. */
export function readRanking(stamp: string): GoalId[] | null {
  try {
    const raw = sessionStorage.getItem(RANKING_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as { stamp?: unknown; order?: unknown };
    if (stored.stamp !== stamp || !Array.isArray(stored.order) || !stored.order.every(str)) return null;
    return stored.order;
  } catch {
    return null;
  }
}

/** Keeps the ranking being arranged (best effort, like the drafts). */
export function writeRanking(stamp: string, order: readonly GoalId[]): void {
  try {
    sessionStorage.setItem(RANKING_KEY, JSON.stringify({ stamp, order }));
  } catch {
    /* storage blocked or full: the ranking lives on in memory only */
  }
}
