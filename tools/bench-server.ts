// npm run bench:server [-- --steps 150,300,600,900,1200,1800 --window 20 --processes 1,1pg,2 --all --before DIR]
// The class server under load, on this machine's loopback: simulated students (30 to a class), each
// making one move every 5 seconds, from a generator in its own process, against one server process
// (PGlite, the embedded default) and against two (Redis and a throwaway PostgreSQL cluster, when
// installed). Each step starts fresh server processes, joins its students, then measures for
// `--window` seconds the time from a move sent to its answer. Reports, per setup: the largest number
// of students held with a p95 under 50 ms, the server's memory per student, and where p95 passes
// 100 ms, with the machine's load. Not a test: its figures depend on the machine (README, "Live class").
// --processes picks the setups (1: PGlite; 1pg: one process on PostgreSQL; 2: two on PostgreSQL and
// Redis). --before DIR runs an earlier checkout's server (DIR holds its server/, src/, tsconfig and
// a node_modules) step by step alternately with this one, for figures before and after a change
// under the same load.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client, type Room } from '@colyseus/sdk';
import type { ClassCreated, Joined } from '../src/class/protocol';
import { lookupBundle } from '../src/content/all';
import { type Game, legalMoves, type MoveInput, newGame } from '../src/engine';
import { api, type ServerProcess, startServer, tempDir } from '../tests/support/class-server';
import { parseArgs } from './args';
import { freePort, PG_BIN, REDIS_SERVER, type Service, startPostgres, startRedis } from './infra';

const MOVE_EVERY_MS = 5000;
const CLASS_SIZE = 30;

// ---------------- The generator (its own process) ----------------

interface GeneratorResult {
  students: number;
  joinMs: number;
  sent: number;
  /** Every move sent from the end of the joins to the end of the window (for the servers' CPU per move). */
  sentAll: number;
  answered: number;
  refused: number;
  lost: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  generatorCpuMs: number;
}

const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);

async function generator(urls: string[], students: number, windowMs: number): Promise<void> {
  const cpu0 = process.cpuUsage();
  const classes: ClassCreated[] = [];
  for (let i = 0; i < Math.ceil(students / CLASS_SIZE); i++) {
    const res = await api<ClassCreated>(urls[i % urls.length]!, '/api/classes', { body: { title: `Bench ${i}`, scenario: 'vladivostok-2019', lang: 'id', minutes: 60, difficulty: 'standard' } });
    if (res.status !== 201) throw new Error(`class not created: ${res.status}`);
    classes.push(res.body);
  }
  interface Sim {
    room: Room;
    game: Game;
    pending: Map<number, number>;
    pick: number;
  }
  const sims: Sim[] = [];
  const latencies: number[] = [];
  let measuring = false;
  let sent = 0;
  let sentAll = 0;
  let refused = 0;
  const t0 = Date.now();
  // Joins go in through every process in turn, 25 at a time.
  let next = 0;
  const joinOne = async (i: number) => {
    const cls = classes[Math.floor(i / CLASS_SIZE)]!;
    const room = await new Client(urls[i % urls.length]!).joinOrCreate('class', { code: cls.code, name: `Student ${i}` });
    const joined: Joined = await new Promise((resolve) => room.onMessage('joined', resolve));
    const sim: Sim = { room, game: newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session } }), pending: new Map(), pick: i * 7919 };
    const answered = (n: number, ok: boolean) => {
      const at = sim.pending.get(n);
      if (at === undefined) return;
      sim.pending.delete(n);
      if (!ok) refused++;
      if (measuring) latencies.push(performance.now() - at);
    };
    room.onMessage('move.ok', (b: { n: number }) => answered(b.n, true));
    room.onMessage('move.refused', (b: { n: number }) => answered(b.n, false));
    room.onMessage('*', () => {});
    sims.push(sim);
  };
  await Promise.all(
    Array.from({ length: 25 }, async () => {
      while (next < students) await joinOne(next++);
    }),
  );
  // Each class's teacher watches, as in a lesson: every move sends them the student's row.
  const teachers = await Promise.all(
    classes.map(async (cls, i) => {
      const room = await new Client(urls[(i + 1) % urls.length]!).joinOrCreate('class', { code: cls.code, teacherKey: cls.teacherKey });
      room.onMessage('*', () => {});
      return room;
    }),
  );
  const joinMs = Date.now() - t0;
  console.log(JSON.stringify({ joined: students, joinMs }));

  // Each student moves every 5 s, the class spread evenly over the interval.
  const move = (sim: Sim) => {
    if (sim.game.isOver()) return;
    const legal = legalMoves(sim.game.bundle, sim.game.state, 'kim');
    const m = legal[sim.pick++ % legal.length] as MoveInput;
    if (!sim.game.play(m).ok) return;
    const n = sim.game.record().moves.length - 1;
    sim.pending.set(n, performance.now());
    if (measuring) sent++;
    sentAll++;
    sim.room.send('move', { n, move: m });
  };
  const timers = sims.map((sim, i) =>
    setTimeout(() => {
      move(sim);
      timers[i] = setInterval(() => move(sim), MOVE_EVERY_MS) as unknown as NodeJS.Timeout;
    }, (i / sims.length) * MOVE_EVERY_MS),
  );
  // One interval to settle, then the window.
  await new Promise((r) => setTimeout(r, MOVE_EVERY_MS));
  measuring = true;
  await new Promise((r) => setTimeout(r, windowMs));
  measuring = false;
  await new Promise((r) => setTimeout(r, 1000));
  for (const t of timers) clearInterval(t);
  const sorted = latencies.sort((a, b) => a - b);
  const cpu = process.cpuUsage(cpu0);
  const result: GeneratorResult = {
    students,
    joinMs,
    sent,
    sentAll,
    answered: sorted.length,
    refused,
    lost: Math.max(0, sent - sorted.length),
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
  };
  console.log(JSON.stringify({ result }));
  await Promise.all([...sims.map((s) => s.room), ...teachers].map((r) => r.leave(true).catch(() => {})));
  process.exit(0);
}

// ---------------- The bench (this process) ----------------

/** A process's CPU time so far (user + system), in ms. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime: fields 14 and 15 of stat (11 and 12 from 0, after the name); in clock ticks, 100 a second on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

interface Step {
  /** Which server: '' alone, or 'before' / 'after' when compared with an earlier checkout (--before). */
  variant: string;
  setup: string;
  processes: number;
  students: number;
  result: GeneratorResult;
  /** Servers' resident memory (sum) before the students joined and once they had. */
  rssBefore: number;
  rssJoined: number;
  /** The servers' CPU time per move answered, from the end of the joins to the end of the window. */
  cpuMsPerMove: number;
  load: number[];
}

function runGenerator(urls: string[], students: number, windowMs: number, onJoined: () => void): Promise<GeneratorResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/bench-server.ts', '--generator', urls.join(','), '--students', String(students), '--window', String(windowMs / 1000)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result: GeneratorResult | null = null;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const msg = JSON.parse(line);
        if (msg.joined) onJoined();
        if (msg.result) result = msg.result;
      } catch {
        // not ours
      }
    });
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the generator stopped (${code}) without a result`))));
  });
}

/**
 * The setups: '1' one process on PGlite (the embedded default), '1pg' one process on a PostgreSQL
 * server (DATABASE_URL: the database in its own processes), '2' two processes on PostgreSQL and Redis.
 */
const SETUPS: Record<string, { processes: number; postgres: boolean; redis: boolean; name: string }> = {
  '1': { processes: 1, postgres: false, redis: false, name: '1 process, PGlite' },
  '1pg': { processes: 1, postgres: true, redis: false, name: '1 process, PostgreSQL' },
  '2': { processes: 2, postgres: true, redis: true, name: '2 processes, PostgreSQL + Redis' },
};

async function startServers(setup: (typeof SETUPS)[string], infra: { redis?: Service; postgres?: Service }, dataDir: string, root: string | undefined): Promise<ServerProcess[]> {
  if (!setup.postgres) return [await startServer({ CLASS_DATA_DIR: dataDir }, 180_000, root)];
  const servers: ServerProcess[] = [];
  for (let i = 0; i < setup.processes; i++) {
    const port = await freePort();
    const env: Record<string, string> = { CLASS_PORT: String(port), CLASS_PUBLIC_ADDRESS: `127.0.0.1:${port}`, DATABASE_URL: infra.postgres!.url };
    if (setup.redis) env.REDIS_URL = infra.redis!.url;
    servers.push(await startServer(env, 180_000, root));
  }
  return servers;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);

async function bench(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2), { steps: 'string', window: 'number', processes: 'string', generator: 'string', students: 'number', all: 'boolean', before: 'string' });
  if (!parsed.ok) {
    console.error(`bench:server: ${parsed.error}`);
    process.exit(2);
  }
  const args = parsed.args as { steps?: string; window?: number; processes?: string; generator?: string; students?: number; all?: boolean; before?: string };
  if (args.generator) return generator(args.generator.split(','), args.students ?? 30, (args.window ?? 20) * 1000);

  const steps = (args.steps ?? '150,300,600,900,1200,1800').split(',').map(Number);
  const windowMs = (args.window ?? 20) * 1000;
  const setups = (args.processes ?? '1,2').split(',');
  const unknown = setups.filter((k) => !Object.hasOwn(SETUPS, k));
  if (unknown.length > 0) {
    console.error(`bench:server: unknown setup ${unknown.join(', ')} (known: ${Object.keys(SETUPS).join(', ')})`);
    process.exit(2);
  }
  // --before DIR: a checkout of an earlier server (its server/ and src/, with node_modules), run step by step
  // alternately with this one, so that both meet the same load on a shared machine.
  const variants: { label: string; root: string | undefined }[] = args.before
    ? [
        { label: 'before', root: resolve(args.before) },
        { label: 'after', root: undefined },
      ]
    : [{ label: '', root: undefined }];
  const all: Step[] = [];
  console.log(`bench:server: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; a move every ${MOVE_EVERY_MS / 1000} s per student, ${CLASS_SIZE} to a class, ${windowMs / 1000} s measured per step`);
  for (const key of setups) {
    const setup = SETUPS[key]!;
    const infra: { redis?: Service; postgres?: Service } = {};
    if (setup.postgres || setup.redis) {
      if (!REDIS_SERVER || !PG_BIN) {
        console.log(`bench:server: ${setup.name} skipped: redis-server and postgresql are not installed (apt-get install -y redis-server postgresql)`);
        continue;
      }
      [infra.redis, infra.postgres] = await Promise.all([setup.redis ? startRedis() : undefined, startPostgres()]);
    }
    const dataDir = tempDir('class-bench-');
    const stopped = new Set<string>();
    try {
      for (const students of steps) {
        for (const variant of variants) {
          if (stopped.has(variant.label)) continue;
          const servers = await startServers(setup, infra, join(dataDir, `${variant.label || 'server'}-${students}`), variant.root);
          try {
            const rss = () => servers.reduce((sum, s) => sum + rssOf(s.child.pid!), 0);
            await new Promise((r) => setTimeout(r, 1000));
            const rssBefore = rss();
            const cpu = () => servers.reduce((sum, s) => sum + cpuMsOf(s.child.pid!), 0);
            let rssJoined = NaN;
            let cpuJoined = NaN;
            const result = await runGenerator(
              servers.map((s) => s.url),
              students,
              windowMs,
              () => {
                rssJoined = rss();
                cpuJoined = cpu();
              },
            );
            const cpuMsPerMove = (cpu() - cpuJoined) / result.sentAll;
            const step: Step = { variant: variant.label, setup: setup.name, processes: setup.processes, students, result, rssBefore, rssJoined, cpuMsPerMove, load: loadavg() };
            all.push(step);
            const perStudentKb = (rssJoined - rssBefore) / students / 1024;
            console.log(
              `${variant.label ? `[${variant.label}] ` : ''}${setup.name}, ${students} students (${Math.ceil(students / CLASS_SIZE)} classes): p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, ${result.answered}/${result.sent} answered, ${perStudentKb.toFixed(0)} KB per student, server CPU ${cpuMsPerMove.toFixed(2)} ms per move, joins ${(result.joinMs / 1000).toFixed(1)} s, load ${step.load.map((l) => l.toFixed(1)).join(' ')}`,
            );
            // Past 100 ms the next step says nothing more about what is held (--all runs every step anyway, for memory and CPU figures).
            if (!args.all && (!(result.p95 <= 100) || result.lost > result.sent * 0.01)) stopped.add(variant.label);
          } finally {
            for (const s of servers) await s.stop('SIGKILL');
          }
        }
        if (variants.every((v) => stopped.has(v.label))) break;
      }
    } finally {
      await infra.redis?.stop();
      await infra.postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log('\nSummary');
  for (const setup of [...new Set(all.map((s) => s.setup))]) {
    for (const variant of variants) {
      const mine = all.filter((s) => s.setup === setup && s.variant === variant.label);
      if (mine.length === 0) continue;
      const held = mine.filter((s) => s.result.p95 < 50 && s.result.lost <= s.result.sent * 0.01).at(-1);
      const over = mine.find((s) => !(s.result.p95 <= 100));
      const cpuPerMove = mine.map((s) => s.cpuMsPerMove).filter(Number.isFinite);
      const mem = mine.filter((s) => Number.isFinite(s.rssJoined)).map((s) => (s.rssJoined - s.rssBefore) / s.students / 1024);
      console.log(
        `  ${variant.label ? `[${variant.label}] ` : ''}${setup}: ${held ? `${held.students} students held with p95 ${ms(held.result.p95)} (< 50 ms)` : 'no step had p95 < 50 ms'}; ` +
          `${over ? `p95 passes 100 ms at ${over.students} students (${ms(over.result.p95)})` : `p95 stayed under 100 ms up to ${mine.at(-1)?.students} students`}; ` +
          `server CPU ${cpuPerMove.length ? `${Math.min(...cpuPerMove).toFixed(2)}–${Math.max(...cpuPerMove).toFixed(2)} ms per move (one core answers ${Math.floor(MOVE_EVERY_MS / Math.max(...cpuPerMove))} students at a move every 5 s)` : 'n/a'}; ` +
          `memory ${mem.length ? `${Math.min(...mem).toFixed(0)}–${Math.max(...mem).toFixed(0)} KB per student` : 'n/a'}`,
      );
    }
  }
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync('test-artifacts/bench-server.json', JSON.stringify({ cores: cpus().length, moveEveryMs: MOVE_EVERY_MS, windowMs, steps: all }, null, 2));
  console.log('  (all steps: test-artifacts/bench-server.json)');
}

await bench();
