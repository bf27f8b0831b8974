// Each record goes to the engine of its version (src/engine/versions.ts, dispatch.ts). Today, with
// version 1 live, its codes already go to its frozen copy (src/engine/rules/v1/). Then the day the
// rules change is simulated: the live engine says it is version 2 (src/engine/version.ts mocked; its
// rules are today's, which changes nothing for what is checked here). Version 1's codes and replay
// files must then be verified and replayed by version 1's frozen engine with the scores they had,
// on the teacher's page too; the live engine's games stay its own; a saved game of version 1 is not
// played on (startup keeps it aside) but opens as a replay file; an engine that cannot be loaded
// says so rather than letting another version's rules read the code.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import * as live from '../../src/engine';
import * as frozen from '../../src/engine/rules/v1';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';

interface Pinned {
  code: string;
  score: number;
  finished: boolean;
  moves: number;
  name: string | null;
}
const pinned = ['codes-e273f05.json', 'codes-c79e449.json'].flatMap(
  (file) => (JSON.parse(readFileSync(new URL(`../golden/${file}`, import.meta.url), 'utf8')) as { codes: Pinned[] }).codes,
);
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

describe('today, with version 2 live', () => {
  test('a code made now is version 2, verified by the live engine, not by the frozen one', () => {
    const spy = vi.spyOn(frozen.engine, 'verifyResultCode');
    const game = finishedNow('routed today');
    const v = live.verifyResultCode(live.encodeResultCode(game.record(), VLADIVOSTOK), lookupBundle);
    expect(v.ok && [v.record.engineVersion, v.score.kim]).toEqual([2, live.scoreGame(game).kim]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('once the rules have changed (the live engine is version 2)', () => {
  let engine: typeof live;
  let v1: typeof frozen;
  let reader: typeof import('../../src/classroom/reader');
  let session: typeof import('../../src/shell/session').session;
  let replayInput: typeof import('../../src/shell/replay-input');

  beforeAll(async () => {
    vi.resetModules();
    vi.doMock('../../src/engine/version', () => ({ ENGINE_VERSION: 2 }));
    engine = await import('../../src/engine');
    v1 = await import('../../src/engine/rules/v1');
    reader = await import('../../src/classroom/reader');
    session = (await import('../../src/shell/session')).session;
    replayInput = await import('../../src/shell/replay-input');
    expect(engine.ENGINE_VERSION).toBe(2);
    expect(await engine.loadEngines()).toBe(true);
  });

  test("version 1's codes (formats 1 and 2) are verified by its frozen engine, with the scores they had", () => {
    const spy = vi.spyOn(v1.engine, 'verifyResultCode');
    for (const c of pinned) {
      const v = engine.verifyResultCode(c.code, lookupBundle);
      expect(v.ok, c.code).toBe(true);
      if (!v.ok) continue;
      expect([v.record.engineVersion, v.score.kim, v.finished, v.record.moves.length]).toEqual([1, c.score, c.finished, c.moves]);
    }
    expect(spy).toHaveBeenCalledTimes(pinned.length);
    spy.mockRestore();
  });

  test("the live version's games are its own: made, read and verified by the live engine, which version 1's does not read", () => {
    const spy = vi.spyOn(v1.engine, 'verifyResultCode');
    const game = finishedNow('a game of version 2', engine);
    const code = engine.encodeResultCode(game.record(), VLADIVOSTOK);
    const v = engine.verifyResultCode(code, lookupBundle);
    expect(v.ok && [v.record.engineVersion, v.score.kim, v.hash]).toEqual([2, engine.scoreGame(game).kim, game.hash()]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    const byV1 = v1.engine.verifyResultCode(code);
    // Version 1 refuses it: its rules are not these (its own scenario data has another rules hash).
    expect(!byV1.ok && byV1.error.key).toMatch(/^code\.error\.(version|scenario-version)$/);
    const opened = engine.openReplay(game.record(), lookupBundle);
    expect(opened.ok && opened.replay.texts).toBeNull();
  });

  test('a code of a version no engine here plays is refused as before, naming both versions', () => {
    const code = engine.encodeResultCode({ ...finishedNow('v99', engine).record(), engineVersion: 99 }, VLADIVOSTOK);
    const v = engine.verifyResultCode(code, lookupBundle);
    expect(!v.ok && v.error).toEqual({ key: 'code.error.version', params: { found: 99, expected: 2 } });
  });

  test("the teacher's page verifies version 1's codes with their scores", () => {
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

  test("a saved game of version 1 is not played on, but opens as a replay file, in version 1's words", async () => {
    const c = pinned.find((p) => p.name === 'Ayu')!;
    const decoded = engine.decodeResultCode(c.code, lookupBundle);
    if (!decoded.ok) throw new Error('the pinned code does not read');
    const raw = JSON.stringify(decoded.record);

    // What startup does with the save (src/shell/startup.ts): another version's game, kept aside and offered as a file.
    const load = session.load(JSON.parse(raw));
    expect(!load.ok && load.error).toEqual({ key: 'record.error.version', params: { found: 1, expected: 2 } });
    expect(session.active).toBe(false);

    // That file, opened on the title or in the replay viewer.
    const parsed = await replayInput.loadReplayText(raw);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const opened = engine.openReplay(parsed.record, lookupBundle);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const view = opened.replay.view();
    expect([view.engineVersion, view.phase, view.result?.kim]).toEqual([1, 'over', c.score]);
    // Every text it shows is in version 1's texts, whatever today's catalogues have become.
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
