// Every move type, in the order of their numbers in a result code. A new move type is one entry
// here (and its file); apply(), legality, replays and codes read nothing else.
import type { Move } from '../types';
import { KIM_MOVES, KIM_MOVES_V2 } from './kim';
import { PUTIN_MOVES } from './putin';
import type { MoveSpec } from './spec';

export const MOVE_TABLE: readonly MoveSpec[] = [...KIM_MOVES, ...PUTIN_MOVES, ...KIM_MOVES_V2] as unknown as MoveSpec[];

const byType = new Map(MOVE_TABLE.map((m) => [m.type, m]));

export function moveSpec(type: unknown): MoveSpec | undefined {
  return typeof type === 'string' ? byType.get(type as Move['type']) : undefined;
}
