// Bad input to the real class server: a forged move, an unknown class code, a wrong teacher key, a
// message of the wrong shape, a flood. Each is refused with its key and words in English and
// Indonesian, and changes nothing (the teacher's view, then the database, are the same after).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassCreated, ClassView, Joined } from '../../src/class/protocol';
import { lookupBundle } from '../../src/content/all';
import { makeStrategy, newGame } from '../../src/engine';
import { openPglite } from '../../server/db/db';
import { api, createClass, joinRefusal, Member, type ServerProcess, startServer, tempDir } from '../support/class-server';

const bilingual = { key: expect.any(String), message: { en: expect.stringMatching(/\w/), id: expect.stringMatching(/\w/) } };

describe('bad input to the class server', () => {
  const dataDir = tempDir();
  let server: ServerProcess;
  let cls: ClassCreated;
  let student: Member;
  let joined: Joined;

  beforeAll(async () => {
    server = await startServer({ CLASS_DATA_DIR: dataDir });
    cls = await createClass(server.url, { roster: ['Sari'] });
    student = await Member.join(server.url, { code: cls.code, name: 'Budi' });
    joined = await student.next('joined');
  }, 120_000);
  afterAll(async () => {
    await student?.leave();
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const view = async () => (await api<ClassView>(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey })).body;

  /** The first move of the student's game, as the engine's greedy player makes it. */
  const firstMove = () => {
    const game = newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session } });
    return makeStrategy('greedy').next(game);
  };

  it('refuses a forged move: illegal now, another side, a made-up type, a result claimed', async () => {
    const before = await view();
    const forged = [
      { side: 'kim', type: 'offer.accept', goal: 'sanctions' },
      { side: 'putin', type: 'putin.answer', goal: 'sanctions', answer: 'accept' },
      { side: 'kim', type: 'game.win', score: 100 },
      { side: 'kim', type: 'summit.end', score: 100, over: true },
    ];
    for (const [i, move] of forged.entries()) {
      const from = student.messages.length;
      student.send('move', { n: 0, move });
      const refused = await student.next('move.refused', (b) => b.n === 0, from);
      expect(refused.error, `forged move ${i}`).toEqual(bilingual);
    }
    // The first is well formed but illegal: the engine's reason, in both languages.
    expect(student.of('move.refused')[0].error.key).toBe('move.illegal');
    expect(await view()).toEqual(before);
    expect((await view()).students.find((r) => r.studentId === joined.studentId)!.moves).toBe(0);
  });

  it('refuses a message of the wrong shape, and one of no known type', async () => {
    const before = await view();
    const from = student.messages.length;
    student.send('move', { n: 'first', move: firstMove() });
    expect(await student.next('error', () => true, from)).toEqual({ key: 'input.bad', message: bilingual.message });
    student.send('move', { n: -1, move: firstMove() });
    expect(await student.next('move.refused', (b) => b.n === -1, from)).toMatchObject({ error: { key: 'input.bad' } });
    student.send('handIn', { justification: 42 });
    student.send('score', { score: 100 });
    // The first, the hand-in and the unknown type: three refusals, each input.bad.
    await expect.poll(() => student.messages.slice(from).filter((m) => m.type === 'error').map((m) => m.body.key), { timeout: 10_000 }).toEqual(['input.bad', 'input.bad', 'input.bad']);
    // Handing in a game that is not over: refused.
    const at = student.messages.length;
    student.send('handIn', { justification: 'done' });
    expect(await student.next('error', () => true, at)).toMatchObject({ key: 'game.not-over' });
    expect(await view()).toEqual(before);
    // A request body of the wrong shape, or not JSON at all.
    for (const body of [{ title: '', scenario: 'vladivostok-2019', lang: 'id', minutes: 30, difficulty: 'standard' }, { title: 'x', scenario: 'vladivostok-2019', lang: 'fr', minutes: 30, difficulty: 'standard' }, '{not json']) {
      const res = await api(server.url, '/api/classes', { body });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: { key: 'input.bad', message: bilingual.message } });
    }
    const res = await api(server.url, `/api/classes/${cls.classId}/roster`, { body: { names: [''] }, key: cls.teacherKey });
    expect(res.status).toBe(400);
    expect((await view()).class.roster).toEqual(['Sari']);
  });

  it('refuses an unknown class code, to students and to pages', async () => {
    expect(await joinRefusal(server.url, { code: 'ZZZZZZ', name: 'Sari' })).toEqual({ key: 'class.unknown', message: bilingual.message });
    expect(await joinRefusal(server.url, { code: cls.code, token: 'x'.repeat(43) })).toMatchObject({ key: 'student.unknown' });
    expect(await joinRefusal(server.url, { code: cls.code, name: '' })).toMatchObject({ key: 'input.bad' });
    const res = await api(server.url, '/api/join/ZZZZZZ');
    expect(res).toEqual({ status: 404, body: { error: { key: 'class.unknown', message: bilingual.message } } });
    const none = await api(server.url, '/api/classes/00000000-0000-4000-8000-000000000000', { key: cls.teacherKey });
    expect(none.status).toBe(404);
  });

  it("refuses a wrong teacher's key, over HTTP and in the room", async () => {
    const wrong = `${cls.teacherKey.slice(0, -1)}${cls.teacherKey.endsWith('A') ? 'B' : 'A'}`;
    const before = await view();
    for (const [method, path] of [['GET', ''], ['POST', '/start'], ['POST', '/end'], ['DELETE', ''], ['GET', '/export.csv']] as const) {
      for (const key of [wrong, undefined]) {
        const res = await api(server.url, `/api/classes/${cls.classId}${path}`, { method, ...(key ? { key } : {}) });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.body).toEqual({ error: { key: 'teacher.key-wrong', message: bilingual.message } });
      }
    }
    expect(await joinRefusal(server.url, { code: cls.code, teacherKey: wrong })).toMatchObject({ key: 'teacher.key-wrong' });
    expect(await view()).toEqual(before);
  });

  it('answers a flood with rate.limited and drops what is past the limit', async () => {
    const from = student.messages.length;
    const move = firstMove();
    for (let i = 0; i < 60; i++) student.send('move', { n: 0, move });
    expect(await student.next('error', (b) => b.key === 'rate.limited', from)).toEqual({ key: 'rate.limited', message: bilingual.message });
    await new Promise((r) => setTimeout(r, 1500));
    const answered = student.messages.slice(from).filter((m) => m.type === 'move.ok').length;
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThanOrEqual(20);
    // One move stored, however many times it was sent.
    expect((await view()).students.find((r) => r.studentId === joined.studentId)!.moves).toBe(1);
    // After a second's pause, the student is heard again.
    const again = student.messages.length;
    student.send('move', { n: 0, move });
    expect(await student.next('move.ok', (b) => b.n === 0, again)).toEqual({ n: 0 });
  });

  it("deletes a class with everything in it when its teacher asks, and tells who is in it", async () => {
    const other = await createClass(server.url, { roster: ['Ayu'] });
    const member = await Member.join(server.url, { code: other.code, name: 'Ayu' });
    const j: Joined = await member.next('joined');
    const game = newGame(lookupBundle(j.scenario)!, { seed: j.seed, settings: { difficulty: j.difficulty, session: j.session } });
    member.send('move', { n: 0, move: makeStrategy('greedy').next(game) });
    await member.next('move.ok');
    const res = await api(server.url, `/api/classes/${other.classId}`, { method: 'DELETE', key: other.teacherKey });
    expect(res.status).toBe(204);
    expect(await member.next('error', (b) => b.key === 'class.deleted')).toMatchObject({ message: bilingual.message });
    expect((await api(server.url, `/api/classes/${other.classId}`, { key: other.teacherKey })).status).toBe(404);
    expect(await joinRefusal(server.url, { code: other.code, token: j.token })).toMatchObject({ key: 'class.unknown' });
    await member.leave();
  });

  it('leaves nothing in the database but the one class, its one student and the one move', async () => {
    await student.leave();
    await server.stop('SIGTERM');
    const db = await openPglite(dataDir);
    try {
      const count = async (table: string) => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n);
      expect([await count('classes'), await count('students'), await count('game_moves'), await count('hand_ins')]).toEqual([1, 1, 1, 0]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
