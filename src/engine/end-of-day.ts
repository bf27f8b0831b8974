// The end of the day in words, read off the day as it ended: what the counterpart tells reporters
// (after the talks, before the player chooses the state media's line) and, once that line is
// chosen, the reactions abroad. Both are chosen by the scenario's rules (its endOfDay data); they
// change nothing: each reaction reads a term of the score (the face, or Washington's attention) and
// shows that term as the score counts it (score.ts), so what is said and what is counted are one.
import { msg } from './messages';
import type { EndCondition, Scenario } from './scenario/schema';
import { faceBonus, round1, usPenalty } from './score';
import type { GameState } from './state';
import type { Message } from './types';

export interface ReactionView {
  /** The capital that reacts (an id of the scenario's data), and its name. */
  from: string;
  name: Message;
  says: Message;
  /** The term of the score the reaction reads: the face, or Washington's attention. */
  term: 'face' | 'usAttention';
  /** The meter as the day ended, and its points in the score (a penalty is negative). */
  meter: number;
  points: number;
}

export interface EndOfDayView {
  /** The counterpart's words to reporters, line by line. */
  statement: Message[];
  /** The state media's line, once chosen. */
  stance: string | null;
  /** Once the state media's line is chosen: one reaction per capital, in the scenario's order. */
  reactions: ReactionView[];
}

/** The day as the rules of the end of the day read it. */
interface DayRead {
  deals: number;
  won: number;
  dealOf: (goal: string) => string | null;
  stance: string | null;
  face: number;
  usAttention: number;
}

function readDay(scenario: Scenario, state: GameState): DayRead {
  const dealOf = (goal: string) => state.goals[goal]?.context.deal ?? null;
  let deals = 0;
  let won = 0;
  for (const g of scenario.goals) {
    const deal = dealOf(g.id);
    if (!deal) continue;
    deals++;
    won += g.options.find((o) => o.id === deal)?.kim ?? 0;
  }
  const c = state.summit.context;
  return { deals, won, dealOf, stance: c.stance, face: c.face, usAttention: c.usAttention };
}

const within = (x: number, s: { min?: number | undefined; max?: number | undefined } | undefined) => !s || ((s.min === undefined || x >= s.min) && (s.max === undefined || x <= s.max));

function holds(when: EndCondition, day: DayRead): boolean {
  if (!within(day.deals, when.deals) || !within(day.won, when.won) || !within(day.face, when.face) || !within(day.usAttention, when.usAttention)) return false;
  if (when.stance && (day.stance === null || !when.stance.includes(day.stance))) return false;
  if (when.dealOn) {
    const deal = day.dealOf(when.dealOn.goal);
    if (deal === null || (when.dealOn.options && !when.dealOn.options.includes(deal))) return false;
  }
  return true;
}

/** The deals made, as their options' names (a line of the statement may list them). */
function dealTitles(scenario: Scenario, day: DayRead): Message[] {
  return scenario.goals.flatMap((g) => {
    const deal = day.dealOf(g.id);
    return deal ? [msg(`option.${g.id}.${deal}.title`)] : [];
  });
}

/** The end of the day once the talks are over (null before): the statement, then the reactions once the line is chosen. */
export function endOfDay(scenario: Scenario, state: GameState): EndOfDayView | null {
  const phase = state.summit.value;
  if (phase !== 'press' && phase !== 'over') return null;
  const day = readDay(scenario, state);
  const deals = dealTitles(scenario, day);
  const statement = scenario.endOfDay.statement.filter((line) => holds(line.when, day)).map((line) => msg(`press.${line.id}`, { deals, n: day.deals }));
  const reactions: ReactionView[] = [];
  if (phase === 'over') {
    const capitals = [...new Set(scenario.endOfDay.reactions.map((r) => r.from))];
    for (const from of capitals) {
      const rule = scenario.endOfDay.reactions.find((r) => r.from === from && holds(r.when, day));
      if (!rule) continue;
      const meter = rule.term === 'face' ? day.face : day.usAttention;
      // Rounded as the score report rounds its terms: the debrief shows the same number twice.
      const points = rule.term === 'face' ? round1(faceBonus(meter)) : 0 - round1(usPenalty(meter));
      reactions.push({ from, name: msg(`reaction.from.${from}`), says: msg(`reaction.${rule.id}`), term: rule.term, meter, points });
    }
  }
  return { statement, stance: day.stance, reactions };
}
