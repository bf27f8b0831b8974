// A class game as a server of engine version 2 would have stored it: played by version 2's frozen
// engine (src/engine/rules/v2/), from its own legal moves, and written into the class server's
// tables (students.engine_version and scenario_hash, one game_moves row per move). For the tests of
// a server that restarts on a later version (tests/server/engine-versions.test.ts, the e2e).
import * as v2 from '../../src/engine/rules/v2';
import type { Game as V2Game } from '../../src/engine/rules/v2/game';
import { legalMoves as v2Legal } from '../../src/engine/rules/v2/legal';
import { scoreGame as v2Score } from '../../src/engine/rules/v2/score';
import type { Queryable } from '../../server/db/db';

export const EARLIER = 2;
export { v2, v2Score, type V2Game };

/** A game of version 2, played by its own engine from its legal moves: `count` moves, then (if `end`) the day is ended. */
export function playV2(scenario: string, seed: string, session: string, name: string, count: number, end: boolean): V2Game {
  const bundle = v2.BUNDLES[scenario]!;
  const game = v2.newGame(bundle, { seed, settings: { difficulty: 'standard', session }, name });
  for (let i = 0; i < (end ? 80 : count) && !game.isOver(); i++) {
    const legal = v2Legal(bundle, game.state, 'kim');
    const pick =
      i >= count
        ? (legal.find((m) => m.type === 'summit.end') ?? legal.find((m) => m.type === 'press.present') ?? legal[0])
        : (legal.find((m, k) => m.type !== 'summit.end' && k % 3 === i % 3) ?? legal.find((m) => m.type !== 'summit.end') ?? legal[0]);
    if (!pick || !game.play(pick).ok) break;
  }
  return game;
}

/** Write a student's game as a server of `version` would have left it (the student's row exists already). */
export async function storeAsOf(db: Queryable, studentId: string, version: number, scenarioHash: string, moves: readonly unknown[]): Promise<void> {
  await db.query('UPDATE students SET engine_version = $2, scenario_hash = $3 WHERE id = $1', [studentId, version, scenarioHash]);
  for (const [n, move] of moves.entries()) await db.query('INSERT INTO game_moves (student_id, n, move, at) VALUES ($1, $2, $3::jsonb, now())', [studentId, n, JSON.stringify(move)]);
}
