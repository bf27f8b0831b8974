// `npx tsx server/main.ts`: the class server alone (npm start runs it with the game: tools/start.ts).
// Settings from the environment: CLASS_PORT, HOST, CLASS_DATA_DIR, DATABASE_URL, REDIS_URL,
// CLASS_KEEP_DAYS, GAME_URL, CLASS_PUBLIC_URL (README, "Live class (server)").
import { startClassServer } from './app';
import { configFromEnv } from './config';
import { answerMemoryQuestions } from './memory-probe';

const config = configFromEnv();
const running = await startClassServer(config);
// Tests and tools/start.ts wait for this line; the port is the real one (CLASS_PORT=0 picks a free one).
console.log(`class server listening on ${running.url} (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}${config.redisUrl ? ', Redis' : ''})`);

// Only when started with an IPC channel (the load bench): its memory, after a collection.
answerMemoryQuestions();

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
