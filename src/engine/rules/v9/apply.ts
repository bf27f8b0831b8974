// The engine as a function: apply(scenario, state, move) → the next state, or why the move is
// illegal. The state handed in is never changed. A move is checked as untrusted data (its shape,
// then the rules, asking the goal's machine), and a machine that refuses an event makes the whole
// move illegal: nothing of it is kept.
import * as v from 'valibot';
import { msg } from './messages';
import { type Draft, draftOf, Refused, say, sendGoal } from './moves/draft';
import { machineTakes } from './moves/checks';
import { moveSpec } from './moves/table';
import { endTurn } from './moves/turn';
import type { ScenarioBundle } from './scenario/bundle';
import type { GameState } from './state';
import type { LogEntry, Message, Move, MoveInput, NewsItem, PutinAnswer, Reason } from './types';

export type Applied = { ok: true; state: GameState; answer?: PutinAnswer; news: NewsItem[]; log: LogEntry[] } | { ok: false; error: Message };

/** A move as given, with Kim's side filled in where it was left out (older saves, scripts). */
export function withSide(move: MoveInput): Move {
  return (typeof move === 'object' && move !== null && !('side' in move) ? { ...(move as object), side: 'kim' } : move) as Move;
}

function lapseCounters(d: Draft, scenario: ScenarioBundle['scenario'], keep: string | null): void {
  for (const g of scenario.goals) {
    if (g.id !== keep && d.goals[g.id]!.value === 'countered') {
      sendGoal(d, scenario, g.id, { type: 'counter.lapse' });
      say(d, 'narrator', msg('log.counter-lapsed'), g.id);
    }
  }
}

/** The move's shape and the rules beyond the goal's machine. */
function precheck(bundle: ScenarioBundle, state: GameState, move: Move, trusted: boolean): Message | null {
  if (typeof move !== 'object' || move === null) return msg('error.bad-move');
  const spec = moveSpec((move as { type?: unknown }).type);
  if (!spec || spec.side !== move.side || (!trusted && !v.is(spec.schema, move))) return msg('error.bad-move');
  if (state.summit.value === 'over') return msg('error.game-over');
  return spec.check(bundle.scenario, state, move);
}

/** null when the move is legal now; otherwise the reason, in the player's words. The goal's machine has the last word. */
export function checkMove(bundle: ScenarioBundle, state: GameState, input: MoveInput): Message | null {
  const move = withSide(input);
  const error = precheck(bundle, state, move, false);
  if (error) return error;
  const spec = moveSpec(move.type)!;
  const event = spec.machineEvent?.(move);
  return event && !machineTakes(bundle.scenario, state, (move as { goal: string }).goal, event) ? msg('error.phase') : null;
}

/**
 * Apply a move. `explanation` is for the computer's own moves only: the predicates that decided
 * them (putin/model.ts), which become his stated reasons; a person's answer is worded from the
 * move itself (the limit he claims, the kind of refusal).
 */
export function apply(bundle: ScenarioBundle, state: GameState, input: MoveInput, explanation?: Reason[]): Applied {
  const move = withSide(input);
  // The computer's own moves (they come with its explanation) are typed by construction: no shape to check.
  const error = precheck(bundle, state, move, explanation !== undefined);
  if (error) return { ok: false, error };
  const { scenario } = bundle;
  const spec = moveSpec(move.type)!;
  // The working copy: the top level copied once; the helpers replace what they change.
  const d: Draft = draftOf(state, move);
  if (move.side === 'kim') d.turn = state.turn + 1;
  const turnStart = state.awaiting ?? { clockBefore: state.summit.context.clock, logStart: state.log.length, newsStart: state.news.length };
  try {
    // Putin's counters stand until Kim's next move: any move but taking one lets them all lapse.
    if (move.side === 'kim') lapseCounters(d, scenario, move.type === 'offer.accept' ? move.goal : null);
    const effect = spec.effect(d, scenario, move, explanation);
    if (effect?.awaits) {
      d.awaiting = { goal: (move as { goal: string }).goal, kind: move.type === 'goal.ask' ? 'ask' : 'offer', clockBefore: turnStart.clockBefore, logStart: turnStart.logStart, newsStart: turnStart.newsStart };
      if (effect.items) d.awaiting.items = effect.items;
      if (effect.called) d.awaiting.called = true;
      return { ok: true, state: d, news: [], log: d.log.slice(turnStart.logStart) };
    }
    const answer = effect?.answer;
    endTurn(d, scenario, turnStart.clockBefore, answer);
    const applied: Applied = { ok: true, state: d, news: d.news.slice(turnStart.newsStart), log: d.log.slice(turnStart.logStart) };
    if (answer) applied.answer = answer;
    return applied;
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    throw e;
  }
}
