// The balance report's checks (tools/balance/report.ts, `npm run balance`), on fewer seeds so that
// CI can afford them: the reference players and the historical line on 100 seeds per difficulty;
// the solver's best (for the fixed lists and the spread of best lines) on the first 40 of them,
// capped at 1,000 states, with 5 training seeds' best lines; the ablation table on 20 seeds. What a
// teacher would notice if one failed: a recipe that wins whatever the seed, a mechanic that changes
// nothing, a history line that does not end as 2019 did, a strong player who finds no challenge.
import { describe, expect, it, vi } from 'vitest';
import { balanceReport } from '../../tools/balance/report';
import { VLADIVOSTOK } from '../support/bundles';

// Thousands of whole games and a few hundred searches: minutes on a busy two-core machine.
vi.setConfig({ testTimeout: 600_000 });

describe('the balance report on 100 seeds', () => {
  const report = balanceReport(VLADIVOSTOK, { seeds: 100, solverSeeds: 40, ablationSeeds: 20, cap: 1000, training: 5 });

  it.each(report.checks.map((c) => [c.what, c.ok] as const))('%s', (_what, ok) => {
    expect(ok).toBe(true);
  });

  it("ends the historical line with exactly the record's deals on all 100 seeds at every difficulty", () => {
    expect(report.historyExact).toEqual({ open: 100, standard: 100, hard: 100 });
  });
});
