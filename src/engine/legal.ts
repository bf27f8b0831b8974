// Which moves are legal now, and why a move is not. Moves may come from a result code or a file,
// so every field is checked as untrusted data before the game is touched.
import type { Game } from './game';
import { msg } from './messages';
import { GOAL_IDS, type GoalId, type Message, type Move, PRESS_STANCES } from './types';

const isGoal = (x: unknown): x is GoalId => typeof x === 'string' && (GOAL_IDS as readonly string[]).includes(x);
const optString = (x: unknown) => x === undefined || typeof x === 'string';

/** null when the move is legal now; otherwise the reason, in the player's words. */
export function checkMove(game: Game, move: Move): Message | null {
  if (typeof move !== 'object' || move === null || typeof (move as { type?: unknown }).type !== 'string') return msg('error.bad-move');
  const phase = game.phase;
  if (phase === 'over') return msg('error.game-over');
  switch (move.type) {
    case 'briefing.rank': {
      if (phase !== 'briefing') return msg('error.phase');
      const r = move.ranking;
      if (!Array.isArray(r) || r.length !== GOAL_IDS.length || !r.every(isGoal) || new Set(r).size !== GOAL_IDS.length) return msg('error.ranking');
      return null;
    }
    case 'offer.propose':
    case 'offer.accept':
    case 'goal.ask':
    case 'goal.walkAway': {
      if (phase !== 'talks') return msg('error.phase');
      if (!isGoal(move.goal)) return msg('error.unknown-goal');
      const snap = game.goal(move.goal);
      if (snap.status === 'done') return msg('error.goal-final');
      if (move.type === 'offer.propose') return checkProposal(game, move);
      if (move.type === 'offer.accept') {
        if (snap.value !== 'countered' || !snap.context.counter) return msg('error.no-counter');
        // The counter keeps the sweetener of the offer; it may have been spent on another track since.
        const sweetener = snap.context.offer?.sweetener;
        return sweetener && game.sweetenersUsed.includes(sweetener) ? msg('error.sweetener-used') : null;
      }
      if (move.type === 'goal.ask') return snap.context.asked ? msg('error.already-asked') : snap.value === 'listing' || snap.value === 'offered' ? msg('error.phase') : null;
      return null;
    }
    case 'barter.list': {
      if (phase !== 'talks') return msg('error.phase');
      const snap = game.goal('barter');
      if (snap.status === 'done') return msg('error.goal-final');
      if (!snap.can({ type: 'barter.list' })) return msg('error.phase');
      if (!Array.isArray(move.goods) || move.goods.length > game.scenario.goods.length || new Set(move.goods).size !== move.goods.length) return msg('error.unknown-good');
      if (!move.goods.every((g) => typeof g === 'string' && game.scenario.goods.some((x) => x.id === g))) return msg('error.unknown-good');
      return null;
    }
    case 'summit.end':
      return phase === 'talks' ? null : msg('error.phase');
    case 'press.present':
      if (phase !== 'press') return msg('error.phase');
      return (PRESS_STANCES as readonly string[]).includes(move.stance) ? null : msg('error.unknown-stance');
    default:
      return msg('error.bad-move');
  }
}

function checkProposal(game: Game, move: Extract<Move, { type: 'offer.propose' }>): Message | null {
  if (typeof move.option !== 'string' || !optString(move.sweetener) || !optString(move.framing)) return msg('error.bad-move');
  const spec = game.goalSpec(move.goal);
  if (!spec.options.some((o) => o.id === move.option)) return msg('error.unknown-option');
  if (move.sweetener !== undefined) {
    if (!game.scenario.sweeteners.some((s) => s.id === move.sweetener)) return msg('error.unknown-sweetener');
    if (game.sweetenersUsed.includes(move.sweetener)) return msg('error.sweetener-used');
  }
  if (move.framing !== undefined && !game.scenario.framings.some((f) => f.id === move.framing)) return msg('error.unknown-framing');
  const snap = game.goal(move.goal);
  if (snap.context.roundsLeft !== null && snap.context.roundsLeft <= 0) return msg('error.no-rounds');
  if (!snap.can({ type: 'offer.propose', offer: { option: move.option } })) return msg('error.phase');
  return null;
}

/** Every legal move now, in a fixed order: what bots choose from and what tests enumerate. */
export function legalMoves(game: Game): Move[] {
  const out: Move[] = [];
  const push = (m: Move) => {
    if (checkMove(game, m) === null) out.push(m);
  };
  switch (game.phase) {
    case 'briefing':
      push({ type: 'briefing.rank', ranking: [...GOAL_IDS] });
      return out;
    case 'press':
      for (const stance of PRESS_STANCES) push({ type: 'press.present', stance });
      return out;
    case 'over':
      return out;
    case 'talks':
      break;
  }
  const { scenario } = game;
  const sweeteners: (string | undefined)[] = [undefined, ...scenario.sweeteners.map((s) => s.id)];
  const framings: (string | undefined)[] = [undefined, ...scenario.framings.map((f) => f.id)];
  for (const goal of GOAL_IDS) {
    if (game.goal(goal).status === 'done') continue;
    // Whether a proposal is legal does not depend on which option, framing or unused sweetener it
    // carries: check the track once, then list every combination (checked one by one, it was slow on phones).
    const first = game.goalSpec(goal).options[0]!.id;
    if (checkMove(game, { type: 'offer.propose', goal, option: first }) === null) {
      for (const option of game.goalSpec(goal).options) {
        for (const sweetener of sweeteners) {
          if (sweetener && game.sweetenersUsed.includes(sweetener)) continue;
          for (const framing of framings) {
            const m: Move = { type: 'offer.propose', goal, option: option.id };
            if (sweetener) m.sweetener = sweetener;
            if (framing) m.framing = framing;
            out.push(m);
          }
        }
      }
    }
    push({ type: 'offer.accept', goal });
    push({ type: 'goal.ask', goal });
    push({ type: 'goal.walkAway', goal });
  }
  const lawful = scenario.goods.filter((g) => g.sanctionedBy === null).map((g) => g.id);
  push({ type: 'barter.list', goods: lawful });
  for (const g of scenario.goods) push({ type: 'barter.list', goods: [g.id] });
  push({ type: 'summit.end' });
  return out;
}
