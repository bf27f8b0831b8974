// The server's settings, from the environment (README, "Live class (server)").
import { DEFAULT_CLASS_PORT } from '../src/class/protocol';

export interface Config {
  port: number;
  host: string;
  /** PGlite's folder (the embedded default). */
  dataDir: string;
  /** A PostgreSQL server instead of PGlite. */
  databaseUrl: string | undefined;
  /** Several processes share presence and matchmaking through Redis. */
  redisUrl: string | undefined;
  /** Classes are removed this many days after they were made. */
  keepDays: number;
  /** The game's origin, for the students' and the teacher's links. */
  gameUrl: string;
  /** This server's address as the browser reaches it (for ?server= in the links). */
  publicUrl: string | undefined;
  /**
   * With several processes: this process's address as a browser reaches it (host:port, or host/path
   * behind a proxy), which Colyseus hands to a client whose class's room lives here.
   */
  publicAddress: string | undefined;
  /** After time is up, how long students have to hand in before the server does it for them. */
  graceMs: number;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.CLASS_PORT, DEFAULT_CLASS_PORT, 'CLASS_PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: env.CLASS_DATA_DIR || './.class-data',
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    keepDays: int(env.CLASS_KEEP_DAYS, 30, 'CLASS_KEEP_DAYS'),
    gameUrl: (env.GAME_URL || 'http://127.0.0.1:5173').replace(/\/+$/, ''),
    publicUrl: env.CLASS_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    publicAddress: env.CLASS_PUBLIC_ADDRESS || undefined,
    graceMs: int(env.CLASS_GRACE_MS, 30_000, 'CLASS_GRACE_MS'),
  };
}
