// The student's connection to the class's room on the class server (Colyseus). The only file that
// imports the network library: it is loaded with the class client, only when a class link is opened.
// Every message from the server is checked against the protocol's schemas before it is believed.
import { Client, type Room } from '@colyseus/sdk';
import * as v from 'valibot';
import {
  CLASS_PROTOCOL,
  ClockSchema,
  ErrorBodySchema,
  HandedInSchema,
  joinRefusalOf,
  JoinedSchema,
  MoveGapSchema,
  MoveOkSchema,
  MoveRefusedSchema,
  ROOM_NAME,
  S2C,
  C2S,
  TimeUpSchema,
  type Clock,
  type ErrorBody,
  type HandedIn,
  type Joined,
  type JoinOptions,
  type MoveGap,
  type MoveOk,
  type MoveRefused,
  type TimeUp,
} from '../class/protocol';
import type { KimMove } from '../engine/types';

export interface RoomEvents {
  joined(j: Joined): void;
  ok(m: MoveOk): void;
  refused(m: MoveRefused): void;
  gap(m: MoveGap): void;
  handedIn(m: HandedIn): void;
  timeUp(m: TimeUp): void;
  clock(m: Clock): void;
  error(e: ErrorBody): void;
  /** The connection dropped; the library tries to take it up again. */
  dropped(): void;
  /** Taken up again after a drop (the same seat in the room). */
  back(): void;
  /** Gone for good (the server closed it or the retries ran out): a new join is needed. */
  gone(): void;
}

/** Why a join failed, as the page can say it: the server's own words, or no answer at all. */
export type JoinFailure = { kind: 'refused'; error: ErrorBody } | { kind: 'unreachable' };

export interface LiveRoom {
  sendMove(n: number, move: KimMove): void;
  handIn(justification: string): void;
  leave(): void;
}

export async function joinRoom(server: string, options: JoinOptions, on: RoomEvents): Promise<{ ok: true; room: LiveRoom } | { ok: false; why: JoinFailure }> {
  const client = new Client(server);
  let room: Room;
  try {
    room = await client.joinOrCreate(ROOM_NAME, { ...options, protocol: CLASS_PROTOCOL });
  } catch (e) {
    const error = joinRefusalOf(e);
    return { ok: false, why: error ? { kind: 'refused', error } : { kind: 'unreachable' } };
  }
  // Registered at once, before the next message can arrive (the library delivers them as they come).
  const handle = <S extends v.GenericSchema>(type: string, schema: S, fn: (m: v.InferOutput<S>) => void) =>
    room.onMessage(type, (payload: unknown) => {
      const parsed = v.safeParse(schema, payload);
      if (parsed.success) fn(parsed.output);
    });
  handle(S2C.joined, JoinedSchema, on.joined);
  handle(S2C.moveOk, MoveOkSchema, on.ok);
  handle(S2C.moveRefused, MoveRefusedSchema, on.refused);
  handle(S2C.moveGap, MoveGapSchema, on.gap);
  handle(S2C.handedIn, HandedInSchema, on.handedIn);
  handle(S2C.timeUp, TimeUpSchema, on.timeUp);
  handle(S2C.clock, ClockSchema, on.clock);
  handle(S2C.error, ErrorBodySchema, on.error);
  // Sent to the teacher only; a student's room ignores them.
  room.onMessage(S2C.roster, () => undefined);
  room.onMessage(S2C.rows, () => undefined);
  // The library takes a dropped connection up again by itself (the same seat), trying at intervals.
  // With the browser offline, trying is pointless (and each try is an error on the console): the seat
  // is let go, and ./student.ts joins again with the token once the browser is back online.
  const offline = () => (room.reconnection.enabled = false);
  const online = () => (room.reconnection.enabled = true);
  addEventListener('offline', offline);
  addEventListener('online', online);
  room.onDrop(() => on.dropped());
  room.onReconnect(() => on.back());
  room.onLeave(() => {
    removeEventListener('offline', offline);
    removeEventListener('online', online);
    on.gone();
  });
  return {
    ok: true,
    room: {
      sendMove: (n, move) => room.send(C2S.move, { n, move }),
      handIn: (justification) => room.send(C2S.handIn, { justification }),
      leave: () => void room.leave(true).catch(() => undefined),
    },
  };
}

/** GET on the class server's HTTP API, its answer checked against a schema. */
export async function getJson<S extends v.GenericSchema>(server: string, path: string, schema: S): Promise<{ ok: true; value: v.InferOutput<S> } | { ok: false; why: JoinFailure }> {
  let res: Response;
  try {
    res = await fetch(`${server}${path}`, { headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, why: { kind: 'unreachable' } };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    return { ok: false, why: { kind: 'unreachable' } };
  }
  if (!res.ok) {
    const err = v.safeParse(v.object({ error: ErrorBodySchema }), body);
    return { ok: false, why: err.success ? { kind: 'refused', error: err.output.error } : { kind: 'unreachable' } };
  }
  const parsed = v.safeParse(schema, body);
  return parsed.success ? { ok: true, value: parsed.output } : { ok: false, why: { kind: 'unreachable' } };
}
