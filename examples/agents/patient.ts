// An example negotiator for Kim: `npm run sim -- --agent examples/agents/patient.ts`.
// A module whose default export is a function (view, legalMoves) => move. It keeps nothing between
// calls: everything it needs is in the view (the goals, Putin's answers, every move so far).
// Copy it, change it, and run it against the computer's Putin, or in a tournament with the
// reference players: npm run tournament -- --agents strong examples/agents/patient.ts --seeds 50
import type { Agent, KimMove, Move, PlayerView } from '../../src/engine/agents';

const agent: Agent = (view: PlayerView, legal: Move[]): KimMove => {
  // The briefing: rank the goals, most wanted first (this sets the weights of Kim's score).
  if (view.phase === 'briefing') {
    const best = (g: PlayerView['goals'][number]) => Math.max(...g.options.filter((o) => !o.breaks?.length).map((o) => o.kimValue ?? 0));
    return { side: 'kim', type: 'briefing.rank', ranking: [...view.goals].sort((a, b) => best(b) - best(a)).map((g) => g.id) };
  }
  // The press: the stance that the meters make best (score.ts: face bonus less Washington's penalty).
  if (view.phase === 'press') {
    const value = (s: PlayerView['stances'][number]) => (view.meters.face + s.face - 50) / 5 - Math.max(0, view.meters.usAttention + s.usAttention - 30) ** 2 / 200;
    return { side: 'kim', type: 'press.present', stance: [...view.stances].sort((a, b) => value(b) - value(a))[0]!.id };
  }
  const open = view.goals.filter((g) => !g.final);
  for (const goal of open) {
    // Take any counter on the table: it lapses with the next move.
    if (goal.status === 'countered') return { side: 'kim', type: 'offer.accept', goal: goal.id };
    // He named a limit that the option's card does not show: call the bluff.
    if (legal.some((m) => m.type === 'offer.call' && m.goal === goal.id)) {
      const last = goal.answers.at(-1)!;
      const offered = [...view.moves].reverse().find((m) => m.type === 'offer.propose' && m.goal === goal.id);
      const card = offered?.type === 'offer.propose' ? goal.options.find((o) => o.id === offered.option) : undefined;
      if (card?.breaks && last.claim && !card.breaks.includes(last.claim)) return { side: 'kim', type: 'offer.call', goal: goal.id };
    }
    // Ask once what he needs: he may name the argument that moves him.
    if (!goal.asked && legal.some((m) => m.type === 'goal.ask' && m.goal === goal.id)) return { side: 'kim', type: 'goal.ask', goal: goal.id };
  }
  // Propose on the first open goal: below the top rung, one step lower each time, with the argument he named.
  const goal = open.find((g) => view.packageGoals.includes(g.id));
  if (!goal) return { side: 'kim', type: 'summit.end' };
  const tries = view.moves.filter((m) => m.type === 'offer.propose' && m.goal === goal.id).length;
  const rung = Math.max(0, goal.options.length - 2 - tries);
  const move: KimMove = { side: 'kim', type: 'offer.propose', goal: goal.id, option: goal.options[rung]!.id };
  const hint = view.moves.find((m) => m.type === 'putin.hint' && m.goal === goal.id && m.framing);
  if (hint?.type === 'putin.hint' && hint.framing) move.framing = hint.framing;
  // A package: the first option of the last open goal rides along (all or nothing, never countered).
  const other = open.at(-1);
  if (tries > 0 && other && other.id !== goal.id && view.packageGoals.includes(other.id)) move.with = [{ goal: other.id, option: other.options[0]!.id }];
  return move;
};

export default agent;
