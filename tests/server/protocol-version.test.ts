// Pages of another version than the class server's (src/class/protocol.ts, CLASS_PROTOCOL): a
// teacher's page from before versions (it sends none, as the builds before the `rows` message did,
// which a service worker may still serve offline) would get no live row and say nothing; the real
// server refuses it, over the room and over HTTP, with `client.outdated` in both languages, and
// changes nothing. A student's page from before versions still plays (its messages have not changed).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_PROTOCOL, type ClassCreated, type ClassView, type Joined } from '../../src/class/protocol';
import { lookupBundle } from '../../src/content/all';
import { makeStrategy, newGame } from '../../src/engine';
import { api, createClass, joinRefusal, Member, type ServerProcess, startServer, tempDir } from '../support/class-server';

const outdated = { key: 'client.outdated', message: { en: expect.stringMatching(/earlier version of the game.*Nothing is lost/), id: expect.stringMatching(/versi permainan yang lebih lama.*Tidak ada yang hilang/) } };

describe('a page of another version than the class server', () => {
  const dataDir = tempDir();
  let server: ServerProcess;
  let cls: ClassCreated;

  beforeAll(async () => {
    server = await startServer({ CLASS_DATA_DIR: dataDir });
    cls = await createClass(server.url, { roster: ['Sari'] });
  }, 120_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const view = async () => (await api<ClassView>(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey })).body;

  it("refuses a teacher's page that sends no version, or an older one, a seat in the room, in both languages", async () => {
    expect(await joinRefusal(server.url, { code: cls.code, teacherKey: cls.teacherKey, protocol: undefined })).toEqual(outdated);
    expect(await joinRefusal(server.url, { code: cls.code, teacherKey: cls.teacherKey, protocol: 1 })).toEqual(outdated);
    // A version that is not one: the wrong shape, not an old page.
    expect((await joinRefusal(server.url, { code: cls.code, teacherKey: cls.teacherKey, protocol: 'two' })).key).toBe('input.bad');
    // Today's page is seated, and hears the roster.
    const teacher = await Member.join(server.url, { code: cls.code, teacherKey: cls.teacherKey });
    try {
      expect((await teacher.next('roster')).students.map((r: { name: string }) => r.name)).toEqual(['Sari']);
    } finally {
      await teacher.leave();
    }
  });

  it("refuses the teacher's HTTP calls of a page that sends no version (HTTP 426), and changes nothing", async () => {
    const before = await view();
    const old = { protocol: null };
    const seen = await api(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey, ...old });
    expect(seen).toEqual({ status: 426, body: { error: outdated } });
    const started = await api(server.url, `/api/classes/${cls.classId}/start`, { method: 'POST', key: cls.teacherKey, ...old });
    expect(started).toEqual({ status: 426, body: { error: outdated } });
    const deleted = await api(server.url, `/api/classes/${cls.classId}`, { method: 'DELETE', key: cls.teacherKey, ...old });
    expect(deleted.status).toBe(426);
    const made = await api(server.url, '/api/classes', { body: { title: 'Old page', scenario: 'vladivostok-2019', lang: 'en', minutes: 20, difficulty: 'standard' }, ...old });
    expect(made).toEqual({ status: 426, body: { error: outdated } });
    expect((await api(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey, protocol: 1 })).status).toBe(426);
    expect((await api(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey, protocol: Number.NaN })).status).toBe(400);
    // The class as it was: not started, not deleted.
    expect(await view()).toEqual(before);
    expect(before.class.endsAt).toBeNull();
    // Today's page is served.
    expect((await api(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey, protocol: CLASS_PROTOCOL })).status).toBe(200);
  });

  it("still lets a student's page from before versions join and play (a student's messages are unchanged)", async () => {
    const student = await Member.join(server.url, { code: cls.code, name: 'Sari', protocol: undefined });
    try {
      const joined: Joined = await student.next('joined');
      const game = newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session } });
      student.send('move', { n: 0, move: makeStrategy('greedy').next(game) });
      expect(await student.next('move.ok')).toEqual({ n: 0 });
      expect((await view()).students.find((r) => r.studentId === joined.studentId)?.moves).toBe(1);
    } finally {
      await student.leave();
    }
  });
});
