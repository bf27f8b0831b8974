// A live class from start to hand-in, on the real server (a child process, PGlite in a temporary
// folder): three students join and play real games with the reference players; the teacher's rows
// follow and their scores are the engine's score of the same moves; the server is killed (SIGKILL)
// mid-class and started again on the same folder; the students come back with their tokens, a move
// sent twice changes nothing, time is up, the one who does not finish is handed in as unfinished,
// and nothing is lost — in the teacher's view and in the database itself.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassCreated, ClassView, Joined, StudentRow } from '../../src/class/protocol';
import { lookupBundle } from '../../src/content/all';
import { encodeResultCode, type Game, makeStrategy, type MoveInput, newGame, scoreGame, type StrategyName } from '../../src/engine';
import { openPglite } from '../../server/db/db';
import { api, createClass, Member, type ServerProcess, startServer, tempDir } from '../support/class-server';

const GRACE_MS = 2000;

interface Student {
  name: string;
  strategy: StrategyName;
  member: Member;
  joined: Joined;
  game: Game;
}

/** The student's own copy of the game: the one the browser keeps, made as the server says. */
function gameOf(joined: Joined): Game {
  return newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session }, name: joined.label.replace(/ \(\d+\)$/, '') });
}

/** Play up to `count` of the strategy's moves (to the end when omitted), each sent and acknowledged before the next. */
async function play(s: Student, count = Infinity): Promise<void> {
  const strategy = makeStrategy(s.strategy);
  for (let i = 0; i < count && !s.game.isOver(); i++) {
    let move: MoveInput = strategy.next(s.game);
    // A student who plays only a few moves is still in the talks when time is up (a random player may end the day at once).
    if (count !== Infinity && move.type === 'summit.end') {
      const goal = s.game.scenario.goals.find((g) => s.game.goal(g.id).status !== 'done')!;
      move = { side: 'kim', type: 'goal.ask', goal: goal.id };
    }
    if (!s.game.play(move).ok) {
      // A refused move: a student who plays only a few moves asks instead (still in the talks when time is up); one who plays to the end ends the day.
      const open = s.game.scenario.goals.find((g) => s.game.goal(g.id).status !== 'done');
      move =
        count !== Infinity && s.game.phase === 'talks' && open
          ? { side: 'kim', type: 'goal.ask', goal: open.id }
          : s.game.phase === 'talks'
            ? { side: 'kim', type: 'summit.end' }
            : { side: 'kim', type: 'press.present', stance: s.game.scenario.stances[0]!.id };
      expect(s.game.play(move).ok).toBe(true);
    }
    const n = s.game.record().moves.length - 1;
    const from = s.member.messages.length;
    s.member.send('move', { n, move });
    const answer = await Promise.race([s.member.next('move.ok', (b) => b.n === n, from), s.member.next('move.refused', (b) => b.n === n, from).then((b) => Promise.reject(new Error(JSON.stringify(b))))]);
    expect(answer).toEqual({ n });
  }
}

async function join(base: string, options: Record<string, unknown>): Promise<Member> {
  return Member.join(base, options);
}

describe('a live class on the real server', () => {
  const dataDir = tempDir();
  let server: ServerProcess;
  let cls: ClassCreated;
  const students: Student[] = [];

  beforeAll(async () => {
    server = await startServer({ CLASS_DATA_DIR: dataDir, CLASS_GRACE_MS: String(GRACE_MS) });
  }, 120_000);
  afterAll(async () => {
    for (const s of students) await s.member.leave();
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const view = async () => {
    const res = await api<ClassView>(server.url, `/api/classes/${cls.classId}`, { key: cls.teacherKey });
    expect(res.status).toBe(200);
    return res.body;
  };
  const rowOf = (v: ClassView, s: Student) => v.students.find((r) => r.studentId === s.joined.studentId)!;

  it('plays, survives a SIGKILL, and loses nothing', async () => {
    cls = await createClass(server.url, { roster: ['Sari', 'Budi', 'Ayu'] });
    expect(cls.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(cls.teacherKey.length).toBeGreaterThanOrEqual(32);

    // The teacher's page: the roster at once, a row for each change after.
    let teacher = await join(server.url, { code: cls.code, teacherKey: cls.teacherKey });
    const roster = await teacher.next('roster');
    expect(roster.students.map((r: StudentRow) => [r.label, r.phase])).toEqual([
      ['Sari', 'not-joined'],
      ['Budi', 'not-joined'],
      ['Ayu', 'not-joined'],
    ]);

    // Three students, two of them named Sari.
    for (const [name, strategy] of [['Sari', 'greedy'], ['Budi', 'historical'], ['Sari', 'random']] as const) {
      const member = await join(server.url, { code: cls.code, name });
      const joined: Joined = await member.next('joined');
      students.push({ name, strategy, member, joined, game: gameOf(joined) });
    }
    expect(students.map((s) => s.joined.label)).toEqual(['Sari', 'Budi', 'Sari (2)']);
    expect(new Set(students.map((s) => s.joined.seed)).size).toBe(3);
    expect(students.every((s) => s.joined.moves.length === 0 && s.joined.session === cls.code)).toBe(true);

    // Half a game each; the teacher sees each student's moves as they come.
    for (const s of students) await play(s, 4);
    for (const s of students) {
      const n = s.game.record().moves.length;
      const mine = (r: StudentRow) => r.studentId === s.joined.studentId && r.moves === n;
      const row: StudentRow = (await teacher.next('rows', (b) => b.rows.some(mine))).rows.find(mine);
      expect(row).toMatchObject({ label: s.joined.label, joined: true, online: true, finished: false, score: null });
      expect(row.resultCode).toBe(encodeResultCode(s.game.record(), s.game.bundle));
    }
    const stored = students.map((s) => s.game.record().moves.length);

    // The server dies mid-class, with no chance to save anything.
    await teacher.leave();
    await server.stop('SIGKILL');
    for (const s of students) await s.member.leave();
    server = await startServer({ CLASS_DATA_DIR: dataDir, CLASS_GRACE_MS: String(GRACE_MS), CLASS_PORT: String(server.port) });

    // Everyone comes back: the students with their tokens, to the game they had.
    teacher = await join(server.url, { code: cls.code, teacherKey: cls.teacherKey });
    const back = await teacher.next('roster');
    expect(back.students.filter((r: StudentRow) => r.joined).map((r: StudentRow) => r.moves)).toEqual(stored);
    for (const s of students) {
      s.member = await join(server.url, { code: cls.code, token: s.joined.token });
      const again: Joined = await s.member.next('joined');
      expect(again.studentId).toBe(s.joined.studentId);
      expect(again.seed).toBe(s.joined.seed);
      expect(again.moves).toEqual(s.game.record().moves);
    }

    // A move the server already has, sent again (its answer was lost with the connection): ok, and nothing changes.
    const first = students[0]!;
    const last = first.game.record().moves.length - 1;
    const from = first.member.messages.length;
    first.member.send('move', { n: last, move: first.game.record().moves[last] });
    expect(await first.member.next('move.ok', (b) => b.n === last, from)).toEqual({ n: last });
    expect(rowOf(await view(), first).moves).toBe(last + 1);

    // Two finish and hand in with a justification; the third plays on and does not finish.
    await play(students[0]!);
    await play(students[1]!);
    await play(students[2]!, 2);
    for (const [i, s] of students.slice(0, 2).entries()) {
      const from = s.member.messages.length;
      s.member.send('handIn', { justification: `Alasan ${i}: kerja sama ekonomi dulu.` });
      expect(await s.member.next('handIn.ok', () => true, from)).toEqual({ unfinished: false });
    }

    // Time is up: the students still playing are told, in both languages; the server hands in for them after the grace.
    const ended = await api<{ endedAt: string }>(server.url, `/api/classes/${cls.classId}/end`, { method: 'POST', key: cls.teacherKey });
    expect(ended.status).toBe(200);
    const third = students[2]!;
    const timeUp = await third.member.next('timeUp');
    expect(timeUp.message.en).toMatch(/time is up/i);
    expect(timeUp.message.id).toMatch(/waktu habis/i);
    expect(students[0]!.member.of('timeUp')).toEqual([]);
    expect(await third.member.next('handIn.ok', () => true, 0, GRACE_MS + 10_000)).toEqual({ unfinished: true });

    // The teacher's table: every score is the engine's score of the same moves; the unfinished one is marked.
    const rows = await view();
    for (const s of students) {
      const row = rowOf(rows, s);
      const over = s.game.isOver();
      expect(row).toMatchObject({
        label: s.joined.label,
        moves: s.game.record().moves.length,
        finished: over,
        unfinished: !over,
        score: over ? scoreGame(s.game).kim : null,
        resultCode: encodeResultCode(s.game.record(), s.game.bundle),
      });
    }
    expect(rowOf(rows, students[0]!).justification).toBe('Alasan 0: kerja sama ekonomi dulu.');
    expect(rowOf(rows, students[2]!)).toMatchObject({ ending: 'time-up', justification: null });
    expect(rows.students.find((r) => !r.joined)).toMatchObject({ label: 'Ayu', phase: 'not-joined' });

    // The table as a spreadsheet in Indonesian: semicolons, decimal commas, one line per student and roster name.
    const csv = await api<string>(server.url, `/api/classes/${cls.classId}/export.csv?lang=id`, { key: cls.teacherKey });
    expect(csv.status).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[0]).toMatch(/^Siswa;Bergabung;Tahap;Skor;/);
    const score = scoreGame(students[0]!.game).kim;
    expect(lines[1]!.split(';').slice(0, 4)).toEqual(['Sari', 'ya', 'over', String(score).replace('.', ',')]);

    // And in the database itself, read after the server is gone: every move once, the hand-ins, nothing else.
    await teacher.leave();
    for (const s of students) await s.member.leave();
    await server.stop('SIGTERM');
    const db = await openPglite(dataDir);
    try {
      const moves = await db.query<{ name: string; n: number }>('SELECT s.name, count(m.n)::int AS n FROM students s LEFT JOIN game_moves m ON m.student_id = s.id GROUP BY s.id, s.name, s.joined_at ORDER BY s.joined_at');
      expect(moves.rows.map((r) => r.n)).toEqual(students.map((s) => s.game.record().moves.length));
      const handIns = await db.query<{ unfinished: boolean }>('SELECT h.unfinished FROM hand_ins h JOIN students s ON s.id = h.student_id ORDER BY s.joined_at');
      expect(handIns.rows.map((r) => r.unfinished)).toEqual([false, false, true]);
      const keys = await db.query<{ teacher_key_hash: string }>('SELECT teacher_key_hash FROM classes');
      expect(keys.rows[0]!.teacher_key_hash).not.toContain(cls.teacherKey);
      expect(keys.rows[0]!.teacher_key_hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await db.close();
    }
  }, 300_000);
});
