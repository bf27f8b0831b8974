// The command line as a user runs it, straight after npm install: sim, verify.
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';

// Each case starts Node and tsx afresh: slow on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const tsx = (script: string, args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', `tools/${script}.ts`, ...args], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

describe('npm run sim', () => {
  it('prints the same JSON lines when run twice with the same seed', () => {
    const a = tsx('sim', ['--seed', 'classroom-1', '--strategy', 'greedy', '--json']);
    const b = tsx('sim', ['--seed', 'classroom-1', '--strategy', 'greedy', '--json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const row = JSON.parse(a.stdout.trim());
    for (const key of ['seed', 'strategy', 'moves', 'deals', 'score', 'resultCode', 'hash']) expect(row).toHaveProperty(key);
    expect(Object.keys(row.deals)).toEqual(['lifeline', 'sanctions', 'workers', 'transport', 'barter']);
    expect(row.deals.sanctions).toHaveProperty('breaks');
  });

  it('plays N games, one line each, and names a bad option', () => {
    const r = tsx('sim', ['--seed', 's', '--strategy', 'random', '--games', '3', '--json']);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    const bad = tsx('sim', ['--strategy', 'clever']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--strategy must be one of random, greedy, historical/);
  });
});

describe('npm run sim -- --scenario', () => {
  it('plays the test scenario, which shares no id with Vladivostok, and its code verifies', () => {
    const r = tsx('sim', ['--scenario', 'fixture-harbour', '--seed', 'f', '--strategy', 'historical', '--json']);
    expect(r.status).toBe(0);
    const row = JSON.parse(r.stdout.trim());
    expect(row.scenario).toBe('fixture-harbour');
    expect(Object.keys(row.deals)).toEqual(['berths', 'fishing-quota', 'cargo-swap']);
    const ok = tsx('verify', [row.resultCode]);
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.scenario).toBe('fixture-harbour');
    expect(out.score).toBe(row.score);
    expect(out.hash).toBe(row.hash);
  });

  it('names a scenario it does not have, and the ones it has', () => {
    const bad = tsx('sim', ['--scenario', 'atlantis']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no scenario "atlantis": there are vladivostok-2019, fixture-harbour/);
  });
});

describe('npm run verify', () => {
  it('prints the verified result for a good code, and one line and exit 1 for a bad one', () => {
    const row = JSON.parse(tsx('sim', ['--seed', 'v', '--strategy', 'historical', '--json']).stdout);
    const ok = tsx('verify', [row.resultCode]);
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.score).toBe(row.score);
    expect(out.hash).toBe(row.hash);
    const bad = tsx('verify', [`${row.resultCode.slice(0, 12)}Z${row.resultCode.slice(13)}`]);
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    expect(bad.stdout).toMatch(/^invalid: /);
  });
});

