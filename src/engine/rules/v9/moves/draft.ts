// The working copy of a state while one move is applied. apply() copies the top level once; each
// helper here replaces what it changes (copy on write), so the state handed in is never touched
// and a move costs no deep copy.
import { goalMachine, type GoalEvent } from '../machines/goal-machine';
import { step } from '../machines/run';
import { clamp, type MeterShift, summitMachine, type SummitEvent } from '../machines/summit-machine';
import { msg } from '../messages';
import type { GoalSpec, Scenario } from '../scenario/schema';
import type { GameState, OfferItem } from '../state';
import { offerContext } from '../putin/context';
import { priceOfOffer, utilityOf } from '../putin/decide';
import type { GoalId, LogEntry, Message, NewsItem } from '../types';

export type Draft = GameState;

/** The top level of a state copied, the move added: field by field in one order, which V8 copies far
 * faster than a spread of a state whose optional fields come and go. */
export function draftOf(s: GameState, move: GameState['moves'][number]): Draft {
  const d: Draft = {
    scenarioId: s.scenarioId,
    scenarioHash: s.scenarioHash,
    seed: s.seed,
    settings: s.settings,
    putin: s.putin,
    rng: s.rng,
    profile: s.profile,
    deck: s.deck,
    summit: s.summit,
    goals: s.goals,
    turn: s.turn,
    moves: [...s.moves, move],
    awaiting: s.awaiting,
    log: s.log,
    news: s.news,
    positions: s.positions,
    concessions: s.concessions,
    hardening: s.hardening,
    retractions: s.retractions,
    firstGoal: s.firstGoal,
    spent: s.spent,
    claims: s.claims,
    refusedOffers: s.refusedOffers,
    putinAsks: s.putinAsks,
    deals: s.deals,
    eventBonus: s.eventBonus,
    argumentBonus: s.argumentBonus,
    revealed: s.revealed,
    hints: s.hints,
    answers: s.answers,
    sweetenersUsed: s.sweetenersUsed,
    goods: s.goods,
    bluffs: s.bluffs,
    talksClosed: s.talksClosed,
    deadlinesSaid: s.deadlinesSaid,
  };
  if (s.name !== undefined) d.name = s.name;
  return d;
}

/** A machine refused an event: the move is illegal, and nothing of it is kept. */
export class Refused extends Error {
  constructor(readonly error: Message) {
    super(error.key);
  }
}

export function spec(scenario: Scenario, goal: GoalId): GoalSpec {
  const g = scenario.goals.find((x) => x.id === goal);
  if (!g) throw new Refused(msg('error.unknown-goal'));
  return g;
}

export function sendGoal(d: Draft, scenario: Scenario, goal: GoalId, event: GoalEvent): void {
  const g = spec(scenario, goal);
  const next = step(goalMachine(g), d.goals[goal]!, event, { goal: g });
  if (!next) throw new Refused(msg('error.phase'));
  d.goals = { ...d.goals, [goal]: next };
}

export function sendSummit(d: Draft, event: SummitEvent): void {
  const next = step(summitMachine, d.summit, event, null);
  if (!next) throw new Refused(msg('error.phase'));
  d.summit = next;
}

export const clock = (d: Draft) => d.summit.context.clock;

export function say(d: Draft, who: LogEntry['who'], message: Message, goal?: GoalId, at = clock(d)): void {
  const entry: LogEntry = { step: d.turn, at, who, message };
  if (goal) entry.goal = goal;
  d.log = [...d.log, entry];
}

/** A deal made: its worth to Putin, measured as he decided it (the debrief plots these very values). */
export function recordDeal(d: Draft, scenario: Scenario, items: OfferItem[], sweetener: string | undefined, framing: string | undefined, minutes: number): void {
  const ctx = offerContext(scenario, d, items, sweetener, framing, minutes);
  d.deals = [...d.deals, { items, sweetener: sweetener ?? null, framing: framing ?? null, utility: utilityOf(ctx), price: priceOfOffer(ctx), floor: Math.round(d.profile.floor * items.length * 100) / 100, at: d.summit.context.clock + minutes }];
}

/** Time passes and the meters move; only while the talks go on (after them nothing moves them).
 * Whether the talks are over is settled once the turn is (endIfOver, at the end of a turn), so that
 * a shift within a move (a stall, a sweetener's face, a call's minutes) never ends the talks
 * before Putin has answered. */
export function advance(d: Draft, shift: MeterShift): void {
  if (d.summit.value !== 'talks') return;
  const c = d.summit.context;
  d.summit = {
    value: d.summit.value,
    context: {
      dayLength: c.dayLength,
      clock: Math.min(c.dayLength, c.clock + shift.minutes),
      patience: clamp(c.patience + (shift.patience ?? 0)),
      face: clamp(c.face + (shift.face ?? 0)),
      usAttention: clamp(c.usAttention + (shift.usAttention ?? 0)),
      ranking: c.ranking,
      stance: c.stance,
      endedBy: c.endedBy,
    },
  };
}

/** At the end of a turn: patience gone ends the talks first; else the end of the day does. */
export function endIfOver(d: Draft): void {
  if (d.summit.value !== 'talks') return;
  const c = d.summit.context;
  if (c.patience <= 0) sendSummit(d, { type: 'talks.patienceGone' });
  else if (c.clock >= c.dayLength) sendSummit(d, { type: 'talks.timeUp' });
}

export function setOf<K extends keyof Draft>(d: Draft, key: K, goal: GoalId, value: Draft[K] extends Record<string, infer V> ? V : never): void {
  d[key] = { ...(d[key] as object), [goal]: value } as unknown as Draft[K];
}

export function pushNews(d: Draft, item: NewsItem): void {
  d.news = [...d.news, item];
}
