// Result codes made at e273f05 (engine version 1, code format 1): a teacher re-checking last
// week's codes gets the same verdicts and scores from this version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/engine';
import { lookupBundle } from '../support/bundles';

const file = JSON.parse(readFileSync(new URL('../golden/codes-e273f05.json', import.meta.url), 'utf8')) as {
  codes: { code: string; name: string; seed: string; difficulty: string; session: string | null; score: number; finished: boolean; moves: number }[];
};

describe('codes made by the previous engine', () => {
  it.each(file.codes.map((c) => [c.name, c] as const))('%s: verifies with the score it had', (_name, c) => {
    const v = verifyResultCode(c.code, lookupBundle);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.score.kim).toBe(c.score);
    expect(v.finished).toBe(c.finished);
    expect(v.record.name).toBe(c.name);
    expect(v.record.seed).toBe(c.seed);
    expect(v.record.settings.session ?? null).toBe(c.session);
    expect(v.record.moves).toHaveLength(c.moves);
  });
});
