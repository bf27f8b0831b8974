// A player who presses buttons at random: a baseline that should rarely do well. It picks a kind
// of move, weighted as a curious newcomer might, then one listed move of that kind. Its chances are
// drawn from the seed and the number of moves so far, so a game is the same every time.
import { seededRng } from '../rng';
import type { Move } from '../types';
import type { PlayerView } from '../view-types';

const WEIGHTS: Partial<Record<Move['type'], number>> = {
  'offer.propose': 55,
  'offer.accept': 12,
  'goal.ask': 8,
  'offer.call': 5,
  'goal.walkAway': 5,
  'goods.list': 10,
  'summit.end': 2,
};

export default function random(view: PlayerView, legal: Move[]): Move {
  const rng = seededRng(`random-agent/${view.seed}/${view.moves.length}`);
  const kinds = [...new Set(legal.map((m) => m.type))];
  const weight = (t: Move['type']) => WEIGHTS[t] ?? 1;
  let roll = rng.next() * kinds.reduce((s, t) => s + weight(t), 0);
  let kind = kinds[kinds.length - 1]!;
  for (const t of kinds) {
    roll -= weight(t);
    if (roll < 0) {
      kind = t;
      break;
    }
  }
  const choices = legal.filter((m) => m.type === kind);
  const move = choices[rng.int(choices.length)]!;
  // At the briefing, a ranking in an order of its own.
  if (move.type === 'briefing.rank') return { ...move, ranking: rng.shuffle(move.ranking) };
  return move;
}
