// The golden games (tests/golden/, written at e273f05): the same moves must still show the player
// the same answers, news, log, meters, deals and scores. See tests/support/golden.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine';
import { type GoldenCase, type GoldenTrace, traceGame } from '../support/golden';

const dir = new URL('../golden/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('codes-'));

describe('golden games', () => {
  it('there are golden games for every difficulty', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });
  for (const file of files) {
    const golden = JSON.parse(readFileSync(dir + file, 'utf8')) as GoldenCase & { engineVersion: number; trace: GoldenTrace };
    it(`${file}: the player sees what was pinned`, () => {
      // A change of behaviour must come with a new engine version and new golden games.
      expect(golden.engineVersion).toBe(ENGINE_VERSION);
      const trace = JSON.parse(JSON.stringify(traceGame(golden))) as GoldenTrace;
      expect(trace.steps.length).toBe(golden.trace.steps.length);
      trace.steps.forEach((step, i) => expect(step, `step ${i + 1}`).toEqual(golden.trace.steps[i]));
      expect(trace.final).toEqual(golden.trace.final);
    });
  }
});
