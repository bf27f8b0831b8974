// A test agent: proposes a package of every goal's first option (never in the legal list), then ends the day.
export default async function packageFirst(view, legal) {
  if (view.phase !== 'talks') return legal[0];
  const [lead, ...rest] = view.goals.filter((g) => view.packageGoals.includes(g.id));
  if (lead && rest.length) return { type: 'offer.propose', goal: lead.id, option: lead.options[0].id, with: rest.map((g) => ({ goal: g.id, option: g.options[0].id })) };
  return { type: 'summit.end' };
}
