// The class server after an engine change, on the real server process (PGlite in a temporary
// folder). Four students join a class; the server stops; their rows are then written as other
// servers would have left them: two games begun under version 2's rules (played with version 2's
// frozen engine, one to the end, one cut short), one begun on a version newer than this server's,
// one left as it is (the live version). The server starts again on the same folder:
// - the teacher's table shows the version 2 games with the score and result code version 2 gives
//   their moves, and the newer one with its moves and no score;
// - each of those students is told why their game is not played on, in both languages, with its
//   score as it was; a new move is refused with that reason, and changes nothing;
// - an earlier version's game is handed in as it is (unfinished if it was not over); the newer
//   one's hand-in is refused, and its moves stay stored;
// - the live game plays on.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassCreated, ClassView, Joined, StudentRow } from '../../src/class/protocol';
import { lookupBundle } from '../../src/content/all';
import { ENGINE_VERSION, loadEngines, makeStrategy, newGame, verifyResultCode } from '../../src/engine';
import { openPglite } from '../../server/db/db';
import { api, createClass, Member, type ServerProcess, startServer, tempDir } from '../support/class-server';
import { EARLIER, playV2, storeAsOf, v2, v2Score, type V2Game } from '../support/earlier-game';

const SCENARIO = 'vladivostok-2019';
const NEWER = ENGINE_VERSION + 1;

describe('games begun under other rules, after a restart', () => {
  const dataDir = tempDir();
  let server: ServerProcess;
  let cls: ClassCreated;
  const joined = new Map<string, Joined>();
  const members: Member[] = [];
  let finished: V2Game;
  let cut: V2Game;

  beforeAll(async () => {
    expect(await loadEngines([EARLIER])).toBe(true);
    server = await startServer({ CLASS_DATA_DIR: dataDir });
    cls = await createClass(server.url, { lang: 'id' });
    for (const name of ['Lama', 'Setengah', 'Baru', 'Kini']) {
      const m = await Member.join(server.url, { code: cls.code, name });
      joined.set(name, await m.next('joined'));
      await m.leave();
    }
    // Kini plays three moves on the live rules.
    const kini = joined.get('Kini')!;
    const game = newGame(lookupBundle(SCENARIO)!, { seed: kini.seed, settings: { difficulty: kini.difficulty, session: kini.session }, name: 'Kini' });
    const m = await Member.join(server.url, { code: cls.code, token: kini.token });
    await m.next('joined');
    const strategy = makeStrategy('greedy', 'kini');
    for (let n = 0; n < 3; n++) {
      const move = strategy.next(game);
      expect(game.play(move).ok).toBe(true);
      m.send('move', { n, move });
      await m.next('move.ok', (b) => b.n === n);
    }
    await m.leave();
    await server.stop('SIGTERM');

    // The rows as a version 2 server, and a newer one, would have written them.
    finished = playV2(SCENARIO, joined.get('Lama')!.seed, cls.code, 'Lama', 14, true);
    cut = playV2(SCENARIO, joined.get('Setengah')!.seed, cls.code, 'Setengah', 5, false);
    expect([finished.isOver(), cut.isOver(), cut.record().moves.length]).toEqual([true, false, 5]);
    const db = await openPglite(dataDir);
    try {
      const write = (name: string, version: number, hash: string, moves: readonly unknown[]) => storeAsOf(db, joined.get(name)!.studentId, version, hash, moves);
      await write('Lama', EARLIER, v2.BUNDLES[SCENARIO]!.hash, finished.record().moves);
      await write('Setengah', EARLIER, v2.BUNDLES[SCENARIO]!.hash, cut.record().moves);
      await write('Baru', NEWER, 'a-scenario-hash-of-the-future', finished.record().moves.slice(0, 4));
    } finally {
      await db.close();
    }
    server = await startServer({ CLASS_DATA_DIR: dataDir });
  }, 180_000);

  afterAll(async () => {
    for (const m of members) await m.leave();
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const rows = async (): Promise<Map<string, StudentRow>> => {
    const res = await api<ClassView>(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey });
    expect(res.status).toBe(200);
    return new Map(res.body.students.map((r) => [r.name, r]));
  };
  const back = async (name: string) => {
    const m = await Member.join(server.url, { code: cls.code, token: joined.get(name)!.token });
    members.push(m);
    return { m, j: (await m.next('joined')) as Joined };
  };

  it("shows the teacher version 2's games with version 2's scores and codes, and the newer one as stored", async () => {
    const r = await rows();
    const lama = r.get('Lama')!;
    expect(lama.engine).toEqual({ version: EARLIER, rules: 'earlier' });
    expect([lama.finished, lama.score, lama.moves, lama.phase]).toEqual([true, v2Score(finished).kim, finished.record().moves.length, 'over']);
    expect(lama.resultCode).toBe(v2.engine.encodeResultCode(finished.record()));
    // The code the teacher sees verifies, by version 2's engine, to the same score.
    const verified = verifyResultCode(lama.resultCode, lookupBundle);
    expect(verified.ok && [verified.record.engineVersion, verified.score.kim]).toEqual([EARLIER, lama.score]);

    const setengah = r.get('Setengah')!;
    expect([setengah.engine?.rules, setengah.finished, setengah.score, setengah.moves, setengah.phase]).toEqual(['earlier', false, null, 5, v2.playerView(cut).phase]);
    expect(setengah.goals.map((g) => g.status)).toEqual(v2.playerView(cut).goals.map((g) => g.status));

    const baru = r.get('Baru')!;
    expect([baru.engine, baru.moves, baru.score, baru.finished, baru.resultCode]).toEqual([{ version: NEWER, rules: 'unknown' }, 4, null, false, null]);

    const kini = r.get('Kini')!;
    expect([kini.engine, kini.moves]).toEqual([undefined, 3]);
  });

  it('tells a student whose game was begun on an earlier version why it is not played on, refuses a move, and takes it handed in as it is', async () => {
    const { m, j } = await back('Lama');
    expect(j.engineVersion).toBe(EARLIER);
    expect(j.closed?.error.key).toBe('game.earlier-version');
    expect(j.closed?.error.message.en).toMatch(/earlier version.*handed in as it is/);
    expect(j.closed?.error.message.id).toMatch(/versi permainan yang lebih lama.*diserahkan apa adanya/);
    expect([j.closed?.score, j.closed?.finished, j.closed?.canHandIn, j.moves.length]).toEqual([v2Score(finished).kim, true, true, finished.record().moves.length]);

    const n = j.moves.length;
    m.send('move', { n, move: { side: 'kim', type: 'summit.end' } });
    const refused = await m.next('move.refused', (b) => b.n === n);
    expect(refused.error.key).toBe('game.earlier-version');

    m.send('handIn', { justification: 'Saya memilih kesepakatan ini karena pelabuhannya penting.' });
    expect(await m.next('handIn.ok')).toEqual({ unfinished: false });

    const cutBack = await back('Setengah');
    expect([cutBack.j.closed?.finished, cutBack.j.closed?.score]).toEqual([false, null]);
    cutBack.m.send('handIn', { justification: '' });
    expect(await cutBack.m.next('handIn.ok')).toEqual({ unfinished: true });

    const r = await rows();
    expect([r.get('Lama')!.justification, r.get('Lama')!.score, r.get('Lama')!.unfinished]).toEqual(['Saya memilih kesepakatan ini karena pelabuhannya penting.', v2Score(finished).kim, false]);
    expect(r.get('Setengah')!.unfinished).toBe(true);
  });

  it("refuses a game begun on a newer version than the server's, and loses none of it", async () => {
    const { m, j } = await back('Baru');
    expect(j.closed?.error.key).toBe('game.unknown-version');
    expect(j.closed?.error.message.id).toMatch(/versi permainan yang lebih baru/);
    expect([j.closed?.canHandIn, j.closed?.resultCode, j.moves.length]).toEqual([false, null, 4]);
    m.send('move', { n: 4, move: { side: 'kim', type: 'summit.end' } });
    expect((await m.next('move.refused', (b) => b.n === 4)).error.key).toBe('game.unknown-version');
    m.send('handIn', { justification: '' });
    expect((await m.next('error')).key).toBe('game.unknown-version');
    const r = await rows();
    expect([r.get('Baru')!.moves, r.get('Baru')!.unfinished, r.get('Baru')!.engine?.version]).toEqual([4, false, NEWER]);
  });

  it('says in the CSV which rules each game was played under', async () => {
    const csv = await api<string>(server.url, `/api/classes/${cls.classId}/export.csv?lang=en`, { key: cls.teacherKey });
    expect(csv.status).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]!.split(',').at(-1)).toBe('Engine version');
    const last = (name: string) => lines.find((l) => l.startsWith(`${name},`))!.split(',').at(-1);
    expect(['Lama', 'Setengah', 'Baru', 'Kini'].map(last)).toEqual([String(EARLIER), String(EARLIER), String(NEWER), String(ENGINE_VERSION)]);
  });

  it('lets the live game play on', async () => {
    const { m, j } = await back('Kini');
    expect([j.closed, j.engineVersion, j.moves.length]).toEqual([undefined, ENGINE_VERSION, 3]);
    const game = newGame(lookupBundle(SCENARIO)!, { seed: j.seed, settings: { difficulty: j.difficulty, session: j.session }, name: 'Kini' });
    for (const move of j.moves) expect(game.play(move).ok).toBe(true);
    const move = makeStrategy('greedy', 'kini').next(game);
    m.send('move', { n: 3, move });
    expect(await m.next('move.ok', (b) => b.n === 3)).toEqual({ n: 3 });
    expect((await rows()).get('Kini')!.moves).toBe(4);
  });
});
