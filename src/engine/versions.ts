// Which engine reads a record: each version's rules stay verifiable after the rules change. The
// live engine (this folder) reads the records of ENGINE_VERSION; an earlier version's records go to
// that version's engine, frozen with its scenarios' rules in rules/v<N>/ and loaded only when a
// page first needs it (a dynamic import: it is not part of any page's first download).
//
// This is the seam a new version keeps: the live engine as a RulesEngine (liveEngine below) and the
// list of frozen ones (FROZEN). At a bump of ENGINE_VERSION, the engine as it was is copied to
// rules/v<old>/ with its scenarios' data and listed in FROZEN (README, "At the next change of the
// rules"). Should the live types change so that a frozen engine's answers no longer fit RulesEngine,
// the type check fails in FROZEN: adapt its answers there, never in the frozen copy.
import { encodeResultCode, decodeResultCode, type BundleLookup, type Decoded } from './code';
import { readRecord, replayRecord, verifyResultCode, type Verified } from './replay';
import type { Catalogue } from './scenario/bundle';
import { scoreGame, type ScoreReport } from './score';
import type { GameRecord, Lang, Message } from './types';
import { ENGINE_VERSION } from './version';
import { playerView } from './view';
import type { PlayerView } from './view-types';

import type { Failed, Replay, RulesEngine } from './rules-engine';

export type { Failed, Replay, RulesEngine };


/** The engines of earlier versions: 1 as at c79e449, 2 as at 81705e2, 3 as at e5acc83, 4 as at 80385eb, 5 as at 377e7d6, 6 as at a885c3a, 7 as at 1f39b4d, 8 as at 2bb6749, 9 as at 75a181a. */
const FROZEN: Readonly<Record<number, () => Promise<RulesEngine>>> = {
  1: () => Promise.all([import('./rules/v1'), import('./rules/adapt-v1')]).then(([m, a]) => a.adaptV1(m.engine)),
  2: () => Promise.all([import('./rules/v2'), import('./rules/adapt-v2')]).then(([m, a]) => a.adaptV2(m.engine)),
  3: () => Promise.all([import('./rules/v3'), import('./rules/adapt-v3')]).then(([m, a]) => a.adaptV3(m.engine)),
  4: () => Promise.all([import('./rules/v4'), import('./rules/adapt-v4')]).then(([m, a]) => a.adaptV4(m.engine)),
  5: () => Promise.all([import('./rules/v5'), import('./rules/adapt-v5')]).then(([m, a]) => a.adaptV5(m.engine)),
  6: () => Promise.all([import('./rules/v6'), import('./rules/adapt-v6')]).then(([m, a]) => a.adaptV6(m.engine)),
  7: () => Promise.all([import('./rules/v7'), import('./rules/adapt-v7')]).then(([m, a]) => a.adaptV7(m.engine)),
  8: () => Promise.all([import('./rules/v8'), import('./rules/adapt-v8')]).then(([m, a]) => a.adaptV8(m.engine)),
  9: () => Promise.all([import('./rules/v9'), import('./rules/adapt-v9')]).then(([m, a]) => a.adaptV9(m.engine)),
};

/** The live engine, reading against the scenarios the caller has loaded (a frozen engine has its own). */
function liveEngine(lookup: BundleLookup): RulesEngine {
  return {
    version: ENGINE_VERSION,
    readRecord: (data) => readRecord(data, lookup),
    decodeResultCode: (text) => decodeResultCode(text, lookup),
    verifyResultCode: (text) => verifyResultCode(text, lookup),
    encodeResultCode(record) {
      const bundle = lookup(record.scenarioId);
      if (!bundle) throw new Error(`no scenario ${record.scenarioId}`);
      return encodeResultCode(record, bundle);
    },
    replay(data, upTo) {
      const replayed = replayRecord(data, lookup, upTo);
      if (!replayed.ok) return replayed;
      const game = replayed.game;
      return { ok: true, replay: { view: () => playerView(game), score: () => scoreGame(game), hash: () => game.hash(), isOver: () => game.isOver(), texts: null } };
    },
  };
}

const loaded = new Map<number, RulesEngine>();

function isFrozen(version: unknown): version is number {
  return typeof version === 'number' && Object.hasOwn(FROZEN, version);
}

/**
 * Load the engines of these versions (every frozen one if none are named), as a page does before it
 * reads what names them. True if each is there; one that cannot be loaded (offline before it ever
 * arrived) is not, and what names its version then says so (record.error.engine).
 */
export async function loadEngines(versions: Iterable<number | null | undefined> = Object.keys(FROZEN).map(Number)): Promise<boolean> {
  const wanted = [...new Set(versions)].filter((v) => isFrozen(v) && !loaded.has(v)) as number[];
  const results = await Promise.all(
    wanted.map((v) =>
      FROZEN[v]!().then(
        (engine) => (loaded.set(v, engine), true),
        () => false,
      ),
    ),
  );
  return results.every(Boolean);
}

/**
 * The engine that reads records of this version: a frozen one once loaded (null until then), else
 * the live one, which also answers for versions no engine here plays (it says so: code.error.version).
 */
export function engineOf(version: unknown, lookup: BundleLookup): RulesEngine | null {
  if (isFrozen(version)) return loaded.get(version) ?? null;
  return liveEngine(lookup);
}
