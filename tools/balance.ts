// npm run balance -- [--seeds 1000] [--solver-seeds N] [--ablation-seeds 200] [--cap N] [--training 50] [--difficulty D|all] [--no-ablations] [--ablations-only] [--scenario ID] [--check] [--draw X]
// The balance report of issue #10 (tools/balance/report.ts): the solver's best per seed, the
// reference players, fixed move lists replayed on other seeds, how much the best lines differ,
// sweeps, and the ablation table. With --check it exits 1 when a criterion fails; CI runs the same
// checks on 100 seeds (tests/engine/balance-ci.test.ts).
import { DIFFICULTIES, type Difficulty } from '../src/engine';
import { parseArgs } from './args';
import { balanceReport } from './balance/report';
import { overriddenBundle } from './once/override';
import { bundleNamed } from './scenarios';

const parsed = parseArgs(process.argv.slice(2), { seeds: 'number', 'solver-seeds': 'number', 'ablation-seeds': 'number', cap: 'number', scenario: 'string', check: 'boolean', training: 'number', difficulty: 'string', 'no-ablations': 'boolean', 'ablations-only': 'boolean', draw: 'string' });
if (!parsed.ok) {
  console.error(`balance: ${parsed.error}`);
  process.exit(2);
}
const a = parsed.args as {
  seeds?: number;
  'solver-seeds'?: number;
  'ablation-seeds'?: number;
  cap?: number;
  scenario?: string;
  check?: boolean;
  training?: number;
  difficulty?: string;
  'no-ablations'?: boolean;
  'ablations-only'?: boolean;
  draw?: string;
};
const N = a.seeds ?? 1000;
const named = bundleNamed(a.scenario);
if (typeof named === 'string') {
  console.error(`balance: ${named}`);
  process.exit(2);
}
// PUTIN='{...}' or TOP='{...}' measure a candidate for the next rules (tools/once/override.ts).
const bundle = process.env.PUTIN || process.env.TOP ? overriddenBundle(process.env, named) : named;
if (a.difficulty !== undefined && a.difficulty !== 'all' && !DIFFICULTIES.includes(a.difficulty as Difficulty)) {
  console.error(`balance: --difficulty must be one of ${DIFFICULTIES.join(', ')} or all, not "${a.difficulty}"`);
  process.exit(2);
}
// --ablations-only: no difficulty at all, only the ablation table; --difficulty: one difficulty (runs can go side by side).
const difficulties = a['ablations-only'] ? [] : a.difficulty === undefined || a.difficulty === 'all' ? DIFFICULTIES : [a.difficulty as Difficulty];
const options = {
  seeds: N,
  solverSeeds: a['solver-seeds'] ?? N,
  ablationSeeds: a['ablation-seeds'] ?? Math.min(200, N),
  cap: a.cap ?? 6000,
  training: a.training ?? Math.min(50, N),
  difficulties,
  skipAblations: a['no-ablations'] === true,
  ...(a.draw ? { draw: a.draw } : {}),
};
const report = balanceReport(bundle, { ...options, onCheck: (ok, what) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`) });
console.log(
  `\nBalance of ${bundle.scenario.id}${a.draw ? ` (the seeds of draw ${a.draw})` : ''}: ${N} seeds per difficulty (the solver on ${Math.min(N, options.solverSeeds)}), ${options.training} training seeds, ${options.skipAblations ? 'no ablations' : `ablations on ${options.ablationSeeds} seeds`}, solver cap ${options.cap} states\n`,
);
console.log(report.table.join('\n'));
console.log('');
console.log(report.ablationTable.join('\n'));
const failures = report.checks.filter((c) => !c.ok);
if (a.check && failures.length) {
  console.error(`\n${failures.length} criteria failed`);
  process.exit(1);
}
