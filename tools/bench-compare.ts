// npm run bench:compare -- --base e273f05 --runs 5 : the engine's speed side by side with an older commit.
// The base commit is checked out in a temporary git worktree (removed at the end, also on an error or
// Ctrl-C). Runs alternate, the order swapped every other pair (base, current, current, base, ...), each
// side a separate process in its own tree:
//   - one harness, written here for both trees and bundled with esbuild (the same build of each
//     side's engine, no loader between), measures the CPU time per move over the same fixed games:
//     the same 1,500 seeded random games per round, three rounds after a warm-up, the middle round;
//     the verdict is on this figure, which a busy shared machine disturbs far less than the wall clock;
//   - `npm run bench` (each tree's own tools/bench.ts), wall-clock games per second and the time to
//     verify 100 codes, as context.
// It prints the median and range per side, the ratio current/base and the load average before and
// after. A benchmark, not a test: the exit code is 0 whatever the verdict.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args';
import { r1 } from './bench-util';

const parsed = parseArgs(process.argv.slice(2), { base: 'string', runs: 'number', instructions: 'boolean' });
if (!parsed.ok) {
  console.error(`bench-compare: ${parsed.error}`);
  process.exit(2);
}
const base = String(parsed.args.base ?? 'e273f05');
const runs = Number(parsed.args.runs ?? 5);
const instructions = parsed.args.instructions === true;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** Runs a command, streaming nothing; resolves with its stdout, rejects with its stderr's tail. */
let child: ReturnType<typeof spawn> | undefined;
function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((ok, fail) => {
    const c = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('error', fail);
    c.on('close', (code, signal) => {
      child = undefined;
      if (code === 0) ok(out);
      else fail(new Error(`${cmd} ${args.join(' ')} in ${cwd} ended with ${signal ?? `code ${code}`}: ${err.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
}

// The temporary worktree, and its removal (idempotent, synchronous so it also works from a signal handler).
let baseSha: string;
try {
  baseSha = git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
} catch {
  console.error(`bench-compare: --base ${base} is not a commit here`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'vl-bench-base-'));
const tree = join(tmp, 'tree');
let cleaned = false;
function cleanup(): void {
  if (cleaned) return;
  cleaned = true;
  child?.kill('SIGTERM');
  const nm = join(tree, 'node_modules');
  try {
    // A symlink to our own node_modules: unlink it first so nothing can follow it.
    unlinkSync(nm);
  } catch {
    /* not there, or a real directory (npm ci) that the removal below takes */
  }
  spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
  rmSync(tmp, { recursive: true, force: true });
  spawnSync('git', ['worktree', 'prune'], { cwd: root });
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(sig, () => {
    console.error(`\nbench-compare: ${sig}, removing ${tree}`);
    cleanup();
    process.exit(130);
  });
process.on('exit', cleanup);

interface Run {
  /** CPU µs per move over the fixed games (the bundled harness). */
  cpuUsPerMove: number;
  gamesPerSecond: number;
  movesPerGame: number;
  /** Derived the same way on both sides: 1e6 / (games per second × moves per game). */
  usPerMove: number;
  verifyMs: number;
  /** What the current bench.ts measures itself (total time / total moves); the base's does not. */
  ownUsPerMove?: number;
}

function parseRun(stdout: string, where: string): Run {
  const last = stdout.trim().split('\n').pop() ?? '';
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(last);
  } catch {
    throw new Error(`${where}: the last line of tools/bench.ts is not JSON: ${last}`);
  }
  const num = (k: string) => {
    if (typeof j[k] !== 'number') throw new Error(`${where}: no number "${k}" in ${last}`);
    return j[k] as number;
  };
  const gamesPerSecond = num('randomGamesPerSecond');
  const movesPerGame = num('movesPerGame');
  // The base commit's bench.ts prints no usPerMove, so µs per move is derived from what both print:
  // 1e6 / (games per second × moves per game). The current side is reported with the same derived
  // figure (not its own usPerMove) so that the two are compared like for like.
  return {
    cpuUsPerMove: 0,
    gamesPerSecond,
    movesPerGame,
    usPerMove: 1e6 / (gamesPerSecond * movesPerGame),
    verifyMs: num('verify100CodesMs'),
    ownUsPerMove: typeof j.usPerMove === 'number' ? j.usPerMove : undefined,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const loadText = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

async function main(): Promise<void> {
  const head = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '' ? ' + uncommitted changes' : '';
  console.log(`base ${base} (${baseSha.slice(0, 7)}) vs current ${head}${dirty}, ${runs} run${runs === 1 ? '' : 's'} each, alternating`);
  git(['worktree', 'add', '--detach', tree, baseSha]);
  console.log(`base worktree: ${tree}`);

  const lock = (dir: string) => (existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : undefined);
  const baseLock = lock(tree);
  if (baseLock !== undefined && baseLock === lock(root) && existsSync(join(root, 'node_modules'))) {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    console.log('install: package-lock.json is the same, node_modules is a symlink to the current one');
  } else {
    console.log('install: package-lock.json differs, npm ci in the base worktree...');
    const t = performance.now();
    await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], tree);
    console.log(`install: npm ci done in ${Math.round((performance.now() - t) / 1000)} s`);
  }

  const loadBefore = loadText();
  console.log(`load average (1 / 5 / 15 min) before: ${loadBefore}`);
  const bundles = await buildHarnesses();
  const results: Record<'base' | 'current', Run[]> = { base: [], current: [] };
  for (let i = 0; i < runs; i++)
    for (const side of i % 2 ? (['current', 'base'] as const) : (['base', 'current'] as const)) {
      const dir = side === 'base' ? tree : root;
      const cpu = JSON.parse((await run(process.execPath, [bundles[side]], dir)).trim().split('\n').pop()!) as { cpuUsPerMove: number };
      const out = await run('npx', ['tsx', 'tools/bench.ts'], dir);
      const r = { ...parseRun(out, `${side} run ${i + 1}`), cpuUsPerMove: cpu.cpuUsPerMove };
      results[side].push(r);
      console.log(
        `${side.padEnd(7)} ${i + 1}/${runs}: ${r1(r.cpuUsPerMove)} CPU µs/move; wall clock ${r1(r.usPerMove)} µs/move, ${r.gamesPerSecond} games/s, verify 100 ${r.verifyMs} ms (load ${loadavg()[0]!.toFixed(2)})`,
      );
    }
  const loadAfter = loadText();

  const stat = (side: 'base' | 'current', k: 'cpuUsPerMove' | 'usPerMove' | 'gamesPerSecond' | 'verifyMs') => {
    const xs = results[side].map((r) => r[k]);
    return { med: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  const cell = (s: { med: number; min: number; max: number }) => `${r1(s.med)} (${r1(s.min)}–${r1(s.max)})`.padStart(24);
  const metrics = [
    ['CPU µs per move', 'cpuUsPerMove'],
    ['wall µs per move', 'usPerMove'],
    ['random games per second', 'gamesPerSecond'],
    ['verify 100 codes, ms', 'verifyMs'],
  ] as const;
  console.log('');
  console.log(`${'median (min–max)'.padEnd(24)} ${'base'.padStart(24)} ${'current'.padStart(24)} ${'current/base'.padStart(13)}`);
  for (const [label, k] of metrics) {
    const b = stat('base', k);
    const c = stat('current', k);
    console.log(`${label.padEnd(24)} ${cell(b)} ${cell(c)} ${(c.med / b.med).toFixed(3).padStart(13)}`);
  }
  const own = results.current.map((r) => r.ownUsPerMove).filter((x): x is number => x !== undefined);
  if (own.length) console.log(`(current's own usPerMove, total time / total moves: median ${r1(median(own))} µs)`);
  console.log(`load average (1 / 5 / 15 min): before ${loadBefore}, after ${loadAfter}`);
  if (instructions) await countInstructions(bundles);
  const ratio = stat('current', 'cpuUsPerMove').med / stat('base', 'cpuUsPerMove').med;
  const pct = `${Math.abs((ratio - 1) * 100).toFixed(1)}% ${ratio < 1 ? 'below' : 'above'}`;
  console.log(`${ratio <= 1.1 ? 'within 10%' : 'over 10%'}: the current median CPU time per move is ${pct} ${base}'s`);
}

/**
 * The harness each side runs, importing that side's engine (and, since the engine now takes its
 * scenario as a parameter, its bundle; the older engine read its one scenario itself), bundled by
 * esbuild so that both sides run the same way. With GAMES set it plays that many games and prints
 * the moves (for --instructions); otherwise it times rounds of CPU and prints JSON.
 */
async function buildHarnesses(): Promise<Record<'base' | 'current', string>> {
  const harness = (dir: string) => `
const engine = await import(${JSON.stringify(join(dir, 'src/engine/index.ts'))});
${existsSync(join(dir, 'src/content/all.ts')) ? `const bundle = (await import(${JSON.stringify(join(dir, 'src/content/all.ts'))})).BUNDLES['vladivostok-2019'];` : 'const bundle = undefined;'}
function games(n, offset) {
  let moves = 0;
  for (let i = 0; i < n; i++) {
    const seed = 'bench-' + (offset + i);
    const init = { seed, settings: { difficulty: 'standard' } };
    moves += engine.playOut(bundle ? engine.newGame(bundle, init) : engine.newGame(init), engine.makeStrategy('random', seed)).step;
  }
  return moves;
}
if (process.env.GAMES) console.log(games(Number(process.env.GAMES), 0));
else {
  games(300, 100000);
  const rounds = [];
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const moves = games(1500, 0);
    const c = process.cpuUsage(c0);
    rounds.push((c.user + c.system) / moves);
  }
  rounds.sort((a, b) => a - b);
  console.log(JSON.stringify({ cpuUsPerMove: Number(rounds[1].toFixed(2)), rounds }));
}
`;
  const out = {} as Record<'base' | 'current', string>;
  for (const [side, dir] of [['base', tree], ['current', root]] as const) {
    const src = join(tmp, `harness-${side}.ts`);
    out[side] = join(tmp, `harness-${side}.mjs`);
    writeFileSync(src, harness(dir));
    await run('npx', ['esbuild', src, '--bundle', '--platform=node', '--format=esm', `--outfile=${out[side]}`, '--log-level=error'], root);
  }
  return out;
}

/**
 * --instructions: machine instructions per move under valgrind's callgrind, which counts
 * instructions instead of timing them, so the figure is the same whatever else the machine does.
 * Each side's harness plays the same 300 and then 900 random games; the difference between the two
 * runs over the difference in moves leaves out start-up and compilation (from 100 games to 300 the
 * optimising compiler is still at work and the figure is two to three times higher and far less
 * steady). Instructions are not time (memory and allocation cost differently), so the verdict stays
 * on CPU time. Slow: ten minutes or more.
 */
async function countInstructions(bundles: Record<'base' | 'current', string>): Promise<void> {
  const perMove: Record<string, number> = {};
  for (const side of ['base', 'current'] as const) {
    const count = async (games: number) => {
      const text = await new Promise<string>((ok, fail) => {
        const c = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, bundles[side]], { env: { ...process.env, GAMES: String(games) }, stdio: ['ignore', 'pipe', 'pipe'] });
        child = c;
        let all = '';
        c.stdout.on('data', (d) => (all += d));
        c.stderr.on('data', (d) => (all += d));
        c.on('error', fail);
        c.on('close', (code) => (code === 0 ? ok(all) : fail(new Error(`valgrind ended with ${code}: ${all.slice(-300)}`))));
      });
      const moves = Number(/^(\d+)$/m.exec(text)?.[1]);
      const refs = Number((/I\s+refs:\s+([\d,]+)/.exec(text)?.[1] ?? '').replace(/,/g, ''));
      if (!moves || !refs) throw new Error(`could not read valgrind's count: ${text.slice(-300)}`);
      return { moves, refs };
    };
    const a = await count(300);
    const b = await count(900);
    perMove[side] = (b.refs - a.refs) / (b.moves - a.moves);
    console.log(`${side.padEnd(7)} instructions per move: ${Math.round(perMove[side]!).toLocaleString('en')} (${b.moves - a.moves} moves)`);
  }
  const ratio = perMove.current! / perMove.base!;
  console.log(`instructions per move, current/base: ${ratio.toFixed(3)}`);
}

try {
  await main();
} catch (e) {
  console.error(`bench-compare: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  cleanup();
  console.log(`removed the base worktree ${tree}`);
}
