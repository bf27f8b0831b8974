// Each record goes to the engine of its version (src/engine/versions.ts, dispatch.ts). Today the
// live engine is version 10; the codes of versions 1, 2, 3, 4, 5, 6, 7, 8 and 9 go to their frozen copies
// (src/engine/rules/v1/, v2/, v3/, v4/, v5/, v6/, v7/, v8/, v9/), with the scores they had. Then the day the rules change again is
// simulated: the live engine says it is the next version (src/engine/version.ts mocked; its rules are
// today's, which changes nothing for what is checked here). The earlier versions' codes and replay
// files must still be verified and replayed by their frozen engines, on the teacher's page too; the
// live engine's games stay its own; a saved game of an earlier version is not played on (startup
// keeps it aside) but opens as a replay file, in its version's words; an engine that cannot be
// loaded says so rather than letting another version's rules read the code.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import * as live from '../../src/engine';
import * as frozen from '../../src/engine/rules/v1';
import * as frozen2 from '../../src/engine/rules/v2';
import * as frozen3 from '../../src/engine/rules/v3';
import * as frozen4 from '../../src/engine/rules/v4';
import * as frozen5 from '../../src/engine/rules/v5';
import * as frozen6 from '../../src/engine/rules/v6';
import * as frozen7 from '../../src/engine/rules/v7';
import * as frozen8 from '../../src/engine/rules/v8';
import * as frozen9 from '../../src/engine/rules/v9';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';

interface Pinned {
  version: number;
  code: string;
  score: number;
  finished: boolean;
  moves: number;
  name: string | null;
}
const pinned = ([['codes-e273f05.json', 1], ['codes-c79e449.json', 1], ['codes-81705e2.json', 2], ['codes-e5acc83.json', 3], ['codes-80385eb.json', 4], ['codes-377e7d6.json', 5], ['codes-a885c3a.json', 6], ['codes-1f39b4d.json', 7], ['codes-2bb6749.json', 8], ['codes-75a181a.json', 9]] as const).flatMap(([file, version]) =>
  (JSON.parse(readFileSync(new URL(`../golden/${file}`, import.meta.url), 'utf8')) as { codes: Omit<Pinned, 'version'>[] }).codes.map((c) => ({ ...c, version })),
);
/** The version after today's, as the day the rules change again. */
const NEXT = live.ENGINE_VERSION + 1;
const finishedNow = (seed: string, engine: typeof live = live) =>
  engine.playOut(engine.newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'standard' } }), engine.makeStrategy('greedy', seed));

/** The message keys a view shows (titles, answers, reasons, log lines, news...). */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, into);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.key === 'string' && Object.keys(o).every((k) => k === 'key' || k === 'params')) into.add(o.key);
    for (const v of Object.values(o)) keysIn(v, into);
  }
  return into;
}

describe('today, with version 10 live', () => {
  test('a code made now is version 10, verified by the live engine, not by a frozen one', () => {
    const spies = [vi.spyOn(frozen.engine, 'verifyResultCode'), vi.spyOn(frozen2.engine, 'verifyResultCode'), vi.spyOn(frozen3.engine, 'verifyResultCode'), vi.spyOn(frozen4.engine, 'verifyResultCode'), vi.spyOn(frozen5.engine, 'verifyResultCode'), vi.spyOn(frozen6.engine, 'verifyResultCode'), vi.spyOn(frozen7.engine, 'verifyResultCode'), vi.spyOn(frozen8.engine, 'verifyResultCode'), vi.spyOn(frozen9.engine, 'verifyResultCode')];
    const game = finishedNow('routed today');
    const v = live.verifyResultCode(live.encodeResultCode(game.record(), VLADIVOSTOK), lookupBundle);
    expect(v.ok && [v.record.engineVersion, v.score.kim]).toEqual([10, live.scoreGame(game).kim]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });
});

describe('once the rules have changed again (the live engine is the next version)', () => {
  let engine: typeof live;
  let v1: typeof frozen;
  let v2: typeof frozen2;
  let v3: typeof frozen3;
  let v4: typeof frozen4;
  let v5: typeof frozen5;
  let v6: typeof frozen6;
  let v7: typeof frozen7;
  let v8: typeof frozen8;
  let v9: typeof frozen9;
  let reader: typeof import('../../src/classroom/reader');
  let session: typeof import('../../src/shell/session').session;
  let replayInput: typeof import('../../src/shell/replay-input');

  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/engine/version', () => ({ ENGINE_VERSION: NEXT }));
    engine = await import('../../src/engine');
    v1 = await import('../../src/engine/rules/v1');
    v2 = await import('../../src/engine/rules/v2');
    v3 = await import('../../src/engine/rules/v3');
    v4 = await import('../../src/engine/rules/v4');
    v5 = await import('../../src/engine/rules/v5');
    v6 = await import('../../src/engine/rules/v6');
    v7 = await import('../../src/engine/rules/v7');
    v8 = await import('../../src/engine/rules/v8');
    v9 = await import('../../src/engine/rules/v9');
    reader = await import('../../src/classroom/reader');
    session = (await import('../../src/shell/session')).session;
    replayInput = await import('../../src/shell/replay-input');
    expect(engine.ENGINE_VERSION).toBe(NEXT);
    expect(await engine.loadEngines()).toBe(true);
  });

  test("the earlier versions' codes (version 1's formats 1 and 2, version 2's, 3's, 4's, 5's, 6's, 7's, 8's and 9's) are verified each by its frozen engine, with the scores they had", () => {
    const spies = { 1: vi.spyOn(v1.engine, 'verifyResultCode'), 2: vi.spyOn(v2.engine, 'verifyResultCode'), 3: vi.spyOn(v3.engine, 'verifyResultCode'), 4: vi.spyOn(v4.engine, 'verifyResultCode'), 5: vi.spyOn(v5.engine, 'verifyResultCode'), 6: vi.spyOn(v6.engine, 'verifyResultCode'), 7: vi.spyOn(v7.engine, 'verifyResultCode'), 8: vi.spyOn(v8.engine, 'verifyResultCode'), 9: vi.spyOn(v9.engine, 'verifyResultCode') };
    for (const c of pinned) {
      const v = engine.verifyResultCode(c.code, lookupBundle);
      expect(v.ok, c.code).toBe(true);
      if (!v.ok) continue;
      expect([v.record.engineVersion, v.score.kim, v.finished, v.record.moves.length]).toEqual([c.version, c.score, c.finished, c.moves]);
    }
    for (const version of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const) expect(spies[version]).toHaveBeenCalledTimes(pinned.filter((c) => c.version === version).length);
    for (const spy of Object.values(spies)) spy.mockRestore();
  });

  test("the live version's games are its own: made, read and verified by the live engine, which no frozen one reads", () => {
    const spies = [vi.spyOn(v1.engine, 'verifyResultCode'), vi.spyOn(v2.engine, 'verifyResultCode'), vi.spyOn(v3.engine, 'verifyResultCode'), vi.spyOn(v4.engine, 'verifyResultCode'), vi.spyOn(v5.engine, 'verifyResultCode'), vi.spyOn(v6.engine, 'verifyResultCode'), vi.spyOn(v7.engine, 'verifyResultCode'), vi.spyOn(v8.engine, 'verifyResultCode'), vi.spyOn(v9.engine, 'verifyResultCode')];
    const game = finishedNow('a game of the next version', engine);
    const code = engine.encodeResultCode(game.record(), VLADIVOSTOK);
    const v = engine.verifyResultCode(code, lookupBundle);
    expect(v.ok && [v.record.engineVersion, v.score.kim, v.hash]).toEqual([NEXT, engine.scoreGame(game).kim, game.hash()]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
    // The frozen engines refuse it: they are not this version (and version 1's data has another rules hash).
    for (const frozenEngine of [v1.engine, v2.engine, v3.engine, v4.engine, v5.engine, v6.engine, v7.engine, v8.engine, v9.engine]) {
      const by = frozenEngine.verifyResultCode(code);
      expect(!by.ok && by.error.key).toMatch(/^code\.error\.(version|scenario-version)$/);
    }
    const opened = engine.openReplay(game.record(), lookupBundle);
    expect(opened.ok && opened.replay.texts).toBeNull();
  });

  test('a code of a version no engine here plays is refused as before, naming both versions', () => {
    const code = engine.encodeResultCode({ ...finishedNow('v99', engine).record(), engineVersion: 99 }, VLADIVOSTOK);
    const v = engine.verifyResultCode(code, lookupBundle);
    expect(!v.ok && v.error).toEqual({ key: 'code.error.version', params: { found: 99, expected: NEXT } });
  });

  test("the teacher's page verifies the earlier versions' codes with their scores", () => {
    const verdicts = pinned.map((c) => reader.verifyItem({ kind: 'code', text: c.code }, null));
    expect(verdicts.map((v) => [v.kind === 'unfinished' ? 'verified' : v.kind, v.summary?.kim])).toEqual(pinned.map((c) => ['verified', c.score]));
    expect(verdicts.filter((v) => v.kind === 'unfinished')).toHaveLength(pinned.filter((c) => !c.finished).length);
    // A replay file of version 1 handed in is read, kept as its code and verified the same way.
    const record = engine.decodeResultCode(pinned.at(-1)!.code, lookupBundle);
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    const file = reader.verifyItem({ kind: 'file', text: JSON.stringify(record.record), file: 'citra.json' }, null);
    expect([file.kind, file.summary?.kim, file.code]).toEqual(['verified', pinned.at(-1)!.score, pinned.at(-1)!.code]);
  });

  test.each([1, 2, 3, 4, 5])("a saved game of version %s is not played on, but opens as a replay file, in its version's words", async (version) => {
    const c = pinned.find((p) => p.name === 'Ayu' && p.version === version)!;
    const decoded = engine.decodeResultCode(c.code, lookupBundle);
    if (!decoded.ok) throw new Error('the pinned code does not read');
    const raw = JSON.stringify(decoded.record);

    // What startup does with the save (src/shell/startup.ts): another version's game, kept aside and offered as a file.
    const load = session.load(JSON.parse(raw));
    expect(!load.ok && load.error).toEqual({ key: 'record.error.version', params: { found: version, expected: NEXT } });
    expect(session.active).toBe(false);

    // That file, opened on the title or in the replay viewer.
    const parsed = await replayInput.loadReplayText(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const opened = engine.openReplay(parsed.record, lookupBundle);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const view = opened.replay.view();
    expect([view.engineVersion, view.phase, view.result?.kim]).toEqual([version, 'over', c.score]);
    // Every text it shows is in its version's texts, whatever today's catalogues have become.
    const texts = opened.replay.texts!;
    const missing = [...keysIn(view)].filter((key) => !Object.hasOwn(texts.en, key) || !Object.hasOwn(texts.id, key));
    expect(missing).toEqual([]);
    // Step by step as the viewer goes.
    for (let step = 0; step <= parsed.record.moves.length; step++) expect(engine.openReplay(parsed.record, lookupBundle, step).ok).toBe(true);
  });
});

describe('an engine that cannot be loaded (offline before it ever arrived)', () => {
  let engine: typeof live;
  let reader: typeof import('../../src/classroom/reader');

  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/engine/rules/v1', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    engine = await import('../../src/engine');
    reader = await import('../../src/classroom/reader');
    expect(await engine.loadEngines()).toBe(false);
  });

  test('what names its version says so, and is not read by another version\'s rules', () => {
    const say = { key: 'record.error.engine', params: { found: '1' } };
    const code = pinned[0]!.code;
    const v = engine.verifyResultCode(code, lookupBundle);
    expect(!v.ok && v.error).toEqual(say);
    const d = engine.decodeResultCode(code, lookupBundle);
    expect(!d.ok && d.error).toEqual(say);
    const verdict = reader.verifyItem({ kind: 'code', text: code }, null);
    expect([verdict.kind, verdict.reason]).toEqual(['unreadable', say]);
  });
});
