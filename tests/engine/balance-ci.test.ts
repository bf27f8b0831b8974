// The balance report's checks (tools/balance/report.ts, `npm run balance`) on 100 seeds per
// difficulty, as the issue asks of CI: the reference players, the historical line and the solver's
// best (for the fixed lists and the spread of best lines) on every one of them, capped at 3,000
// states, with 10 training seeds' best lines; the ablation table on 100 seeds. What a teacher would
// notice if one failed: a recipe that wins whatever the seed, a mechanic that changes nothing, a
// history line that does not end as 2019 did, a strong player who finds no challenge. (The full
// report, 1,000 seeds and 50 training seeds, runs outside CI: the README's balance report.)
import { describe, expect, it, vi } from 'vitest';
import { balanceReport } from '../../tools/balance/report';
import { VLADIVOSTOK } from '../support/bundles';

// Thousands of whole games and about 1,300 searches: three to four minutes on a busy two-core machine.
vi.setConfig({ testTimeout: 1_200_000 });

describe('the balance report on 100 seeds', () => {
  const report = balanceReport(VLADIVOSTOK, { seeds: 100, solverSeeds: 100, ablationSeeds: 100, cap: 3000, training: 10 });

  // Gaps measured and still open (the README's balance report says so) would be listed here and shown
  // as skipped, by name, rather than failing CI or passing silently. Engine version 7 has none on these
  // seeds: the worst fixed list reaches 90% of the best on 2, 3 and 4 of 100 seeds at open, standard
  // and hard (version 6: 17 at open), and every ablation moves its player's mean by 7.4% to 12.5%.
  // Version 8, with session 10's truer solver (it makes a step he would take alone in a package he
  // refuses, and finishes every seed): the best line of training seed 8 at standard, replayed as a
  // fixed list, reaches 90% of the best on 5 of these 100 seeds (44 of 1,000 in the full report,
  // under its 5%); the full report also finds open's worst list at 63 of 1,000, which these 100
  // seeds do not show (3 of 100). Both are gaps of the rules that the truer solver revealed (with
  // version 7's rules it finds 20 of 100 at standard): README, "Engine version 8". The worst list is
  // a maximum over many lists and moves from one draw of seeds to another (version 9 at open: 40, 76
  // and 71 of 1,000 on three draws): README, "Session 12". Version 10 (the cold-press rule): 1, 2
  // and 2 of 100, so standard's gap is closed and none is listed; `strong` falls 15.3% and 16.2%
  // from one difficulty to the next (the rule alone, without coldTold: 8.8% and 7.7%).
  const KNOWN_GAPS: RegExp[] = [];
  for (const c of report.checks) {
    if (KNOWN_GAPS.some((g) => g.test(c.what))) it.skip(`known gap: ${c.what}`, () => {});
    else
      it(c.what, () => {
        expect(c.ok).toBe(true);
      });
  }

  it("ends the historical line with exactly the record's deals on all 100 seeds at every difficulty", () => {
    expect(report.historyExact).toEqual({ open: 100, standard: 100, hard: 100 });
  });
});
