// Golden games: fixed seeds and move lists, with what a player sees at every step. They pin the
// game's behaviour: a change that alters any answer, deal or score fails the golden test, and a
// deliberate change of the rules bumps ENGINE_VERSION and writes the new version's golden games
// (npm run golden -- --write, into tests/golden/v<ENGINE_VERSION>/) in the same commit; those of
// earlier versions stay, played by their frozen engines (src/engine/rules/v<N>/). Hashes and code
// formats are not part of what is pinned: the player never sees them.
import { type Difficulty, ENGINE_VERSION, legalMoves, type MoveInput, type MoveResult, makeStrategy, newGame, playerView, type PlayerView, type StrategyName } from '../../src/engine';
import * as v1 from '../../src/engine/rules/v1';
import * as v2 from '../../src/engine/rules/v2';
import * as v3 from '../../src/engine/rules/v3';
import * as v4 from '../../src/engine/rules/v4';
import * as v5 from '../../src/engine/rules/v5';
import * as v6 from '../../src/engine/rules/v6';
import * as v7 from '../../src/engine/rules/v7';
import * as v8 from '../../src/engine/rules/v8';
import * as v9 from '../../src/engine/rules/v9';
import { seededRng } from '../../src/engine/rng';
import { VLADIVOSTOK } from './bundles';

type Move = MoveInput;

export interface GoldenCase {
  name: string;
  seed: string;
  difficulty: Difficulty;
  /** Kim's moves, in order. */
  moves: Move[];
}

/** What the player saw: every move's answer, news and log lines, the meters after it, and the end. */
export interface GoldenTrace {
  steps: unknown[];
  final: unknown;
}

type Player = StrategyName | 'explorer';

/** The cases: each built-in player and a legal-move explorer on each difficulty. */
export function goldenCases(play: (seed: string, difficulty: Difficulty, player: Player) => Move[]): GoldenCase[] {
  const out: GoldenCase[] = [];
  for (const difficulty of ['open', 'standard', 'hard'] as const) {
    for (const player of ['greedy', 'historical', 'random', 'explorer'] as const) {
      const seeds = player === 'explorer' ? ['golden-a', 'golden-b', 'golden-c'] : ['golden-a'];
      for (const seed of seeds) out.push({ name: `${difficulty}-${player}-${seed}`, seed, difficulty, moves: play(seed, difficulty, player) });
    }
  }
  return out;
}

/** Picks among every legal move, rarely ending the day early: reaches asks, walk-outs, lists, bluffs. */
function explorerMoves(seed: string, difficulty: Difficulty): Move[] {
  const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty } });
  const rng = seededRng(`golden-explorer/${seed}/${difficulty}`);
  for (let i = 0; i < 400 && !game.isOver(); i++) {
    // A kind of move first, then one of that kind: proposals would otherwise crowd out the rest.
    const legal = legalMoves(game.bundle, game.state).filter((m) => m.type !== 'summit.end' || rng.next() < 0.02);
    const kinds = [...new Set(legal.map((m) => m.type))];
    const kind = kinds[rng.int(kinds.length)];
    const ofKind = legal.filter((m) => m.type === kind);
    const pick = ofKind.length ? ofKind[rng.int(ofKind.length)]! : ({ type: 'summit.end' } as Move);
    game.play(pick);
  }
  return game.record().moves;
}

export function strategyMoves(seed: string, difficulty: Difficulty, strategy: Player): Move[] {
  if (strategy === 'explorer') return explorerMoves(seed, difficulty);
  const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty } });
  const s = makeStrategy(strategy, seed);
  for (let i = 0; i < 400 && !game.isOver(); i++) {
    const result = game.play(s.next(game));
    if (!result.ok) game.play(game.phase === 'talks' ? { type: 'summit.end' } : { type: 'press.present', stance: 'modest' });
  }
  return game.record().moves;
}

/** A game of Vladivostok to trace, played by one engine version. */
export interface Traced {
  play(move: MoveInput): MoveResult;
  view(): PlayerView;
  /** The goal with a goods list (for the moves of version 1's golden games, which named none). */
  listGoal: string | undefined;
}
export type TraceEngine = (c: GoldenCase) => Traced;

const LIVE: TraceEngine = (c) => {
  const game = newGame(VLADIVOSTOK, { seed: c.seed, settings: { difficulty: c.difficulty } });
  return { play: (m) => game.play(m), view: () => playerView(game), listGoal: game.scenario.goals.find((g) => g.twist.goodsList)?.id };
};

/** Engine version 1, frozen with its own Vladivostok (its rules as version 1 played them). */
const V1: TraceEngine = (c) => {
  const game = v1.newGame(v1.BUNDLES['vladivostok-2019']!, { seed: c.seed, settings: { difficulty: c.difficulty } });
  // Its own shapes (a score report with a frontier per goal): compared as they were written.
  return { play: (m) => game.play(m as never) as unknown as MoveResult, view: () => v1.playerView(game) as unknown as PlayerView, listGoal: game.scenario.goals.find((g) => g.twist.goodsList)?.id };
};

/** What a frozen engine whose shapes are still today's offers to trace a game: its Vladivostok, a game, its view. */
interface SameShapes {
  BUNDLES: Readonly<Record<string, unknown>>;
  newGame(bundle: never, init: { seed: string; settings: { difficulty: Difficulty } }): { play(move: never): unknown; scenario: { goals: readonly { id: string; twist: { goodsList?: unknown } }[] } };
  playerView(game: never): unknown;
}

/** Engine versions 2 on, frozen each with its own Vladivostok: the live shapes of their time, which are still today's. */
const sameShapes =
  (m: SameShapes): TraceEngine =>
  (c) => {
    const game = m.newGame(m.BUNDLES['vladivostok-2019'] as never, { seed: c.seed, settings: { difficulty: c.difficulty } });
    return { play: (x) => game.play(x as never) as MoveResult, view: () => m.playerView(game as never) as PlayerView, listGoal: game.scenario.goals.find((g) => g.twist.goodsList)?.id };
  };

/** The frozen engines, by version (at a bump, the version left behind is added here with its rules/v<N>/). */
const FROZEN: Readonly<Record<number, TraceEngine>> = { 1: V1, 2: sameShapes(v2), 3: sameShapes(v3), 4: sameShapes(v4), 5: sameShapes(v5), 6: sameShapes(v6), 7: sameShapes(v7), 8: sameShapes(v8), 9: sameShapes(v9) };

/**
 * The engine that plays a version's golden games: its frozen one, else the live one for
 * ENGINE_VERSION (as src/engine/versions.ts sends records).
 */
export function traceEngineFor(version: number): TraceEngine | undefined {
  return FROZEN[version] ?? (version === ENGINE_VERSION ? LIVE : undefined);
}

/** What the player sees at the end (and what a replay of the same moves shows at its last step). */
export function finalOf(view: PlayerView): unknown {
  const result = view.result;
  return {
    phase: view.phase,
    meters: view.meters,
    goals: view.goals.map((g) => ({
      id: g.id,
      status: g.status,
      deal: g.deal ?? null,
      asked: g.asked,
      hints: g.hints,
      options: g.options.map((o) => ({ id: o.id, breaks: o.breaks, tried: o.tried })),
      goods: g.goods ?? null,
    })),
    sweeteners: view.sweeteners.map((s) => ({ id: s.id, used: s.used ?? false })),
    goods: view.goods.map((g) => ({ id: g.id, verdict: g.verdict, resolution: g.resolution })),
    news: view.news.map((n) => n.id),
    result: result
      ? {
          kim: result.kim,
          putin: result.putin,
          goalPoints: result.goalPoints,
          sweetenerCost: result.sweetenerCost,
          faceBonus: result.faceBonus,
          usPenalty: result.usPenalty,
          history: result.history,
          bluffs: result.bluffs,
          perGoal: result.perGoal,
        }
      : null,
  };
}

/** Play the case's moves with an engine (the live one unless told) and record what the player sees. */
export function traceGame(c: GoldenCase, engine: TraceEngine = LIVE): GoldenTrace {
  const game = engine(c);
  const listGoal = game.listGoal;
  const steps = c.moves.map((move) => {
    // The golden games were written at engine version 1, whose goods list was a move named
    // 'barter.list' that named no goal (replay.ts reads such records the same way).
    const legacy = (move as { type: string }).type === 'barter.list';
    const result = game.play(legacy ? ({ ...move, type: 'goods.list', goal: listGoal! } as MoveInput) : move);
    const view = game.view();
    return {
      move,
      ok: result.ok,
      ...(result.ok ? { answer: result.answer ?? null, news: result.news, log: result.log } : { error: result.error }),
      phase: view.phase,
      meters: view.meters,
      goals: view.goals.map((g) => ({ id: g.id, status: g.status, counter: g.counter ?? null, deal: g.deal ?? null, roundsLeft: g.roundsLeft ?? null })),
    };
  });
  return { steps, final: finalOf(game.view()) };
}
