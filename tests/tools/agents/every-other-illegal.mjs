// A test agent: in the talks, every other call it answers with a move that is not legal (an accept
// on a goal that does not exist), then with a legal one. The runner must report each and go on.
let calls = 0;
export default function everyOtherIllegal(view, legal) {
  if (view.phase !== 'talks') return legal[0];
  calls += 1;
  if (calls % 2 === 1) return { type: 'offer.accept', goal: `${view.goals[0].id}-nowhere` };
  // A few questions, then the day ends: a short game.
  const end = legal.find((m) => m.type === 'summit.end');
  if (view.step >= 4) return end;
  return legal.find((m) => m.type === 'goal.ask') ?? end;
}
