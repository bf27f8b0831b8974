// Golden games: fixed seeds and move lists, with what a player sees at every step. They pin the
// game's behaviour: a change that alters any answer, deal or score fails the golden test, and a
// deliberate change of the rules bumps ENGINE_VERSION and rewrites them (npm run golden -- --write)
// in the same commit. Hashes and code formats are not part of what is pinned: the player never
// sees them.
import { type Difficulty, type Game, legalMoves, type MoveInput, makeStrategy, newGame, playerView, type StrategyName } from '../../src/engine';
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

/** Play the case's moves and record what the player sees. */
export function traceGame(c: GoldenCase): GoldenTrace {
  const game: Game = newGame(VLADIVOSTOK, { seed: c.seed, settings: { difficulty: c.difficulty } });
  const listGoal = game.scenario.goals.find((g) => g.twist.goodsList)?.id;
  const steps = c.moves.map((move) => {
    // The golden games were written at engine version 1, whose goods list was a move named
    // 'barter.list' that named no goal (replay.ts reads such records the same way).
    const legacy = (move as { type: string }).type === 'barter.list';
    const result = game.play(legacy ? ({ ...move, type: 'goods.list', goal: listGoal! } as MoveInput) : move);
    const view = playerView(game);
    return {
      move,
      ok: result.ok,
      ...(result.ok ? { answer: result.answer ?? null, news: result.news, log: result.log } : { error: result.error }),
      phase: view.phase,
      meters: view.meters,
      goals: view.goals.map((g) => ({ id: g.id, status: g.status, counter: g.counter ?? null, deal: g.deal ?? null, roundsLeft: g.roundsLeft ?? null })),
    };
  });
  const view = playerView(game);
  const result = view.result;
  const final = {
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
  return { steps, final };
}
