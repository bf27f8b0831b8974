// A game: a scenario bundle and the current state, with the computer playing Putin unless a
// person does. A convenience over apply(): play() applies a move and, when the computer plays
// Putin and his answer is awaited, applies his move too. The state is plain data; the façade
// holds nothing else, so a game can be rebuilt from any state.
import { type Applied, apply } from './apply';
import { goalMachine } from './machines/goal-machine';
import { isFinal } from './machines/run';
import { modelAnswer } from './putin/model';
import type { ScenarioBundle } from './scenario/bundle';
import type { GoalSpec, Scenario } from './scenario/schema';
import { type GameInit, type GameState, goalSpecOf, initialState, type Phase } from './state';
import { hashState } from './hash';
import { ENGINE_VERSION } from './version';
import type { GameRecord, GoalId, MoveInput, MoveResult, Side } from './types';

export type { Bluff, GoodVerdict, GameInit } from './state';

export class Game {
  readonly bundle: ScenarioBundle;
  state: GameState;

  constructor(bundle: ScenarioBundle, init: GameInit | GameState) {
    this.bundle = bundle;
    this.state = 'summit' in init ? init : initialState(bundle, init);
  }

  get scenario(): Scenario {
    return this.bundle.scenario;
  }
  get seed(): string {
    return this.state.seed;
  }
  get settings() {
    return this.state.settings;
  }
  get name(): string | undefined {
    return this.state.name;
  }
  set name(name: string | undefined) {
    const { name: _old, ...rest } = this.state;
    this.state = name === undefined ? rest : { ...rest, name };
  }
  get profile() {
    return this.state.profile;
  }
  /** Kim's moves so far (a turn is Kim's move with Putin's answer). */
  get step(): number {
    return this.state.turn;
  }
  get phase(): Phase {
    return this.state.summit.value;
  }
  get meters() {
    return this.state.summit.context;
  }
  get log() {
    return this.state.log;
  }
  get sweetenersUsed() {
    return this.state.sweetenersUsed;
  }
  /** Whose move it is: Putin's while his answer is awaited, otherwise Kim's. */
  get turnOf(): Side {
    return this.state.awaiting ? 'putin' : 'kim';
  }

  goal(id: GoalId) {
    const track = this.state.goals[id]!;
    return { value: track.value, context: track.context, status: isFinal(goalMachine(this.goalSpec(id)), track) ? ('done' as const) : ('active' as const) };
  }

  goalSpec(id: GoalId): GoalSpec {
    return goalSpecOf(this.scenario, id) as GoalSpec;
  }

  isOver(): boolean {
    return this.phase === 'over';
  }

  record(): GameRecord {
    const s = this.state;
    const person = s.putin === 'person';
    const record: GameRecord = {
      engineVersion: ENGINE_VERSION,
      scenarioId: s.scenarioId,
      scenarioHash: s.scenarioHash,
      seed: s.seed,
      settings: { ...s.settings },
      // Against the computer, his moves are made again on replay: the record holds Kim's.
      moves: (person ? s.moves : s.moves.filter((m) => m.side === 'kim')).map((m) => ({ ...m })),
    };
    if (person) record.putin = 'person';
    if (s.name !== undefined) record.name = s.name;
    return record;
  }

  hash(): string {
    const { log: _log, news: _news, answers: _answers, ...rules } = this.state;
    return hashState({ engineVersion: ENGINE_VERSION, ...rules, news: this.state.news.map((n) => n.id) });
  }

  /** Apply one move; against the computer, his answer follows at once. An illegal move changes nothing and says why. */
  play(move: MoveInput): MoveResult {
    const first = apply(this.bundle, this.state, move);
    if (!first.ok) return first;
    this.state = first.state;
    let last: Applied = first;
    if (this.state.putin === 'model' && this.state.awaiting) {
      const answer = modelAnswer(this.scenario, this.state);
      if (answer) {
        const second = apply(this.bundle, this.state, answer.move, answer.reasons);
        if (!second.ok) throw new Error(`the computer's answer was refused: ${second.error.key}`);
        this.state = second.state;
        last = second;
      }
    }
    if (!last.ok) return last;
    const result: MoveResult = { ok: true, news: last.news, log: last.log };
    if (last.answer) result.answer = last.answer;
    return result;
  }
}

export function newGame(bundle: ScenarioBundle, init: GameInit): Game {
  return new Game(bundle, init);
}
