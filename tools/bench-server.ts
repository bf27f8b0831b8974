// npm run bench:server [-- --steps 150,300,600,900,1200,1800 --window 20 --processes 1,1pg,2 --all --before DIR]
// The class server under load, on this machine's loopback: simulated students (30 to a class), each
// making one move every 5 seconds, from a generator in its own process, against one server process
// (PGlite, the embedded default) and against two (Redis and a throwaway PostgreSQL cluster, when
// installed). Each step starts fresh server processes, joins its students, then measures for
// `--window` seconds the time from a move sent to its answer. Reports, per setup: the largest number
// of students held with a p95 under 50 ms, the server's memory per student, and where p95 passes
// 100 ms, with the machine's load. Memory is the servers' own reading after a full garbage
// collection (server/memory-probe.ts, over the IPC channel of a server started with --expose-gc):
// per student, (at N students − with none) / N; and the slope from one step to the next. Not a test: its figures depend on the machine (README, "Live class").
// --processes picks the setups (1: PGlite; 1pg: one process on PostgreSQL; 2: two on PostgreSQL and
// Redis). --before DIR runs an earlier checkout's server (DIR holds its server/, src/, tsconfig and
// a node_modules) step by step alternately with this one, for figures before and after a change
// under the same load.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client, type Room } from '@colyseus/sdk';
import { CLASS_PROTOCOL, type ClassCreated, type Joined } from '../src/class/protocol';
import { lookupBundle } from '../src/content/all';
import { type Game, legalMoves, type MoveInput, newGame } from '../src/engine';
import type { MemoryReading } from '../server/memory-probe';
import { api, createClass, Member, type ServerProcess, startServer, tempDir } from '../tests/support/class-server';
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

/**
 * The generator tells the bench where it is and waits for its go-ahead (a line on stdin): the bench
 * reads the servers' memory then, after a full collection, which stops a server for a moment, so
 * never while moves are being timed.
 */
function goAheads(): (at: 'joined' | 'windowEnd', extra?: object) => Promise<void> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  return async (at, extra = {}) => {
    console.log(JSON.stringify({ [at]: true, ...extra }));
    await lines.next();
  };
}

const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);

async function generator(urls: string[], students: number, windowMs: number): Promise<void> {
  const cpu0 = process.cpuUsage();
  const reached = goAheads();
  const classes: ClassCreated[] = [];
  for (let i = 0; i < Math.ceil(students / CLASS_SIZE); i++) {
    const res = await api<ClassCreated>(urls[i % urls.length]!, '/api/classes', { body: { title: `Bench ${i}`, scenario: 'vladivostok-2019', lang: 'id', minutes: 60, difficulty: 'standard' } });
    if (res.status !== 201) throw new Error(`class not created: ${res.status}`);
    classes.push(res.body);
  }
  interface Sim {
    room: Room;
    game: Game;
    /** Each move sent and not yet answered: when, and whether in the window. */
    pending: Map<number, { at: number; inWindow: boolean }>;
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
    const room = await new Client(urls[i % urls.length]!).joinOrCreate('class', { code: cls.code, name: `Student ${i}`, protocol: CLASS_PROTOCOL });
    const joined: Joined = await new Promise((resolve) => room.onMessage('joined', resolve));
    const sim: Sim = { room, game: newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session } }), pending: new Map(), pick: i * 7919 };
    const answered = (n: number, ok: boolean) => {
      const sentAt = sim.pending.get(n);
      if (sentAt === undefined) return;
      sim.pending.delete(n);
      if (!ok) refused++;
      // A move sent in the window counts, answered in it or in the second after it (still in flight when the window closed).
      if (sentAt.inWindow) latencies.push(performance.now() - sentAt.at);
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
      const room = await new Client(urls[(i + 1) % urls.length]!).joinOrCreate('class', { code: cls.code, teacherKey: cls.teacherKey, protocol: CLASS_PROTOCOL });
      room.onMessage('*', () => {});
      return room;
    }),
  );
  const joinMs = Date.now() - t0;
  await reached('joined', { joinMs });

  // Each student moves every 5 s, the class spread evenly over the interval.
  const move = (sim: Sim) => {
    if (sim.game.isOver()) return;
    const legal = legalMoves(sim.game.bundle, sim.game.state, 'kim');
    const m = legal[sim.pick++ % legal.length] as MoveInput;
    if (!sim.game.play(m).ok) return;
    const n = sim.game.record().moves.length - 1;
    sim.pending.set(n, { at: performance.now(), inWindow: measuring });
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
  // The students are still in their rooms, their games as far as they got: the memory they hold.
  await reached('windowEnd');
  // A move of the window still unanswered is slower than any answered: it counts in the quantiles as never answered.
  const sorted = [...latencies, ...Array.from({ length: Math.max(0, sent - latencies.length) }, () => Infinity)].sort((a, b) => a - b);
  const cpu = process.cpuUsage(cpu0);
  const result: GeneratorResult = {
    students,
    joinMs,
    sent,
    sentAll,
    answered: latencies.length,
    refused,
    lost: Math.max(0, sent - latencies.length),
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

/** The servers' memory together (summed over the processes), each read after a full collection (server/memory-probe.ts). */
interface Memory {
  rss: number;
  /** What JavaScript holds: the heap in use and the memory outside it (buffers, PGlite's WebAssembly memory). */
  heap: number;
}
async function memoryOf(servers: ServerProcess[]): Promise<Memory | null> {
  const readings = await Promise.all(servers.map((s) => s.memory()));
  if (readings.some((r) => r === null || !r.collected)) return null;
  const sum = (f: (r: MemoryReading) => number) => (readings as MemoryReading[]).reduce((t, r) => t + f(r), 0);
  return { rss: sum((r) => r.rss), heap: sum((r) => r.heapUsed + r.external) };
}
/**
 * The servers' memory with no student: after one class has been made and played in and left (so the
 * code a class uses is loaded and compiled, which the first class would otherwise be charged for),
 * and once the resident memory has settled (after the start, the process keeps giving memory back to
 * the system for some seconds: read too early, the students seemed to take less than nothing).
 */
async function memoryAtZero(servers: ServerProcess[]): Promise<Memory | null> {
  for (const [i, s] of servers.entries()) {
    const cls = await createClass(s.url, { title: `Warm-up ${i}` });
    const student = await Member.join(s.url, { code: cls.code, name: 'Warm-up' });
    const joined: Joined = await student.next('joined');
    const game = newGame(lookupBundle(joined.scenario)!, { seed: joined.seed, settings: { difficulty: joined.difficulty, session: joined.session } });
    const m = legalMoves(game.bundle, game.state, 'kim')[0] as MoveInput;
    student.send('move', { n: 0, move: m });
    await student.next('move.ok');
    await student.leave();
  }
  // Settled: four readings over 6 s within 1 MB a process (an idle server on PGlite gives back some
  // 30 MB of anonymous memory at once, about 5 s after it started, garbage collected or not).
  const readings: Memory[] = [];
  for (let i = 0; i < 25; i++) {
    await new Promise((r) => setTimeout(r, 2000));
    const now = await memoryOf(servers);
    if (!now) return null;
    readings.push(now);
    const last4 = readings.slice(-4).map((m) => m.rss);
    if (last4.length === 4 && Math.max(...last4) - Math.min(...last4) < servers.length * 1024 * 1024) return now;
  }
  return readings.at(-1) ?? null;
}

const perStudent = (at: Memory | null, zero: Memory | null, students: number, f: (m: Memory) => number) => (at && zero ? (f(at) - f(zero)) / students / 1024 : NaN);

/** The whole machine's busy CPU time so far (every core, from /proc/stat), in ms. */
function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: all but idle and iowait is busy; 100 ticks a second.
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return (total - ticks[3]! - ticks[4]!) * 10;
}

interface Step {
  /** Which server: '' alone, or 'before' / 'after' when compared with an earlier checkout (--before). */
  variant: string;
  setup: string;
  processes: number;
  students: number;
  result: GeneratorResult;
  /**
   * The servers' memory after a full collection: started, with no class (zero); once every student had
   * joined (joined); at the end of the window, every student still in the room with the moves played (end).
   * Null from a server without the probe (an earlier checkout's, --before).
   */
  memory: { zero: Memory | null; joined: Memory | null; end: Memory | null };
  /** (end − zero) / students, in KB: resident and JavaScript's. */
  rssKbPerStudent: number;
  heapKbPerStudent: number;
  /** The servers' CPU time per move answered, from the end of the joins to the end of the window. */
  cpuMsPerMove: number;
  load: number[];
  /**
   * From the end of the joins to the end of the window, the cores' time taken by everything but the
   * servers and the generator (the other sessions on this machine; PostgreSQL and Redis in their
   * setups), in cores (of cpus().length): what the load average only hints at.
   */
  othersCores: number;
}

/** Runs the generator; at each point it reaches (joined, the window's end) `at` runs before it goes on. */
function runGenerator(urls: string[], students: number, windowMs: number, at: (point: 'joined' | 'windowEnd', generatorPid: number) => Promise<void>): Promise<GeneratorResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/bench-server.ts', '--generator', urls.join(','), '--students', String(students), '--window', String(windowMs / 1000)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let result: GeneratorResult | null = null;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let msg: { joined?: boolean; windowEnd?: boolean; result?: GeneratorResult };
      try {
        msg = JSON.parse(line);
      } catch {
        return; // not ours
      }
      // JSON writes Infinity (a quantile among moves never answered) as null.
      if (msg.result) result = { ...msg.result, ...Object.fromEntries((['p50', 'p95', 'p99', 'max'] as const).map((k) => [k, msg.result![k] ?? Infinity])) };
      const point = msg.joined ? 'joined' : msg.windowEnd ? 'windowEnd' : null;
      if (point) void at(point, child.pid!).then(() => child.stdin!.write('go\n'), reject);
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
  // An earlier checkout (--before) may not have the memory probe; its memory is then not reported.
  const probe = existsSync(join(root ?? '.', 'server/memory-probe.ts'));
  if (!setup.postgres) return [await startServer({ CLASS_DATA_DIR: dataDir }, 180_000, root, probe)];
  const servers: ServerProcess[] = [];
  for (let i = 0; i < setup.processes; i++) {
    const port = await freePort();
    const env: Record<string, string> = { CLASS_PORT: String(port), CLASS_PUBLIC_ADDRESS: `127.0.0.1:${port}`, DATABASE_URL: infra.postgres!.url };
    if (setup.redis) env.REDIS_URL = infra.redis!.url;
    servers.push(await startServer(env, 180_000, root, probe));
  }
  return servers;
}

const ms = (x: number) => (x === Infinity ? 'unanswered' : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(1)} ms`);

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
            const cpu = () => servers.reduce((sum, s) => sum + cpuMsOf(s.child.pid!), 0);
            const memory: Step['memory'] = { zero: await memoryAtZero(servers), joined: null, end: null };
            let cpuJoined = NaN;
            let cpuEnd = NaN;
            const others = { machine: NaN, generator: NaN, at: NaN, cores: NaN };
            const result = await runGenerator(
              servers.map((s) => s.url),
              students,
              windowMs,
              async (point, generatorPid) => {
                if (point === 'joined') {
                  memory.joined = await memoryOf(servers);
                  // After the collection: its time is not the moves'.
                  cpuJoined = cpu();
                  Object.assign(others, { machine: machineBusyMs(), generator: cpuMsOf(generatorPid), at: Date.now() });
                } else {
                  cpuEnd = cpu();
                  const busy = machineBusyMs() - others.machine - (cpuEnd - cpuJoined) - (cpuMsOf(generatorPid) - others.generator);
                  others.cores = busy / (Date.now() - others.at);
                  memory.end = await memoryOf(servers);
                }
              },
            );
            const cpuMsPerMove = (cpuEnd - cpuJoined) / result.sentAll;
            const step: Step = {
              variant: variant.label,
              setup: setup.name,
              processes: setup.processes,
              students,
              result,
              memory,
              rssKbPerStudent: perStudent(memory.end, memory.zero, students, (m) => m.rss),
              heapKbPerStudent: perStudent(memory.end, memory.zero, students, (m) => m.heap),
              cpuMsPerMove,
              load: loadavg(),
              othersCores: others.cores,
            };
            all.push(step);
            const kb = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} KB` : 'n/a');
            console.log(
              `${variant.label ? `[${variant.label}] ` : ''}${setup.name}, ${students} students (${Math.ceil(students / CLASS_SIZE)} classes): p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}, ${result.answered}/${result.sent} answered, memory per student ${kb(step.rssKbPerStudent)} resident / ${kb(step.heapKbPerStudent)} JS, server CPU ${cpuMsPerMove.toFixed(2)} ms per move, joins ${(result.joinMs / 1000).toFixed(1)} s, load ${step.load.map((l) => l.toFixed(1)).join(' ')}, the rest of the machine ${step.othersCores.toFixed(2)} of ${cpus().length} cores`,
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
  const kb = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} KB` : 'n/a');
  const table = ['| Setup | Students | p50 / p95 | Answered in the window | Memory per student (resident / JS) | Memory, slope from the step before (resident / JS) | Server CPU a move | Load (1 min) | Cores the rest of the machine took |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const setup of [...new Set(all.map((s) => s.setup))]) {
    for (const variant of variants) {
      const mine = all.filter((s) => s.setup === setup && s.variant === variant.label);
      if (mine.length === 0) continue;
      const held = mine.filter((s) => s.result.p95 < 50 && s.result.lost <= s.result.sent * 0.01).at(-1);
      const over = mine.find((s) => !(s.result.p95 <= 100));
      const cpuPerMove = mine.map((s) => s.cpuMsPerMove).filter(Number.isFinite);
      // Between two steps (each on fresh servers): what the students added took, apart from what any server holds.
      const slope = (i: number, f: (m: Memory) => number) => {
        const [a, b] = [mine[i - 1], mine[i]];
        return a?.memory.end && b?.memory.end ? (f(b.memory.end) - f(a.memory.end)) / (b.students - a.students) / 1024 : NaN;
      };
      mine.forEach((st, i) =>
        table.push(
          `| ${variant.label ? `[${variant.label}] ` : ''}${setup} | ${st.students} | ${ms(st.result.p50)} / ${ms(st.result.p95)} | ${st.result.answered} of ${st.result.sent} | ${kb(st.rssKbPerStudent)} / ${kb(st.heapKbPerStudent)} | ${i === 0 ? '—' : `${kb(slope(i, (m) => m.rss))} / ${kb(slope(i, (m) => m.heap))}`} | ${st.cpuMsPerMove.toFixed(2)} ms | ${st.load[0]!.toFixed(1)} | ${st.othersCores.toFixed(2)} of ${cpus().length} |`,
        ),
      );
      const rss = mine.map((st) => st.rssKbPerStudent).filter(Number.isFinite);
      const heap = mine.map((st) => st.heapKbPerStudent).filter(Number.isFinite);
      console.log(
        `  ${variant.label ? `[${variant.label}] ` : ''}${setup}: ${held ? `${held.students} students held with p95 ${ms(held.result.p95)} (< 50 ms)` : 'no step had p95 < 50 ms'}; ` +
          `${over ? `p95 passes 100 ms at ${over.students} students (${ms(over.result.p95)})` : `p95 stayed under 100 ms up to ${mine.at(-1)?.students} students`}; ` +
          `server CPU ${cpuPerMove.length ? `${Math.min(...cpuPerMove).toFixed(2)}–${Math.max(...cpuPerMove).toFixed(2)} ms per move (one core answers ${Math.floor(MOVE_EVERY_MS / Math.max(...cpuPerMove))} students at a move every 5 s)` : 'n/a'}; ` +
          `memory per student ${rss.length ? `${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} KB resident, ${Math.min(...heap).toFixed(0)}–${Math.max(...heap).toFixed(0)} KB JS (after a full collection)` : 'n/a'}`,
      );
    }
  }
  console.log(`\n${table.join('\n')}`);
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync('test-artifacts/bench-server.json', JSON.stringify({ cores: cpus().length, moveEveryMs: MOVE_EVERY_MS, windowMs, steps: all }, null, 2));
  console.log('  (all steps: test-artifacts/bench-server.json)');
}

await bench();
