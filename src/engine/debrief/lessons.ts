// The ideas of negotiation the debrief teaches by name, each shown on the player's own game: what
// the record holds (the offers made, the concessions, the deals, the packages) and what the seed
// made possible (Putin's alternative, the zone of possible agreement, the frontier, the Nash point).
// Pure: a finished game in, messages out (keys in src/content/engine.*.json); the texts say where a
// move never happened ("in your game you made no package").
import { round1 } from '../score';
import { Game } from '../game';
import { msg } from '../messages';
import { isConcession } from '../putin/context';
import { priceFor } from '../putin/reasons';
import { rankWeights, scoreGame } from '../score';
import { type DayFrontier, shortOfFrontier } from './frontier';
import type { OfferItem } from '../state';
import type { GoalId, Message, Move } from '../types';

export const IDEAS = ['batna', 'reservation-value', 'zopa', 'pareto', 'nash', 'anchoring', 'concessions', 'integrative', 'distributive'] as const;
export type IdeaId = (typeof IDEAS)[number];

export interface Lesson {
  idea: IdeaId;
  /** The idea shown on this game, in words. */
  example: Message;
  /** Whether the example rests on the player's own moves (an offer, a concession, a deal, a package), not only on the seed. */
  fromMoves: boolean;
}

/** One of Kim's offers, as it stood when he made it. */
export interface OfferMade {
  /** Its place among Kim's moves (1: his first). */
  move: number;
  items: OfferItem[];
  /** He came down with it on some goal (a more modest lawful option than his last there). */
  concession: boolean;
  /** Putin's answer to it. */
  answer: 'accept' | 'counter' | 'refuse' | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const goalTitle = (goal: GoalId) => msg(`goal.${goal}.title`);
const optionTitle = (goal: GoalId, option: string) => msg(`option.${goal}.${option}.title`);
/**
 * The zone, the frontier and the Nash point on the player's day against every day that was possible:
 * his score and Putin's gain as the score report has them, the possible days as the debrief draws them.
 */
function dayLessons(game: Game, day: DayFrontier | null | undefined): Lesson[] {
  if (day === undefined || day === null) {
    const key = day === undefined ? 'lesson.day.pending' : 'lesson.day.unavailable';
    return (['zopa', 'pareto', 'nash'] as const).map((idea) => ({ idea, example: msg(key), fromMoves: false }));
  }
  const result = scoreGame(game);
  const made = game.state.deals.length > 0;
  const you = { kim: result.kim, putin: result.putin };
  const inside = you.kim > day.noDeal.kim && you.putin > 0;
  const gap = shortOfFrontier(day.frontier, you.kim, you.putin);
  const out: Lesson[] = [
    {
      idea: 'zopa',
      example: day.zone
        ? msg(inside ? 'lesson.zopa.day.inside' : 'lesson.zopa.day.outside', { n: day.zone, nodeal: day.noDeal.kim, kim: you.kim, putin: you.putin })
        : msg('lesson.zopa.day.empty', { nodeal: day.noDeal.kim }),
      fromMoves: made,
    },
    { idea: 'pareto', example: gap > 0 ? msg('lesson.pareto.day.below', { gap, kim: you.kim, putin: you.putin }) : msg('lesson.pareto.day.on', { kim: you.kim, putin: you.putin }), fromMoves: made },
  ];
  const nash = day.nash;
  out.push(
    nash
      ? {
          idea: 'nash',
          example: msg(you.kim > nash.kim ? 'lesson.nash.day.above' : you.kim < nash.kim ? 'lesson.nash.day.below' : 'lesson.nash.day.same', {
            kim: nash.kim,
            putin: nash.putin,
            items: itemsTitle(nash.items),
            you: you.kim,
            yours: you.putin,
          }),
          fromMoves: made,
        }
      : { idea: 'nash', example: msg('lesson.nash.day.empty'), fromMoves: false },
  );
  return out;
}

const itemsTitle = (items: readonly OfferItem[]) => items.map((i) => msg('lesson.item', { goal: goalTitle(i.goal), option: optionTitle(i.goal, i.option) }));

/** Kim's offers in the order he made them, each with whether it was a concession and how Putin answered: the game played again move by move. */
export function offersOf(game: Game): OfferMade[] {
  const s = game.state;
  const again = new Game(game.bundle, { seed: s.seed, settings: { ...s.settings }, putin: s.putin });
  const person = s.putin === 'person';
  const out: OfferMade[] = [];
  let kimMoves = 0;
  for (const move of s.moves) {
    if (!person && move.side === 'putin') continue;
    const before = again.state;
    if (move.side === 'kim') kimMoves++;
    const items = move.type === 'offer.propose' ? [{ goal: move.goal, option: move.option }, ...(move.with ?? [])] : null;
    const result = again.play(move);
    if (!result.ok || !items) continue;
    out.push({ move: kimMoves, items, concession: isConcession(game.scenario, before, items), answer: null });
    if (person) continue;
    const answer = result.answer?.kind;
    out.at(-1)!.answer = answer === 'accept' || answer === 'counter' || answer === 'refuse' ? answer : null;
  }
  // With a person in Putin's chair his answer is the next move of his: read it off the record.
  if (person) {
    let k = 0;
    let pending: OfferMade | null = null;
    for (const move of s.moves as Move[]) {
      if (move.side === 'kim') {
        k++;
        pending = out.find((o) => o.move === k) ?? null;
      } else if (pending && move.type === 'putin.answer') {
        pending.answer = move.answer;
        pending = null;
      }
    }
  }
  return out;
}

/**
 * The ideas of the glossary, each shown on this (finished) game. The zone of possible agreement, the
 * Pareto frontier and the Nash point are told on the whole day, from every day that was possible on
 * the seed (debrief/frontier.ts, the same values the debrief's chart draws): `day` is that search
 * (undefined while it runs, null where it could not be made).
 */
export function lessonsOf(game: Game, day?: DayFrontier | null): Lesson[] {
  const scenario = game.scenario;
  const s = game.state;
  const profile = s.profile;
  const offers = offersOf(game);
  const deals = s.deals;
  const dealOf = (goal: GoalId) => game.goal(goal).context.deal;
  const weights = rankWeights(game.meters.ranking, scenario.goals.map((g) => g.id));
  const goalPoints = round1(scenario.goals.reduce((sum, g) => sum + (weights[g.id] ?? 0) * (g.options.find((o) => o.id === dealOf(g.id))?.kim ?? 0), 0));
  const floor = round2(profile.floor);
  const out: Lesson[] = [];

  // BATNA: no deal on a goal is what Kim keeps if the talks fail; what his deals brought above it.
  out.push(
    deals.length
      ? { idea: 'batna', example: msg('lesson.batna.deals', { n: scenario.goals.filter((g) => dealOf(g.id)).length, points: goalPoints }), fromMoves: true }
      : { idea: 'batna', example: msg('lesson.batna.none'), fromMoves: true },
  );

  // Reservation value: Putin's floor on this seed; a deal he took, and how far above it.
  const first = deals[0];
  out.push(
    first
      ? { idea: 'reservation-value', example: msg('lesson.reservation.deal', { floor: round2(first.floor), items: itemsTitle(first.items), utility: round2(first.utility), gain: round2(first.utility - first.floor) }), fromMoves: true }
      : { idea: 'reservation-value', example: msg('lesson.reservation.none', { floor }), fromMoves: false },
  );

  // The zone of possible agreement, the Pareto frontier and the Nash point: the whole day's.
  out.push(...dayLessons(game, day));

  // Anchoring: the player's first offer, where it stood on its ladder, and where that goal ended.
  const opening = offers[0];
  if (opening) {
    const lead = opening.items[0]!;
    const spec = game.goalSpec(lead.goal);
    const ended = dealOf(lead.goal);
    out.push({
      idea: 'anchoring',
      example: msg(ended ? 'lesson.anchoring.deal' : 'lesson.anchoring.nodeal', {
        goal: goalTitle(lead.goal),
        option: optionTitle(lead.goal, lead.option),
        step: spec.options.findIndex((o) => o.id === lead.option) + 1,
        steps: spec.options.length,
        deal: ended ? optionTitle(lead.goal, ended) : '',
        aspiration: priceFor(scenario, profile, 0, false, 0),
      }),
      fromMoves: true,
    });
  } else out.push({ idea: 'anchoring', example: msg('lesson.anchoring.none', { aspiration: priceFor(scenario, profile, 0, false, 0) }), fromMoves: false });

  // Concessions and reciprocity: how often Kim came down, and how Putin answered in kind.
  const concessions = offers.filter((o) => o.concession).length;
  const counters = s.moves.filter((m) => m.type === 'putin.answer' && m.answer === 'counter').length;
  // His asking price for a goal (not the one named first), as the model sets it: before any concession, and after the player's
  // (the steps he took back when the player went back on an offer not counted: the price that decided).
  const askFrom = priceFor(scenario, profile, 0, false, 0);
  const askTo = priceFor(scenario, profile, s.concessions, false, s.hardening);
  out.push(
    concessions
      ? { idea: 'concessions', example: msg('lesson.concessions.made', { n: concessions, back: s.retractions, counters, from: askFrom, to: askTo, floor }), fromMoves: true }
      : { idea: 'concessions', example: msg('lesson.concessions.none', { offers: offers.length, from: askFrom, counters }), fromMoves: offers.length > 0 },
  );

  // Integrative bargaining: a package, taken or not.
  const packageDeal = deals.find((d) => d.items.length > 1);
  const packageOffer = offers.find((o) => o.items.length > 1);
  out.push(
    packageDeal
      ? { idea: 'integrative', example: msg('lesson.integrative.deal', { items: itemsTitle(packageDeal.items), utility: round2(packageDeal.utility), price: round2(packageDeal.price) }), fromMoves: true }
      : packageOffer
        ? { idea: 'integrative', example: msg('lesson.integrative.offered', { items: itemsTitle(packageOffer.items) }), fromMoves: true }
        : { idea: 'integrative', example: msg('lesson.integrative.none'), fromMoves: false },
  );

  // Distributive bargaining: one goal at a time, from the first offer on it to where it ended.
  const single = offers.find((o) => o.items.length === 1);
  if (single) {
    const goal = single.items[0]!.goal;
    const ended = dealOf(goal);
    out.push({
      idea: 'distributive',
      example: msg(ended ? 'lesson.distributive.deal' : 'lesson.distributive.nodeal', { goal: goalTitle(goal), option: optionTitle(goal, single.items[0]!.option), deal: ended ? optionTitle(goal, ended) : '', offers: offers.filter((o) => o.items.length === 1 && o.items[0]!.goal === goal).length }),
      fromMoves: true,
    });
  } else out.push({ idea: 'distributive', example: msg('lesson.distributive.none'), fromMoves: false });

  return out;
}
