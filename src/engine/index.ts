// The engine's public face: what the scenes, the classroom page, the tools and the tests use.
export { ENGINE_VERSION } from './version';
export * from './types';
export type * from './view-types';
export { Game, newGame, type GameInit, type Bluff } from './game';
export { playerView, clockText } from './view';
export { legalMoves, checkMove } from './legal';
export { scoreGame, type ScoreReport, type GoalScore, type DealPoint } from './score';
export { encodeResultCode, decodeResultCode, normaliseCode, CODE_PREFIX } from './code';
export { replayRecord, parseReplayFile, verifyResultCode, type Verified } from './replay';
export { formatMessage, msg, CATALOGUES, SCENARIO_CATALOGUES } from './messages';
export { SCENARIO, SCENARIOS } from './scenario/load';
export { makeStrategy, playOut, STRATEGIES, type StrategyName } from './bots';
