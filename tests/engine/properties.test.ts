// Property tests over many seeds and move sequences: determinism, Putin's hard limits,
// reasons that agree with the decision, and result codes that replay to the same game.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  checkMove,
  decodeResultCode,
  encodeResultCode,
  type Game,
  legalMoves,
  type Move,
  newGame,
  playerView,
  replayRecord,
  SCENARIO,
  verifyResultCode,
} from '../../src/engine';
import { decide, evaluate } from '../../src/engine/putin/decide';

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const difficulty = fc.constantFrom('open' as const, 'standard' as const, 'hard' as const);
const seed = fc.string({ minLength: 1, maxLength: 24 });

/** Play a game by choosing, at each step, the legal move an index picks. */
function playByPicks(s: string, d: 'open' | 'standard' | 'hard', picks: number[]): Game {
  const game = newGame({ seed: s, settings: { difficulty: d } });
  for (const p of picks) {
    if (game.isOver()) break;
    const moves = legalMoves(game);
    const move = moves[p % moves.length]!;
    const result = game.play(move);
    if (!result.ok) throw new Error(`legalMoves offered an illegal move: ${JSON.stringify(move)}`);
  }
  return game;
}

const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

describe('a game is a pure function of its seed and moves', () => {
  it('the same seed and moves give the same hash', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, (s, d, p) => {
        const a = playByPicks(s, d, p);
        const b = replayRecord(a.record());
        expect(b.ok).toBe(true);
        if (b.ok) {
          expect(b.game.hash()).toBe(a.hash());
          // Everything the player sees, answers and reasons included, is the same too.
          expect(JSON.stringify(playerView(b.game))).toBe(JSON.stringify(playerView(a)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('different seeds draw different hidden profiles', () => {
    // The profiles themselves: the game's hash would differ anyway, as it holds the seed.
    const hashes = new Set(Array.from({ length: 50 }, (_, i) => JSON.stringify(newGame({ seed: `s${i}`, settings: { difficulty: 'standard' } }).profile)));
    expect(hashes.size).toBe(50);
  });

  it('an illegal move is refused with a reason and changes nothing', () => {
    fc.assert(
      fc.property(seed, picks, fc.constantFrom<Move>(
        { type: 'offer.accept', goal: 'lifeline' },
        { type: 'press.present', stance: 'modest' },
        { type: 'offer.propose', goal: 'sanctions', option: 'no-such-option' },
        { type: 'barter.list', goods: ['coal', 'coal'] },
        { type: 'briefing.rank', ranking: ['lifeline', 'lifeline', 'workers', 'transport', 'barter'] },
        { type: 'nonsense' } as unknown as Move,
      ), (s, p, move) => {
        const game = playByPicks(s, 'standard', p);
        if (checkMove(game, move) === null) return;
        const before = game.hash();
        const result = game.play(move);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.key).toMatch(/^error\./);
        expect(game.hash()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe("Putin's limits and his reasons", () => {
  it('never accepts an option that breaks a hard constraint, however sweet the offer', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, (s, d, p) => {
        const game = playByPicks(s, d, p);
        for (const spec of SCENARIO.goals) {
          const deal = game.goal(spec.id).context.deal;
          if (deal) expect(spec.options.find((o) => o.id === deal)!.breaks).toEqual([]);
          for (const answer of game.answers[spec.id]) {
            if (answer.kind === 'accept' && spec.id !== 'barter') expect(answer.reasons.some((r) => r.id.startsWith('constraint.'))).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every unlawful option is refused as NEVER with the constraint it breaks, at any time, with any sweetener and framing', () => {
    const game = newGame({ seed: 'limits', settings: { difficulty: 'standard' } });
    game.play({ type: 'briefing.rank', ranking: ['lifeline', 'sanctions', 'workers', 'transport', 'barter'] });
    for (const spec of SCENARIO.goals) {
      for (const option of spec.options.filter((o) => o.breaks.length > 0)) {
        for (const sweetener of [undefined, ...SCENARIO.sweeteners]) {
          for (const framing of [undefined, ...SCENARIO.framings]) {
            for (const t of [0, 0.5, 1]) {
              const ctx = {
                scenario: SCENARIO,
                profile: game.profile,
                goal: spec,
                option,
                t,
                goodwill: 50,
                patience: 100,
                usAttention: 0,
                eventBonus: { [option.id]: 100 },
                barterListOk: true,
                ...(sweetener ? { sweetener } : {}),
                ...(framing ? { framing } : {}),
              };
              const { refusal, reasons } = evaluate(ctx);
              expect(refusal).toBe('NEVER');
              const binding = reasons.filter((r) => r.weight === 'binding');
              expect(binding).toHaveLength(1);
              expect(option.breaks.map((c) => `constraint.${c}`)).toContain(binding[0]!.id);
            }
          }
        }
      }
    }
  });

  it("every answer is what his evaluated reasons decide, and every reason shown is one that weighed", () => {
    fc.assert(
      fc.property(seed, difficulty, picks, (s, d, p) => {
        const game = newGame({ seed: s, settings: { difficulty: d } });
        for (const pick of p) {
          if (game.isOver()) break;
          const moves = legalMoves(game);
          const move = moves[pick % moves.length]!;
          if (move.type !== 'offer.propose') {
            game.play(move);
            continue;
          }
          // Evaluate the offer independently, before the game answers it.
          const ctx = game.offerContext(move.goal, move.option, move.sweetener, move.framing, SCENARIO.costs.propose);
          const { evaluation, reasons: evaluated } = evaluate(ctx);
          const expected = decide(ctx);
          const result = game.play(move);
          if (!result.ok) throw new Error('legal move refused');
          const answer = result.answer!;
          const shown = answer.bluff ? answer.bluff.trueReasons : answer.reasons;
          expect(shown).toEqual(expected.reasons);
          // The decision follows from the evaluation: accepted exactly when no gate holds and the offer reaches his target.
          const accepts = evaluation.gates.length === 0 && evaluation.utility >= evaluation.target;
          if (!answer.bluff) expect(answer.kind === 'accept').toBe(accepts);
          if (answer.kind === 'counter') expect(answer.counterOption).toBe(expected.counterOption);
          if (evaluation.gates.length > 0) expect(answer.refusal).toBe(answer.bluff ? 'NEVER' : (evaluate(ctx).refusal ?? null));
          // Every reason he gives is a gate that held, or a term that pulled the way it says.
          const terms = new Map(evaluation.terms.map((t) => [t.id, t.value]));
          for (const r of evaluated) {
            if (r.weight === 'for' && terms.has(r.id)) expect(terms.get(r.id)!).toBeGreaterThan(0);
            if (r.weight === 'against' && terms.has(r.id)) expect(terms.get(r.id)!).toBeLessThan(0);
            if ((r.weight === 'against' || r.weight === 'binding') && r.id.startsWith('constraint.')) expect(evaluation.gates).toContain(r.id);
            if (r.id === 'late-in-day') expect(evaluation.target).toBeLessThan(ctx.profile.aspiration / 2);
          }
          // What Putin says is his binding reason's own words.
          const binding = answer.reasons.filter((r) => r.weight === 'binding');
          expect(binding).toHaveLength(1);
          if (answer.kind === 'refuse') expect(answer.says.params?.reason).toEqual(binding[0]!.message);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('result codes', () => {
  it('decode to the same record and replay to the same hash and score', () => {
    fc.assert(
      fc.property(seed, difficulty, picks, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (s, d, p, name) => {
        const game = playByPicks(s, d, p);
        if (name !== undefined) game.name = name;
        const code = encodeResultCode(game.record());
        const decoded = decodeResultCode(code);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.record).toEqual(game.record());
        const verified = verifyResultCode(`  ${code.slice(0, 10)}\n${code.slice(10).toLowerCase()} \n`);
        expect(verified.ok).toBe(true);
        if (verified.ok) expect(verified.hash).toBe(game.hash());
      }),
      { numRuns: 150 },
    );
  });

  it('any string at all gets a verdict, never an exception', () => {
    const game = playByPicks('fuzz', 'standard', Array.from({ length: 30 }, (_, i) => i * 7));
    const code = encodeResultCode(game.record());
    const mutated = fc.tuple(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ-? é'.split(''))).map(([i, ch]) => code.slice(0, i) + ch + code.slice(i + 1));
    const cut = fc.nat({ max: code.length }).map((i) => code.slice(0, i));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated, cut), (text) => {
        const verdict = verifyResultCode(text);
        if (!verdict.ok) expect(verdict.error.key).toMatch(/^(code|record)\.error\./);
      }),
      { numRuns: 3000 },
    );
  });
});
