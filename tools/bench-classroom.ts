// How long the teacher's page takes to verify a class of 40 result codes (target: under 1 s).
// Serves the existing build (run `npm run build` first), opens teacher.html in headless Chromium,
// starts a session, pastes 40 codes made by the engine's scripted players, and measures the time
// from "Check and add" to the table showing all 40 verified rows; the page's own measure of the
// verification alone (replays in Web Workers) is printed beside it. Usage: npm run bench:classroom [-- --rounds 3 --codes 40]
import { encodeResultCode, makeStrategy, newGame, playOut, STRATEGIES } from '../src/engine';
import { guardedPage, launchChromium, serveDist } from '../tests/support/browser';
import { parseArgs } from './args';
import { BUNDLES } from './scenarios';

const BUNDLE = BUNDLES['vladivostok-2019']!;

// The shared strict reader: a misspelt or malformed flag is named, not silently ignored.
const flags = parseArgs(process.argv.slice(2), { codes: 'number', rounds: 'number' });
if (!flags.ok) {
  console.error(`bench-classroom: ${flags.error}`);
  process.exit(2);
}
const N = Number(flags.args.codes ?? 40);
const ROUNDS = Number(flags.args.rounds ?? 3);
const SEED = 'bench-class';

/** The class's codes, played with the session the class's link carries (its code and the class's own mark). */
function classCodes(session: string): string[] {
  const codes: string[] = [];
  for (let i = 0; i < N; i++) {
    const game = newGame(BUNDLE, { seed: SEED, settings: { difficulty: 'standard', session }, name: `Student ${i + 1}` });
    playOut(game, makeStrategy(STRATEGIES[i % STRATEGIES.length]!, `student-${i}`));
    codes.push(encodeResultCode(game.record(), BUNDLE));
  }
  return codes;
}
let moves: number[] = [];

const server = await serveDist();
const browser = await launchChromium();
const results: { round: number; wallMs: number; pageMs: number; addMs: number }[] = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const { context, page, guard } = await guardedPage(browser);
    await page.goto(`${server.url}/teacher.html`);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    // The workers warm up while the teacher starts the session; in class that takes far longer than this.
    await page.locator('body[data-warm="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.fill('#seed', SEED);
    await page.check('#difficulty-standard');
    await page.click('#start-session');
    await page.locator('#session-code').waitFor();
    const session = new URL(await page.locator('#student-link').inputValue()).searchParams.get('session') ?? '';
    const codes = classCodes(session);
    moves = codes.map((c) => c.length);
    await page.fill('#codes', codes.join('\n'));
    const started = Date.now();
    await page.click('#check-codes');
    await page.waitForFunction((n) => document.querySelectorAll('#results tbody tr[data-verdict="verified"]').length === n && document.querySelector('#class-area')?.getAttribute('data-state') === 'ready', N, { timeout: 60_000, polling: 10 });
    const wallMs = Date.now() - started;
    const pageMs = Number(await page.locator('#class-area').getAttribute('data-verify-ms'));
    await page.waitForFunction(() => document.querySelector('#class-area')?.hasAttribute('data-add-ms'));
    const addMs = Number(await page.locator('#class-area').getAttribute('data-add-ms'));
    results.push({ round, wallMs, pageMs, addMs });
    guard.check();
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`verifying ${N} result codes in the teacher's page (codes ${Math.min(...moves)}–${Math.max(...moves)} characters; ${ROUNDS} rounds, each on a fresh page)`);
for (const r of results) console.log(`  round ${r.round}: ${r.pageMs} ms replaying in the workers · ${r.addMs} ms in the page from "Check and add" to the table · ${r.wallMs} ms as the test driver saw it`);
const med = median(results.map((r) => r.addMs));
console.log(`median: ${median(results.map((r) => r.pageMs))} ms replaying · ${med} ms click to table (page) · ${median(results.map((r) => r.wallMs))} ms (driver) · target < 1000 ms: ${med < 1000 ? 'met' : 'NOT met'}`);
console.log(`machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
