// The live class's contract between the class server (server/) and the browser (the game's class
// client and the teacher's page): every HTTP body and answer, every room message, as valibot
// schemas, and their types. Both sides validate what they receive with these; /work/coord/PROTOCOL.md
// (and the README's "Live class (server)") say the same in words. Pure: no DOM, no Node.
import * as v from 'valibot';
import { moveSpec } from '../engine/moves/table';
import { DIFFICULTIES, LANGS, type KimMove } from '../engine/types';

/**
 * The version of this contract. A page sends it when it joins a room (`protocol` in the join options)
 * and on each of the teacher's HTTP calls (the header CLASS_PROTOCOL_HEADER). 1 is the pages from
 * before it was sent, known by its absence: their teacher's page took a `student` message per row,
 * where the server now sends `rows`, so it would show no live row and no error. 2: `rows`.
 */
export const CLASS_PROTOCOL = 2;
export const CLASS_PROTOCOL_HEADER = 'x-class-protocol';
/**
 * The oldest page each side is served by this server; an older one is refused with `client.outdated`
 * (the page updates to the new build). A student's messages have not changed since version 1, so a
 * student's page from before versions still plays its game.
 */
export const OLDEST_PROTOCOL = { teacher: 2, student: 1 } as const;
export const ProtocolSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));
/** What a page that sent no version speaks. */
export const protocolOf = (sent: number | undefined): number => sent ?? 1;

/** The Colyseus room type: one room per class, found by its code. */
export const ROOM_NAME = 'class';
export const DEFAULT_CLASS_PORT = 2567;

/** Class codes and rejoin codes: no 0/O, 1/I/L, U (nothing a student misreads off a projector). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CLASS_CODE_LENGTH = 6;
export const REJOIN_CODE_LENGTH = 6;

export const LIMITS_CLASS = {
  title: 80,
  name: 40,
  roster: 60,
  students: 120,
  justification: 600,
  /** Room messages a client may send per second; more are dropped with `rate.limited`. */
  messagesPerSecond: 20,
  /** HTTP requests one address may make per minute. */
  requestsPerMinute: 240,
  /** After `timeUp`, how long the server waits for a student to end the day and hand in. */
  handInGraceMs: 30_000,
  minutes: { min: 5, max: 120 },
} as const;

// ---- Pieces ----

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const code = (length: number) => v.pipe(v.string(), v.trim(), v.toUpperCase(), v.length(length), v.regex(new RegExp(`^[${CODE_ALPHABET}]+$`)));

export const ClassCodeSchema = code(CLASS_CODE_LENGTH);
export const RejoinCodeSchema = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.minLength(4), v.maxLength(8), v.regex(new RegExp(`^[${CODE_ALPHABET}]+$`)));
export const NameSchema = trimmed(LIMITS_CLASS.name);
export const LangSchema = v.picklist(LANGS);
export const DifficultySchema = v.picklist(DIFFICULTIES);
/** A secret: the teacher's key or a student's token (base64url, 32+ characters). */
export const SecretSchema = v.pipe(v.string(), v.minLength(32), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/));
/** A class id: a UUID. */
export const ClassIdSchema = v.pipe(v.string(), v.uuid());
export const ScenarioIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[a-z0-9-]+$/));

/** A sentence in both languages of the game. */
export const BilingualSchema = v.object({ en: v.string(), id: v.string() });
export type Bilingual = v.InferOutput<typeof BilingualSchema>;

export const ERROR_KEYS = [
  'class.unknown',
  'class.deleted',
  'class.full',
  'teacher.key-wrong',
  'student.unknown',
  'input.bad',
  'rate.limited',
  'move.illegal',
  'move.gap',
  'game.not-over',
  'game.handed-in',
  'game.earlier-version',
  'game.unknown-version',
  'scenario.unknown',
  'server.error',
  'client.outdated',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

export const ErrorBodySchema = v.object({ key: v.string(), message: BilingualSchema });
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;
/** Every refusal over HTTP (400/401/404/429/500): this body. */
export const ErrorResponseSchema = v.object({ error: ErrorBodySchema });
export type ErrorResponse = v.InferOutput<typeof ErrorResponseSchema>;

/** One of Kim's moves as the network carries it: its shape is the engine's own for its type. */
export const KimMoveSchema = v.custom<KimMove>((input) => {
  if (typeof input !== 'object' || input === null) return false;
  const spec = moveSpec((input as { type?: unknown }).type);
  return spec !== undefined && spec.side === 'kim' && v.is(spec.schema, input);
}, 'not a move');

// ---- Teacher, over HTTP (Authorization: Bearer <teacherKey>) ----

export const CreateClassSchema = v.object({
  title: trimmed(LIMITS_CLASS.title),
  scenario: ScenarioIdSchema,
  lang: LangSchema,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(LIMITS_CLASS.minutes.min), v.maxValue(LIMITS_CLASS.minutes.max)),
  difficulty: DifficultySchema,
  roster: v.optional(v.pipe(v.array(NameSchema), v.maxLength(LIMITS_CLASS.roster))),
});
export type CreateClass = v.InferOutput<typeof CreateClassSchema>;

/** 201 to POST /api/classes. The teacher's key is shown once: only its hash is stored. */
export const ClassCreatedSchema = v.object({
  classId: ClassIdSchema,
  code: v.string(),
  teacherKey: v.string(),
  /** The game's address with ?server= and &class=CODE: what the students open. */
  studentUrl: v.string(),
  /** The teacher's page with ?server= and #class=ID&key=KEY (the key in the fragment: never sent to a server's log). */
  teacherUrl: v.string(),
  keepUntil: v.string(),
});
export type ClassCreated = v.InferOutput<typeof ClassCreatedSchema>;

export const RosterAddSchema = v.object({ names: v.pipe(v.array(NameSchema), v.minLength(1), v.maxLength(LIMITS_CLASS.roster)) });
export type RosterAdd = v.InferOutput<typeof RosterAddSchema>;

export const PHASES = ['not-joined', 'briefing', 'talks', 'press', 'over'] as const;
export const ENDINGS = ['agreed-all', 'ended', 'walked', 'patience', 'clock', 'time-up'] as const;
/** A goal's status as the player's view shows it (engine view-types GoalStatus). */
export const GOAL_STATUSES = ['closed', 'opening', 'listing', 'offered', 'countered', 'agreed', 'deadlocked', 'walkedOut'] as const;

/** One student as the teacher sees them: every field derived on the server from the stored moves with the engine. */
export const StudentRowSchema = v.object({
  studentId: v.string(),
  name: v.string(),
  /** The name, or "name (2)" when two students share it. */
  label: v.string(),
  joined: v.boolean(),
  online: v.boolean(),
  phase: v.picklist(PHASES),
  goals: v.array(v.object({ goal: v.string(), status: v.picklist(GOAL_STATUSES) })),
  /** Kim's moves stored. */
  moves: v.number(),
  asks: v.number(),
  /** Wall-clock minutes from joining to the last move stored (one decimal). */
  minutesPlayed: v.number(),
  ranking: v.nullable(v.array(v.string())),
  ending: v.nullable(v.picklist(ENDINGS)),
  /** Kim's score by the engine (scoreGame), once the game is over; null before. */
  score: v.nullable(v.number()),
  finished: v.boolean(),
  /** Handed in by the server after time was up, the game not over. */
  unfinished: v.boolean(),
  justification: v.nullable(v.string()),
  /** The engine's result code of the stored moves (as a student would hand in by hand); null before the first move. */
  resultCode: v.nullable(v.string()),
  /**
   * Only for a game not on the server's live rules: begun on an earlier version (read by that
   * version's frozen engine: its score and code as they were; not played on), or on a version no
   * engine of this server reads (kept as stored; no stage, score or code).
   */
  engine: v.optional(v.object({ version: v.number(), rules: v.picklist(['earlier', 'unknown']) })),
});
export type StudentRow = v.InferOutput<typeof StudentRowSchema>;

export const ClassInfoSchema = v.object({
  classId: v.string(),
  title: v.string(),
  scenario: v.string(),
  lang: LangSchema,
  minutes: v.number(),
  difficulty: DifficultySchema,
  code: v.string(),
  roster: v.array(v.string()),
  createdAt: v.string(),
  /** When the teacher started the timer: createdAt-like ISO times, or null. */
  endsAt: v.nullable(v.string()),
  endedAt: v.nullable(v.string()),
  keepUntil: v.string(),
  studentUrl: v.string(),
});
export type ClassInfo = v.InferOutput<typeof ClassInfoSchema>;

/** GET /api/classes/:classId */
export const ClassViewSchema = v.object({ class: ClassInfoSchema, students: v.array(StudentRowSchema) });
export type ClassView = v.InferOutput<typeof ClassViewSchema>;

/** GET /api/join/:code (no key): what a student's page needs before joining: the roster's names to pick from. */
export const JoinInfoSchema = v.object({
  code: v.string(),
  title: v.string(),
  scenario: v.string(),
  lang: LangSchema,
  difficulty: DifficultySchema,
  /** Roster names no student has joined as yet. */
  names: v.array(v.string()),
  endsAt: v.nullable(v.string()),
  endedAt: v.nullable(v.string()),
});
export type JoinInfo = v.InferOutput<typeof JoinInfoSchema>;

// ---- Live: the room ----

/** The options of client.join('class', …): a new student by name, a student back with their token or rejoin code, or the teacher. */
export const JoinOptionsSchema = v.union([
  v.strictObject({ code: ClassCodeSchema, name: NameSchema, protocol: v.optional(ProtocolSchema) }),
  v.strictObject({ code: ClassCodeSchema, token: SecretSchema, protocol: v.optional(ProtocolSchema) }),
  v.strictObject({ code: ClassCodeSchema, rejoin: RejoinCodeSchema, protocol: v.optional(ProtocolSchema) }),
  v.strictObject({ code: ClassCodeSchema, teacherKey: SecretSchema, protocol: v.optional(ProtocolSchema) }),
]);
export type JoinOptions = v.InferOutput<typeof JoinOptionsSchema>;

/** Message types, client → server. */
export const C2S = { move: 'move', handIn: 'handIn' } as const;
/** Message types, server → client. */
export const S2C = {
  joined: 'joined',
  moveOk: 'move.ok',
  moveRefused: 'move.refused',
  moveGap: 'move.gap',
  handedIn: 'handIn.ok',
  timeUp: 'timeUp',
  clock: 'clock',
  roster: 'roster',
  /** The rows that changed, to the teachers' pages (at most twice a second). */
  rows: 'rows',
  error: 'error',
} as const;

/** n: the move's index among Kim's moves (game.record().moves.length before it is played). */
export const MoveMessageSchema = v.strictObject({ n: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(399)), move: KimMoveSchema });
export type MoveMessage = v.InferOutput<typeof MoveMessageSchema>;
export const HandInMessageSchema = v.strictObject({ justification: v.pipe(v.string(), v.maxLength(LIMITS_CLASS.justification)) });
export type HandInMessage = v.InferOutput<typeof HandInMessageSchema>;

export const JoinedSchema = v.object({
  studentId: v.string(),
  /** Kept in the browser: it lets this student (only) back into their game. */
  token: v.string(),
  /** Shown to the student: to continue on another device. */
  rejoinCode: v.string(),
  label: v.string(),
  /** Chosen by the server, one per student. */
  seed: v.string(),
  scenario: v.string(),
  difficulty: DifficultySchema,
  lang: LangSchema,
  title: v.string(),
  /** The class's length, for the student's clock once the teacher starts it. */
  minutes: v.number(),
  /** The session every result code of the class carries (the class code). */
  session: v.string(),
  /** The game's record so far: Kim's moves only, as game.record().moves holds them against the computer
   * (replayRecord resumes it; Putin's answers are made again). The next move's n is moves.length. */
  moves: v.array(KimMoveSchema),
  endsAt: v.nullable(v.string()),
  endedAt: v.nullable(v.string()),
  handedIn: v.boolean(),
  /** The engine version the game was begun on (absent from servers before it was sent: the live one). */
  engineVersion: v.optional(v.number()),
  /**
   * A game that is not played on here (begun on an earlier version of the rules, or on one this
   * server does not know): why, in both languages, and what it stands at. Moves are refused; an
   * earlier version's game can be handed in as it is (`canHandIn`).
   */
  closed: v.optional(
    v.object({ error: ErrorBodySchema, score: v.nullable(v.number()), finished: v.boolean(), resultCode: v.nullable(v.string()), canHandIn: v.boolean() }),
  ),
});
export type Joined = v.InferOutput<typeof JoinedSchema>;

export const MoveOkSchema = v.object({ n: v.number() });
export const MoveRefusedSchema = v.object({ n: v.number(), error: ErrorBodySchema });
export const MoveGapSchema = v.object({ expected: v.number() });
export const HandedInSchema = v.object({ unfinished: v.boolean() });
export const TimeUpSchema = v.object({ message: BilingualSchema });
/** To everyone in the room when the teacher starts or ends the time. */
export const ClockSchema = v.object({ endsAt: v.nullable(v.string()), endedAt: v.nullable(v.string()) });
export const RosterMessageSchema = v.object({ students: v.array(StudentRowSchema) });
export const RowsMessageSchema = v.object({ rows: v.array(StudentRowSchema) });
export type MoveOk = v.InferOutput<typeof MoveOkSchema>;
export type MoveRefused = v.InferOutput<typeof MoveRefusedSchema>;
export type MoveGap = v.InferOutput<typeof MoveGapSchema>;
export type HandedIn = v.InferOutput<typeof HandedInSchema>;
export type TimeUp = v.InferOutput<typeof TimeUpSchema>;
export type Clock = v.InferOutput<typeof ClockSchema>;
export type RosterMessage = v.InferOutput<typeof RosterMessageSchema>;
export type RowsMessage = v.InferOutput<typeof RowsMessageSchema>;

/**
 * The server's refusal carried by a failed join (Colyseus hands the page the refusal's text, which is
 * its ErrorBody as JSON), if it is one; null for no answer at all.
 */
export function joinRefusalOf(e: unknown): ErrorBody | null {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  try {
    const body: unknown = JSON.parse(text);
    const direct = v.safeParse(ErrorBodySchema, body);
    if (direct.success) return direct.output;
    const wrapped = v.safeParse(ErrorResponseSchema, body);
    if (wrapped.success) return wrapped.output.error;
  } catch {
    /* not JSON */
  }
  const code = (e as { code?: unknown })?.code;
  // A matchmaking answer with a code (no room for this class code, a refusal in onAuth) is an answer, not silence.
  if (typeof code === 'number' && code > 0 && text) return { key: 'server.error', message: { en: text, id: text } };
  return null;
}

/** The address of the class server a page names with ?server= (http(s) origin only), or null. */
export function serverOrigin(param: string | null | undefined): string | null {
  if (!param) return null;
  try {
    const url = new URL(param);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
