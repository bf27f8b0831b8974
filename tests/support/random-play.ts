// Games played by random legal moves, for the property tests: Kim's moves come from legalMoves,
// with offer.call where it is legal and now and then a package of two or more goals built from
// the pick; Putin's are the computer's, or (a person in his chair) any of his legal moves. Every
// step keeps the state in which Putin's answer was awaited, so that a test can weigh the offer
// as he had it in front of him.
import { apply, checkMove, legalMoves, type Move, type PutinAnswer, type ScenarioBundle } from '../../src/engine';
import { modelAnswer } from '../../src/engine/putin/model';
import { initialState, type GameState, type OfferItem } from '../../src/engine/state';
import type { Difficulty, KimMove } from '../../src/engine/types';

export interface Step {
  before: GameState;
  kim: Move;
  /** The state in which Putin's answer was awaited (Kim's move made), if one was. */
  awaiting?: GameState;
  putin?: Move;
  answer?: PutinAnswer;
  after: GameState;
}

/** The goals on which an offer is legal now. */
export function proposable(bundle: ScenarioBundle, s: GameState): string[] {
  return bundle.scenario.goals.filter((g) => checkMove(bundle, s, { side: 'kim', type: 'offer.propose', goal: g.id, option: g.options[0]!.id }) === null).map((g) => g.id);
}

/** Kim's legal moves: legalMoves, and a call where one is legal. */
export function kimMoves(bundle: ScenarioBundle, s: GameState): Move[] {
  const out = legalMoves(bundle, s, 'kim');
  for (const g of bundle.scenario.goals) {
    const call: Move = { side: 'kim', type: 'offer.call', goal: g.id };
    if (checkMove(bundle, s, call) === null) out.push(call);
  }
  return out;
}

/** A package made from a number: two or more of the goals open to offers, an option of each, a sweetener not spent, an argument. */
export function packageOf(bundle: ScenarioBundle, s: GameState, n: number): KimMove | null {
  const { scenario } = bundle;
  const goals = proposable(bundle, s);
  if (goals.length < 2 || scenario.rules.packages === false) return null;
  const take = <T>(xs: readonly T[]): T => {
    const x = xs[n % xs.length]!;
    n = Math.floor(n / xs.length);
    return x;
  };
  const size = 2 + take(Array.from({ length: goals.length - 1 }, (_, i) => i));
  const chosen: string[] = [];
  const left = [...goals];
  for (let i = 0; i < size; i++) chosen.push(left.splice(left.indexOf(take(left)), 1)[0]!);
  const items: OfferItem[] = chosen.map((g) => ({ goal: g, option: take(scenario.goals.find((x) => x.id === g)!.options).id }));
  const move: KimMove = { side: 'kim', type: 'offer.propose', goal: items[0]!.goal, option: items[0]!.option, with: items.slice(1) };
  const sweetener = take([undefined, ...scenario.sweeteners.map((x) => x.id).filter((x) => !s.sweetenersUsed.includes(x))]);
  const framing = take([undefined, ...scenario.framings.map((f) => f.id)]);
  if (sweetener) move.sweetener = sweetener;
  if (framing) move.framing = framing;
  return move;
}

/** Kim's move for a pick: a package on one pick in four where one can be made, otherwise a legal move. */
export function pickKim(bundle: ScenarioBundle, s: GameState, pick: number): Move {
  if (pick % 4 === 0) {
    const p = packageOf(bundle, s, Math.floor(pick / 4));
    if (p) return p;
  }
  const moves = kimMoves(bundle, s);
  return moves[Math.floor(pick / 4) % moves.length]!;
}

/** One turn: Kim's move and, where awaited, Putin's answer (the computer's, or a person's by the pick). */
export function turn(bundle: ScenarioBundle, s: GameState, kim: Move, putinPick = 0): Step {
  const first = apply(bundle, s, kim);
  if (!first.ok) throw new Error(`a legal move was refused: ${JSON.stringify(kim)}: ${first.error.key}`);
  const step: Step = { before: s, kim, after: first.state };
  if (first.answer) step.answer = first.answer;
  if (!first.state.awaiting) return step;
  step.awaiting = first.state;
  let putin: Move;
  let second;
  if (first.state.putin === 'model') {
    const m = modelAnswer(bundle.scenario, first.state)!;
    putin = m.move;
    second = apply(bundle, first.state, m.move, m.reasons);
  } else {
    const moves = legalMoves(bundle, first.state, 'putin');
    putin = moves[putinPick % moves.length]!;
    second = apply(bundle, first.state, putin);
  }
  if (!second.ok) throw new Error(`Putin's legal answer was refused: ${JSON.stringify(putin)}: ${second.error.key} after ${JSON.stringify(kim)}`);
  step.putin = putin;
  step.after = second.state;
  if (second.answer) step.answer = second.answer;
  return step;
}

/** A game played by picks: each pick chooses Kim's move (and, for a person in Putin's chair, his answer). */
export function playPicks(
  bundle: ScenarioBundle,
  seed: string,
  difficulty: Difficulty,
  picks: readonly number[],
  putin: 'model' | 'person' = 'model',
  onStep?: (step: Step) => void,
): GameState {
  let s = initialState(bundle, { seed, settings: { difficulty }, putin });
  for (const p of picks) {
    if (s.summit.value === 'over') break;
    const step = turn(bundle, s, pickKim(bundle, s, p), Math.floor(p / 7));
    onStep?.(step);
    s = step.after;
  }
  return s;
}
