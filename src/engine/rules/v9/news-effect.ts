// What a piece of news does to the day, stated once for the news in effect from the start
// (state.ts) and the news that arrives during the talks (moves/turn.ts): the item shown, the options
// it reveals, the worth it adds to options and to arguments, and the room it makes on China's line.
// Its pull on the meters is applied by each caller (at the start on the initial meters, during the
// talks through the clock's own step, which may end them).
import type { Scenario } from './scenario/schema';
import type { GoalId, NewsItem } from './types';

type Event = Scenario['events'][number];
/** The parts of the game's state (state.ts) a piece of news changes, besides the meters. */
export interface NewsTouched {
  revealed: Record<GoalId, string[]>;
  eventBonus: Record<GoalId, Record<string, number>>;
  argumentBonus: Record<string, Record<GoalId, number>>;
  spent: { money: number; china: number };
}

/** The item of the news list for this event, arrived at `at` (`before`: in effect from the start). */
export function newsItem(event: Event, at: number, before: boolean): NewsItem {
  return {
    id: event.id,
    at,
    message: { key: `event.${event.id}.text` },
    facts: event.facts,
    ...(before ? { before: true } : {}),
    ...(event.arguments?.length ? { effect: { key: `event.${event.id}.effect` } } : {}),
  };
}

/** The parts of the day this news changes, as new objects (the rest shared with `s`). */
export function touchedBy(s: NewsTouched, event: Event): NewsTouched {
  let { revealed, eventBonus, argumentBonus, spent } = s;
  for (const r of event.reveal ?? []) {
    const known = revealed[r.goal] ?? [];
    if (!known.includes(r.option)) revealed = { ...revealed, [r.goal]: [...known, r.option] };
  }
  for (const b of event.bonus ?? []) {
    const bonus = eventBonus[b.goal] ?? {};
    eventBonus = { ...eventBonus, [b.goal]: { ...bonus, [b.option]: (bonus[b.option] ?? 0) + b.amount } };
  }
  for (const a of event.arguments ?? []) {
    const by = { ...(argumentBonus[a.framing] ?? {}) };
    for (const g of a.goals) by[g] = (by[g] ?? 0) + a.amount;
    argumentBonus = { ...argumentBonus, [a.framing]: by };
  }
  if (event.china) spent = { money: spent.money, china: spent.china - event.china };
  return { revealed, eventBonus, argumentBonus, spent };
}
