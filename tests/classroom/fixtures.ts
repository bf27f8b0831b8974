// Games for the classroom tests, played by the engine's scripted players, in either scenario.
import { encodeResultCode, makeStrategy, newGame, playOut, type Difficulty, type GameRecord, type StrategyName } from '../../src/engine';
import { DEFAULT_SCENARIO_ID } from '../../src/classroom/scenario';
import { linkSession, sessionCode } from '../../src/classroom/session';
import { emptyState, newSession, type ClassState } from '../../src/classroom/store';
import { lookupBundle } from '../support/bundles';

export const SCENARIO = DEFAULT_SCENARIO_ID;
export const FIXTURE = 'fixture-harbour';
export const SEED = 'class-test-seed';
export const DIFFICULTY: Difficulty = 'standard';
export const SESSION = sessionCode(SCENARIO, SEED, DIFFICULTY);
export const EXPECTED = { id: SESSION, scenario: SCENARIO, seed: SEED, difficulty: DIFFICULTY };
/** The class's own mark, as a teacher's page draws one (a fixed one here), and the session its link carries. */
export const NONCE = 'F1XTR0';
export const CLASS_SESSION = linkSession(SESSION, NONCE);
/** The class of these fixtures as the teacher's page keeps it (and saves it as a file): its session, with its mark, and no hand-ins. */
export function fixtureClass(): ClassState {
  return { ...emptyState(), session: newSession({ scenario: SCENARIO, seed: SEED, difficulty: DIFFICULTY, lang: 'en', minutes: null, nonce: NONCE }, new Date('2019-04-25T09:00:00Z')) };
}
/** The same seed and difficulty in the made-up harbour scenario: another session. */
export const FIXTURE_SESSION = sessionCode(FIXTURE, SEED, DIFFICULTY);
export const FIXTURE_EXPECTED = { id: FIXTURE_SESSION, scenario: FIXTURE, seed: SEED, difficulty: DIFFICULTY };

export function play(
  opts: { name?: string; strategy?: StrategyName; scenario?: string; session?: string | null; seed?: string; difficulty?: Difficulty; maxMoves?: number; engineVersion?: number } = {},
): { record: GameRecord; code: string } {
  const scenario = opts.scenario ?? SCENARIO;
  const bundle = lookupBundle(scenario);
  if (!bundle) throw new Error(`no scenario ${scenario}`);
  const difficulty = opts.difficulty ?? DIFFICULTY;
  // By default a game of the session of its scenario (same seed and difficulty).
  const session = opts.session === undefined ? sessionCode(scenario, SEED, DIFFICULTY) : opts.session;
  const game = newGame(bundle, {
    seed: opts.seed ?? SEED,
    settings: session === null ? { difficulty } : { difficulty, session },
    ...(opts.name ? { name: opts.name } : {}),
  });
  playOut(game, makeStrategy(opts.strategy ?? 'greedy', opts.name ?? 'x'), opts.maxMoves ?? 400);
  const record = { ...game.record(), ...(opts.engineVersion !== undefined ? { engineVersion: opts.engineVersion } : {}) };
  return { record, code: encodeResultCode(record, bundle) };
}

/** The code with one character changed to another of the alphabet (never the prefix). */
export function tamper(code: string, at = Math.floor(code.length / 2)): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const ch = code[at]!;
  const other = alphabet[(alphabet.indexOf(ch) + 7) % 32]!;
  return code.slice(0, at) + other + code.slice(at + 1);
}
