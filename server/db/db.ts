// The database: PostgreSQL either way. PGlite (Postgres compiled to WASM) in a data folder is the
// embedded default; with DATABASE_URL set, a PostgreSQL server through `pg`. Both speak the same
// SQL with $1 parameters and return `{ rows }`, so the adapter is a few lines and every query is
// written once, in plain SQL, in store.ts: no ORM or query builder to learn or to keep in step with
// two drivers, and the SQL that runs is the SQL you read.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface Db extends Queryable {
  /** Run `work` in one transaction: all of it is kept, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements at once, no parameters (the migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    kind: 'pglite',
    query: (sql, params) => pg.query(sql, params) as never,
    transaction: (work) => pg.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params) as never })),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A server that cannot be reached says so now, not at the first student's move.
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    query: (sql, params) => pool.query(sql, params) as never,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await work({ query: (sql, params) => client.query(sql, params) as never });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The migrations, in order of their number: 001_x.sql, 002_y.sql, … */
export function migrationFiles(dir = MIGRATIONS_DIR): { id: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/**
 * Bring the schema up to date: each migration not yet applied runs in its own transaction and is
 * recorded. Several processes starting at once on one PostgreSQL take an advisory lock, so each
 * migration runs once. Returns the ids applied now.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(74201912)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const applied: string[] = [];
    for (const m of migrationFiles(dir)) {
      if (done.has(m.id)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}

/** A migration's statements: split on the semicolons that end a line (the files hold no functions or quoted semicolons). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

export async function openDb(env: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Db> {
  const db = env.databaseUrl ? await openPostgres(env.databaseUrl) : await openPglite(env.dataDir);
  await migrate(db);
  return db;
}
