// The reference players, by name, and the runner. Each is an agent (types.ts): it sees only its
// side's view and the legal moves. `historical` also holds the scenario's record (its script).

export type { Agent, AgentModule, IllegalMove } from './types';
// What an agent is given and gives back, for agents written in TypeScript.
export type { PlayerView, GoalView, OptionView, PutinAnswer, Reason, Move, KimMove, PutinMove, MoveInput } from '../index';
export { runGame, runGameSync, fallbackMove, type AgentGame, type Players, type RunOptions } from './runner';
export * as read from './read';

export { BUILTIN_AGENTS, builtinAgent, isBuiltinAgent, type BuiltinAgent } from './builtin';
