// The class server (server/main.ts) as the browser tests run it: a child process on a port of its
// own with a temporary data folder (PGlite), stopped and started again on the same port and folder
// to show that a restart loses nothing (./class-server.ts starts it for the server's own tests, on a
// port of its choosing; here the port must be known before the preview server starts, and stay). The pages reach it through /class-server on their own
// origin: vite.config.ts proxies that path to CLASS_PORT, read when the preview server starts, so
// the port is chosen (and set) before it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './browser';
import { afterAll, beforeAll } from 'vitest';

/** Where server/ lives: this repository (CLASS_SERVER_ROOT points elsewhere while the server is built on another branch). */
const SERVER_ROOT = process.env.CLASS_SERVER_ROOT ?? ROOT;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ClassServer {
  port: number;
  dataDir: string;
  /** Everything it printed, for a failing test's message. */
  log(): string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  dispose(): Promise<void>;
}

export async function classServer(env: Record<string, string> = {}): Promise<ClassServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'class-data-'));
  process.env.CLASS_PORT = String(port);
  let child: ChildProcess | null = null;
  let out = '';
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const c = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: SERVER_ROOT,
        env: { ...process.env, CLASS_PORT: String(port), CLASS_DATA_DIR: dataDir, HOST: '127.0.0.1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      const timer = setTimeout(() => reject(new Error(`the class server did not start in 60 s:\n${out}`)), 60_000);
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/class server listening on /.test(out.split('\n').slice(-3).join('\n')) || /class server listening on /.test(d.toString())) {
          clearTimeout(timer);
          resolve();
        }
      };
      c.stdout!.on('data', onData);
      c.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      c.once('exit', (code) => {
        clearTimeout(timer);
        if (child === c) child = null;
        reject(new Error(`the class server stopped (${code}):\n${out}`));
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const c = child;
      if (!c) return resolve();
      child = null;
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
    });
  await start();
  return {
    port,
    dataDir,
    log: () => out,
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A class server for a browser test file: started before the preview server (useE2E's own hook,
 * registered after this one, proxies /class-server to its port) and disposed of after the file.
 */
export function useClassServer(): { readonly server: ClassServer } {
  let server: ClassServer | undefined;
  beforeAll(async () => {
    server = await classServer();
  }, 90_000);
  afterAll(async () => {
    await server?.dispose();
  });
  return {
    get server() {
      if (!server) throw new Error('the class server has not started');
      return server;
    },
  };
}
