// Scenario tests: set up a position, play moves, check what a player would see.
import { describe, expect, it, vi } from 'vitest';
import { type Game, type MoveInput, newGame, playerView } from '../../src/engine';
import { textOf, VLADIVOSTOK, WITHOUT_COLD_PRESS } from '../support/bundles';

// These cases are about the Vladivostok scenario's own content; the scenario-neutral behaviour is
// tested on both scenarios in sides.test.ts, the golden games and the fixture's tests.
const GOAL_IDS = VLADIVOSTOK.scenario.goals.map((g) => g.id);
const formatMessage = (lang: 'en' | 'id', m: Parameters<typeof textOf>[2]) => textOf(VLADIVOSTOK, lang, m);

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const RANK: MoveInput = { type: 'briefing.rank', ranking: [...GOAL_IDS] };

/**
 * Four concessions on the transport and the barter (each track anchored, then brought down to its
 * most modest option), the first carrying one of the concessions Putin asked for: at 'open' that
 * brings his price down to his floor (four steps of a quarter), where he takes any goal's most modest option.
 */
function comeDown(game: Game): void {
  for (const [goal, option] of [['transport', 'rail-link'], ['transport', 'bridge-crossings'], ['transport', 'working-group'], ['barter', 'clearing-house'], ['barter', 'lawful-goods'], ['barter', 'study']] as const) {
    if (game.goal(goal).context.deal !== null) continue;
    const sweetener = option === 'clearing-house' ? game.state.putinAsks[0] : undefined;
    expect(game.play(sweetener ? { type: 'offer.propose', goal, option, sweetener } : { type: 'offer.propose', goal, option }).ok).toBe(true);
  }
}

/** A game ranked in the scenario's order; `bundle`: the scenario without the cold-press rule, where a test counts his concessions. */
function started(seed = 'unit', difficulty: 'open' | 'standard' | 'hard' = 'standard', bundle = VLADIVOSTOK): Game {
  const game = newGame(bundle, { seed, settings: { difficulty } });
  expect(game.play(RANK).ok).toBe(true);
  return game;
}

describe('the summit day', () => {
  it('starts with the briefing: nothing but a ranking of the five goals is allowed', () => {
    const game = newGame(VLADIVOSTOK, { seed: 'unit', settings: { difficulty: 'standard' } });
    expect(game.phase).toBe('briefing');
    const r = game.play({ type: 'offer.propose', goal: 'lifeline', option: 'cordial' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatMessage('en', r.error)).toMatch(/another phase/);
    expect(game.play(RANK).ok).toBe(true);
    expect(playerView(game).phase).toBe('talks');
  });

  it('spends time on every move and brings news each hour, each with its source', () => {
    const game = started();
    game.play({ type: 'goal.ask', goal: 'lifeline' });
    game.play({ type: 'goal.ask', goal: 'sanctions' });
    game.play({ type: 'goal.ask', goal: 'workers' });
    // Three asks of ten minutes (version 6) and an offer of thirty, refused: an hour.
    game.play({ type: 'offer.propose', goal: 'lifeline', option: 'joint-statement' });
    const view = playerView(game);
    expect(3 * VLADIVOSTOK.scenario.costs.ask + VLADIVOSTOK.scenario.costs.propose).toBe(60);
    expect(view.meters.clock).toBe(60);
    expect(view.time).toBe('11:00');
    // What was reported before the summit is in the briefing from the start (the scenario's two
    // reports; none of the day's news since engine version 7); one item arrives at 11:00.
    expect(view.news.filter((n) => n.before)).toHaveLength(2);
    expect(view.news.filter((n) => !n.before).map((n) => n.at)).toEqual([60]);
    expect(view.news.every((n) => n.facts.length > 0)).toBe(true);
  });

  it('ends the talks when the day is over, closes the open tracks, and scores after the press conference', () => {
    const game = started();
    for (let i = 0; i < 40 && game.phase === 'talks'; i++) {
      const goal = GOAL_IDS[i % 5]!;
      if (game.goal(goal).status === 'done') continue;
      game.play({ type: 'offer.propose', goal, option: game.goalSpec(goal).options[1]!.id, framing: 'humanitarian' });
    }
    expect(game.phase).toBe('press');
    expect(GOAL_IDS.every((g) => game.goal(g).status === 'done')).toBe(true);
    expect(game.play({ type: 'press.present', stance: 'modest' }).ok).toBe(true);
    const view = playerView(game);
    expect(view.phase).toBe('over');
    expect(view.result?.perGoal).toHaveLength(5);
    expect(game.play({ type: 'summit.end' }).ok).toBe(false);
  });

  it('ends the talks when Putin runs out of patience', () => {
    const game = started();
    for (let i = 0; i < 30 && game.phase === 'talks'; i++) game.play({ type: 'offer.propose', goal: 'sanctions', option: 'stop-enforcing' });
    expect(game.phase).toBe('press');
    expect(game.meters.endedBy).toBe('patience');
    expect(game.log.some((l) => l.message.key === 'log.patience-gone')).toBe(true);
  });
});

describe("Putin's answers", () => {
  it('refuses a hard-limit option as NEVER and says which limit, even with a sweetener and the best framing; the sweetener is spent all the same', () => {
    const game = started();
    const r = game.play({ type: 'offer.propose', goal: 'lifeline', option: 'joint-statement', sweetener: 'seat-at-talks', framing: 'weight' });
    expect(r.ok && r.answer?.refusal).toBe('NEVER');
    if (r.ok) expect(formatMessage('en', r.answer!.says)).toMatch(/no joint statement/);
    expect(game.sweetenersUsed).toEqual(['seat-at-talks']);
  });

  it('takes the modest option once Kim has come down on other goals and answered his asks, on every seed, and the deal shows on the track', () => {
    for (let i = 0; i < 20; i++) {
      const game = started(`modest-${i}`, 'open', WITHOUT_COLD_PRESS);
      // Four concessions on goals other than the sanctions, one of his asks answered with them (else he asks more on every goal).
      comeDown(game);
      expect(game.state.concessions).toBe(4);
      const r = game.play({ type: 'offer.propose', goal: 'sanctions', option: 'step-by-step' });
      expect(r.ok && r.answer?.kind, `seed modest-${i}`).toBe('accept');
      expect(playerView(game).goals[1]!.deal).toBe('step-by-step');
    }
  });

  it('counts going back up and down again as no new concession, and going back up takes back a step: only an offer below Kim’s most modest so far moves him', () => {
    for (let i = 0; i < 10; i++) {
      const game = started(`farm-${i}`, 'standard', WITHOUT_COLD_PRESS);
      // Up and down on the sanctions, each time with another argument (so none is a repeat); none of
      // them is the humanitarian case these options need, so none is taken (he refuses or counters).
      const offers = [
        ['draft-resolution', undefined],
        ['humanitarian-exemptions', undefined],
        ['draft-resolution', 'weight'],
        ['humanitarian-exemptions', 'weight'],
        ['draft-resolution', 'far-east'],
        ['humanitarian-exemptions', 'far-east'],
      ] as const;
      let last: ReturnType<Game['play']> | undefined;
      for (const [option, framing] of offers) {
        last = game.play(framing ? { type: 'offer.propose', goal: 'sanctions', option, framing } : { type: 'offer.propose', goal: 'sanctions', option });
        expect(last.ok && last.answer?.kind, `seed farm-${i}`).not.toBe('accept');
        expect(last.ok).toBe(true);
      }
      // One step down (the humanitarian exemptions), then twice back up to the draft resolution: he
      // takes his step back, and says why.
      expect(game.state.concessions).toBe(0);
      expect(game.state.retractions).toBe(2);
      const reasons = last!.ok ? last!.answer!.reasons : [];
      expect(reasons.some((r) => r.id === 'not-moved')).toBe(true);
      expect(reasons.find((r) => r.id === 'went-back')?.message.params?.count).toBe(2);
      // A step below the most modest so far is a concession again.
      game.play({ type: 'offer.propose', goal: 'sanctions', option: 'step-by-step', framing: 'weight' });
      expect(game.state.concessions).toBe(1);
    }
  });

  it('banks no concession past his floor (engine version 8): at open, the fifth step down counts no more, and going back up then takes back a step from his floor', () => {
    // At open one concession brings him 0.3 of the way to his floor: four bring him there. Each step
    // down is made in a package with another goal at Kim's own position, so that he refuses it.
    const offers: { goal: string; option: string; with?: { goal: string; option: string }[] }[] = [
      { goal: 'lifeline', option: 'return-visit', with: [{ goal: 'sanctions', option: 'draft-resolution' }, { goal: 'workers', option: 'orderly-departure' }, { goal: 'transport', option: 'rail-link' }, { goal: 'barter', option: 'clearing-house' }] },
      { goal: 'lifeline', option: 'broker', with: [{ goal: 'sanctions', option: 'draft-resolution' }] },
      { goal: 'sanctions', option: 'humanitarian-exemptions', with: [{ goal: 'barter', option: 'clearing-house' }] },
      { goal: 'transport', option: 'bridge-crossings', with: [{ goal: 'barter', option: 'clearing-house' }] },
      { goal: 'transport', option: 'working-group', with: [{ goal: 'barter', option: 'clearing-house' }] },
      { goal: 'barter', option: 'lawful-goods', with: [{ goal: 'lifeline', option: 'broker' }] },
    ];
    let seen = 0;
    for (let i = 0; i < 20; i++) {
      const game = started(`bank-${i}`, 'open', WITHOUT_COLD_PRESS);
      const counts: number[] = [];
      const refused = offers.every((o) => {
        const r = game.play({ type: 'offer.propose', ...o } as Parameters<Game['play']>[0]);
        counts.push(game.state.concessions);
        return r.ok && r.answer?.kind !== 'accept';
      });
      // A seed where he took one of these packages ends that goal's talks: the rest does not apply.
      if (!refused) continue;
      seen++;
      // The anchor is no concession; then four, and the fifth is not banked.
      expect(counts, `seed bank-${i}`).toEqual([0, 1, 2, 3, 4, 4]);
      // Back up on the transport (with the barter at Kim's own position): a step taken back from four.
      const r = game.play({ type: 'offer.propose', goal: 'transport', option: 'rail-link', with: [{ goal: 'barter', option: 'lawful-goods' }] });
      expect(r.ok).toBe(true);
      expect(game.state.concessions).toBe(3);
      const reasons = r.ok ? (r.answer?.reasons ?? []) : [];
      expect(reasons.find((x) => x.id === 'moved')?.message.params?.count).toBe(3);
      expect(reasons.find((x) => x.id === 'went-back')?.message.params?.count).toBe(1);
    }
    expect(seen).toBeGreaterThanOrEqual(5);
  });

  it('refuses the modest option when Kim has not moved and names it first: his price is above what it is worth', () => {
    let refused = 0;
    for (let i = 0; i < 20; i++) {
      const r = started(`first-${i}`).play({ type: 'offer.propose', goal: 'workers', option: 'orderly-departure' });
      if (r.ok && r.answer?.kind === 'refuse') {
        refused++;
        expect(r.answer.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['not-moved', 'named-first']));
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('needs the humanitarian case for exemptions, and says so', () => {
    const game = started();
    const r = game.play({ type: 'offer.propose', goal: 'sanctions', option: 'humanitarian-exemptions', framing: 'friendship' });
    expect(r.ok && r.answer?.refusal).toBe('NOT_NOW');
    if (r.ok) expect(r.answer!.reasons.find((x) => x.weight === 'binding')!.id).toBe('needs-framing');
  });

  it('counters with a smaller option that he values more, and the counter can be accepted', () => {
    for (let i = 0; i < 40; i++) {
      const game = started(`counter-${i}`);
      // At the start his price is above every option of the lifeline: he counters once Kim has come some way.
      comeDown(game);
      const r = game.play({ type: 'offer.propose', goal: 'lifeline', option: 'return-visit' });
      if (!r.ok || r.answer?.kind !== 'counter') continue;
      const counter = r.answer.counterOption!;
      expect(game.goalSpec('lifeline').options.find((o) => o.id === counter)!.kim).toBeLessThan(65);
      expect(game.play({ type: 'offer.accept', goal: 'lifeline' }).ok).toBe(true);
      expect(game.goal('lifeline').context.deal).toBe(counter);
      return;
    }
    throw new Error('no seed of 40 gave a counter to an ambitious lifeline offer');
  });

  it('a sweetener can turn a refusal into a deal, and is then spent', () => {
    let turned = 0;
    for (let i = 0; i < 30; i++) {
      const plain = started(`sweet-${i}`);
      const sweet = started(`sweet-${i}`);
      const a = plain.play({ type: 'offer.propose', goal: 'lifeline', option: 'broker', framing: 'weight' });
      const b = sweet.play({ type: 'offer.propose', goal: 'lifeline', option: 'broker', framing: 'weight', sweetener: 'seat-at-talks' });
      if (a.ok && b.ok && a.answer?.kind !== 'accept' && b.answer?.kind === 'accept') {
        turned++;
        expect(sweet.sweetenersUsed).toEqual(['seat-at-talks']);
        expect(sweet.play({ type: 'offer.propose', goal: 'transport', option: 'rail-link', sweetener: 'seat-at-talks' }).ok).toBe(false);
      }
    }
    expect(turned).toBeGreaterThan(0);
  });
});

describe('sweeteners', () => {
  it('are spent when offered, taken or not: the same one cannot be offered again', () => {
    const game = started('twice');
    // An offer he cannot take (a limit of the law): the sweetener is spent all the same.
    const a = game.play({ type: 'offer.propose', goal: 'lifeline', option: 'joint-statement', sweetener: 'seat-at-talks' });
    expect(a.ok && a.answer?.kind).not.toBe('accept');
    expect(game.sweetenersUsed).toEqual(['seat-at-talks']);
    const b = game.play({ type: 'offer.propose', goal: 'sanctions', option: 'step-by-step', sweetener: 'seat-at-talks' });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(formatMessage('en', b.error)).toMatch(/already been spent/);
  });
});

describe('the twists', () => {
  it('workers: the deadline closes the track after three proposals without a deal', () => {
    const game = started();
    for (let i = 0; i < 3; i++) game.play({ type: 'offer.propose', goal: 'workers', option: 'stay-past-deadline' });
    expect(game.goal('workers').value).toBe('deadlocked');
    expect(playerView(game).goals[2]!.roundsLeft).toBe(0);
    expect(game.log.some((l) => l.message.key === 'log.deadline')).toBe(true);
  });

  it('barter: a list with coal is refused, naming resolution 2371; a lawful list opens the barter options', () => {
    const game = started();
    const bad = game.play({ type: 'goods.list', goal: 'barter', goods: ['wheat-flour', 'coal'] });
    expect(bad.ok && bad.answer?.refusal).toBe('NEVER');
    if (bad.ok) expect(formatMessage('en', bad.answer!.reasons[0]!.message)).toMatch(/2371/);
    const needs = game.play({ type: 'offer.propose', goal: 'barter', option: 'lawful-goods' });
    expect(needs.ok && needs.answer?.reasons.find((r) => r.weight === 'binding')?.id).toBe('needs-list');
    // Barter is goods both ways: food and medicine going north alone are aid, and nothing North
    // Korea could sell is lawful, so no list passes (the test scenario's barter shows one that does).
    const aid = game.play({ type: 'goods.list', goal: 'barter', goods: ['wheat-flour', 'medicine'] });
    expect(aid.ok && aid.answer?.reasons.map((r) => r.id)).toEqual(['list-one-way']);
    expect(game.goal('barter').context.listOk).toBe(false);
    expect(playerView(game).goals[4]!.goods).toEqual([
      { id: 'wheat-flour', sanctioned: false, by: null },
      { id: 'medicine', sanctioned: false, by: null },
    ]);
  });

  it('hides the limits until asked on standard (on a seed where asking reveals them), shows them on open', () => {
    let seed = 0;
    while (started(`limits-${seed}`, 'standard').state.profile.reveals.lifeline !== 'limits') seed++;
    const std = started(`limits-${seed}`, 'standard');
    // Ushakov's word, known before the talks, already told the joint statement's limit.
    expect(playerView(std).goals[0]!.options.filter((o) => o.id !== 'joint-statement').every((o) => o.breaks === null)).toBe(true);
    std.play({ type: 'goal.ask', goal: 'lifeline' });
    expect(playerView(std).goals[0]!.options.every((o) => o.breaks !== null)).toBe(true);
    expect(playerView(std).goals[0]!.options.find((o) => o.id === 'joint-statement')!.breaks).toEqual(['no-joint-statement']);
    // Where the limits are, and (version 6) the options he is cold to today, when there are any.
    expect(playerView(std).goals[0]!.hints).toHaveLength(std.state.profile.cold.lifeline!.length > 0 ? 2 : 1);
    const open = started('x', 'open');
    expect(playerView(open).goals[3]!.options.find((o) => o.id === 'russia-pays')!.breaks).toEqual(['no-money', 'un-sanctions']);
  });

  it('on hard, Putin bluffs sometimes; every bluff is recorded for the debrief and hidden from the track', () => {
    let bluffs = 0;
    for (let i = 0; i < 30; i++) {
      const game = started(`bluff-${i}`, 'hard');
      for (let k = 0; k < 4; k++) game.play({ type: 'offer.propose', goal: 'lifeline', option: 'return-visit' });
      bluffs += game.state.bluffs.length;
      // What really decided was his price or his day's budget, never a limit of the law.
      for (const b of game.state.bluffs) expect(b.truth.some((r) => r.weight === 'binding' && !r.id.startsWith('constraint.'))).toBe(true);
      expect(playerView(game).goals[0]!.answers.every((a) => a.bluff === undefined)).toBe(true);
      expect(playerView(game).bluffing).toBe(true);
    }
    expect(bluffs).toBeGreaterThan(0);
  });
});
