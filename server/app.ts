// The class server: Colyseus (its parts: @colyseus/core and the ws transport) for the rooms, express
// (which the transport mounts) for the teacher's HTTP API, on one port; PostgreSQL (PGlite by
// default) for everything kept; Redis for presence and matchmaking when REDIS_URL is set.
import type { AddressInfo } from 'node:net';
import { LocalPresence, matchMaker, type Presence, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_NAME } from '../src/class/protocol';
import { loadEngines } from '../src/engine';
import { mountApi } from './api';
import type { Config } from './config';
import { setContext } from './context';
import { openDb } from './db/db';
import { ClassRoom } from './room';
import { Store } from './store';

export interface RunningServer {
  port: number;
  url: string;
  store: Store;
  close(): Promise<void>;
}

const DAY = 86_400_000;

export async function startClassServer(config: Config): Promise<RunningServer> {
  // Every frozen engine, before any stored game is read: a game begun under earlier rules is rebuilt by its own (stored-game.ts).
  if (!(await loadEngines())) console.error('class server: an earlier version\'s engine could not be loaded: its games are shown as not readable');
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const store = new Store(db);
  // Retention: classes past their keep-until date go now, and once a day after.
  const swept = await store.sweep(new Date());
  if (swept > 0) console.log(`class server: removed ${swept} class(es) kept past ${config.keepDays} days`);
  const sweeper = setInterval(() => void store.sweep(new Date()).catch((e) => console.error('class server: sweep failed:', e)), DAY);
  sweeper.unref();

  let presence: Presence;
  let driver: matchMaker.MatchMakerDriver | undefined;
  if (config.redisUrl) {
    const { RedisPresence } = await import('@colyseus/redis-presence');
    const { RedisDriver } = await import('@colyseus/redis-driver');
    presence = new RedisPresence(config.redisUrl);
    driver = new RedisDriver(config.redisUrl);
  } else {
    presence = new LocalPresence();
  }
  setContext({ store, presence, config });

  const transport = new WebSocketTransport({ pingInterval: 5000, pingMaxRetries: 2 });
  const server = new Server({
    transport,
    presence,
    ...(driver ? { driver } : {}),
    greet: false,
    gracefullyShutdown: false,
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
    express: (app) => mountApi(app),
  });
  server.define(ROOM_NAME, ClassRoom).filterBy(['code']);
  await server.listen(config.port, config.host);
  const port = (transport.server!.address() as AddressInfo).port;
  const url = `http://${config.host}:${port}`;
  return {
    port,
    url,
    store,
    async close() {
      clearInterval(sweeper);
      await server.gracefullyShutdown(false);
      await db.close();
      setContext(null);
    },
  };
}
