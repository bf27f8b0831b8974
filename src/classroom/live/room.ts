// The teacher's seat in a live class's room: the roster at once, then each student's row as it
// changes. The only file of the teacher's page that imports the network library, loaded when a
// live class is opened (never for the code-based classroom).
import { Client, type Room } from '@colyseus/sdk';
import * as v from 'valibot';
import { ClockSchema, ROOM_NAME, RosterMessageSchema, S2C, RowsMessageSchema, type Clock, type StudentRow } from '../../class/protocol';

export interface TeacherRoomEvents {
  roster(rows: StudentRow[]): void;
  student(row: StudentRow): void;
  clock(c: Clock): void;
  connected(online: boolean): void;
}

export interface TeacherRoom {
  leave(): void;
}

export async function watchClass(server: string, code: string, teacherKey: string, on: TeacherRoomEvents): Promise<TeacherRoom | null> {
  let room: Room;
  try {
    room = await new Client(server).joinOrCreate(ROOM_NAME, { code, teacherKey });
  } catch {
    return null;
  }
  const handle = <S extends v.GenericSchema>(type: string, schema: S, fn: (m: v.InferOutput<S>) => void) =>
    room.onMessage(type, (payload: unknown) => {
      const r = v.safeParse(schema, payload);
      if (r.success) fn(r.output);
    });
  handle(S2C.roster, RosterMessageSchema, (m) => on.roster(m.students));
  handle(S2C.rows, RowsMessageSchema, (m) => {
    for (const row of m.rows) on.student(row);
  });
  handle(S2C.clock, ClockSchema, on.clock);
  // Meant for students: the teacher's seat ignores them.
  for (const type of [S2C.joined, S2C.moveOk, S2C.moveRefused, S2C.moveGap, S2C.handedIn, S2C.timeUp, S2C.error]) room.onMessage(type, () => undefined);
  room.onDrop(() => on.connected(false));
  room.onReconnect(() => on.connected(true));
  room.onLeave(() => on.connected(false));
  on.connected(true);
  return { leave: () => void room.leave(true).catch(() => undefined) };
}
