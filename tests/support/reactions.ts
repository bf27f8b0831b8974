// Games made with the engine for the pages that show Putin's reactions: one seed on which, from the
// same start (the goals ranked as listed), one proposal is accepted, one countered and one refused;
// and the same day played on to the press conference and its end. Searched, not pinned, so that a
// change of his numbers keeps the screens about what they show. Used by tools/screenshots.ts and
// the canvas's browser tests.
import { newGame, playerView, type GameRecord, type KimMove } from '../../src/engine';
import type { AnswerKind } from '../../src/engine/types';
import { VLADIVOSTOK } from './bundles';

const goals = VLADIVOSTOK.scenario.goals;
export type Proposal = KimMove & { type: 'offer.propose' };

function start(seed: string, difficulty: 'standard' | 'hard' = 'standard') {
  const g = newGame(VLADIVOSTOK, { seed, settings: { difficulty } });
  g.play({ side: 'kim', type: 'briefing.rank', ranking: goals.map((x) => x.id) });
  return g;
}

export interface Reactions {
  seed: string;
  /** The game just after the ranking: each proposal below is made on it. */
  base: GameRecord;
  moves: Record<Exclude<AnswerKind, 'hint'>, Proposal>;
}

/** A seed with one proposal of each answer (accept, counter, refuse) from its first position. */
export function findReactions(prefix = 'tour'): Reactions {
  for (let i = 0; i < 200; i++) {
    const seed = `${prefix}-${i}`;
    const found: Partial<Reactions['moves']> = {};
    const view = playerView(start(seed), 'kim');
    for (const goal of view.goals.filter((g) => !g.goodsList)) {
      for (const o of goal.options) {
        const move: Proposal = { side: 'kim', type: 'offer.propose', goal: goal.id, option: o.id };
        const r = start(seed).play(move);
        const kind = r.ok ? r.answer?.kind : undefined;
        if (kind && kind !== 'hint' && !found[kind]) found[kind] = move;
      }
    }
    if (found.accept && found.counter && found.refuse) return { seed, base: start(seed).record(), moves: found as Reactions['moves'] };
  }
  throw new Error('No seed with an accept, a counter and a refusal');
}

/** The day after `first`, asked on the other goals until the news has come (a summit with news), then ended, then reported. */
export function dayAfter(r: Reactions, stance = 'modest'): { summit: GameRecord; press: GameRecord; over: GameRecord } {
  const g = start(r.seed);
  g.play(r.moves.accept);
  const view = () => playerView(g, 'kim');
  for (const goal of view().goals) {
    if (view().news.length > 0 || g.phase !== 'talks') break;
    if (!goal.final) g.play({ side: 'kim', type: 'goal.ask', goal: goal.id });
  }
  const summit = g.record();
  g.play({ side: 'kim', type: 'summit.end' });
  const press = g.record();
  g.play({ side: 'kim', type: 'press.present', stance: stance as never });
  return { summit, press, over: g.record() };
}
