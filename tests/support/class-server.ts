// The class server as the tests run it: a real child process (tsx server/main.ts) on a free port of
// 127.0.0.1 with its own data (a PGlite folder unless DATABASE_URL is given), and students and
// teachers that join it with the Colyseus SDK, as the browser does.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client, type Room } from '@colyseus/sdk';
import { CLASS_PROTOCOL, CLASS_PROTOCOL_HEADER, type ClassCreated, type CreateClass } from '../../src/class/protocol';
import { MEMORY_QUESTION, type MemoryReading } from '../../server/memory-probe';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed (stdout and stderr), for a failure's message. */
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Started with `probe`: the server's memory after a full garbage collection (server/memory-probe.ts); else null. */
  memory(): Promise<MemoryReading | null>;
}

export const tempDir = (prefix = 'class-data-') => mkdtempSync(join(tmpdir(), prefix));

/**
 * Start `server/main.ts` (of this checkout, or of `root`: the bench compares two); resolve when it says
 * where it listens. `probe`: with an IPC channel and --expose-gc, so that `memory()` can ask it.
 */
export function startServer(env: Record<string, string>, timeoutMs = 90_000, root = ROOT, probe = false): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), not tsx's CLI, which runs the server as its own child: a
    // SIGKILL must reach the server itself.
    const child = spawn(process.execPath, [...(probe ? ['--expose-gc'] : []), '--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, CLASS_PORT: '0', GAME_URL: 'http://127.0.0.1:9', ...env },
      stdio: ['ignore', 'pipe', 'pipe', ...(probe ? (['ipc'] as const) : [])],
    });
    const memory = (): Promise<MemoryReading | null> =>
      !probe || !child.connected
        ? Promise.resolve(null)
        : new Promise((answer) => {
            // A server of an earlier checkout (--before) has no probe and never answers.
            const timer = setTimeout(() => done(null), 30_000);
            const done = (r: MemoryReading | null) => {
              clearTimeout(timer);
              child.off('message', onMessage);
              answer(r);
            };
            const onMessage = (m: unknown) => (m as { type?: unknown } | null)?.type === 'memory' && done(m as MemoryReading);
            child.on('message', onMessage);
            child.send(MEMORY_QUESTION);
          });
    const output: string[] = [];
    const timer = setTimeout(() => reject(new Error(`the class server did not start in ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    };
    const onLine = (line: string) => {
      output.push(line);
      const m = /class server listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, port: Number(m[2]), child, output, stop, memory });
      }
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the class server stopped (${code ?? signal}) before it listened:\n${output.join('\n')}`));
    });
  });
}

/** A call to the HTTP API as today's teacher's page makes it (saying its protocol; `protocol: null` for a page from before versions). */
export async function api<T = unknown>(base: string, path: string, init: { method?: string; body?: unknown; key?: string; protocol?: number | null } = {}): Promise<{ status: number; body: T }> {
  const protocol = init.protocol === undefined ? CLASS_PROTOCOL : init.protocol;
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      ...(protocol === null ? {} : { [CLASS_PROTOCOL_HEADER]: String(protocol) }),
    },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
}

export async function createClass(base: string, settings: Partial<CreateClass> = {}): Promise<ClassCreated> {
  const res = await api<ClassCreated>(base, '/api/classes', { body: { title: 'Kelas 9B', scenario: 'vladivostok-2019', lang: 'id', minutes: 30, difficulty: 'standard', ...settings } });
  if (res.status !== 201) throw new Error(`class not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A connection to the class's room that keeps every message it is sent, in order, to be waited for. */
export class Member {
  readonly messages: { type: string; body: any }[] = [];
  private waiters: (() => void)[] = [];
  left = false;

  constructor(readonly room: Room) {
    room.onMessage('*', (type, body) => {
      this.messages.push({ type: String(type), body });
      for (const w of this.waiters.splice(0)) w();
    });
    room.onLeave(() => {
      this.left = true;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Joins as today's pages do, saying their protocol (`protocol: undefined` for a page from before versions, which sent none). */
  static async join(base: string, options: Record<string, unknown>): Promise<Member> {
    return new Member(await new Client(base).joinOrCreate('class', { protocol: CLASS_PROTOCOL, ...options }));
  }

  /** The first message of this type (after `from`) that passes `match`. */
  async next(type: string, match: (body: any) => boolean = () => true, from = 0, timeoutMs = 15_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.messages.slice(from).find((m) => m.type === type && match(m.body));
      if (hit) return hit.body;
      if (Date.now() > deadline) throw new Error(`no "${type}" message in ${timeoutMs} ms; had: ${JSON.stringify(this.messages.slice(from).map((m) => m.type))}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  of(type: string): any[] {
    return this.messages.filter((m) => m.type === type).map((m) => m.body);
  }

  send(type: string, body: unknown): void {
    this.room.send(type, body);
  }

  async leave(): Promise<void> {
    if (!this.left) await this.room.leave(true).catch(() => {});
  }
}

/** What a refused join says: the server's refusal (its key and its words in both languages). */
export async function joinRefusal(base: string, options: Record<string, unknown>): Promise<{ key: string; message: { en: string; id: string } }> {
  try {
    const m = await Member.join(base, options);
    await m.leave();
  } catch (e) {
    return JSON.parse((e as Error).message);
  }
  throw new Error(`the join ${JSON.stringify(options)} was not refused`);
}
