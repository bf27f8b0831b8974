// Engine version 9, frozen: the engine (src/engine/) and the rules data of both scenarios as they
// were at 75a181a (version 9's golden games, tests/golden/v9/, pass on this copy), copied unchanged,
// so that every code, replay file and save made by version 9 keeps replaying exactly as it did, whatever the live engine
// becomes. Not played on: it only reads, verifies and replays (no players, no solver, no debrief).
// Nothing here imports the live engine or src/content (.dependency-cruiser.mjs): a change there
// cannot reach it. The live engine loads it on demand (../../versions.ts), and this file is all it
// sees of it.
//
// data/ holds the scenarios' scenario.json (whose rules hash the codes carry) and the texts as
// version 9 showed them, the engine's and each scenario's.
import { encodeResultCode, decodeResultCode } from './code';
import type { Game } from './game';
import { readRecord, replayRecord, verifyResultCode } from './replay';
import { makeBundle, type Catalogue, type ScenarioBundle } from './scenario/bundle';
import { scoreGame } from './score';
import type { GameRecord, Lang } from './types';
import { ENGINE_VERSION } from './version';
import { playerView } from './view';
import engineEn from './data/engine.en.json';
import engineId from './data/engine.id.json';
import harbour from './data/fixture-harbour/scenario.json';
import harbourEn from './data/fixture-harbour/messages.en.json';
import harbourId from './data/fixture-harbour/messages.id.json';
import vladivostok from './data/vladivostok-2019/scenario.json';
import vladivostokEn from './data/vladivostok-2019/messages.en.json';
import vladivostokId from './data/vladivostok-2019/messages.id.json';

export { newGame } from './game';
export { playerView } from './view';

/** The scenarios version 9 played, by id, with its rules. */
export const BUNDLES: Readonly<Record<string, ScenarioBundle>> = Object.fromEntries(
  [makeBundle(vladivostok, { en: vladivostokEn, id: vladivostokId }), makeBundle(harbour, { en: harbourEn, id: harbourId })].map((b) => [b.scenario.id, b]),
);

const lookup = (id: string): ScenarioBundle | undefined => (Object.hasOwn(BUNDLES, id) ? BUNDLES[id] : undefined);

/** A replay's texts: version 9's own, its engine's and then its scenario's, in each language. */
function texts(bundle: ScenarioBundle): Record<Lang, Catalogue> {
  return { en: { ...engineEn, ...bundle.messages.en }, id: { ...engineId, ...bundle.messages.id } };
}

function replayOf(game: Game) {
  return { view: () => playerView(game), score: () => scoreGame(game), hash: () => game.hash(), isOver: () => game.isOver(), texts: texts(game.bundle) };
}

/** What the live engine calls (its RulesEngine, ../../versions.ts): each reads against version 9's own scenarios. */
export const engine = {
  version: ENGINE_VERSION,
  readRecord: (data: unknown) => readRecord(data, lookup),
  decodeResultCode: (text: unknown) => decodeResultCode(text, lookup),
  verifyResultCode: (text: unknown) => verifyResultCode(text, lookup),
  encodeResultCode(record: GameRecord): string {
    const bundle = lookup(record.scenarioId);
    if (!bundle) throw new Error(`version 9 has no scenario ${record.scenarioId}`);
    return encodeResultCode(record, bundle);
  },
  replay(data: unknown, upTo?: number) {
    const replayed = replayRecord(data, lookup, upTo);
    return replayed.ok ? { ok: true as const, replay: replayOf(replayed.game) } : replayed;
  },
};
