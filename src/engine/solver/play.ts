// The solver's step: Kim's move and, where one is awaited, the computer's answer, through the very
// apply() a game uses (so the solver can never play by other rules than the game). Moves the
// solver makes are well-formed by construction: they skip the shape check, not the rules.
import { apply } from '../apply';
import { modelMove } from '../putin/model';
import type { ScenarioBundle } from '../scenario/bundle';
import type { GameState } from '../state';
import type { KimMove } from '../types';

const TRUSTED: never[] = [];

/** The state after Kim's move and Putin's answer, or null if the move is not legal now. */
export function step(bundle: ScenarioBundle, state: GameState, move: KimMove): GameState | null {
  const first = apply(bundle, state, move, TRUSTED);
  if (!first.ok) return null;
  let s = first.state;
  if (s.awaiting && s.putin === 'model') {
    const answer = modelMove(bundle.scenario, s);
    if (!answer) return null;
    const second = apply(bundle, s, answer, TRUSTED);
    if (!second.ok) return null;
    s = second.state;
  }
  return s;
}
