// npm run verify -- CODE : prints the verified result as JSON and exits 0, or one line saying what is wrong and exits 1.
import { codeVersion, loadEngines, verifyResultCode } from '../src/engine';
import { englishText, lookupBundle } from './scenarios';

const code = process.argv.slice(2).join(' ');
// A code of an earlier version is verified by that version's engine, loaded first.
await loadEngines([codeVersion(code)]);
const verified = verifyResultCode(code, lookupBundle);
if (!verified.ok) {
  console.log(`invalid: ${englishText(verified.error)}`);
  process.exit(1);
}
const { record, score, hash, finished } = verified;
console.log(
  JSON.stringify({
    ok: true,
    scenario: record.scenarioId,
    seed: record.seed,
    difficulty: record.settings.difficulty,
    session: record.settings.session ?? null,
    name: record.name ?? null,
    moves: record.moves.length,
    putin: record.putin ?? 'model',
    finished,
    score: score.kim,
    putinScore: score.putin,
    deals: Object.fromEntries(score.perGoal.map((g) => [g.goal, { option: g.deal, breaks: g.breaks }])),
    hash,
  }),
);
