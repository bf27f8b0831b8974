// An example negotiator in Putin's chair, in plain JavaScript:
// `npm run sim -- --agent examples/agents/putin-firm.mjs --side putin` (against the greedy Kim).
// Putin sees every limit and option, never Kim's values or ranking. He answers an offer (or a
// question) on the goal `view.awaiting.goal`; the legal moves list every answer he may give.

/** @type {import('../../src/engine/agents').Agent} */
export default function putinFirm(view, legal) {
  const goal = view.goals.find((g) => g.id === view.awaiting.goal);
  // Asked what he needs: he shows his limits.
  if (view.awaiting.kind === 'ask') return { side: 'putin', type: 'putin.hint', goal: goal.id, limits: true };
  // The offer on the table: the last offer.propose among the moves (a package holds several goals).
  const offer = [...view.moves].reverse().find((m) => m.type === 'offer.propose');
  const items = [{ goal: offer.goal, option: offer.option }, ...(offer.with ?? [])];
  const rung = (i) => view.goals.find((g) => g.id === i.goal).options.findIndex((o) => o.id === i.option);
  const accept = legal.find((m) => m.answer === 'accept');
  // He takes the two lowest rungs of any goal, a package only if all its items are that modest.
  if (accept && items.every((i) => rung(i) <= 1)) return accept;
  // Otherwise, on a single offer, he offers the second rung at the most; a package he refuses on price.
  const counter = legal.find((m) => m.answer === 'counter' && m.counter === goal.options[Math.min(1, rung(items[0]) - 1)].id);
  if (counter && items.length === 1) return counter;
  return legal.find((m) => m.answer === 'refuse' && m.refusal === 'TOO_MUCH');
}
