// Result codes made by engine version 1: at e273f05 (code format 1) and at c79e449 (format 2, on
// both scenarios, a two-person game and an unfinished one among them); and by engine version 2 at
// 81705e2, by engine version 3 at e5acc83, by engine version 4 at 80385eb by engine version 5 at 377e7d6, by engine version 6 at a885c3a by engine version 7 at 1f39b4d and by engine version 8 at 2bb6749 (both scenarios, the same kinds; tools/pin-codes.ts
// wrote them). A teacher re-checking
// them gets the same verdicts and scores from every later version: they are read by their
// version's frozen engine (src/engine/rules/v<N>/), whatever the live engine has become.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyResultCode } from '../../src/engine';
import { lookupBundle } from '../support/bundles';

interface Pinned {
  code: string;
  name: string | null;
  seed: string;
  difficulty: string;
  session: string | null;
  score: number;
  finished: boolean;
  moves: number;
  scenario?: string;
  putin?: string;
}

const codesOf = (file: string) => (JSON.parse(readFileSync(new URL(`../golden/${file}`, import.meta.url), 'utf8')) as { codes: Pinned[] }).codes;

describe.each([
  ['codes-e273f05.json', 1],
  ['codes-c79e449.json', 1],
  ['codes-81705e2.json', 2],
  ['codes-e5acc83.json', 3],
  ['codes-80385eb.json', 4],
  ['codes-377e7d6.json', 5],
  ['codes-a885c3a.json', 6],
  ['codes-1f39b4d.json', 7],
  ['codes-2bb6749.json', 8],
  ['codes-75a181a.json', 9],
] as const)('%s, made by engine version %s', (file, version) => {
  it.each(codesOf(file).map((c) => [c.name ?? c.seed, c] as const))('%s: verifies with the score it had', (_name, c) => {
    const v = verifyResultCode(c.code, lookupBundle);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.record.engineVersion).toBe(version);
    expect(v.score.kim).toBe(c.score);
    expect(v.finished).toBe(c.finished);
    expect(v.record.name ?? null).toBe(c.name);
    expect(v.record.seed).toBe(c.seed);
    expect(v.record.settings.difficulty).toBe(c.difficulty);
    expect(v.record.settings.session ?? null).toBe(c.session);
    expect(v.record.scenarioId).toBe(c.scenario ?? 'vladivostok-2019');
    expect(v.record.putin ?? 'model').toBe(c.putin ?? 'model');
    expect(v.record.moves).toHaveLength(c.moves);
  });
});
