// npx tsx tools/pin-codes.ts <commit>: pin twelve result codes of the live engine (both scenarios;
// finished, unfinished, from a class link, two people) in tests/golden/codes-<commit>.json, with their
// scores. Run it at the commit before a change of the rules (README, "At the next change of the
// rules"): once the rules change, tests/engine/old-codes.test.ts checks they still verify with these
// scores through the frozen engine.
import { writeFileSync } from 'node:fs';
import { ENGINE_VERSION, loadEngines, encodeResultCode, Game, legalMoves, makeStrategy, newGame, playOut, scoreGame, verifyResultCode, type Move, type ScenarioBundle } from '../src/engine';
import { BUNDLES as BY_ID, lookupBundle } from '../src/content/all';
const BUNDLES = Object.values(BY_ID);
const commit = process.argv[2];
if (!commit || !/^[0-9a-f]{7,40}$/.test(commit)) {
  console.error('pin-codes: give the commit the codes are made at, e.g. npx tsx tools/pin-codes.ts e5acc83');
  process.exit(2);
}
if (!(await loadEngines())) throw new Error('frozen engines');
const out: unknown[] = [];
function pin(note: string, game: Game) {
  const bundle = game.bundle;
  const code = encodeResultCode(game.record(), bundle);
  const v = verifyResultCode(code, lookupBundle);
  if (!v.ok) throw new Error(note);
  const r = game.record();
  out.push({ note, code, scenario: r.scenarioId, name: r.name ?? null, seed: r.seed, difficulty: r.settings.difficulty, session: r.settings.session ?? null, putin: r.putin ?? 'model', score: scoreGame(game).kim, putinScore: scoreGame(game).putin, finished: game.isOver(), moves: r.moves.length });
}
for (const bundle of BUNDLES as ScenarioBundle[]) {
  const sid = bundle.scenario.id;
  pin(`${sid}: standard, greedy, from a class link`, playOut(new Game(bundle, { seed: 'winter-7', settings: { difficulty: 'standard', session: 'K7Q2M9-4XJ2' }, name: 'Ayu' }), makeStrategy('greedy')));
  pin(`${sid}: hard, historical, no name or session`, playOut(newGame(bundle, { seed: 'winter-7', settings: { difficulty: 'hard' } }), makeStrategy('historical')));
  pin(`${sid}: open, random`, playOut(new Game(bundle, { seed: 'winter-8', settings: { difficulty: 'open' }, name: 'Budi' }), makeStrategy('random')));
  pin(`${sid}: hard, random`, playOut(newGame(bundle, { seed: 'winter-9', settings: { difficulty: 'hard' } }), makeStrategy('random')));
  const unfinished = newGame(bundle, { seed: 'winter-10', settings: { difficulty: 'standard' } });
  const s = makeStrategy('greedy');
  for (let i = 0; i < 4 && !unfinished.isOver(); i++) unfinished.play(s.next(unfinished));
  pin(`${sid}: standard, greedy, unfinished after four moves`, unfinished);
  const two = new Game(bundle, { seed: 'two-chairs', settings: { difficulty: 'hard' }, putin: 'person', name: 'Ana & Budi' });
  for (let i = 0; i < 120 && !two.isOver(); i++) {
    const moves = legalMoves(bundle, two.state, two.turnOf);
    let move: Move = moves[(i * 37 + 11) % moves.length]!;
    if (move.type === 'summit.end' && i < 60) move = moves[0]!;
    if (two.turnOf === 'putin') move = moves.find((m) => m.type === 'putin.answer' && m.answer === (['counter', 'refuse', 'accept'] as const)[i % 3]) ?? move;
    two.play(move);
  }
  pin(`${sid}: hard, two people`, two);
}
writeFileSync(`tests/golden/codes-${commit}.json`, JSON.stringify({ note: `Result codes made by the engine at ${commit} (engine version ${ENGINE_VERSION}), on both scenarios: once the rules change they must still verify with these scores, through the frozen engine of version ${ENGINE_VERSION} (src/engine/rules/v${ENGINE_VERSION}/).`, codes: out }, null, 1) + '\n');
console.log(out.map((c: any) => `${c.note}: ${c.score} ${c.moves} ${c.finished}`).join('\n'));
