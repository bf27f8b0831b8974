// How the day is reported at its end (the stance) moves Kim's face and Washington's attention.
// One statement of the rule, for the move that applies it (moves/kim.ts), the solver that plans
// for it and the reference players that choose by it.

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
