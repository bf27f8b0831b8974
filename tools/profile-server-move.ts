// npx tsx tools/profile-server-move.ts [--students 300 --moves 4000]
// Where one move's time goes on the class server, part by part, in one process with no network: the
// same steps the room takes for a student's move (server/room.ts), each timed on its own, over many
// students' games (a legal move of their own, as bench-server.ts's generator chooses), on PGlite in a
// temporary folder. The parts: the message's check (valibot), playing it (Kim's move and Putin's
// answer, by the engine), storing it (PGlite; moves that come together go in one statement), the
// teacher's row (derived with the engine), and the row as Colyseus sends it (msgpack). Not a test.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { pack } from 'msgpackr';
import * as v from 'valibot';
import { MoveMessageSchema } from '../src/class/protocol';
import { lookupBundle } from '../src/content/all';
import { ENGINE_VERSION, legalMoves, type MoveInput } from '../src/engine';
import { openPglite } from '../server/db/db';
import { migrate } from '../server/db/db';
import { rowOf } from '../server/derive';
import { gameSeed, rejoinCode } from '../server/secrets';
import { type ClassRecord, Store, type StoredMove, type StudentRecord } from '../server/store';
import { startGame, type StudentGame } from '../server/stored-game';
import { tempDir } from '../tests/support/class-server';
import { parseArgs } from './args';

const parsed = parseArgs(process.argv.slice(2), { students: 'number', moves: 'number' });
if (!parsed.ok) throw new Error(parsed.error);
const { students = 300, moves: total = 4000 } = parsed.args as { students?: number; moves?: number };

const dir = tempDir('class-profile-');
const db = await openPglite(dir);
await migrate(db);
const store = new Store(db);
const bundle = lookupBundle('vladivostok-2019')!;
const cls: ClassRecord = await store.createClass({
  id: randomUUID(),
  code: 'PRF234',
  teacherKeyHash: 'x'.repeat(64),
  title: 'Profile',
  scenario: bundle.scenario.id,
  lang: 'id',
  minutes: 60,
  difficulty: 'standard',
  roster: [],
  keepUntil: new Date(Date.now() + 86_400_000),
});

interface Sim {
  record: StudentRecord;
  game: StudentGame & { kind: 'live' };
  moves: StoredMove[];
  pick: number;
}
const sims: Sim[] = [];
for (let i = 0; i < students; i++) {
  const record = await store.addStudent({ id: randomUUID(), classId: cls.id, name: `Student ${i}`, tokenHash: randomUUID(), rejoinCode: rejoinCode(), seed: gameSeed(), engineVersion: ENGINE_VERSION, scenarioHash: bundle.hash });
  sims.push({ record, game: { kind: 'live', game: startGame(bundle, cls, record) }, moves: [], pick: i * 7919 });
}

const parts = { check: 0, play: 0, store: 0, row: 0, pack: 0 };
let done = 0;
let rowBytes = 0;
const now = () => performance.now();
// The moves of 30 students go to the store together, as they do in the room when they arrive within one write.
const BATCH = 30;
for (let round = 0; done < total; round++) {
  const batch: { sim: Sim; n: number; move: MoveInput }[] = [];
  for (const sim of sims) {
    if (batch.length >= BATCH || done + batch.length >= total) break;
    const game = sim.game.game;
    if (game.isOver()) continue;
    // The generator's choice (outside the measure): a legal move of the student's own game.
    const legal = legalMoves(game.bundle, game.state, 'kim');
    const move = legal[sim.pick++ % legal.length] as MoveInput;
    const message = JSON.parse(JSON.stringify({ n: sim.moves.length, move }));
    let t = now();
    const checked = v.safeParse(MoveMessageSchema, message);
    if (!checked.success || JSON.stringify(checked.output.move).length > 2000) throw new Error('bad message');
    parts.check += now() - t;
    t = now();
    if (!game.play(checked.output.move).ok) continue;
    parts.play += now() - t;
    batch.push({ sim, n: sim.moves.length, move: checked.output.move });
    sim.moves.push({ n: sim.moves.length, move: checked.output.move, at: new Date() });
  }
  if (batch.length === 0) break;
  let t = now();
  await Promise.all(batch.map((b) => store.addMove(b.sim.record.id, b.n, b.move, new Date())));
  parts.store += now() - t;
  for (const b of batch) {
    t = now();
    const row = rowOf({ cls, bundle, student: b.sim.record, label: b.sim.record.name, game: b.sim.game, moves: b.sim.moves, handIn: undefined, online: true });
    parts.row += now() - t;
    t = now();
    rowBytes += pack(['student', { row }]).length;
    parts.pack += now() - t;
  }
  done += batch.length;
  // Games that are over make room for new ones.
  for (const sim of sims) if (sim.game.game.isOver()) ((sim.game = { kind: 'live', game: startGame(bundle, cls, { ...sim.record, seed: gameSeed() }) }), (sim.moves = []));
  void round;
}
await db.close();
rmSync(dir, { recursive: true, force: true });
const all = Object.values(parts).reduce((a, b) => a + b, 0);
console.log(`${done} moves of ${students} students, ${BATCH} a write: ${(all / done).toFixed(3)} ms a move in all`);
for (const [part, ms] of Object.entries(parts)) console.log(`  ${part.padEnd(6)} ${(ms / done).toFixed(3)} ms a move (${((100 * ms) / all).toFixed(0)}%)`);
console.log(`  the teacher's row: ${(rowBytes / done).toFixed(0)} bytes a move`);
