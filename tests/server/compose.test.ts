// compose.yaml cannot be run here (no Docker), so what `docker compose config` would check, and what
// it would not, is checked against the code: the file parses (merge keys and ${VAR:-default}
// interpolation as Compose reads them); every setting given to a class server process is one the
// server reads (server/config.ts, the names it asks its environment for), and what it reads from
// them is right: PostgreSQL at the postgres service with its user, password and database, Redis at
// the redis service, each process its own public address, which nginx (deploy/nginx.conf) routes
// to that very process on the port the image listens on (deploy/Dockerfile); every service one
// depends on exists; and the README's table of settings names each one the server reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configFromEnv } from '../../server/config';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string | number>;
  depends_on?: string[] | Record<string, unknown>;
  ports?: string[];
}

/** Compose's interpolation with nothing set in the shell: ${VAR:-default} is its default, ${VAR} is empty. */
const interpolate = (value: string, shell: Record<string, string> = {}) =>
  value.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_, name: string, fallback: string | undefined) => shell[name] || fallback || '');

const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const classServers = Object.keys(services).filter((name) => /^class-\d+$/.test(name));
const envOf = (name: string, shell: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(services[name]!.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), shell)]));

/** The names the server asks its environment for, found by handing configFromEnv one that notes them. */
function namesRead(): Set<string> {
  const names = new Set<string>();
  configFromEnv(new Proxy({}, { get: (_t, key) => (typeof key === 'string' && names.add(key), undefined) }) as NodeJS.ProcessEnv);
  return names;
}

/** The image's own environment for a target (ENV lines after its FROM), as `KEY=value` pairs. */
function dockerEnv(target: string): Record<string, string> {
  const stage = read('deploy/Dockerfile').split(/^FROM /m).find((s) => new RegExp(`\\bAS ${target}\\b`).test(s.split('\n')[0]!)) ?? '';
  return Object.fromEntries([...stage.matchAll(/^ENV (.+)$/gm)].flatMap((m) => m[1]!.split(/\s+/).map((pair) => pair.split('=') as [string, string])));
}

describe('compose.yaml, the deployment of a school or a district', () => {
  it('has the game, two class server processes or more, PostgreSQL and Redis, and depends on nothing missing', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['game', 'class-1', 'class-2', 'postgres', 'redis']));
    expect(classServers.length).toBeGreaterThanOrEqual(2);
    for (const [name, s] of Object.entries(services)) {
      const deps = Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on ?? {});
      for (const d of deps) expect(Object.keys(services), `${name} depends on ${d}`).toContain(d);
      expect(s.image ?? s.build?.target, `${name} has an image or a build`).toBeTruthy();
    }
    for (const name of classServers) expect(services[name]!.build?.target).toBe('server');
    expect(services.game!.build?.target).toBe('game');
  });

  it("gives each class server only settings it reads, and what it reads from them is right", () => {
    const read = namesRead();
    // Sanity: the names the server reads, as server/config.ts has them.
    expect([...read]).toEqual(expect.arrayContaining(['CLASS_PORT', 'HOST', 'DATABASE_URL', 'REDIS_URL', 'GAME_URL', 'CLASS_PUBLIC_ADDRESS', 'CLASS_KEEP_DAYS']));
    const image = dockerEnv('server');
    for (const name of [...Object.keys(image), ...classServers.flatMap((n) => Object.keys(services[n]!.environment ?? {}))]) expect(read, `${name} is set but the server never reads it`).toContain(name);

    const pg = envOf('postgres');
    const addresses = new Set<string>();
    for (const name of classServers) {
      const config = configFromEnv({ ...image, ...envOf(name) });
      const db = new URL(config.databaseUrl!);
      expect([db.protocol, db.hostname, db.port || '5432', db.username, db.password, db.pathname.slice(1)]).toEqual(['postgres:', 'postgres', '5432', pg.POSTGRES_USER, pg.POSTGRES_PASSWORD, pg.POSTGRES_DB]);
      const redis = new URL(config.redisUrl!);
      expect([redis.protocol, redis.hostname]).toEqual(['redis:', 'redis']);
      expect([config.host, config.port, config.keepDays, config.gameUrl]).toEqual(['0.0.0.0', 2567, 30, 'http://localhost:8080']);
      expect(config.publicAddress).toBe(`localhost:8080/class-server/${name.slice('class-'.length)}`);
      addresses.add(config.publicAddress!);
    }
    expect(addresses.size, 'each process its own public address').toBe(classServers.length);
    // A school's own address, set in the shell, reaches every process's links.
    const shell = { GAME_URL: 'https://game.school.example', CLASS_PUBLIC_ADDRESS_BASE: 'game.school.example/class-server' };
    expect(configFromEnv({ ...image, ...envOf('class-2', shell) })).toMatchObject({ gameUrl: 'https://game.school.example', publicAddress: 'game.school.example/class-server/2' });
  });

  it("routes each process's public address through nginx to that process, on the port its image listens on", () => {
    const nginx = read('deploy/nginx.conf');
    const port = dockerEnv('server').CLASS_PORT;
    for (const name of classServers) {
      const n = name.slice('class-'.length);
      expect(nginx).toContain(`server ${name}:${port};`);
      const location = new RegExp(`location /class-server/${n}/ \\{[^}]*proxy_pass http://${name}:${port}/;[^}]*Upgrade`, 's');
      expect(nginx, `nginx sends /class-server/${n}/ (websockets included) to ${name}`).toMatch(location);
    }
    expect(services.game!.ports).toEqual(['8080:80']);
    expect(nginx).toMatch(/listen 80;/);
  });

  it("is described by the README's table of settings, which names each one the server reads", () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('**Settings** (environment)'), readme.indexOf('**Storage.**'));
    for (const name of namesRead()) expect(table, `README's settings table names ${name}`).toContain(`\`${name}\``);
  });
});
