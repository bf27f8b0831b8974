// Property tests over many seeds and random legal move sequences (packages and calls included, the
// computer or a person in Putin's chair): determinism; his answers follow the rules as
// tests/support/putin-rules.ts writes them out apart from the engine, and his stated reasons are
// what caused them; no hard limit is ever crossed; a bluff claims only a limit its goal has, moves
// the meters as a real refusal does and is kept until called; no deal is below his price or his
// floor; result codes replay to the same game.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  checkMove,
  decodeResultCode,
  encodeResultCode,
  Game,
  type Move,
  type MoveInput,
  playerView,
  replayRecord,
  type ScenarioBundle,
  verifyResultCode,
} from '../../src/engine';
import { bluffDie } from '../../src/engine/putin/model';
import type { GameState, OfferItem } from '../../src/engine/state';
import { BUNDLES, lookupBundle } from '../support/bundles';
import { answeredAt, expectedAnswer, weigh, asksOpen } from '../support/putin-rules';
import { playPicks, type Step } from '../support/random-play';

const SCENARIOS = Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const);

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const difficulty = fc.constantFrom('open' as const, 'standard' as const, 'hard' as const);
const seed = fc.string({ minLength: 1, maxLength: 24 });
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

const gameOf = (bundle: ScenarioBundle, s: GameState) => new Game(bundle, s);

/** The items of the offer Putin answers in an awaited state. */
function offerOf(s: GameState): { items: OfferItem[]; sweetener?: string; framing?: string } {
  const a = s.awaiting!;
  const offer = s.goals[a.goal]!.context.offer!;
  const out: { items: OfferItem[]; sweetener?: string; framing?: string } = { items: a.items ?? [{ goal: a.goal, option: offer.option }] };
  if (offer.sweetener) out.sweetener = offer.sweetener;
  if (offer.framing) out.framing = offer.framing;
  return out;
}

const clamp = (x: number) => Math.max(0, Math.min(100, x));

describe.each(SCENARIOS)('%s: a game is a pure function of its seed and moves', (_id, bundle) => {
  it('the same seed and moves give the same hash, against the computer or a person', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, fc.boolean(), (s, d, p, person) => {
        const a = gameOf(bundle, playPicks(bundle, s, d, p, person ? 'person' : 'model'));
        const b = replayRecord(a.record(), lookupBundle);
        expect(b.ok).toBe(true);
        if (b.ok) {
          expect(b.game.hash()).toBe(a.hash());
          // Everything the player sees, answers and reasons included, is the same too.
          expect(JSON.stringify(playerView(b.game))).toBe(JSON.stringify(playerView(a)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('different seeds draw different hidden profiles', () => {
    // The profiles themselves: the game's hash would differ anyway, as it holds the seed.
    const hashes = new Set(Array.from({ length: 50 }, (_, i) => JSON.stringify(new Game(bundle, { seed: `s${i}`, settings: { difficulty: 'standard' } }).profile)));
    expect(hashes.size).toBe(50);
  });

  const goals = bundle.scenario.goals.map((g) => g.id);
  const listGoal = bundle.scenario.goals.find((g) => g.twist.goodsList)?.id ?? goals[0]!;
  const good = bundle.scenario.goods[0]?.id ?? 'none';
  const illegal: MoveInput[] = [
    { type: 'offer.accept', goal: goals[0]! },
    { type: 'offer.call', goal: goals[0]! },
    { type: 'press.present', stance: bundle.scenario.stances[0]!.id },
    { type: 'offer.propose', goal: goals[1]!, option: 'no-such-option' },
    { type: 'offer.propose', goal: goals[0]!, option: bundle.scenario.goals[0]!.options[0]!.id, with: [{ goal: goals[0]!, option: bundle.scenario.goals[0]!.options[1]!.id }] },
    { type: 'goods.list', goal: listGoal, goods: [good, good] },
    { type: 'briefing.rank', ranking: [goals[0]!, ...goals.slice(0, -1)] },
    { side: 'putin', type: 'putin.answer', goal: goals[0]!, answer: 'accept' },
    { side: 'putin', type: 'putin.hint', goal: goals[0]! },
    { type: 'nonsense' } as unknown as MoveInput,
  ];

  it('an illegal move is refused with a reason and changes nothing', () => {
    fc.assert(
      fc.property(seed, picks, fc.constantFrom(...illegal), (s, p, move) => {
        const game = gameOf(bundle, playPicks(bundle, s, 'standard', p));
        if (checkMove(bundle, game.state, move) === null) return;
        const before = game.hash();
        const result = game.play(move);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.key).toMatch(/^error\./);
        expect(game.hash()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe.each(SCENARIOS)("%s: Putin's answers and his reasons", (_id, bundle) => {
  const { scenario } = bundle;
  const goalOf = (id: string) => scenario.goals.find((g) => g.id === id)!;
  const optionOf = (i: OfferItem) => goalOf(i.goal).options.find((o) => o.id === i.option)!;

  /** Every answer of the computer to an offer, against the rules as written out in the test. */
  function checkAnswer(step: Step, d: string): void {
    const s = step.awaiting!;
    const answer = step.answer!;
    const move = step.putin as Extract<Move, { type: 'putin.answer' }>;
    const { items, sweetener, framing } = offerOf(s);
    const w = weigh(scenario, s, items, sweetener, framing);
    const expected = expectedAnswer(scenario, s, items, sweetener, framing);
    const binding = answer.reasons.filter((r) => r.weight === 'binding');
    expect(binding, JSON.stringify(answer.reasons)).toHaveLength(1);
    const lead = goalOf(s.awaiting!.goal);
    const called = s.awaiting!.called === true;
    if (move.bluff && w.gates[0]?.id !== 'claimed') {
      // A new bluff: at hard only, on one goal, not on an offer put back by a call, over a matter of
      // price only, by the die keyed by the seed and the offer, and it claims the goal's bluff limit.
      expect(d).toBe('hard');
      expect(items).toHaveLength(1);
      expect(called).toBe(false);
      expect(expected.kind === 'counter' || (expected.kind === 'refuse' && (expected.refusal === 'TOO_MUCH' || expected.refusal === 'NO_GAIN'))).toBe(true);
      expect(bluffDie(s, lead.id, items[0]!.option)).toBeLessThan(scenario.putin.bluffChance);
      expect(move.claim).toBe(lead.bluffClaim);
      expect(move.truth).toBe(expected.kind === 'counter' ? 'counter' : (expected as { refusal: string }).refusal);
      expect(answer.bluff?.trueRefusal).toBe(expected.kind === 'counter' ? undefined : (expected as { refusal: string }).refusal);
      expect(binding[0]!.id).toBe(`constraint.${lead.bluffClaim}`);
      return;
    }
    // Not a bluff where the die allowed one: the answer the rules call for.
    if (d === 'hard' && !called && items.length === 1 && lead.bluffClaim && (expected.kind === 'counter' || (expected.kind === 'refuse' && ['TOO_MUCH', 'NO_GAIN'].includes(expected.refusal)))) {
      expect(bluffDie(s, lead.id, items[0]!.option)).toBeGreaterThanOrEqual(scenario.putin.bluffChance);
    }
    expect(answer.kind).toBe(expected.kind);
    if (expected.kind === 'counter') expect(answer.counterOption).toBe(expected.option);
    if (expected.kind === 'refuse') expect(answer.refusal).toBe(expected.refusal);
    if (w.gates[0]?.id === 'claimed') {
      // A limit he claimed before for an option of this offer: he names it again, a bluff as before or not.
      const claim = s.claims.find((c) => c.goal === w.gates[0]!.item.goal && c.option === w.gates[0]!.item.option)!;
      expect(move.claim).toBe(claim.constraint);
      expect(move.bluff === true).toBe(claim.bluff);
      if (claim.bluff) {
        expect(binding[0]!.id).toBe(`constraint.${claim.constraint}`);
        return;
      }
    }
    // The reasons he states are what decided: the gates that hold, in order (the first binds), and
    // the terms of his price and of the offer's worth, each said when it is there and only then.
    const ids = answer.reasons.map((r) => r.id);
    const gateIds = w.gates.map((g) => g.id);
    expect(answer.reasons.filter((r) => gateIds.includes(r.id) || r.id.startsWith('constraint.')).map((r) => r.id)).toEqual(gateIds);
    answer.reasons.forEach((r) => {
      if (gateIds.includes(r.id)) expect(r.weight).toBe(r.id === gateIds[0] ? 'binding' : 'against');
    });
    // A limit he names is the one that binds.
    if (expected.kind === 'refuse' && expected.refusal === 'NEVER') expect(`constraint.${move.claim}`).toBe(w.gates[0]!.id === 'claimed' ? `constraint.${move.claim}` : expected.binding);
    const expectedBinding = expected.kind === 'accept' ? 'accept' : expected.kind === 'counter' ? (gateIds[0] ?? 'counter') : expected.binding;
    expect(binding[0]!.id).toBe(expectedBinding);
    if (expected.kind === 'counter' && gateIds.length) expect(answer.reasons.find((r) => r.id === 'counter')?.weight).toBe('note');
    expect(ids.includes('moved')).toBe(s.concessions >= 1);
    expect(ids.includes('not-moved')).toBe(s.concessions === 0);
    expect(ids.includes('late-in-day')).toBe(w.deadline);
    expect(ids.includes('named-first')).toBe(scenario.putin.markup > 0 && items.some((i) => i.goal === s.firstGoal));
    expect(ids.includes('stalling')).toBe(s.hardening > 0);
    expect(ids.includes('went-back')).toBe(s.retractions > 0);
    expect(ids.includes('asks-unanswered')).toBe(scenario.putin.unanswered > 0 && asksOpen(s));
    expect(ids.includes('sweetener')).toBe(w.sweetener >= 1);
    expect(ids.filter((x) => x === 'framing').length).toBe(w.terms.filter((t) => framing !== undefined && Math.abs(t.framing) >= 1).length);
    expect(ids.filter((x) => x === 'news').length).toBe(w.terms.filter((t) => Math.abs(t.news) >= 1).length);
    // The news that moved the argument itself is said as such, item by item.
    expect(ids.filter((x) => x === 'news-argument').length).toBe(w.terms.filter((t) => framing !== undefined && Math.abs(t.argumentNews) >= 1).length);
    for (const r of answer.reasons.filter((x) => x.id === 'framing' || x.id === 'news' || x.id === 'news-argument')) expect(['for', 'against']).toContain(r.weight);
    // What he says, when he refuses, is his binding reason's own words.
    if (answer.kind === 'refuse') expect(answer.says.params?.reason).toEqual(binding[0]!.message);
    if (answer.kind === 'counter') {
      const counter = lead.options.find((o) => o.id === answer.counterOption)!;
      expect(counter.breaks).toEqual([]);
      expect(counter.kim).toBeLessThan(optionOf(items[0]!).kim);
    }
    if (answer.kind === 'accept') {
      // The deal is recorded at the worth and price that decided it.
      const deal = step.after.deals.at(-1)!;
      expect(deal.items).toEqual(items);
      expect([deal.utility, deal.price, deal.floor]).toEqual([w.worth, w.price, w.floor]);
    }
  }

  it('every answer to an offer is the one the rules call for, and his stated reasons are its causes', () => {
    let answers = 0;
    let packages = 0;
    fc.assert(
      fc.property(seed, difficulty, picks, (s, d, p) => {
        playPicks(bundle, s, d, p, 'model', (step) => {
          if (step.awaiting?.awaiting?.kind !== 'offer') return;
          answers++;
          if ((step.awaiting.awaiting.items?.length ?? 1) > 1) packages++;
          checkAnswer(step, d);
        });
      }),
      { numRuns: 150 },
    );
    // The property saw what it is about.
    expect(answers).toBeGreaterThan(300);
    expect(packages).toBeGreaterThan(30);
  });

  it('a hard limit is never crossed, nor a goods list skipped, by any sequence of moves of either side', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, fc.constantFrom('model' as const, 'person' as const), (s, d, p, putin) => {
        const check = (state: GameState) => {
          for (const spec of scenario.goals) {
            const deal = state.goals[spec.id]!.context.deal;
            if (!deal) continue;
            const option = spec.options.find((o) => o.id === deal)!;
            expect(option.breaks).toEqual([]);
            if (option.needsList) expect(state.goals[spec.id]!.context.listOk).toBe(true);
          }
          for (const deal of state.deals) for (const i of deal.items) expect(optionOf(i).breaks).toEqual([]);
        };
        playPicks(bundle, s, d, p, putin, (step) => check(step.after));
      }),
      { numRuns: 150 },
    );
  });

  it('no bluff claims a limit its goal lacks, and each moves the meters exactly as a real refusal that names a limit', () => {
    let bluffs = 0;
    let real = 0;
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        playPicks(bundle, s, 'hard', p, 'model', (step) => {
          const answer = step.answer;
          if (!step.awaiting || answer?.kind !== 'refuse' || answer.refusal !== 'NEVER') return;
          const s0 = step.awaiting;
          const { items } = offerOf(s0);
          const move = step.putin as Extract<Move, { type: 'putin.answer' }>;
          const claim = answer.claim!;
          expect(claim).toBeDefined();
          // The limit is one a goal of the offer has: an option of it breaks it.
          expect(items.some((i) => goalOf(i.goal).options.some((o) => o.breaks.includes(claim)))).toBe(true);
          if (move.bluff) {
            bluffs++;
            // No option offered breaks it; it is kept on an option offered whose goal has it, and the
            // debrief's record of the bluff names that goal and option.
            expect(items.some((i) => optionOf(i).breaks.includes(claim))).toBe(false);
            const on = step.after.claims.find((c) => c.constraint === claim && c.bluff && items.some((i) => i.goal === c.goal && i.option === c.option))!;
            expect(on).toBeDefined();
            expect(goalOf(on.goal).options.some((o) => o.breaks.includes(claim))).toBe(true);
            expect(step.after.bluffs.length).toBe(s0.bluffs.length + 1);
            const record = step.after.bluffs.at(-1)!;
            expect([record.goal, record.option]).toEqual([on.goal, on.option]);
          } else {
            real++;
            expect(items.some((i) => optionOf(i).breaks.includes(claim)) || s0.claims.some((c) => c.constraint === claim && !c.bluff)).toBe(true);
          }
          // The same shift, bluff or not: the answer's minutes, his patience for a NEVER, the face of a
          // rebuff; no attention in Washington (an argument's comes only with a deal made on it).
          const m = s0.summit.context;
          expect(answer.shift).toEqual({
            minutes: answeredAt(scenario, m.clock) - m.clock,
            patience: clamp(m.patience - scenario.patienceCost.NEVER) - m.patience,
            face: clamp(m.face + scenario.faceShift.rebuffed) - m.face,
            usAttention: 0,
          });
          // Kim's view of it has no mark of a bluff.
          const view = playerView(gameOf(bundle, step.after), 'kim');
          for (const g of view.goals) for (const a of g.answers) expect(a.bluff).toBeUndefined();
        });
      }),
      { numRuns: 150 },
    );
    expect(bluffs).toBeGreaterThan(10);
    expect(real).toBeGreaterThan(10);
  });

  it('a claim is kept: he never takes, nor counters with, an option he claimed impossible, unless Kim called it', () => {
    let kept = 0;
    fc.assert(
      fc.property(seed, difficulty, picks, (s, d, p) => {
        playPicks(bundle, s, d, p, 'model', (step) => {
          const before = step.before.claims;
          const after = step.after.claims;
          // A claim goes only when Kim calls it, and only if it was a bluff; one that stays is unchanged.
          for (const c of before.filter((x) => !after.includes(x))) {
            expect(step.kim.type).toBe('offer.call');
            expect(c.bluff).toBe(true);
            expect((step.kim as { goal: string }).goal).toBe(c.goal);
          }
          const answer = step.answer;
          if (step.awaiting?.awaiting?.kind !== 'offer' || !answer) return;
          const { items } = offerOf(step.awaiting);
          const standing = step.awaiting.claims;
          const claimed = (goal: string, option: string) => standing.some((c) => c.goal === goal && c.option === option);
          if (items.some((i) => claimed(i.goal, i.option))) kept++;
          if (answer.kind === 'accept') for (const i of items) expect(claimed(i.goal, i.option), `${i.goal}=${i.option}`).toBe(false);
          if (answer.kind === 'counter') expect(claimed(answer.goal, answer.counterOption!)).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
    expect(kept).toBeGreaterThan(0);
  });

  it('a deal is never below his price, nor his price below his floor', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, (s, d, p) => {
        const state = playPicks(bundle, s, d, p);
        for (const deal of state.deals) {
          expect(deal.utility).toBeGreaterThanOrEqual(deal.price);
          expect(deal.price).toBeGreaterThanOrEqual(deal.floor);
          expect(deal.floor).toBe(Math.round(state.profile.floor * deal.items.length * 100) / 100);
        }
        // Every deal on a goal is recorded, once, with the offer that made it (a package makes several).
        const recorded = state.deals.flatMap((d) => d.items.map((i) => `${i.goal}=${i.option}`)).sort();
        expect(recorded).toEqual(scenario.goals.filter((g) => state.goals[g.id]!.context.deal).map((g) => `${g.id}=${state.goals[g.id]!.context.deal}`).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('every unlawful option is refused as NEVER with the constraint it breaks, with any sweetener and argument', () => {
    for (const spec of scenario.goals) {
      for (const option of spec.options.filter((o) => o.breaks.length > 0)) {
        for (const sweetener of [undefined, ...scenario.sweeteners.map((x) => x.id)]) {
          for (const framing of [undefined, ...scenario.framings.map((x) => x.id)]) {
            const game = new Game(bundle, { seed: `limits-${option.id}`, settings: { difficulty: 'standard' } });
            game.play({ type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) });
            const r = game.play({ type: 'offer.propose', goal: spec.id, option: option.id, ...(sweetener ? { sweetener } : {}), ...(framing ? { framing } : {}) });
            expect(r.ok && r.answer?.refusal).toBe('NEVER');
            if (r.ok) expect(option.breaks.map((c) => `constraint.${c}`)).toContain(r.answer!.reasons.find((x) => x.weight === 'binding')!.id);
            // The sweetener is spent all the same: it is spent when offered.
            expect(game.sweetenersUsed).toEqual(sweetener ? [sweetener] : []);
          }
        }
      }
    }
  });
});

describe.each(SCENARIOS)('%s: result codes', (_id, bundle) => {
  it('decode to the same record and replay to the same hash and score', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), fc.boolean(), (s, d, p, name, person) => {
        const game = gameOf(bundle, playPicks(bundle, s, d, p, person ? 'person' : 'model'));
        if (name !== undefined) game.name = name;
        const code = encodeResultCode(game.record(), bundle);
        const decoded = decodeResultCode(code, lookupBundle);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.record).toEqual(game.record());
        const verified = verifyResultCode(`  ${code.slice(0, 10)}\n${code.slice(10).toLowerCase()} \n`, lookupBundle);
        expect(verified.ok).toBe(true);
        if (verified.ok) expect(verified.hash).toBe(game.hash());
      }),
      { numRuns: 60 },
    );
  });

  it('any string at all gets a verdict, never an exception', () => {
    const game = gameOf(bundle, playPicks(bundle, 'fuzz', 'standard', Array.from({ length: 30 }, (_, i) => i * 7)));
    const code = encodeResultCode(game.record(), bundle);
    const mutated = fc.tuple(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ-? é'.split(''))).map(([i, ch]) => code.slice(0, i) + ch + code.slice(i + 1));
    const cut = fc.nat({ max: code.length }).map((i) => code.slice(0, i));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated, cut), (text) => {
        const verdict = verifyResultCode(text, lookupBundle);
        if (!verdict.ok) expect(verdict.error.key).toMatch(/^(code|record)\.error\./);
      }),
      { numRuns: 3000 },
    );
  });
});
