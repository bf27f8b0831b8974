// The command line for agents as a user runs it: npm run sim -- --agent FILE, npm run tournament.
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { verifyResultCode } from '../../src/engine';
import { lookupBundle } from '../support/bundles';

// Each case starts Node and tsx afresh: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const tsx = (script: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', `tools/${script}.ts`, ...args], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

describe('npm run sim -- --agent', () => {
  it('--json prints one object per game holding what it says: seed, difficulty, score, the solver\'s best, the moves and the result code', () => {
    // A small budget for the solver: the test is of the output, not of the solver.
    const r = tsx('sim', ['--agent', 'examples/agents/patient.ts', '--seeds', '2', '--seed', 'cli', '--difficulty', 'hard', '--json', '--cap', '300']);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.seed)).toEqual(['cli-1', 'cli-2']);
    for (const row of rows) {
      expect(row).toMatchObject({ difficulty: 'hard', side: 'kim', agent: 'examples/agents/patient.ts', illegal: [] });
      // The solver's best for Kim on that seed, and the most any line can score there (more only
      // where the small budget stopped the search); the agent's game is never above that.
      expect(typeof row.best).toBe('number');
      expect(row.bestUpper).toBeGreaterThanOrEqual(row.best);
      expect(row.score).toBeLessThanOrEqual(row.bestUpper + 0.05);
      expect(row.moves[0].type).toBe('briefing.rank');
      // The code replays to the moves and the score printed beside it.
      const verified = verifyResultCode(row.resultCode, lookupBundle);
      expect(verified.ok).toBe(true);
      if (!verified.ok) continue;
      expect(verified.record.seed).toBe(row.seed);
      expect(verified.record.moves).toEqual(row.moves);
      expect(verified.score.kim).toBe(row.score);
    }
  });

  it("reports an agent's illegal moves on stderr and in --json, and the game goes on to its end", () => {
    const r = tsx('sim', ['--agent', 'tests/tools/agents/every-other-illegal.mjs', '--seed', 'bad', '--json']);
    expect(r.status).toBe(0);
    const row = JSON.parse(r.stdout);
    expect(row.illegal.length).toBeGreaterThan(0);
    expect(row.illegal[0]).toMatchObject({ side: 'kim', error: 'error.unknown-goal' });
    expect(r.stderr).toMatch(/bad: illegal move of kim's agent at step \d+: error\.unknown-goal/);
    expect(row.moves.at(-1).type).toBe('press.present');
  });

  it("--side putin puts the agent in Putin's chair against the greedy Kim; a bad agent name is named", () => {
    const r = tsx('sim', ['--agent', 'examples/agents/putin-firm.mjs', '--side', 'putin', '--seed', 'chair', '--scenario', 'fixture-harbour', '--json']);
    expect(r.status).toBe(0);
    const row = JSON.parse(r.stdout);
    expect(row).toMatchObject({ side: 'putin', scenario: 'fixture-harbour', best: null, illegal: [] });
    expect(row.score).toBe(row.putin);
    expect(row.moves.some((m: { side: string }) => m.side === 'putin')).toBe(true);
    const bad = tsx('sim', ['--agent', 'no/such/agent.mjs']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot load "no\/such\/agent.mjs" \(not one of random, greedy, historical, strong/);
  });
});

describe('npm run tournament', () => {
  it('prints a table per difficulty with a row per agent: mean, spread, min, median, max', () => {
    const r = tsx('tournament', ['--agents', 'random', 'greedy', 'examples/agents/patient.ts', '--seeds', '3', '--difficulty', 'open,hard', '--scenario', 'fixture-harbour', '--cap', '300']);
    expect(r.status).toBe(0);
    const tables = r.stdout.split(/\n(?=open|hard)/).filter((t) => t.trim());
    expect(tables.map((t) => t.split('\n')[0])).toEqual(['open', 'hard']);
    for (const t of tables) {
      expect(t).toContain('| agent | games | mean | sd | min | median | max | score/best | > best | > upper | record | illegal |');
      const rows = t.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| agent') && !l.startsWith('| ---'));
      expect(rows.map((l) => l.split('|')[1]!.trim())).toEqual(['random', 'greedy', 'examples/agents/patient.ts']);
      for (const l of rows) {
        const [, , games, mean, sd, min, median, max, , , aboveUpper] = l.split('|').map((c) => c.trim());
        expect(games).toBe('3');
        // No game scores above the most any line could score on its seed.
        expect(aboveUpper).toBe('0');
        expect(Number(min)).toBeLessThanOrEqual(Number(median));
        expect(Number(median)).toBeLessThanOrEqual(Number(max));
        expect(Number(mean)).toBeGreaterThanOrEqual(Number(min));
        expect(Number(sd)).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
