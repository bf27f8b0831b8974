// The faces on the canvas tell only what the player sees anyway: the kind of Putin's last answer,
// whether a deal was made, and the meters. A bluff refusal and a real one, with the same meters on
// screen, give the same faces; the faces follow accept, counter and refuse as the engine answered.
import { describe, expect, it } from 'vitest';
import { Game, playerView } from '../../src/engine';
import type { GoalView } from '../../src/engine/view-types';
import { kimExpression, putinExpression, seenOn } from '../../src/shell/expression';
import { VLADIVOSTOK } from '../support/bundles';
import { findReactions } from '../support/reactions';

const bundle = VLADIVOSTOK;
const scenario = bundle.scenario;
const goals = scenario.goals.map((g) => g.id);
const METERS = [0, 10, 33, 34, 50, 66, 67, 100].flatMap((patience) => [0, 20, 33, 34, 60, 100].map((face) => ({ patience, face })));

/** Putin (a person in his chair) refuses the goal's modest option naming `claim`: a bluff if that option does not break it. */
function refusal(option: string, claim: string) {
  const goal = scenario.goals[0]!;
  const game = new Game(bundle, { seed: 'faces', settings: { difficulty: 'hard' }, putin: 'person' });
  game.play({ type: 'briefing.rank', ranking: goals });
  game.play({ type: 'offer.propose', goal: goal.id, option });
  const r = game.play({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal: 'NEVER', claim: claim as never });
  if (!r.ok) throw new Error(r.error.key);
  return { answer: r.answer!, kim: playerView(game, 'kim'), putin: playerView(game, 'putin'), goal: goal.id };
}

describe('the faces on the canvas', () => {
  it('a bluff refusal and a real refusal, with the same meters on screen, give the same faces', () => {
    const goal = scenario.goals[0]!;
    const breaking = goal.options.find((o) => o.breaks.length > 0)!;
    const lawful = goal.options.find((o) => o.breaks.length === 0)!;
    const claim = breaking.breaks[0]!;
    const bluff = refusal(lawful.id, claim);
    const real = refusal(breaking.id, claim);
    // The engine knows which is which; Kim's view does not show it.
    expect(bluff.answer.bluff).toBeDefined();
    expect(real.answer.bluff).toBeUndefined();
    expect(bluff.kim.goals[0]!.answers.at(-1)!.bluff).toBeUndefined();
    // Even a view that carried the truth (Putin's own) draws the same faces: the faces never read it.
    for (const views of [[bluff.kim, real.kim], [bluff.putin, real.putin]] as const) {
      const [b, r] = views.map((v) => v.goals.find((g) => g.id === bluff.goal) as GoalView);
      for (const m of METERS) {
        expect(putinExpression(seenOn(b, m))).toBe(putinExpression(seenOn(r, m)));
        expect(kimExpression(seenOn(b, m))).toBe(kimExpression(seenOn(r, m)));
      }
    }
    // As the two games stand, their meters are the same, and so are the faces.
    expect(bluff.kim.meters).toEqual(real.kim.meters);
    const faces = (v: typeof bluff.kim) => [putinExpression(seenOn(v.goals[0], v.meters)), kimExpression(seenOn(v.goals[0], v.meters))];
    expect(faces(bluff.kim)).toEqual(faces(real.kim));
  });

  it('follow the engine: pleased at an acceptance, considering a counter, cold at a refusal, impatient once the meter is low', () => {
    const r = findReactions('faces');
    const after = (kind: 'accept' | 'counter' | 'refuse') => {
      const g = new Game(bundle, { seed: r.seed, settings: { difficulty: 'standard' } });
      for (const m of r.base.moves) g.play(m);
      g.play(r.moves[kind]);
      const v = playerView(g, 'kim');
      return { v, seen: seenOn(v.goals.find((x) => x.id === r.moves[kind].goal), v.meters) };
    };
    expect(putinExpression(after('accept').seen)).toBe('pleased');
    expect(kimExpression(after('accept').seen)).toBe('pleased');
    expect(putinExpression(after('counter').seen)).toBe('considering');
    expect(kimExpression(after('counter').seen)).toBe('considering');
    const refused = after('refuse');
    expect(refused.v.meters.patience).toBeGreaterThanOrEqual(34);
    expect(putinExpression(refused.seen)).toBe('cold');
    expect(kimExpression(refused.seen)).toBe(refused.v.meters.face < 34 ? 'impatient' : 'cold');
    // The same refusal with Putin's patience low, or Kim's face low.
    expect(putinExpression({ ...refused.seen, patience: 33 })).toBe('impatient');
    expect(kimExpression({ ...refused.seen, face: 33 })).toBe('impatient');
    expect(kimExpression({ ...refused.seen, patience: 10, face: 60 })).toBe('cold');
    // Before any answer: both as they sit.
    expect(putinExpression(seenOn(undefined, refused.v.meters))).toBe('neutral');
    expect(kimExpression(seenOn(undefined, refused.v.meters))).toBe('neutral');
  });
});
