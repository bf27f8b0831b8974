// The debrief on a seed where the solver's search stops at its cap (the debrief's 6,000 states)
// before it can prove its best line the best: the page says the range it knows (the best found and
// the most any line can score) in place of "the best possible was", and where the game left the
// path only as far as the searches showed it ("by your move n at the latest"). A finished game of
// the built-in `strong` player on such a seed is loaded from the saves, in both languages; the
// figures are the ones the same search gives in Node (its cap is in states, not time: the same
// on every machine).
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/engine';
import { builtinAgent, runGameSync } from '../../src/engine/agents';
import { DEBRIEF_NODES, pathOf } from '../../src/engine/solver/path';
import { formatNumber } from '../../src/shell/text';
import { VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, waitForScene, waitForTitle } from '../support/game';
import { label } from '../support/play';
import { putKept, SAVES_DB } from '../support/storage';

const game = runGameSync(VLADIVOSTOK, { seed: 'time-19', settings: { difficulty: 'standard' } }, { kim: builtinAgent('strong', VLADIVOSTOK.scenario) }).game;
const record = game.record();
const path = pathOf(VLADIVOSTOK, record, DEBRIEF_NODES);

describe('the debrief where the search stops at its cap', () => {
  test('the seed is one where it does: a range, and a move named only as the latest', () => {
    expect(path.best.complete).toBe(false);
    expect(path.best.upper).toBeGreaterThan(path.best.score + 0.05);
    expect(path.leftAt).not.toBeNull();
    expect(path.exact).toBe(false);
  });

  for (const lang of ['en', 'id'] as const satisfies readonly Lang[]) {
    describe(`in ${lang}`, () => {
      const e2e = useE2E();
      test('says the range the search knows, and the latest move by which the game had left the best found', { timeout: 180_000 }, async () => {
        const { page } = e2e;
        await pauseClock(page);
        await page.goto(e2e.url('/'));
        await waitForTitle(page);
        await putKept(page, SAVES_DB, { 'vladivostok-2019.place': null, 'vladivostok-2019.save': JSON.stringify(record) });
        await page.goto(e2e.url(`/?lang=${lang}`));
        await waitForScene(page, 'Debrief');
        const line = page.locator('#best-line[data-best]');
        await line.waitFor({ timeout: 150_000 });
        expect(Number(await line.getAttribute('data-best'))).toBe(path.best.score);
        expect(Number(await line.getAttribute('data-upper'))).toBe(path.best.upper);
        expect(await line.getAttribute('data-exact')).toBe('false');
        const shown = (await line.textContent()) ?? '';
        const num = (x: number) => formatNumber(lang, x, 1);
        // "between 54.7 and 55.1" (Indonesian: "di antara 54,7 dan 55,1"), never "was 54.7".
        expect(shown).toContain(`${num(path.best.score)} ${lang === 'en' ? 'and' : 'dan'} ${num(path.best.upper)}`);
        expect(shown).not.toContain(label(lang, 'ui.debrief.onPath'));
        const after = path.afterUpper! > path.bestAfter! + 0.05 ? label(lang, 'ui.debrief.afterAtMost', { after: num(path.afterUpper!) }) : label(lang, 'ui.debrief.afterWas', { after: num(path.bestAfter!) });
        expect(shown).toContain(after);
        expect(shown).toContain(lang === 'en' ? `By your move ${path.leftAt! + 1} at the latest` : `Paling lambat pada langkah ke-${path.leftAt! + 1}`);
      });
    });
  }
});
