// The teacher's HTTP API (PROTOCOL.md, README "Live class (server)"), on the port of the rooms. Every
// refusal is `{ error: { key, message: { en, id } } }` and changes nothing; the teacher's key is
// checked against its stored hash; every address is limited to LIMITS_CLASS.requestsPerMinute.
import { randomUUID } from 'node:crypto';
import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import * as v from 'valibot';
import {
  type ClassCreated,
  ClassCodeSchema,
  CLASS_PROTOCOL_HEADER,
  ClassIdSchema,
  type ClassView,
  CreateClassSchema,
  type ErrorKey,
  type JoinInfo,
  LIMITS_CLASS,
  OLDEST_PROTOCOL,
  ProtocolSchema,
  protocolOf,
  RosterAddSchema,
} from '../src/class/protocol';
import { CSV_FORMATS, toCsv } from '../src/classroom/csv';
import { lookupBundle } from '../src/content/all';
import { catchUp, classInfo, classRows, studentUrl, teacherUrl } from './classes';
import { type ClassEvent, classTopic, ctx, onlineKey } from './context';
import { openRosterNames } from './derive';
import { classCode, hashSecret, secret, secretMatches } from './secrets';
import type { ClassRecord } from './store';
import { refusal } from './text';
import { csvOfRows } from './csv';

const STATUS: Partial<Record<ErrorKey, number>> = {
  'class.unknown': 404,
  'teacher.key-wrong': 401,
  'input.bad': 400,
  'rate.limited': 429,
  'scenario.unknown': 400,
  'server.error': 500,
  'client.outdated': 426,
};

const fail = (res: Response, key: ErrorKey) => res.status(STATUS[key] ?? 400).json({ error: refusal(key) });

/** This server's address for the links, when it is not the game's own /class-server/ (CLASS_PUBLIC_URL). */
const serverUrl = (_req: Request) => ctx().config.publicUrl;

const publish = (classId: string, event: ClassEvent) => ctx().presence.publish(classTopic(classId), event);

/** The class of :classId, if the request carries its teacher's key; otherwise the refusal is sent and null returned. */
async function teacherClass(req: Request, res: Response): Promise<ClassRecord | null> {
  const id = v.safeParse(ClassIdSchema, req.params.classId);
  const cls = id.success ? await ctx().store.classById(id.output) : null;
  if (!cls) {
    fail(res, 'class.unknown');
    return null;
  }
  const key = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
  if (!secretMatches(key, cls.teacherKeyHash)) {
    fail(res, 'teacher.key-wrong');
    return null;
  }
  return cls;
}

/** An async route whose failure is answered with `server.error`, never left hanging. */
const route = (handle: (req: Request, res: Response) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) => {
  handle(req, res).catch(next);
};

async function online(classId: string): Promise<Set<string>> {
  return new Set(await ctx().presence.smembers(onlineKey(classId)));
}

export function mountApi(app: Application): void {
  app.set('trust proxy', 'loopback');
  app.use(
    '/api/',
    rateLimit({
      windowMs: 60_000,
      limit: LIMITS_CLASS.requestsPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => fail(res, 'rate.limited'),
    }),
  );
  app.use('/api/', express.json({ limit: '64kb' }));

  app.get('/api/health', (_req, res) => {
    res.json({ ok: true });
  });

  // The teacher's page says which version of the contract it speaks (protocol.ts); one from before
  // versions says nothing, and is told to update (it shows the refusal's words) instead of being
  // given a class it cannot show live.
  app.use('/api/classes', (req: Request, res: Response, next: NextFunction) => {
    const header = req.get(CLASS_PROTOCOL_HEADER);
    const sent = header === undefined ? undefined : v.safeParse(ProtocolSchema, Number(header));
    if (sent && !sent.success) return fail(res, 'input.bad');
    if (protocolOf(sent?.output) < OLDEST_PROTOCOL.teacher) return fail(res, 'client.outdated');
    next();
  });

  app.post(
    '/api/classes',
    route(async (req, res) => {
      const body = v.safeParse(CreateClassSchema, req.body);
      if (!body.success) return fail(res, 'input.bad');
      if (!lookupBundle(body.output.scenario)) return fail(res, 'scenario.unknown');
      const { store, config } = ctx();
      const key = secret();
      let code = classCode();
      for (let i = 0; i < 5 && (await store.codeTaken(code)); i++) code = classCode();
      const keepUntil = new Date(Date.now() + config.keepDays * 86_400_000);
      const { roster = [], ...settings } = body.output;
      const cls = await store.createClass({ id: randomUUID(), code, teacherKeyHash: hashSecret(key), ...settings, roster, keepUntil });
      const created: ClassCreated = {
        classId: cls.id,
        code: cls.code,
        teacherKey: key,
        studentUrl: studentUrl(cls, config.gameUrl, serverUrl(req)),
        teacherUrl: teacherUrl(cls, key, config.gameUrl, serverUrl(req)),
        keepUntil: cls.keepUntil.toISOString(),
      };
      res.status(201).json(created);
    }),
  );

  app.get(
    '/api/classes/:classId',
    route(async (req, res) => {
      const found = await teacherClass(req, res);
      if (!found) return;
      const { store, config } = ctx();
      const { cls, changed } = await catchUp(store, found, config.graceMs);
      if (changed) publish(cls.id, { type: 'changed' });
      const view: ClassView = { class: classInfo(cls, config.gameUrl, serverUrl(req)), students: await classRows(store, cls, await online(cls.id)) };
      res.json(view);
    }),
  );

  app.post(
    '/api/classes/:classId/roster',
    route(async (req, res) => {
      const cls = await teacherClass(req, res);
      if (!cls) return;
      const body = v.safeParse(RosterAddSchema, req.body);
      if (!body.success || cls.roster.length + body.output.names.length > LIMITS_CLASS.roster) return fail(res, 'input.bad');
      const updated = await ctx().store.addToRoster(cls.id, body.output.names);
      publish(cls.id, { type: 'changed' });
      res.json({ roster: updated?.roster ?? [] });
    }),
  );

  app.post(
    '/api/classes/:classId/start',
    route(async (req, res) => {
      const cls = await teacherClass(req, res);
      if (!cls) return;
      const updated = await ctx().store.setTimes(cls.id, { endsAt: new Date(Date.now() + cls.minutes * 60_000) });
      publish(cls.id, { type: 'changed' });
      res.json({ endsAt: updated?.endsAt?.toISOString() ?? null, endedAt: updated?.endedAt?.toISOString() ?? null });
    }),
  );

  app.post(
    '/api/classes/:classId/end',
    route(async (req, res) => {
      const cls = await teacherClass(req, res);
      if (!cls) return;
      const updated = await ctx().store.endClass(cls.id, new Date());
      publish(cls.id, { type: 'changed' });
      res.json({ endsAt: updated?.endsAt?.toISOString() ?? null, endedAt: updated?.endedAt?.toISOString() ?? null });
    }),
  );

  app.delete(
    '/api/classes/:classId',
    route(async (req, res) => {
      const cls = await teacherClass(req, res);
      if (!cls) return;
      await ctx().store.deleteClass(cls.id);
      publish(cls.id, { type: 'deleted' });
      res.status(204).end();
    }),
  );

  app.get(
    '/api/classes/:classId/export.csv',
    route(async (req, res) => {
      const found = await teacherClass(req, res);
      if (!found) return;
      const { store, config } = ctx();
      const { cls, changed } = await catchUp(store, found, config.graceMs);
      if (changed) publish(cls.id, { type: 'changed' });
      const lang = req.query.lang === 'en' || req.query.lang === 'id' ? req.query.lang : cls.lang;
      const rows = await classRows(store, cls, await online(cls.id));
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="class-${cls.code}.csv"`)
        .send(toCsv(csvOfRows(rows, lang), CSV_FORMATS[lang]));
    }),
  );

  app.get(
    '/api/join/:code',
    route(async (req, res) => {
      const code = v.safeParse(ClassCodeSchema, req.params.code);
      const cls = code.success ? await ctx().store.classByCode(code.output) : null;
      if (!cls) return fail(res, 'class.unknown');
      const info: JoinInfo = {
        code: cls.code,
        title: cls.title,
        scenario: cls.scenario,
        lang: cls.lang,
        difficulty: cls.difficulty,
        names: openRosterNames(cls.roster, await ctx().store.students(cls.id)),
        endsAt: cls.endsAt?.toISOString() ?? null,
        endedAt: cls.endedAt?.toISOString() ?? null,
      };
      res.json(info);
    }),
  );

  app.use('/api/', (_req: Request, res: Response) => fail(res, 'input.bad'));
  // A body that is not JSON, or too large; anything thrown by a route.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) return void fail(res, 'input.bad');
    console.error('class server: a request failed:', err);
    fail(res, 'server.error');
  });
}
