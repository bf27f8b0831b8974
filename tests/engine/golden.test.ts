// The golden games (tests/golden/v<N>/: each engine version's, written by it; version 1's at e273f05):
// the same moves must still show the player the same answers, news, log, meters, deals and scores,
// played by the engine of their version: the live one, or for an earlier version its frozen copy
// (src/engine/rules/v<N>/). Opened as a replay file is opened in the game and on the teacher's page
// (through the engine's dispatcher), each ends on the same screen. See tests/support/golden.ts.
import { adaptScore } from '../../src/engine/rules/adapt-v1';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, openReplay, parseReplayFile } from '../../src/engine';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';
import { finalOf, type GoldenCase, type GoldenTrace, traceEngineFor, traceGame } from '../support/golden';

const root = new URL('../golden/', import.meta.url).pathname;
const versions = readdirSync(root)
  .filter((d) => /^v\d+$/.test(d))
  .map((d) => Number(d.slice(1)))
  .sort((a, b) => a - b);
const filesOf = (version: number) => readdirSync(`${root}v${version}/`).filter((f) => f.endsWith('.json'));
type Golden = GoldenCase & { engineVersion: number; trace: GoldenTrace };

describe('golden games', () => {
  it('every version, the live one included, has golden games for every difficulty', () => {
    expect(versions).toContain(1);
    expect(versions).toContain(ENGINE_VERSION);
    for (const version of versions) expect(filesOf(version).length, `v${version}`).toBeGreaterThanOrEqual(18);
  });

  for (const version of versions) {
    describe(`engine version ${version}`, () => {
      for (const file of filesOf(version)) {
        const golden = JSON.parse(readFileSync(`${root}v${version}/${file}`, 'utf8')) as Golden;

        it(`${file}: the player sees what was pinned`, () => {
          // A change of behaviour comes with a new engine version and its own golden games.
          expect(golden.engineVersion).toBe(version);
          const engine = traceEngineFor(version);
          expect(engine, `an engine for version ${version}`).toBeDefined();
          const trace = JSON.parse(JSON.stringify(traceGame(golden, engine!))) as GoldenTrace;
          expect(trace.steps.length).toBe(golden.trace.steps.length);
          trace.steps.forEach((step, i) => expect(step, `step ${i + 1}`).toEqual(golden.trace.steps[i]));
          expect(trace.final).toEqual(golden.trace.final);
        });

        it(`${file}: opened as a replay file, it ends on the same screen`, () => {
          const record: Record<string, unknown> = { engineVersion: version, scenarioId: VLADIVOSTOK.scenario.id, seed: golden.seed, settings: { difficulty: golden.difficulty }, moves: golden.moves };
          // Version 1's golden games predate the rules hash in records (e273f05): their files, like
          // the replay files of that time, carry none (and name the goods list's move as it was then).
          if (version !== 1) record.scenarioHash = traceEngineFor(version)!(golden).view().scenarioHash;
          const parsed = parseReplayFile(JSON.stringify(record), lookupBundle);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const replayed = openReplay(parsed.record, lookupBundle);
          expect(replayed.ok).toBe(true);
          if (!replayed.ok) return;
          // A frozen version's report reaches the pages in the live shapes (rules/adapt-v1.ts): the
          // screen ends on the same deals and scores, said in those shapes.
          const pinned = golden.trace.final as { result: Parameters<typeof adaptScore>[0] | null };
          const expected = version === 1 && pinned.result ? { ...pinned, result: pick(adaptScore(pinned.result)) } : pinned;
          expect(JSON.parse(JSON.stringify(finalOf(replayed.replay.view())))).toEqual(expected);
        });
      }
    });
  }
});

/** The fields of a score report the golden games pin (tests/support/golden.ts, finalOf). */
function pick(r: ReturnType<typeof adaptScore>) {
  const { kim, putin, goalPoints, sweetenerCost, faceBonus, usPenalty, history, bluffs, perGoal } = r;
  return { kim, putin, goalPoints, sweetenerCost, faceBonus, usPenalty, history, bluffs, perGoal };
}
