// The engine's public face: what the scenes, the classroom page, the tools and the tests use.
// It imports no scenario: each caller passes the bundle it plays (src/content/).
export { ENGINE_VERSION } from './version';
export * from './types';
export type * from './view-types';
export { apply, checkMove, withSide, type Applied } from './apply';
export { Game, newGame, type GameInit, type Bluff, type GoodVerdict } from './game';
export { initialState, type GameState, type Phase } from './state';
export { modelMove } from './putin/model';
export { playerView, clockText } from './view';
export { legalMoves, packageGoals } from './legal';
export { scoreGame, type ScoreReport, type GoalScore, type DealPoint } from './score';
export { encodeResultCode, decodeResultCode, codeScenario, codeLengthRange, normaliseCode, CODE_PREFIX, type BundleLookup } from './code';
export { replayRecord, readRecord, parseReplayFile, verifyResultCode, type Verified } from './replay';
export { msg } from './messages';
export { makeBundle, type ScenarioBundle, type Catalogue } from './scenario/bundle';
export type { Scenario, GoalSpec, OptionSpec } from './scenario/schema';
export { makeStrategy, playOut, STRATEGIES, type StrategyName, type Strategy } from './bots';
export { LIMITS } from './limits';
