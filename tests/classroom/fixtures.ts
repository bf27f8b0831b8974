// Games for the classroom tests, played by the engine's scripted players.
import { encodeResultCode, makeStrategy, newGame, playOut, type Difficulty, type GameRecord, type StrategyName } from '../../src/engine';
import { sessionCode } from '../../src/classroom/session';

export const SEED = 'class-test-seed';
export const DIFFICULTY: Difficulty = 'standard';
export const SESSION = sessionCode(SEED, DIFFICULTY);
export const EXPECTED = { id: SESSION, seed: SEED, difficulty: DIFFICULTY };

export function play(opts: { name?: string; strategy?: StrategyName; session?: string | null; seed?: string; difficulty?: Difficulty; maxMoves?: number; engineVersion?: number } = {}): { record: GameRecord; code: string } {
  const session = opts.session === undefined ? SESSION : opts.session;
  const game = newGame({
    seed: opts.seed ?? SEED,
    settings: session === null ? { difficulty: opts.difficulty ?? DIFFICULTY } : { difficulty: opts.difficulty ?? DIFFICULTY, session },
    ...(opts.name ? { name: opts.name } : {}),
  });
  playOut(game, makeStrategy(opts.strategy ?? 'greedy', opts.name ?? 'x'), opts.maxMoves ?? 400);
  const record = { ...game.record(), ...(opts.engineVersion !== undefined ? { engineVersion: opts.engineVersion } : {}) };
  return { record, code: encodeResultCode(record) };
}

/** The code with one character changed to another of the alphabet (never the prefix). */
export function tamper(code: string, at = Math.floor(code.length / 2)): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const ch = code[at]!;
  const other = alphabet[(alphabet.indexOf(ch) + 7) % 32]!;
  return code.slice(0, at) + other + code.slice(at + 1);
}
