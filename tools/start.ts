// `npm start`: the game (Vite's dev server) and the class server (server/main.ts, PGlite in
// ./.class-data unless DATABASE_URL is set) together, then the addresses to open. The pages reach the
// class server through Vite's proxy at /class-server/ (vite.config.ts), so both are one origin.
// Ctrl+C stops both; if either stops, so does the other. `npm run dev` is the game alone.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DEFAULT_CLASS_PORT } from '../src/class/protocol';

const classPort = process.env.CLASS_PORT || String(DEFAULT_CLASS_PORT);
const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** Start a program; resolve with the first line of its output that `ready` finds something in. */
function run(name: string, args: string[], env: NodeJS.ProcessEnv, ready: (line: string) => string | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let found = false;
    const read = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        out.write(`[${name}] ${line}\n`);
        const hit = found ? null : ready(line.replace(/\x1b\[[0-9;]*m/g, ''));
        if (hit) {
          found = true;
          resolve(hit);
        }
      });
    read(child.stdout!, process.stdout);
    read(child.stderr!, process.stderr);
    child.on('exit', (code) => {
      if (!found) reject(new Error(`${name} stopped (exit ${code}) before it was ready`));
      else if (!stopping) {
        console.error(`[${name}] stopped (exit ${code}): stopping the rest`);
        stop(code ?? 1);
      }
    });
  });
}

const bin = (pkg: string, path: string) => new URL(`../node_modules/${pkg}/${path}`, import.meta.url).pathname;
// The server runs in one process (node with tsx's loader) so that a signal reaches it, not a wrapper.

try {
  const game = await run('game', [bin('vite', 'bin/vite.js'), '--host', '127.0.0.1'], { CLASS_PORT: classPort }, (l) => /Local:\s+(http:\/\/\S+?)\/?$/.exec(l)?.[1] ?? null);
  const server = await run('class server', ['--import', 'tsx', 'server/main.ts'], { CLASS_PORT: classPort, GAME_URL: game }, (l) => /class server listening on (\S+)/.exec(l)?.[1] ?? null);
  console.log(`
  The game, for students:      ${game}/
  The teacher's page:          ${game}/teacher.html
  Class server (live classes): ${server}  (through the game's address at ${game}/class-server/)
  Ctrl+C stops both.
`);
} catch (e) {
  console.error(`start: ${(e as Error).message}`);
  stop(1);
}
