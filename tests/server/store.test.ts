// The database on PGlite in a temporary folder: the migrations make the schema once (and again on
// a folder that has it: nothing), a move number is stored once, a class takes everything of it when
// it goes, and the retention sweep removes exactly the classes past their date.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, migrate, migrationFiles, openPglite } from '../../server/db/db';
import { Store } from '../../server/store';
import { tempDir } from '../support/class-server';

const DAY = 86_400_000;

describe('the class database (PGlite in a folder)', () => {
  const dir = tempDir('class-db-');
  let db: Db;
  let store: Store;

  beforeAll(async () => {
    db = await openPglite(dir);
    store = new Store(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newClass = (id: string, code: string, keepUntil: Date) =>
    store.createClass({ id, code, teacherKeyHash: 'f'.repeat(64), title: `Class ${code}`, scenario: 'vladivostok-2019', lang: 'id', minutes: 30, difficulty: 'standard', roster: ['Sari'], keepUntil });
  const newStudent = (id: string, classId: string, rejoin: string) =>
    store.addStudent({ id, classId, name: 'Sari', tokenHash: `${id}-token`, rejoinCode: rejoin, seed: 'seed', engineVersion: 1, scenarioHash: 'h' });

  it('applies every migration once, in order, and none on a folder that has them', async () => {
    const files = migrationFiles().map((m) => m.id);
    expect(files[0]).toBe('001_classes');
    expect(await migrate(db)).toEqual(files);
    expect(await migrate(db)).toEqual([]);
    const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    expect(tables.rows.map((r) => r.table_name)).toEqual(['classes', 'game_moves', 'hand_ins', 'schema_migrations', 'students']);
  });

  it('keeps what it stored across a close and a reopen of the folder', async () => {
    await newClass('00000000-0000-4000-8000-000000000001', 'AAAAAA', new Date(Date.now() + 30 * DAY));
    await db.close();
    db = await openPglite(dir);
    store = new Store(db);
    expect(await migrate(db)).toEqual([]);
    expect((await store.classByCode('AAAAAA'))?.roster).toEqual(['Sari']);
  }, 60_000);

  it('stores a move number once: the second is refused and the first stands', async () => {
    await newStudent('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000001', 'RRRRRR');
    const at = new Date();
    expect(await store.addMove('00000000-0000-4000-8000-0000000000a1', 0, { side: 'kim', type: 'summit.end' }, at)).toBe(true);
    expect(await store.addMove('00000000-0000-4000-8000-0000000000a1', 0, { side: 'kim', type: 'goal.ask', goal: 'x' }, at)).toBe(false);
    expect((await store.moves('00000000-0000-4000-8000-0000000000a1')).map((m) => m.move)).toEqual([{ side: 'kim', type: 'summit.end' }]);
    expect(await store.handIn('00000000-0000-4000-8000-0000000000a1', { justification: 'a', unfinished: false, at })).toBe(true);
    expect(await store.handIn('00000000-0000-4000-8000-0000000000a1', { justification: 'b', unfinished: true, at })).toBe(false);
  });

  it('stores moves that arrive together, each told whether it was stored', async () => {
    const student = '00000000-0000-4000-8000-0000000000a1';
    const at = new Date();
    const results = await Promise.all([1, 2, 3, 0, 4].map((n) => store.addMove(student, n, { side: 'kim', type: 'goal.ask', goal: `g${n}` }, at)));
    // Move 0 was stored before: refused; the others stored, in one go.
    expect(results).toEqual([true, true, true, false, true]);
    expect((await store.moves(student)).map((m) => m.n)).toEqual([0, 1, 2, 3, 4]);
  });

  it('removes a class with its students, moves and hand-ins; the sweep takes only classes past their date', async () => {
    const now = new Date();
    await newClass('00000000-0000-4000-8000-000000000002', 'BBBBBB', new Date(now.getTime() - 1000));
    await newStudent('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000002', 'RRRRRR');
    await store.addMove('00000000-0000-4000-8000-0000000000b1', 0, { side: 'kim', type: 'summit.end' }, now);
    expect(await store.sweep(now)).toBe(1);
    expect(await store.classByCode('BBBBBB')).toBeNull();
    expect(await store.classByCode('AAAAAA')).not.toBeNull();
    expect((await db.query('SELECT 1 FROM students WHERE class_id = $1', ['00000000-0000-4000-8000-000000000002'])).rows).toEqual([]);
    expect(await store.moves('00000000-0000-4000-8000-0000000000b1')).toEqual([]);

    expect(await store.deleteClass('00000000-0000-4000-8000-000000000001')).toBe(true);
    const left = await Promise.all(['classes', 'students', 'game_moves', 'hand_ins'].map(async (t) => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n)));
    expect(left).toEqual([0, 0, 0, 0]);
  });
});
