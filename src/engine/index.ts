// The engine's public face: what the scenes, the classroom page, the tools and the tests use.
// It imports no scenario: each caller passes the bundle it plays (src/content/).
export { ENGINE_VERSION } from './version';
export * from './types';
export type * from './view-types';
export { apply, checkMove, withSide, type Applied } from './apply';
export { Game, newGame, type GameInit, type Bluff, type GoodVerdict } from './game';
export { initialState, type GameState, type Phase } from './state';
export { modelMove } from './putin/model';
export { playerView, clockText, shownStatus } from './view';
export type { EndOfDayView, ReactionView } from './end-of-day';
export { legalMoves, packageGoals } from './legal';
export { scoreGame, type ScoreReport, type GoalScore, type DealPoint } from './score';
export { encodeResultCode, codeScenario, codeVersion, codeLengthRange, normaliseCode, CODE_PREFIX, type BundleLookup } from './code';
// A game to play on is the live engine's (replayRecord: its version only); what is read, verified or
// watched goes to the engine of its version (dispatch.ts), which must be loaded first (loadEngines).
export { replayRecord, type Verified } from './replay';
export { readRecord, parseReplayFile, decodeResultCode, verifyResultCode, openReplay, encodeRecord } from './dispatch';
export { loadEngines, type Replay, type RulesEngine } from './versions';
export { msg } from './messages';
export { makeBundle, type ScenarioBundle, type Catalogue } from './scenario/bundle';
export type { Scenario, GoalSpec, OptionSpec } from './scenario/schema';
export { makeStrategy, playOut, STRATEGIES, type StrategyName, type Strategy } from './bots';
export { LIMITS } from './limits';
export { IDEAS, lessonsOf, type IdeaId, type Lesson } from './debrief/lessons';
