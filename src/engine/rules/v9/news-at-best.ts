// What news can still do for a deal, counted at its best: the worth it adds to options and to arguments, the room it
// makes on China's line and the relief it brings in Washington (never its burdens). For the searches
// that need an upper bound of the day: the solver's bound and the debrief's possible days.
import type { Scenario } from './scenario/schema';

export interface NewsAtBest {
  /** Worth added, by `goal=option`. */
  bonus: Map<string, number>;
  /** Weight added to an argument, by `framing=goal`. */
  arguments: Map<string, number>;
  china: number;
  relief: number;
}

/** The news of these events (ids from the deck), at its best for a deal. */
export function newsAtBest(scenario: Scenario, ids: readonly string[]): NewsAtBest {
  const bonus = new Map<string, number>();
  const args = new Map<string, number>();
  let china = 0;
  let relief = 0;
  for (const id of ids) {
    const event = scenario.events.find((e) => e.id === id);
    if (!event) continue;
    for (const b of event.bonus ?? []) if (b.amount > 0) bonus.set(`${b.goal}=${b.option}`, (bonus.get(`${b.goal}=${b.option}`) ?? 0) + b.amount);
    for (const a of event.arguments ?? []) if (a.amount > 0) for (const g of a.goals) args.set(`${a.framing}=${g}`, (args.get(`${a.framing}=${g}`) ?? 0) + a.amount);
    china += Math.max(0, event.china ?? 0);
    relief += Math.max(0, -(event.usAttention ?? 0));
  }
  return { bonus, arguments: args, china, relief };
}
