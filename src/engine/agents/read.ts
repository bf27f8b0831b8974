// Helpers for agents: what the view says, read as data. Each takes the view (or the legal moves)
// an agent is given and nothing else; an agent may use them or read the view itself.
import { faceBonus, usPenalty } from '../score';
import { bestStance as bestStanceFor } from '../stance';
import type { KimMove, Move, PutinMove } from '../types';
import type { GoalView, PlayerView } from '../view-types';

export type Propose = Extract<KimMove, { type: 'offer.propose' }>;
export type Hint = Extract<PutinMove, { type: 'putin.hint' }>;

export const goalOf = (view: PlayerView, id: string): GoalView => view.goals.find((g) => g.id === id)!;

/** The goals whose tracks are still open. */
export const openGoals = (view: PlayerView): GoalView[] => view.goals.filter((g) => !g.final);

/** The listed moves of one type. */
export function movesOfType<T extends Move['type']>(legal: readonly Move[], type: T): Extract<Move, { type: T }>[] {
  return legal.filter((m): m is Extract<Move, { type: T }> => m.type === type);
}

/** Whether a move of this shape is listed (compared field by field, whatever the order). */
export function listed(legal: readonly Move[], move: Partial<Move>): boolean {
  return legal.some((m) => Object.entries(move).every(([k, v]) => JSON.stringify((m as unknown as Record<string, unknown>)[k]) === JSON.stringify(v)));
}

/** Kim's offers so far that held this goal (alone or in a package), oldest first, with this goal's option. */
export function offersOn(view: PlayerView, goal: string): { move: Propose; option: string }[] {
  const out: { move: Propose; option: string }[] = [];
  for (const m of view.moves) {
    if (m.type !== 'offer.propose') continue;
    const option = m.goal === goal ? m.option : m.with?.find((i) => i.goal === goal)?.option;
    if (option !== undefined) out.push({ move: m, option });
  }
  return out;
}

/** What Putin let out when asked about a goal. */
export function hintsOn(view: PlayerView, goal: string): Hint[] {
  return view.moves.filter((m): m is Hint => m.type === 'putin.hint' && m.goal === goal);
}

/** The id inside a message key of the form `<kind>.<id>.title` (how reasons name an argument, an option or a sweetener). */
export function idInKey(key: string | undefined, kind: string): string | undefined {
  if (!key?.startsWith(`${kind}.`) || !key.endsWith('.title')) return undefined;
  return key.slice(kind.length + 1, -'.title'.length);
}

/** Kim's points of value in the deals made so far (before the ranking's weights). */
export function dealValue(view: PlayerView): number {
  return view.goals.reduce((s, g) => s + (g.deal ? (g.options.find((o) => o.id === g.deal)?.kimValue ?? 0) : 0), 0);
}

// Face's share of Kim's score and Washington's attention's, as the score counts them.
export { faceBonus, usPenalty };
/** The stance that leaves the best score, from the meters now and the stances' cards. */
export function bestStance(view: PlayerView): string {
  return bestStanceFor(view.stances, view.meters.face, view.meters.usAttention, dealValue(view)).stance;
}
