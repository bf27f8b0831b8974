// What the player's view says of engine version 2, on both scenarios: each option's and
// sweetener's price before it is chosen, the rules' costs, Putin's asks, the counters the last move
// let lapse; and what it keeps from each side (Putin's profile from Kim, Kim's values from Putin).
import { describe, expect, it } from 'vitest';
import { Game, playerView } from '../../src/engine';
import { dealFace } from '../../src/engine/day-terms';
import { BUNDLES } from '../support/bundles';

const SCENARIOS = Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const);

describe.each(SCENARIOS)('%s', (_id, bundle) => {
  const { scenario } = bundle;
  const goals = scenario.goals.map((g) => g.id);

  it("states each option's US attention, money, China's line and (to Kim) face, and the rules' costs", () => {
    const game = new Game(bundle, { seed: 'view-costs', settings: { difficulty: 'standard' } });
    const kim = playerView(game);
    const putin = playerView(game, 'putin');
    for (const g of scenario.goals) {
      for (const o of g.options) {
        const seen = kim.goals.find((x) => x.id === g.id)!.options.find((x) => x.id === o.id)!;
        expect({ us: seen.us, money: seen.money, china: seen.china, face: seen.face }).toEqual({ us: o.us, money: o.money, china: o.china, face: dealFace(scenario, o.kim) });
        // Kim's face follows from Kim's value: not in Putin's view.
        expect(putin.goals.find((x) => x.id === g.id)!.options.find((x) => x.id === o.id)!.face).toBeNull();
      }
    }
    for (const s of scenario.sweeteners) {
      const seen = kim.sweeteners.find((x) => x.id === s.id)!;
      expect({ kimCost: seen.kimCost, face: seen.face, used: seen.used }).toEqual({ kimCost: s.kimCost, face: s.face, used: false });
      expect(putin.sweeteners.find((x) => x.id === s.id)!.kimCost).toBeNull();
    }
    for (const f of scenario.framings) expect(kim.framings.find((x) => x.id === f.id)!.us).toBe(f.us);
    expect(kim.costs.minutes).toEqual(scenario.costs);
    expect(kim.costs.patience).toEqual(scenario.patienceCost);
    expect(kim.costs.face).toEqual(scenario.faceShift);
    expect(kim.packages).toBe(true);
    expect(kim.putinAsks).toEqual([]);
    expect(kim.lapsed).toEqual([]);
  });

  it("names Putin's asks once the talks start, and marks them on the sweeteners; his profile stays hidden", () => {
    const game = new Game(bundle, { seed: 'view-asks', settings: { difficulty: 'standard' } });
    game.play({ type: 'briefing.rank', ranking: goals });
    const kim = playerView(game);
    expect(kim.putinAsks).toEqual(game.state.putinAsks);
    expect(kim.putinAsks.length).toBe(scenario.putin.asks);
    expect(kim.sweeteners.filter((s) => s.asked).map((s) => s.id).sort()).toEqual([...kim.putinAsks].sort());
    const json = JSON.stringify(kim);
    for (const hidden of ['"aspiration"', '"floor"', '"usLimit"', '"keyArgument"', '"reveals"', '"profile"']) expect(json).not.toContain(hidden);
  });

  it('says which counters the last move let lapse, and only right after it', () => {
    // Find a seed and option on which Putin counters a single offer.
    for (let i = 0; i < 60; i++) {
      const game = new Game(bundle, { seed: `view-lapse-${i}`, settings: { difficulty: 'open' } });
      game.play({ type: 'briefing.rank', ranking: goals });
      const g = scenario.goals[0]!;
      const lawful = g.options.filter((o) => o.breaks.length === 0);
      const r = game.play({ type: 'offer.propose', goal: g.id, option: lawful.at(-1)!.id });
      if (!r.ok || r.answer?.kind !== 'counter') continue;
      const counter = r.answer.counterOption!;
      expect(playerView(game).lapsed).toEqual([]);
      const other = scenario.goals[1]!;
      game.play({ type: 'offer.propose', goal: other.id, option: other.options[0]!.id });
      expect(playerView(game).lapsed).toEqual([{ goal: g.id, option: counter }]);
      game.play({ type: 'goal.ask', goal: scenario.goals[2]!.id });
      expect(playerView(game).lapsed).toEqual([]);
      return;
    }
    throw new Error('no seed among 60 where Putin counters the top lawful option of the first goal');
  });
});
