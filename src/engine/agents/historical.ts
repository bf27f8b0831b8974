// 2019 as recorded, played through the player's view: the scenario's history line (history.line),
// goal by goal, proposal by proposal, holding out for the record's deal (history.deals). It knows
// the record (the script in its hand) and nothing of Putin's hidden profile. On the day it:
// - proposes the line's steps in order, each with its argument and, while unspent, its sweetener,
//   as a delegation adapts its script: once he has said an argument carries weight with him, that
//   argument; where a step offers a sweetener, one he asked for while any is left;
// - takes a counter only when it is the record's deal;
// - calls a bluff: when Putin names a limit for an option whose card does not show that limit;
// - when the line runs out, asks what he needs, and goes on asking for the record's deal with the
//   argument he named, those that cost no attention in Washington, and the sweeteners he asked for
//   first (never an offer he refused again, which would be a stall; one he countered may be);
// - ends the day once the line's goals are settled, and faces the press with the first stance.
import type { Scenario } from '../scenario/schema';
import type { KimMove, Message, Move } from '../types';
import type { GoalView, PlayerView } from '../view-types';
import type { Agent } from './types';
import { goalOf, hintsOn, idInKey, offersOn } from './read';

type Step = Scenario['history']['line'][number]['steps'][number];

const key = (s: { option: string; framing?: string | undefined; sweetener?: string | undefined }) => `${s.option}|${s.framing ?? ''}|${s.sweetener ?? ''}`;

/** The argument he said carries weight with him on this goal, if he has said so. */
function helped(goal: GoalView): string | undefined {
  for (const a of goal.answers) {
    const r = a.reasons.find((x) => x.id === 'framing' && x.weight === 'for');
    const id = r ? idInKey((r.message.params?.framing as Message | undefined)?.key, 'framing') : undefined;
    if (id) return id;
  }
  return undefined;
}

export function historicalAgent(history: Scenario['history']): Agent {
  return (view: PlayerView, legal: Move[]): KimMove => {
    if (view.phase === 'briefing') return { side: 'kim', type: 'briefing.rank', ranking: view.goals.map((g) => g.id) };
    if (view.phase === 'press') return { side: 'kim', type: 'press.present', stance: view.stances[0]!.id };
    const spent = new Set(view.sweeteners.filter((s) => s.used).map((s) => s.id));
    for (const { goal: id, steps } of history.line) {
      const goal = goalOf(view, id);
      if (goal.final) continue;
      const record = history.deals[id] ?? null;
      if (goal.status === 'countered') {
        if (goal.counter === record) return { side: 'kim', type: 'offer.accept', goal: id };
      }
      // A limit named for an option whose card does not show it: call it.
      const last = goal.answers.at(-1);
      const lastOffer = offersOn(view, id).at(-1);
      if (last?.kind === 'refuse' && last.refusal === 'NEVER' && last.claim && !last.called && goal.status === 'opening' && lastOffer) {
        const card = goal.options.find((o) => o.id === lastOffer.option);
        if (!card?.breaks?.includes(last.claim)) return { side: 'kim', type: 'offer.call', goal: id };
      }
      if (goal.roundsLeft === 0) return { side: 'kim', type: 'goal.walkAway', goal: id };
      // The offers he refused (the same again would be a stall; one he countered may be made again).
      const made = new Set<string>();
      let offered: Step | undefined;
      for (const m of view.moves) {
        if (m.type === 'offer.propose' && m.goal === id) offered = { option: m.option, ...(m.framing ? { framing: m.framing } : {}), ...(m.sweetener ? { sweetener: m.sweetener } : {}) };
        else if (m.type === 'putin.answer' && m.goal === id && m.answer === 'refuse' && offered) made.add(key(offered));
      }
      const tried = offersOn(view, id).length;
      let step: Step | undefined = steps[tried];
      if (!step && record) {
        // The line has run out: ask what he needs (once), then the record's deal again, with an
        // argument and a sweetener not yet tried together: the argument he named and the sweeteners
        // he asked for first.
        if (!goal.asked && legal.some((m) => m.type === 'goal.ask' && m.goal === id)) return { side: 'kim', type: 'goal.ask', goal: id };
        // The argument he named first, then those that cost no attention in Washington, then none, then the rest.
        const named = hintsOn(view, id).find((h) => h.framing)?.framing;
        const quiet = view.framings.filter((f) => f.id !== named && !(f.us > 0)).map((f) => f.id);
        const loud = view.framings.filter((f) => f.id !== named && f.us > 0).map((f) => f.id);
        const framings = [...(named ? [named] : []), ...quiet, undefined, ...loud];
        const unspent = view.sweeteners.filter((s) => !spent.has(s.id)).map((s) => s.id);
        const sweeteners = [...unspent.filter((s) => view.putinAsks.includes(s)), undefined, ...unspent.filter((s) => !view.putinAsks.includes(s))];
        outer: for (const sweetener of sweeteners) {
          for (const framing of framings) {
            const s: Step = { option: record };
            if (framing) s.framing = framing;
            if (sweetener) s.sweetener = sweetener;
            if (!made.has(key(s))) {
              step = s;
              break outer;
            }
          }
        }
      }
      if (!step) return { side: 'kim', type: 'goal.walkAway', goal: id };
      const move: KimMove = { side: 'kim', type: 'offer.propose', goal: id, option: step.option };
      if (step.framing) move.framing = tried < steps.length ? (helped(goal) ?? step.framing) : step.framing;
      const asked = view.putinAsks.find((x) => !spent.has(x));
      if (step.sweetener && tried < steps.length && asked && !view.putinAsks.includes(step.sweetener)) move.sweetener = asked;
      else if (step.sweetener && !spent.has(step.sweetener)) move.sweetener = step.sweetener;
      return move;
    }
    return { side: 'kim', type: 'summit.end' };
  };
}
