// Kim's face and Washington's attention as terms of his score, and the face a deal brings him:
// stated once for the moves, the cards that show them before the choice, the score, the stance at
// the end of the day, the solver and the debrief's possible days.
import type { Scenario } from './scenario/schema';

/** Kim's value of a deal shows on his face: a step of face for every ten points of its value to him. */
export function dealFace(scenario: Pick<Scenario, 'faceShift'>, kim: number): number {
  return Math.round((kim / 10) * scenario.faceShift.dealPer10);
}

/** Face above or below the middle, as points of the score: a point for every five. */
export function faceBonus(face: number): number {
  return (face - 50) / 5;
}

/** Washington's attention costs more the higher it climbs: nothing up to 30, then ever faster. */
export function usPenalty(usAttention: number): number {
  return Math.max(0, usAttention - 30) ** 2 / 200;
}
