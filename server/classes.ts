// A class as a whole, from the database: its rows for the teacher, and the hand-ins the server makes
// when time is up. Used by the room (live) and by the HTTP routes (when no room is alive, or on
// another process): the same derivation either way.
import type { ClassInfo, StudentRow } from '../src/class/protocol';
import { CLASS_SERVER_PATH } from '../src/shell/class-link';
import { bundleOf, labels, notJoinedRow, openRosterNames, rowOf } from './derive';
import { isOver, openStored } from './stored-game';
import type { ClassRecord, Store } from './store';

/**
 * The students' link. The game reaches its class server at /class-server/ on its own origin (Vite's
 * proxy, or the host's: compose.yaml), which the link names as a path (a page opened without
 * `server=` is not a class link: src/shell/class-link.ts); a server elsewhere (CLASS_PUBLIC_URL) is
 * named by its address.
 */
export function studentUrl(cls: Pick<ClassRecord, 'code'>, gameUrl: string, serverUrl: string | undefined): string {
  return `${gameUrl}/?server=${encodeURIComponent(serverUrl ?? CLASS_SERVER_PATH)}&class=${cls.code}`;
}
/** The teacher's link: the key in the fragment, which the browser never sends to a server (nor to its logs). */
export function teacherUrl(cls: Pick<ClassRecord, 'id'>, key: string, gameUrl: string, serverUrl: string | undefined): string {
  return `${gameUrl}/teacher.html?server=${encodeURIComponent(serverUrl ?? CLASS_SERVER_PATH)}#class=${cls.id}&key=${key}`;
}

export function classInfo(cls: ClassRecord, gameUrl: string, serverUrl: string | undefined): ClassInfo {
  return {
    classId: cls.id,
    title: cls.title,
    scenario: cls.scenario,
    lang: cls.lang,
    minutes: cls.minutes,
    difficulty: cls.difficulty,
    code: cls.code,
    roster: cls.roster,
    createdAt: cls.createdAt.toISOString(),
    endsAt: cls.endsAt?.toISOString() ?? null,
    endedAt: cls.endedAt?.toISOString() ?? null,
    keepUntil: cls.keepUntil.toISOString(),
    studentUrl: studentUrl(cls, gameUrl, serverUrl),
  };
}

/** Every student's row, then the roster names nobody has taken. */
export async function classRows(store: Store, cls: ClassRecord, online: ReadonlySet<string>): Promise<StudentRow[]> {
  const bundle = bundleOf(cls);
  const [students, moves, handIns] = await Promise.all([store.students(cls.id), store.movesOfClass(cls.id), store.handInsOfClass(cls.id)]);
  const label = labels(students);
  const rows = students.map((s) => {
    const m = moves.get(s.id) ?? [];
    return rowOf({ cls, bundle, student: s, label: label.get(s.id)!, game: openStored(bundle, cls, s, m), moves: m, handIn: handIns.get(s.id), online: online.has(s.id) });
  });
  return [...rows, ...openRosterNames(cls.roster, students).map((name, i) => notJoinedRow(name, i))];
}

/**
 * What the class's clock should have done while no room of the class was alive: time up at endsAt,
 * then the hand-ins after the grace. Returns the class as it is now, and whether anything changed.
 */
export async function catchUp(store: Store, cls: ClassRecord, graceMs: number, now = new Date()): Promise<{ cls: ClassRecord; changed: boolean }> {
  let changed = false;
  if (cls.endsAt && !cls.endedAt && cls.endsAt.getTime() <= now.getTime()) {
    cls = (await store.endClass(cls.id, cls.endsAt)) ?? cls;
    changed = true;
  }
  if ((await settleOverdue(store, cls, graceMs, now)).length > 0) changed = true;
  return { cls, changed };
}

/** Whether the hand-in time after "time is up" is over. */
export const graceOver = (cls: ClassRecord, graceMs: number, now: Date) => cls.endedAt !== null && now.getTime() >= cls.endedAt.getTime() + graceMs;

/**
 * Time was up and the grace is over: every student who has not handed in is handed in with what the
 * server stored (unfinished if the game is not over). Returns the students handed in now.
 */
export async function settleOverdue(store: Store, cls: ClassRecord, graceMs: number, now = new Date()): Promise<string[]> {
  if (!graceOver(cls, graceMs, now)) return [];
  const bundle = bundleOf(cls);
  const [students, moves, handIns] = await Promise.all([store.students(cls.id), store.movesOfClass(cls.id), store.handInsOfClass(cls.id)]);
  const done: string[] = [];
  for (const s of students) {
    if (handIns.has(s.id)) continue;
    const game = openStored(bundle, cls, s, moves.get(s.id) ?? []);
    // A game no engine here reads is left as it is stored: nothing about it can be said here.
    if (game.kind === 'unknown') continue;
    const over = isOver(game);
    if (await store.handIn(s.id, { justification: null, unfinished: !over, at: now })) done.push(s.id);
  }
  return done;
}
