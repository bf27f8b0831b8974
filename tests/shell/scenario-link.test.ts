// A link naming a scenario (?scenario=<id>): every scenario of this build opens by its id, a test
// fixture too; but the message about a bad link names only the scenarios offered to players.
import { describe, expect, test } from 'vitest';
import { BUNDLES } from '../../src/content/all';
import { FIXTURE_IDS, OFFERED_SCENARIO_IDS, SCENARIO_IDS } from '../../src/content/registry';
import { ALLOWED, readScenario } from '../../src/shell/input-rules';
import { parseUrl } from '../../src/shell/url-params';

describe('the scenario of a link', () => {
  test('every scenario of this build opens by its id; nothing else does', () => {
    expect([...SCENARIO_IDS].sort()).toEqual(Object.keys(BUNDLES).sort());
    for (const id of SCENARIO_IDS) expect(readScenario(` ${id} `)).toEqual({ ok: true, value: id });
    for (const bad of ['', 'nonsense', 'Vladivostok-2019', 'fixture', '__proto__', 'constructor']) expect(readScenario(bad), bad).toEqual({ ok: false });
    expect(parseUrl('?scenario=fixture-harbour&seed=x')).toEqual({ scenario: 'fixture-harbour', seed: 'x', errors: [] });
  });

  test('the fixtures are the bundles marked so, and a bad link is told only of the others', () => {
    expect([...FIXTURE_IDS].sort()).toEqual(SCENARIO_IDS.filter((id) => BUNDLES[id]!.scenario.fixture).sort());
    expect(OFFERED_SCENARIO_IDS).toEqual(['vladivostok-2019']);
    expect(ALLOWED.scenario).toBe('vladivostok-2019');
    expect(parseUrl('?scenario=nonsense').errors).toEqual([{ key: 'ui.url.bad', params: { param: 'scenario', value: 'nonsense', allowed: 'vladivostok-2019' } }]);
  });
});
