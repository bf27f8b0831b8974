// npm run verify -- CODE : prints the verified result as JSON and exits 0, or one line saying what is wrong and exits 1.
import { verifyResultCode } from '../src/engine';
import { msg } from '../src/shell/i18n';

const code = process.argv.slice(2).join(' ');
const verified = verifyResultCode(code);
if (!verified.ok) {
  console.log(`invalid: ${msg(verified.error, 'en')}`);
  process.exit(1);
}
const { record, score, hash, finished } = verified;
console.log(
  JSON.stringify({
    ok: true,
    seed: record.seed,
    difficulty: record.settings.difficulty,
    session: record.settings.session ?? null,
    name: record.name ?? null,
    moves: record.moves.length,
    finished,
    score: score.kim,
    putin: score.putin,
    deals: Object.fromEntries(score.perGoal.map((g) => [g.goal, { option: g.deal, breaks: g.breaks }])),
    hash,
  }),
);
