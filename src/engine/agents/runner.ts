// Plays a whole game between agents (types.ts), or an agent against the computer's Putin. Pure:
// no Node and no browser APIs, so the same runner serves the command line, the tests and a page.
// Every move goes through Game.play, as a person's does.
import { checkMove, withSide } from '../apply';
import { Game, type GameInit } from '../game';
import { legalMoves } from '../legal';
import { modelMove } from '../putin/model';
import type { ScenarioBundle } from '../scenario/bundle';
import type { Move, MoveInput, Side } from '../types';
import type { PlayerView } from '../view-types';
import { playerView } from '../view';
import type { Agent, IllegalMove } from './types';

export interface Players {
  kim: Agent;
  /** An agent in Putin's chair; without one, the computer plays him (the model). */
  putin?: Agent;
}

export interface RunOptions {
  /** Illegal moves in a row before the runner moves for the agent. */
  maxIllegal?: number;
  /** Moves of both sides before the game is cut short (talks ended, first stance). */
  maxMoves?: number;
  /** Hand the agent deep copies (the default); false for agents known not to change what they are given (the reference players), which saves time. */
  copy?: boolean;
  /** Told of each refused move as it happens (the command line prints it). */
  onIllegal?: (illegal: IllegalMove) => void;
}

export interface AgentGame {
  game: Game;
  illegal: IllegalMove[];
  /** Moves the runner made for an agent after `maxIllegal` illegal ones in a row. */
  forced: number;
}

/** A deep copy as plain JSON: what an agent in another process or language would be given. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * What the runner plays for a side that keeps moving illegally: Kim ends the day (summit.end, or
 * the first stance at the press; the scenario's order of goals at the briefing); in Putin's chair
 * the computer answers.
 */
export function fallbackMove(game: Game, side: Side): Move {
  if (side === 'putin') return modelMove(game.scenario, game.state)!;
  if (game.phase === 'briefing') return { side: 'kim', type: 'briefing.rank', ranking: game.scenario.goals.map((g) => g.id) };
  if (game.phase === 'press') return { side: 'kim', type: 'press.present', stance: game.scenario.stances[0]!.id };
  return { side: 'kim', type: 'summit.end' };
}

/** A copy for a report: the agent's value as JSON, or as text when it is not JSON. */
function copyOf(x: unknown): unknown {
  try {
    return x === undefined ? null : plain(x);
  } catch {
    return String(x);
  }
}

/** The fields a move may have (types.ts); anything else an agent adds is dropped, so that the game's record holds the move as a code would. */
const FIELDS = ['side', 'type', 'goal', 'option', 'with', 'sweetener', 'framing', 'ranking', 'goods', 'stance', 'answer', 'counter', 'refusal', 'claim', 'bluff', 'truth', 'limits'] as const;

/** The move as the agent gave it, with its side filled in where it was left out; or why it is not a move. */
function readMove(raw: unknown, side: Side): { move: Move } | { error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'error.bad-move' };
  const given = raw as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const f of FIELDS) if (given[f] !== undefined) kept[f] = f === 'with' && Array.isArray(given.with) ? given.with.map((i: { goal?: unknown; option?: unknown } | null) => ({ goal: i?.goal, option: i?.option })) : given[f];
  const move = (kept.side === undefined ? { ...kept, side } : withSide(kept as MoveInput)) as Move;
  if (move.side !== side) return { error: 'error.not-your-turn' };
  return { move };
}

/** What the game asks of an agent, and what came back: its move, or what it threw. */
type Ask = { agent: Agent; view: unknown; legal: unknown };
type Reply = { raw: unknown } | { threw: string };

/** Ask an agent for its move until it makes a legal one, or `maxIllegal` times; then move for it. */
function* turn(game: Game, side: Side, agent: Agent, out: AgentGame, options: { maxIllegal: number } & RunOptions): Generator<Ask, void, Reply> {
  const copy = options.copy === false ? <T>(x: T) => x : plain;
  for (let tries = 0; tries < options.maxIllegal; tries++) {
    const report = (move: unknown, error: string, params?: Record<string, unknown>) => {
      const entry: IllegalMove = { step: game.step, side, move: copyOf(move), error };
      if (params) entry.params = params;
      out.illegal.push(entry);
      options.onIllegal?.(entry);
    };
    const reply = yield { agent, view: copy(playerView(game, side)), legal: copy(legalMoves(game.bundle, game.state, side)) };
    if ('threw' in reply) {
      report(null, 'agent.threw', { message: reply.threw });
      continue;
    }
    const raw = reply.raw;
    const read = readMove(raw, side);
    if ('error' in read) {
      report(raw, read.error);
      continue;
    }
    const wrong = checkMove(game.bundle, game.state, read.move);
    if (wrong) {
      report(raw, wrong.key, wrong.params as Record<string, unknown> | undefined);
      continue;
    }
    const result = game.play(read.move);
    if (result.ok) return;
    report(raw, result.error.key, result.error.params as Record<string, unknown> | undefined);
  }
  out.forced += 1;
  const forced = game.play(fallbackMove(game, side));
  if (!forced.ok) throw new Error(`the runner's own move was refused: ${forced.error.key}`);
}

/** A whole game, as the questions it puts to the agents. */
function* wholeGame(bundle: ScenarioBundle, init: GameInit, players: Players, options: RunOptions, out: { result?: AgentGame }): Generator<Ask, void, Reply> {
  const opts = { maxIllegal: 3, maxMoves: 1000, ...options };
  const game = new Game(bundle, { ...init, putin: players.putin ? 'person' : 'model' });
  const played: AgentGame = { game, illegal: [], forced: 0 };
  out.result = played;
  while (!game.isOver()) {
    if (game.state.moves.length >= opts.maxMoves) {
      // A runaway game: end the talks and face the press as the runner would for an agent.
      game.play(fallbackMove(game, game.turnOf));
      played.forced += 1;
      continue;
    }
    const side = game.turnOf;
    const agent = side === 'kim' ? players.kim : players.putin;
    if (!agent) throw new Error("the computer plays Putin: his answers follow Kim's moves at once");
    yield* turn(game, side, agent, played, opts);
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Play one game to its end. Kim's agent moves on Kim's turns; Putin's agent (if any) on his. An agent may be async. */
export async function runGame(bundle: ScenarioBundle, init: GameInit, players: Players, options: RunOptions = {}): Promise<AgentGame> {
  const out: { result?: AgentGame } = {};
  const steps = wholeGame(bundle, init, players, options, out);
  for (let ask = steps.next(); !ask.done; ) {
    let reply: Reply;
    try {
      reply = { raw: await ask.value.agent(ask.value.view as PlayerView, ask.value.legal as Move[]) };
    } catch (e) {
      reply = { threw: message(e) };
    }
    ask = steps.next(reply);
  }
  return out.result!;
}

/** The same, for agents that answer at once (the reference players): no promise, so a loop of many games stays synchronous. An agent that returns a promise is an error here. */
export function runGameSync(bundle: ScenarioBundle, init: GameInit, players: Players, options: RunOptions = {}): AgentGame {
  const out: { result?: AgentGame } = {};
  const steps = wholeGame(bundle, init, players, options, out);
  for (let ask = steps.next(); !ask.done; ) {
    let reply: Reply;
    try {
      const raw = ask.value.agent(ask.value.view as PlayerView, ask.value.legal as Move[]);
      if (raw instanceof Promise || (typeof raw === 'object' && raw !== null && typeof (raw as { then?: unknown }).then === 'function')) throw new Error('an async agent: play it with runGame');
      reply = { raw };
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('an async agent')) throw e;
      reply = { threw: message(e) };
    }
    ask = steps.next(reply);
  }
  return out.result!;
}
