// The live classes whose secret links this browser holds (issue #12): no accounts, so a class is
// reached by its teacher link (`teacher.html?server=…&class=ID#key=…`, the key in the fragment so that
// it never travels in a Referer or a server's log). The page keeps the list, newest first; opening a
// saved link on another device adds it there. Pure, apart from the storage handed in.
import * as v from 'valibot';
import { readServer } from '../../shell/class-link';

export const SAVED_KEY = 'vladivostok-2019.teacher.live';

const SavedSchema = v.object({
  server: v.string(),
  classId: v.string(),
  key: v.string(),
  title: v.optional(v.string(), ''),
  code: v.optional(v.string(), ''),
  createdAt: v.optional(v.string(), ''),
});
export type SavedClass = v.InferOutput<typeof SavedSchema>;

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The saved classes; what cannot be read is skipped (one bad entry loses no other). */
export function readSaved(storage: KeyValue): SavedClass[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(SAVED_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((x) => {
      const r = v.safeParse(SavedSchema, x);
      return r.success ? [r.output] : [];
    });
  } catch {
    return [];
  }
}

/** Adds or updates a class (its title and code as last seen); false if the browser refused to keep it. */
export function keepSaved(storage: KeyValue, c: SavedClass): boolean {
  const list = readSaved(storage).filter((x) => !(x.server === c.server && x.classId === c.classId));
  const old = readSaved(storage).find((x) => x.server === c.server && x.classId === c.classId);
  list.unshift({ ...old, ...c, title: c.title || old?.title || '', code: c.code || old?.code || '', createdAt: c.createdAt || old?.createdAt || '' });
  try {
    storage.setItem(SAVED_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

export function dropSaved(storage: KeyValue, server: string, classId: string): void {
  const list = readSaved(storage).filter((x) => !(x.server === server && x.classId === classId));
  try {
    storage.setItem(SAVED_KEY, JSON.stringify(list));
  } catch {
    /* the list stays as it was */
  }
}

/** The class's own teacher link (on this page's address). */
export function teacherLink(pageUrl: string, c: Pick<SavedClass, 'server' | 'classId' | 'key'>): string {
  const u = new URL('teacher.html', pageUrl);
  // The page's language, if its address named one, stays with it (a reload keeps speaking it).
  const lang = new URL(pageUrl).searchParams.get('lang');
  u.search = new URLSearchParams({ server: c.server, class: c.classId, ...(lang ? { lang } : {}) }).toString();
  u.hash = new URLSearchParams({ key: c.key }).toString();
  return u.toString();
}

/** The students' link: the game with the class server and the class code (and the class's language for the join screen). */
export function studentLiveLink(pageUrl: string, server: string, code: string, lang: string): string {
  const u = new URL('index.html', pageUrl);
  u.search = new URLSearchParams({ server, class: code, lang }).toString();
  return u.toString();
}

/**
 * The class a teacher link names: from the query (server, class) and the fragment (key; the
 * server's own teacherUrl puts the class in the fragment too, which is read as well).
 */
export function readTeacherLink(href: string): Pick<SavedClass, 'server' | 'classId' | 'key'> | null {
  try {
    const u = new URL(href);
    const q = u.searchParams;
    const f = new URLSearchParams(u.hash.replace(/^#/, ''));
    const server = readServer(q.get('server'), u.origin);
    const classId = q.get('class') ?? f.get('class');
    const key = f.get('key');
    if (!server || !classId || !key) return null;
    if (!/^[0-9a-f-]{36}$/i.test(classId) || !/^[A-Za-z0-9_-]{32,128}$/.test(key)) return null;
    return { server, classId, key };
  } catch {
    return null;
  }
}
