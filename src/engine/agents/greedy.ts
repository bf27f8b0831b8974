// Always asks for the most, top of the ladder down, and takes any counter: greed is not always
// rewarded. Ranks the goals as the briefing lists them and faces the press with the stance that
// claims the most face.
import type { KimMove, Move } from '../types';
import type { PlayerView } from '../view-types';

export default function greedy(view: PlayerView, _legal: Move[]): KimMove {
  if (view.phase === 'briefing') return { side: 'kim', type: 'briefing.rank', ranking: view.goals.map((g) => g.id) };
  if (view.phase === 'press') return { side: 'kim', type: 'press.present', stance: [...view.stances].sort((a, b) => b.face - a.face)[0]!.id };
  for (const goal of view.goals.filter((g) => !g.final)) {
    if (goal.status === 'countered') return { side: 'kim', type: 'offer.accept', goal: goal.id };
    // A goods list first where the goal takes one: every good there is.
    if (goal.goodsList && !goal.goods) return { side: 'kim', type: 'goods.list', goal: goal.id, goods: view.goods.map((g) => g.id) };
    if (goal.roundsLeft === 0) return { side: 'kim', type: 'goal.walkAway', goal: goal.id };
    const next = [...goal.options].reverse().find((o) => !o.tried);
    if (next) return { side: 'kim', type: 'offer.propose', goal: goal.id, option: next.id };
    return { side: 'kim', type: 'goal.walkAway', goal: goal.id };
  }
  return { side: 'kim', type: 'summit.end' };
}
