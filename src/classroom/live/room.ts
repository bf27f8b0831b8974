// The teacher's seat in a live class's room: the roster at once, then each student's row as it
// changes. The only file of the teacher's page that imports the network library, loaded when a
// live class is opened (never for the code-based classroom).
import { Client, type Room } from '@colyseus/sdk';
import * as v from 'valibot';
import { CLASS_PROTOCOL, ClockSchema, joinRefusalOf, ROOM_NAME, RosterMessageSchema, S2C, RowsMessageSchema, type Clock, type ErrorBody, type StudentRow } from '../../class/protocol';

export interface TeacherRoomEvents {
  roster(rows: StudentRow[]): void;
  student(row: StudentRow): void;
  clock(c: Clock): void;
  connected(online: boolean): void;
}

export interface TeacherRoom {
  leave(): void;
}

/** The seat, or why not: the server's refusal (a wrong key, a page too old for it), or null for no answer. */
export type Watching = { ok: true; room: TeacherRoom } | { ok: false; refusal: ErrorBody | null };

export async function watchClass(server: string, code: string, teacherKey: string, on: TeacherRoomEvents): Promise<Watching> {
  let room: Room;
  try {
    // The version this page speaks: a server that no longer serves it says so (client.outdated).
    room = await new Client(server).joinOrCreate(ROOM_NAME, { code, teacherKey, protocol: CLASS_PROTOCOL });
  } catch (e) {
    return { ok: false, refusal: joinRefusalOf(e) };
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
  return { ok: true, room: { leave: () => void room.leave(true).catch(() => undefined) } };
}
