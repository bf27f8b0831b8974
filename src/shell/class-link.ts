// A live class's link: `?server=<address of the class server>&class=<the class's code>`. Pure, so
// that the game's entry (which loads the class client only for such a link), the teacher's page
// (which makes the links) and the tests read it alike.

/** A class code as the server makes them (letters and digits; the server's alphabet leaves out look-alikes). */
export const CLASS_CODE = /^[A-Z0-9]{4,8}$/;

export interface ClassLink {
  /** The class server's address, without a trailing slash (same origin in practice: see classServerAllowed). */
  server: string;
  code: string;
}

/** The server's address as a link may carry it: an http(s) URL, or a path on this page's origin. */
export function readServer(raw: string | null, origin: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), origin);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.search || u.hash || u.username || u.password) return null;
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** Normalises what a student or a link gives as the class code (spaces, lower case). */
export function readClassCode(raw: string | null): string | null {
  const code = (raw ?? '').replace(/[\s-]+/g, '').toUpperCase();
  return CLASS_CODE.test(code) ? code : null;
}

/**
 * The class link in a query string, or null when the page was not opened from one. `bad` says
 * which of the two parameters is present but unreadable (the page says so instead of starting).
 */
export function readClassLink(search: string, origin: string): { link: ClassLink } | { bad: 'server' | 'class' } | null {
  const p = new URLSearchParams(search);
  if (!p.has('class') || !p.has('server')) return null;
  const server = readServer(p.get('server'), origin);
  if (!server) return { bad: 'server' };
  const code = readClassCode(p.get('class'));
  if (!code) return { bad: 'class' };
  return { link: { server, code } };
}

/**
 * Whether this page may talk to that server: its Content-Security-Policy lets it connect to its own
 * origin only (tools/csp.ts), so the class server is reached through a path of this origin (Vite
 * proxies /class-server to it; a school's host does the same).
 */
export function classServerAllowed(server: string, origin: string, allowed: readonly string[] = []): boolean {
  try {
    const o = new URL(server).origin;
    return o === origin || allowed.includes(o);
  } catch {
    return false;
  }
}

/** The path on the game's own origin where the class server is reached (Vite's proxy, a school's host). */
export const CLASS_SERVER_PATH = '/class-server';

/** The address where a page on `origin` finds the class server by default. */
export function defaultClassServer(origin: string): string {
  return `${origin}${CLASS_SERVER_PATH}`;
}
