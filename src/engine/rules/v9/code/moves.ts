// The moves of a result code: a byte naming the move type (its place in the move table) and its
// goal, then what the move type writes of itself.
import { LIMITS } from '../limits';
import { MOVE_TABLE, moveSpec } from '../moves/table';
import type { Scenario } from '../scenario/schema';
import type { Move } from '../types';
import { indexIn, pick, type Reader, type Writer } from './bytes';

export function writeMoves(w: Writer, moves: readonly Move[], scenario: Scenario): void {
  w.varint(moves.length);
  for (const move of moves) {
    const spec = moveSpec(move.type)!;
    const goal = spec.hasGoal ? indexIn(scenario.goals.map((g) => g.id), (move as { goal: string }).goal) : 0;
    w.byte((indexIn(MOVE_TABLE, spec) << 3) | goal);
    spec.write(w, move, scenario);
  }
}

export function readMoves(r: Reader, scenario: Scenario, fill?: (m: Move) => Move): Move[] {
  const count = r.varint();
  if (count > LIMITS.moves) throw new Error('count');
  const moves: Move[] = [];
  for (let i = 0; i < count; i++) {
    const head = r.byte();
    const spec = pick(MOVE_TABLE, head >> 3);
    const goal = spec.hasGoal ? pick(scenario.goals, head & 7).id : '';
    const move = spec.read(r, scenario, goal);
    moves.push(fill ? fill(move) : move);
  }
  return moves;
}

