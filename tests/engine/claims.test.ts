// Putin's claimed limits in engine version 2, case by case: where the property tests
// (properties.test.ts) found the engine wrong, the smallest game that shows it.
import { describe, expect, it } from 'vitest';
import { Game, type MoveInput } from '../../src/engine';
import { FIXTURE, shortFixture } from '../support/bundles';

const RANK: MoveInput = { type: 'briefing.rank', ranking: ['berths', 'fishing-quota', 'cargo-swap'] };

describe('a limit claimed on a package', () => {
  it('is claimed on the option that breaks it, whichever goal leads the package', () => {
    // Found by the exhaustive search of solver.test.ts: the computer's answer named a limit of the
    // second goal on the first, and its own move was refused (the game threw).
    const game = new Game(FIXTURE, { seed: 'x', settings: { difficulty: 'standard' } });
    game.play(RANK);
    const r = game.play({ type: 'offer.propose', goal: 'berths', option: 'shared-berths', with: [{ goal: 'fishing-quota', option: 'closed-waters' }] });
    expect(r.ok && r.answer?.refusal).toBe('NEVER');
    expect(r.ok && r.answer?.claim).toBe('treaty-limit');
    expect(game.state.claims).toEqual([{ goal: 'fishing-quota', option: 'closed-waters', constraint: 'treaty-limit', bluff: false }]);
    // The lawful option that led the package is not barred by it.
    const alone = game.play({ type: 'offer.propose', goal: 'berths', option: 'shared-berths' });
    expect(alone.ok && alone.answer?.refusal).not.toBe('NEVER');
    expect(alone.ok && alone.answer?.reasons.map((r) => r.id)).not.toContain('claimed');
  });

  it("does not bar the lead's lawful option when the lead's goal has the same limit", () => {
    // fishing-quota has a limit no-signature (closed-waters breaks it); the package's berths option breaks it.
    const game = new Game(FIXTURE, { seed: 'x', settings: { difficulty: 'standard' } });
    game.play(RANK);
    const r = game.play({ type: 'offer.propose', goal: 'fishing-quota', option: 'quota-talks', with: [{ goal: 'berths', option: 'signed-charter' }] });
    expect(r.ok && r.answer?.claim).toBe('no-signature');
    expect(game.state.claims).toEqual([{ goal: 'berths', option: 'signed-charter', constraint: 'no-signature', bluff: false }]);
    const alone = game.play({ type: 'offer.propose', goal: 'fishing-quota', option: 'quota-talks' });
    expect(alone.ok && alone.answer?.refusal).not.toBe('NEVER');
    expect(alone.ok && alone.answer?.reasons.map((r) => r.id)).not.toContain('claimed');
  });
});

describe('calling a claim', () => {
  it('calls the claim just made on the offer on the table, not an older claim on the same goal', () => {
    // Seed call-1 at hard: he bluffs on shared-berths, then names a real limit for signed-charter,
    // then keeps to his bluff on shared-berths. Kim calls it: it is the bluff that is called.
    const game = new Game(FIXTURE, { seed: 'call-1', settings: { difficulty: 'hard' } });
    game.play(RANK);
    const a = game.play({ type: 'offer.propose', goal: 'berths', option: 'shared-berths' });
    expect(a.ok && a.answer?.bluff).toBeTruthy();
    game.play({ type: 'offer.propose', goal: 'berths', option: 'signed-charter' });
    const c = game.play({ type: 'offer.propose', goal: 'berths', option: 'shared-berths' });
    expect(c.ok && c.answer?.claim).toBe('no-signature');
    const face = game.meters.face;
    const call = game.play({ type: 'offer.call', goal: 'berths' });
    expect(call.ok).toBe(true);
    // Caught: he answers the offer as it is, and Kim gains face; the real claim stays.
    expect(call.ok && call.answer?.kind).toBeDefined();
    expect(game.log.some((l) => l.message.key === 'putin.call.real')).toBe(false);
    expect(game.meters.face - face).toBe(FIXTURE.scenario.faceShift.calledBluff + (call.ok ? call.answer!.shift!.face : 0));
    expect(game.state.claims).toEqual([{ goal: 'berths', option: 'signed-charter', constraint: 'no-signature', bluff: false }]);
  });
});

describe('a call late in the day', () => {
  it('is answered even when its minutes reach the end of the day, and the day ends after the answer', () => {
    // Found while checking the solver on a short day: the call's own minutes ended the talks before
    // Putin's answer to the offer it put back, and his answer was refused (the game threw).
    // Seed late-2 at hard on a 60-minute day: an ask, then free mooring is refused with a bluff at 50 minutes.
    const short = shortFixture(60);
    const game = new Game(short, { seed: 'late-2', settings: { difficulty: 'hard' } });
    game.play(RANK);
    game.play({ type: 'goal.ask', goal: 'cargo-swap' });
    const bluff = game.play({ type: 'offer.propose', goal: 'berths', option: 'free-mooring' });
    expect(bluff.ok && bluff.answer?.bluff).toBeTruthy();
    expect(game.meters.clock).toBe(50);
    const call = game.play({ type: 'offer.call', goal: 'berths' });
    expect(call.ok).toBe(true);
    expect(call.ok && call.answer?.kind).toMatch(/accept|counter|refuse/);
    expect(game.phase).toBe('press');
    expect(game.meters.endedBy).toBe('clock');
  });
});
