// The class server past one machine: two server processes sharing Redis (Colyseus's presence and
// driver) and a PostgreSQL server. The teacher comes in through one process, the students through
// the other; the live progress and the teacher's "start" cross between them; the process that holds
// the class's room is killed mid-class and the students come back through the other without losing
// a move. Needs Debian's redis-server and postgresql (.ci/run installs them); skipped, saying so,
// where they are not installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassCreated, ClassView, Joined, StudentRow } from '../../src/class/protocol';
import { lookupBundle } from '../../src/content/all';
import { type Game, makeStrategy, type MoveInput, newGame, scoreGame } from '../../src/engine';
import { api, createClass, Member, type ServerProcess, startServer } from '../support/class-server';
import { freePort, PG_BIN, REDIS_SERVER, type Service, startPostgres, startRedis } from '../../tools/infra';

const missing = [!REDIS_SERVER && 'redis-server', !PG_BIN && 'postgresql'].filter(Boolean);
if (missing.length > 0) console.warn(`multi-process class server test skipped: ${missing.join(' and ')} not installed here (apt-get install -y redis-server postgresql; .ci/run does)`);

interface Student {
  member: Member;
  joined: Joined;
  game: Game;
}

async function play(s: Student, count = Infinity): Promise<void> {
  const strategy = makeStrategy('greedy');
  for (let i = 0; i < count && !s.game.isOver(); i++) {
    let move: MoveInput = strategy.next(s.game);
    if (!s.game.play(move).ok) {
      move = { side: 'kim', type: 'summit.end' };
      expect(s.game.play(move).ok).toBe(true);
    }
    const n = s.game.record().moves.length - 1;
    const from = s.member.messages.length;
    s.member.send('move', { n, move });
    expect(await s.member.next('move.ok', (b) => b.n === n, from)).toEqual({ n });
  }
}

/** Join through a process, trying again while the matchmaker finds out that the class's old process is gone. */
async function joinRetrying(url: string, options: Record<string, unknown>, attempts = 10): Promise<Member> {
  for (let i = 1; ; i++) {
    try {
      return await Member.join(url, options);
    } catch (e) {
      if (i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The port of the process a room's websocket went to (each process names its own address). */
const portOf = (m: Member) => Number(new URL((m.room as unknown as { connection: { url: string } }).connection.url).port);

describe.skipIf(missing.length > 0)('two class server processes with Redis and PostgreSQL', () => {
  let redis: Service;
  let postgres: Service;
  const servers: ServerProcess[] = [];
  const members: Member[] = [];

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    const ports = [await freePort(), await freePort()];
    // One after the other: the first runs the migrations, the second finds them done (the advisory lock makes either order safe).
    for (const port of ports) {
      servers.push(await startServer({ CLASS_PORT: String(port), CLASS_PUBLIC_ADDRESS: `127.0.0.1:${port}`, DATABASE_URL: postgres.url, REDIS_URL: redis.url }));
    }
  }, 180_000);
  afterAll(async () => {
    for (const m of members) await m.leave();
    for (const s of servers) await s.stop('SIGKILL');
    await redis?.stop();
    await postgres?.stop();
  }, 60_000);

  it('crosses between processes and survives the death of the one holding the class', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const cls: ClassCreated = await createClass(b.url);

    // The teacher through A, two students through B.
    let teacher = await Member.join(a.url, { code: cls.code, teacherKey: cls.teacherKey });
    members.push(teacher);
    await teacher.next('roster');
    const students: Student[] = [];
    for (const name of ['Sari', 'Budi']) {
      const member = await Member.join(b.url, { code: cls.code, name });
      members.push(member);
      const joined: Joined = await member.next('joined');
      students.push({ member, joined, game: newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session }, name }) });
    }
    // One room for the class, whichever process the matchmaker put it on.
    const host = portOf(teacher);
    expect(students.map((s) => portOf(s.member))).toEqual([host, host]);

    // Live progress crosses: the students' moves, made through B, reach the teacher who came through A.
    for (const s of students) await play(s, 3);
    for (const s of students) {
      const mine = (r: StudentRow) => r.studentId === s.joined.studentId && r.moves === 3;
      const row: StudentRow = (await teacher.next('rows', (x) => x.rows.some(mine))).rows.find(mine);
      expect(row.online).toBe(true);
    }
    // The teacher starts the time over HTTP on the process that does not hold the room: the room hears of it through Redis.
    const other = host === a.port ? b : a;
    const started = await api<{ endsAt: string }>(other.url, `/api/classes/${cls.classId}/start`, { method: 'POST', key: cls.teacherKey });
    expect(started.status).toBe(200);
    expect((await teacher.next('clock', (c) => c.endsAt !== null)).endsAt).toBe(started.body.endsAt);
    expect((await students[0]!.member.next('clock', (c) => c.endsAt !== null)).endsAt).toBe(started.body.endsAt);

    // The process holding the class dies mid-class.
    const dead = servers.find((s) => s.port === host)!;
    await dead.stop('SIGKILL');
    for (const m of members) await m.leave();

    // Everyone comes back through the other process: the room is made again there from PostgreSQL.
    for (const s of students) {
      s.member = await joinRetrying(other.url, { code: cls.code, token: s.joined.token });
      members.push(s.member);
      const again: Joined = await s.member.next('joined');
      expect(again.moves).toEqual(s.game.record().moves);
      expect(again.endsAt).toBe(started.body.endsAt);
      expect(portOf(s.member)).toBe(other.port);
    }
    teacher = await joinRetrying(other.url, { code: cls.code, teacherKey: cls.teacherKey });
    members.push(teacher);
    expect((await teacher.next('roster')).students.map((r: StudentRow) => r.moves)).toEqual([3, 3]);

    // A move sent again after the failover changes nothing; the games go on to the end.
    const s0 = students[0]!;
    const from = s0.member.messages.length;
    s0.member.send('move', { n: 2, move: s0.game.record().moves[2] });
    expect(await s0.member.next('move.ok', (x) => x.n === 2, from)).toEqual({ n: 2 });
    for (const s of students) await play(s);

    const view = await api<ClassView>(other.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey });
    expect(view.body.students.map((r) => [r.moves, r.score])).toEqual(students.map((s) => [s.game.record().moves.length, scoreGame(s.game).kim]));
  }, 240_000);
});
