// How the day is reported at its end (the stance) moves Kim's face and Washington's attention.
// One statement of the rule, for the move that applies it (moves/kim.ts), the solver that plans
// for it, the reference players that choose by it and the debrief's possible days.
import { faceBonus, usPenalty } from './day-terms';

export interface StanceCard {
  face: number;
  /** The face it brings instead when the deals are worth less than 100 points of value in all. */
  faceIfEmpty?: number;
  usAttention: number;
}

/** What a stance does to the meters, given the value of the deals made (before the ranking's weights). */
export function stanceShift(stance: StanceCard, won: number): { face: number; usAttention: number } {
  // Claiming triumph works only with something real to show.
  return { face: stance.faceIfEmpty !== undefined && won < 100 ? stance.faceIfEmpty : stance.face, usAttention: stance.usAttention };
}

const meter = (x: number) => Math.max(0, Math.min(100, x));

/**
 * The stance that leaves Kim the most of his score from these meters (face's share less Washington's,
 * each meter kept within 0 to 100 as the game keeps it), given the value of the deals made.
 */
export function bestStance(stances: readonly (StanceCard & { id: string })[], face: number, usAttention: number, won: number): { stance: string; score: number } {
  let best = { stance: stances[0]!.id, score: Number.NEGATIVE_INFINITY };
  for (const s of stances) {
    const shift = stanceShift(s, won);
    const score = faceBonus(meter(face + shift.face)) - usPenalty(meter(usAttention + shift.usAttention));
    if (score > best.score) best = { stance: s.id, score };
  }
  return best;
}
