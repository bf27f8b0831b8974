// npm run golden -- --write : (re)write the golden games of this engine version, in
// tests/golden/v<ENGINE_VERSION>/, from the engine as it is. Only for a deliberate change of
// behaviour, together with a bump of ENGINE_VERSION: an earlier version's golden games stay as they
// are, played by its frozen engine (tests/engine/golden.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { ENGINE_VERSION } from '../src/engine';
import { goldenCases, strategyMoves, traceGame } from '../tests/support/golden';

if (!process.argv.includes('--write')) {
  console.error(`golden: pass --write to rewrite tests/golden/v${ENGINE_VERSION}/ (only with a deliberate change of behaviour and a bump of ENGINE_VERSION)`);
  process.exit(2);
}
const dir = new URL(`../tests/golden/v${ENGINE_VERSION}/`, import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
for (const c of goldenCases(strategyMoves)) {
  const trace = traceGame(c);
  writeFileSync(`${dir}${c.name}.json`, `${JSON.stringify({ engineVersion: ENGINE_VERSION, ...c, trace }, null, 1)}\n`);
  console.log(`${c.name}: ${c.moves.length} moves, score ${(trace.final as { result?: { kim: number } }).result?.kim}`);
}
