// One room per class (found by its code): the students' games live here while the class is open.
// The room is authoritative: a student's move is played with the engine on the stored game and
// stored before it is acknowledged; every row the teacher sees is derived from what is stored. A
// room holds nothing the database does not: when its process dies, the next join of the class's
// code (on any process) makes the room again from the database.
import { randomUUID } from 'node:crypto';
import { type Client, Room, ServerError } from '@colyseus/core';
import * as v from 'valibot';
import {
  type ErrorBody,
  HandInMessageSchema,
  type Joined,
  JoinOptionsSchema,
  LIMITS_CLASS,
  MoveMessageSchema,
  OLDEST_PROTOCOL,
  protocolOf,
  S2C,
  type StudentRow,
} from '../src/class/protocol';
import { ENGINE_VERSION, type KimMove, type ScenarioBundle } from '../src/engine';
import { settleOverdue } from './classes';
import { type ClassEvent, classTopic, ctx, onlineKey } from './context';
import { bundleOf, labels, notJoinedRow, openRosterNames, rowOf } from './derive';
import { RateLimit } from './rate-limit';
import { gameSeed, hashSecret, rejoinCode, secret, secretMatches } from './secrets';
import type { ClassRecord, HandIn, StoredMove, StudentRecord } from './store';
import { isOver, openStored, resultCodeOf, startGame, type StudentGame } from './stored-game';
import { engineRefusal, refusal, said } from './text';

/** A refusal of a join: Colyseus hands the client the message, which is the refusal as JSON. */
const refuse = (status: number, body: ErrorBody) => new ServerError(status, JSON.stringify(body));

/** Why a game not of the live rules takes no move. */
const closedRefusal = (g: StudentGame): ErrorBody => refusal(g.kind === 'unknown' ? 'game.unknown-version' : 'game.earlier-version');

/** How often, at most, the teachers' pages hear of the rows that changed (a live table, not a ticker). */
const ROWS_EVERY_MS = 500;

/** The largest move the server stores (JSON characters): a move is a few ids. */
const MOVE_CHARS = 2000;

interface Live {
  record: StudentRecord;
  /** By the engine of its version: only a game of the live rules is played on. */
  game: StudentGame;
  moves: StoredMove[];
  handIn: HandIn | undefined;
  /** This student's messages, one at a time: a move is played and stored before the next is looked at. */
  queue: Promise<void>;
  clients: Set<Client>;
}

type Auth = { role: 'teacher' } | { role: 'student'; studentId: string; token: string };

export class ClassRoom extends Room {
  // The class's own limit on students is LIMITS_CLASS.students; teachers' pages and second tabs come on top.
  override maxClients = LIMITS_CLASS.students * 2;
  // Our own per-client limit answers `rate.limited` and drops the message; this one, far above it,
  // closes the connection of a client that floods past any use.
  override maxMessagesPerSecond = LIMITS_CLASS.messagesPerSecond * 5;

  private cls!: ClassRecord;
  private bundle!: ScenarioBundle;
  private live = new Map<string, Live>();
  private label = new Map<string, string>();
  private teachers = new Set<Client>();
  private limits = new WeakMap<Client, RateLimit>();
  private timer: NodeJS.Timeout | null = null;
  /** The students whose rows changed since the teachers last heard (changed()). */
  private changedRows = new Set<Live>();
  private rowsTimer: NodeJS.Timeout | null = null;
  private onEvent = (e: ClassEvent) => void this.classEvent(e);

  override async onCreate(options: { code?: unknown }) {
    const code = typeof options.code === 'string' ? options.code : '';
    // filterBy matches the code as given: only the canonical form may make a room, so one class has one room.
    const cls = /^[A-Z0-9]{4,8}$/.test(code) ? await ctx().store.classByCode(code) : null;
    if (!cls) throw refuse(404, refusal('class.unknown'));
    this.cls = cls;
    this.bundle = bundleOf(cls);
    this.autoDispose = true;
    await this.load();
    await this.presence.del(onlineKey(cls.id));
    await this.presence.subscribe(classTopic(cls.id), this.onEvent);
    this.onMessage('move', (client, message) => this.guard(client, () => this.move(client, message)));
    this.onMessage('handIn', (client, message) => this.guard(client, () => this.handIn(client, message)));
    this.onMessage('*', (client) => this.guard(client, () => client.send(S2C.error, refusal('input.bad'))));
    await this.schedule(null);
  }

  /** Every student's game, played again from the stored moves (those the room does not hold yet). */
  private async load(): Promise<void> {
    const { store } = ctx();
    const [students, moves, handIns] = await Promise.all([store.students(this.cls.id), store.movesOfClass(this.cls.id), store.handInsOfClass(this.cls.id)]);
    for (const s of students) {
      // A student this room holds already is as the room has them (it is their one writer, and a move may be on its way).
      if (this.live.has(s.id)) continue;
      const m = moves.get(s.id) ?? [];
      this.live.set(s.id, { record: s, game: openStored(this.bundle, this.cls, s, m), moves: m, handIn: handIns.get(s.id), queue: Promise.resolve(), clients: new Set() });
    }
    this.label = labels(students);
  }

  override async onAuth(_client: Client, options: unknown): Promise<Auth> {
    const parsed = v.safeParse(JoinOptionsSchema, options);
    if (!parsed.success) throw refuse(400, refusal('input.bad'));
    const o = parsed.output;
    if (o.code !== this.cls.code) throw refuse(404, refusal('class.unknown'));
    const { store } = ctx();
    // A page from before versions sends none: its absence is version 1 (protocol.ts), which a teacher's page is not served.
    if (protocolOf(o.protocol) < OLDEST_PROTOCOL['teacherKey' in o ? 'teacher' : 'student']) throw refuse(426, refusal('client.outdated'));
    if ('teacherKey' in o) {
      if (!secretMatches(o.teacherKey, this.cls.teacherKeyHash)) throw refuse(401, refusal('teacher.key-wrong'));
      return { role: 'teacher' };
    }
    if ('token' in o) {
      const s = [...this.live.values()].find((l) => l.record.tokenHash === hashSecret(o.token)) ?? (await this.reloadFind((l) => secretMatches(o.token, l.record.tokenHash)));
      if (!s) throw refuse(404, refusal('student.unknown'));
      return { role: 'student', studentId: s.record.id, token: o.token };
    }
    if ('rejoin' in o) {
      const s = [...this.live.values()].find((l) => l.record.rejoinCode === o.rejoin) ?? (await this.reloadFind((l) => l.record.rejoinCode === o.rejoin));
      if (!s) throw refuse(404, refusal('student.unknown'));
      // Another device: it gets its own token, and the old one stops working (a rejoin code read over a shoulder takes the game once, visibly).
      const token = secret();
      await store.newToken(s.record.id, hashSecret(token));
      s.record = { ...s.record, tokenHash: hashSecret(token) };
      return { role: 'student', studentId: s.record.id, token };
    }
    if (this.live.size >= LIMITS_CLASS.students) throw refuse(403, refusal('class.full'));
    const token = secret();
    let record: StudentRecord | null = null;
    for (let attempt = 0; !record; attempt++) {
      const student = { id: randomUUID(), classId: this.cls.id, name: o.name, tokenHash: hashSecret(token), rejoinCode: rejoinCode(), seed: gameSeed(), engineVersion: ENGINE_VERSION, scenarioHash: this.bundle.hash };
      try {
        record = await store.addStudent(student);
      } catch (e) {
        // A rejoin code drawn twice in one class (1 in 10^8 per pair): draw again.
        if (attempt >= 3) throw e;
      }
    }
    this.live.set(record.id, { record, game: { kind: 'live', game: startGame(this.bundle, this.cls, record) }, moves: [], handIn: undefined, queue: Promise.resolve(), clients: new Set() });
    this.label = labels([...this.live.values()].map((l) => l.record));
    return { role: 'student', studentId: record.id, token };
  }

  /** A student this room does not hold may have joined through another room of the class (a process that died): read them. */
  private async reloadFind(match: (l: Live) => boolean): Promise<Live | undefined> {
    await this.load();
    return [...this.live.values()].find(match);
  }

  override onJoin(client: Client, _options: unknown, auth: Auth) {
    client.userData = auth;
    if (auth.role === 'teacher') {
      this.teachers.add(client);
      client.send(S2C.roster, { students: this.rows() });
      client.send(S2C.clock, this.times());
      return;
    }
    const l = this.live.get(auth.studentId)!;
    const first = l.clients.size === 0;
    l.clients.add(client);
    if (first) void this.presence.sadd(onlineKey(this.cls.id), l.record.id);
    const joined: Joined = {
      studentId: l.record.id,
      token: auth.token,
      rejoinCode: l.record.rejoinCode,
      label: this.label.get(l.record.id) ?? l.record.name,
      seed: l.record.seed,
      scenario: this.cls.scenario,
      difficulty: this.cls.difficulty,
      lang: this.cls.lang,
      title: this.cls.title,
      minutes: this.cls.minutes,
      session: this.cls.code,
      moves: l.moves.map((m) => m.move as KimMove),
      endsAt: this.cls.endsAt?.toISOString() ?? null,
      endedAt: this.cls.endedAt?.toISOString() ?? null,
      handedIn: l.handIn !== undefined,
      engineVersion: l.record.engineVersion,
      ...(l.game.kind === 'live'
        ? {}
        : {
            closed: {
              error: closedRefusal(l.game),
              score: isOver(l.game) && l.game.kind === 'earlier' ? l.game.replay.score().kim : null,
              finished: isOver(l.game),
              resultCode: resultCodeOf(l.game, this.bundle),
              canHandIn: l.game.kind === 'earlier',
            },
          }),
    };
    client.send(S2C.joined, joined);
    // Back after time was up, not handed in: the day ends now.
    if (this.cls.endedAt && !l.handIn) client.send(S2C.timeUp, { message: said('time.up') });
    this.changed(l);
  }

  override onLeave(client: Client) {
    const auth = client.userData as Auth | undefined;
    if (!auth) return;
    if (auth.role === 'teacher') {
      this.teachers.delete(client);
      return;
    }
    const l = this.live.get(auth.studentId);
    if (!l) return;
    l.clients.delete(client);
    if (l.clients.size === 0) void this.presence.srem(onlineKey(this.cls.id), l.record.id);
    this.changed(l);
  }

  override async onDispose() {
    if (this.timer) clearTimeout(this.timer);
    if (this.rowsTimer) clearTimeout(this.rowsTimer);
    this.presence.unsubscribe(classTopic(this.cls.id), this.onEvent);
    await this.presence.del(onlineKey(this.cls.id));
  }

  /** Rate-limit a client's message, then handle it; a handler's failure is answered, never thrown into the room. */
  private guard(client: Client, handle: () => void | Promise<void>): void {
    let limit = this.limits.get(client);
    if (!limit) this.limits.set(client, (limit = new RateLimit(LIMITS_CLASS.messagesPerSecond, 1000)));
    if (!limit.take(Date.now())) {
      // Said once per second at most: a flood is not answered with a flood.
      if (limit.firstRefusal) client.send(S2C.error, refusal('rate.limited'));
      return;
    }
    Promise.resolve()
      .then(handle)
      .catch((e) => {
        console.error('class server: a message failed:', e);
        client.send(S2C.error, refusal('server.error'));
      });
  }

  private studentOf(client: Client): Live | undefined {
    const auth = client.userData as Auth | undefined;
    return auth?.role === 'student' ? this.live.get(auth.studentId) : undefined;
  }

  /** Run one student's work after the work before it. */
  private serial(l: Live, work: () => Promise<void>): Promise<void> {
    const next = l.queue.then(work, work);
    l.queue = next.catch(() => {});
    return next;
  }

  private move(client: Client, message: unknown): Promise<void> | void {
    const l = this.studentOf(client);
    const parsed = v.safeParse(MoveMessageSchema, message);
    if (!l || !parsed.success || JSON.stringify(parsed.output.move).length > MOVE_CHARS) {
      const n = (message as { n?: unknown } | null)?.n;
      if (Number.isInteger(n)) client.send(S2C.moveRefused, { n, error: refusal('input.bad') });
      else client.send(S2C.error, refusal('input.bad'));
      return;
    }
    const { n, move } = parsed.output;
    return this.serial(l, async () => {
      const stored = l.moves.length;
      if (n < stored) return void client.send(S2C.moveOk, { n });
      if (n > stored) return void client.send(S2C.moveGap, { expected: stored });
      if (l.handIn) return void client.send(S2C.moveRefused, { n, error: refusal('game.handed-in') });
      if (l.game.kind !== 'live') return void client.send(S2C.moveRefused, { n, error: closedRefusal(l.game) });
      const { game } = l.game;
      const before = game.state;
      const played = game.play(move);
      if (!played.ok) return void client.send(S2C.moveRefused, { n, error: engineRefusal(this.bundle, played.error) });
      const at = new Date();
      try {
        if (!(await ctx().store.addMove(l.record.id, n, move, at))) throw new Error(`move ${n} of ${l.record.id} was stored already`);
      } catch (e) {
        // Not stored, so not played: the game stays as the database has it.
        game.state = before;
        throw e;
      }
      l.moves.push({ n, move, at });
      client.send(S2C.moveOk, { n });
      this.changed(l);
    });
  }

  private handIn(client: Client, message: unknown): Promise<void> | void {
    const l = this.studentOf(client);
    const parsed = v.safeParse(HandInMessageSchema, message);
    if (!l || !parsed.success) return void client.send(S2C.error, refusal('input.bad'));
    return this.serial(l, async () => {
      if (l.handIn) return void client.send(S2C.handedIn, { unfinished: l.handIn.unfinished });
      if (l.game.kind === 'unknown') return void client.send(S2C.error, closedRefusal(l.game));
      // A game of earlier rules is handed in as it stands (it cannot be played to its end here).
      if (l.game.kind === 'live' && !l.game.game.isOver()) return void client.send(S2C.error, refusal('game.not-over'));
      const handIn: HandIn = { justification: parsed.output.justification.trim() || null, unfinished: !isOver(l.game), at: new Date() };
      await ctx().store.handIn(l.record.id, handIn);
      l.handIn = handIn;
      for (const c of l.clients) c.send(S2C.handedIn, { unfinished: handIn.unfinished });
      this.changed(l);
    });
  }

  private rowOf(l: Live): StudentRow {
    return rowOf({ cls: this.cls, bundle: this.bundle, student: l.record, label: this.label.get(l.record.id) ?? l.record.name, game: l.game, moves: l.moves, handIn: l.handIn, online: l.clients.size > 0 });
  }

  private rows(): StudentRow[] {
    const students = [...this.live.values()];
    return [...students.map((l) => this.rowOf(l)), ...openRosterNames(this.cls.roster, students.map((l) => l.record)).map((name, i) => notJoinedRow(name, i))];
  }

  /**
   * A student's row changed: every teacher's page hears of it, within ROWS_EVERY_MS. The rows that
   * changed meanwhile go in one message, each made once however many moves it took: a class of 30
   * moving every 5 seconds is six rows a second, and each message is a write on the teacher's socket.
   */
  private changed(l: Live): void {
    if (this.teachers.size === 0) return;
    this.changedRows.add(l);
    this.rowsTimer ??= setTimeout(() => this.sendRows(), ROWS_EVERY_MS);
  }

  private sendRows(): void {
    this.rowsTimer = null;
    const rows = [...this.changedRows].map((l) => this.rowOf(l));
    this.changedRows.clear();
    if (rows.length > 0) for (const t of this.teachers) t.send(S2C.rows, { rows });
  }

  private times() {
    return { endsAt: this.cls.endsAt?.toISOString() ?? null, endedAt: this.cls.endedAt?.toISOString() ?? null };
  }

  /** The teacher changed the class over HTTP (on this process or another). */
  private async classEvent(e: ClassEvent): Promise<void> {
    if (e.type === 'deleted') {
      for (const c of this.clients) {
        c.send(S2C.error, refusal('class.deleted'));
        c.leave(4404);
      }
      await this.disconnect();
      return;
    }
    const before = this.cls;
    const cls = await ctx().store.classById(this.cls.id);
    if (!cls) return this.classEvent({ type: 'deleted' });
    this.cls = cls;
    if (before.endsAt?.getTime() !== cls.endsAt?.getTime() || before.endedAt?.getTime() !== cls.endedAt?.getTime()) {
      this.broadcast(S2C.clock, this.times());
    }
    if (JSON.stringify(before.roster) !== JSON.stringify(cls.roster)) for (const t of this.teachers) t.send(S2C.roster, { students: this.rows() });
    await this.schedule(before);
  }

  /**
   * The class's clock: when endsAt comes, time is up; when time is up, every student still playing is
   * told so, and after the grace the server hands in what it stored for those who have not.
   */
  private async schedule(before: ClassRecord | null): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = Date.now();
    const { graceMs } = ctx().config;
    // A timer only wakes the clock up: it looks again at what is due (a timer may fire a little
    // early, and then waits again). A plain timer: the room's own clock ticks only with a
    // simulation or state patches, which this room has not.
    const wakeAt = (at: number) => {
      this.timer = setTimeout(() => void this.schedule(this.cls).catch((e) => console.error('class server: the class clock failed:', e)), Math.min(Math.max(at - now, 0) + 5, 2 ** 31 - 1));
    };
    if (this.cls.endedAt) {
      if (!before?.endedAt) this.tellTimeUp();
      const settleAt = this.cls.endedAt.getTime() + graceMs;
      if (settleAt <= now) await this.settle();
      else wakeAt(settleAt);
    } else if (this.cls.endsAt) {
      const at = this.cls.endsAt;
      if (at.getTime() > now) return wakeAt(at.getTime());
      const cls = await ctx().store.endClass(this.cls.id, at);
      if (!cls) return;
      const prior = this.cls;
      this.cls = cls;
      this.broadcast(S2C.clock, this.times());
      await this.schedule(prior);
    }
  }

  private tellTimeUp(): void {
    for (const l of this.live.values()) if (!l.handIn) for (const c of l.clients) c.send(S2C.timeUp, { message: said('time.up') });
  }

  private async settle(): Promise<void> {
    const done = await settleOverdue(ctx().store, this.cls, ctx().config.graceMs);
    if (done.length === 0) return;
    const handIns = await ctx().store.handInsOfClass(this.cls.id);
    for (const id of done) {
      const l = this.live.get(id);
      if (!l) continue;
      l.handIn = handIns.get(id);
      for (const c of l.clients) c.send(S2C.handedIn, { unfinished: l.handIn?.unfinished ?? true });
      this.changed(l);
    }
  }
}

