// Kim's moves: rank the goals, propose, accept Putin's counter, ask what he needs, walk away,
// put a goods list, end the day, present it to the press.
import * as v from 'valibot';
import { indexIn, pick } from '../code/bytes';
import { msg } from '../messages';
import type { GoalEvent, Offer } from '../machines/goal-machine';
import type { GoalSpec, Scenario } from '../scenario/schema';
import type { KimMove, Message, PutinAnswer, Reason } from '../types';
import { kimsTurn, openGoal, inPhase } from './checks';
import { isConcession, isRetraction } from '../putin/context';
import { isRung, offerPressesCold } from '../putin/cold';
import { withConcession } from '../putin/reasons';
import { dealFace } from '../day-terms';
import { stanceShift } from '../stance';
import type { OfferItem } from '../state';
import { advance, clock, type Draft, recordDeal, say, sendGoal, sendSummit, setOf, spec } from './draft';
import type { MoveSpec } from './spec';

type Of<T extends KimMove['type']> = Extract<KimMove, { type: T }>;
const side = v.literal('kim');
const id = v.pipe(v.string(), v.maxLength(64));
const goalField = { side, goal: id };

const optionTitle = (goal: string, option: string) => msg(`option.${goal}.${option}.title`);

/** A deal made: what Putin gives out of what he can give in the whole day. */
export function spendBudget(d: Draft, scenario: Scenario, items: readonly OfferItem[]): void {
  let money = d.spent.money;
  let china = d.spent.china;
  for (const i of items) {
    const o = spec(scenario, i.goal).options.find((x) => x.id === i.option);
    money += o?.money ?? 0;
    china += o?.china ? 1 : 0;
  }
  d.spent = { money, china };
}

/** The items of an offer, the lead goal first. */
export const itemsOf = (move: { goal: string; option: string; with?: OfferItem[] }): OfferItem[] => [{ goal: move.goal, option: move.option }, ...(move.with ?? [])];

/** An offer as a key: the same offer made again is a stall. */
export const offerKey = (items: readonly OfferItem[], sweetener?: string, framing?: string) =>
  `${[...items].map((i) => `${i.goal}=${i.option}`).sort().join('&')}|${sweetener ?? ''}|${framing ?? ''}`;

/** Kim names a goal for the first time today: Putin takes it to be the one Kim needs most. */
function named(d: Draft, goal: string): void {
  if (d.firstGoal === null) d.firstGoal = goal;
}

/** A stall: every goal gets dearer, and his patience shorter. */
export function stall(d: Draft, scenario: Scenario): void {
  d.hardening += 1;
  advance(d, { minutes: 0, patience: -scenario.patienceCost.stall });
}

const goalIndex = (scenario: Scenario, goal: string) => indexIn(scenario.goals.map((g) => g.id), goal);

const rank: MoveSpec<Of<'briefing.rank'>> = {
  type: 'briefing.rank',
  side: 'kim',
  schema: v.object({ side, type: v.literal('briefing.rank'), ranking: v.pipe(v.array(id), v.maxLength(8)) }),
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'briefing');
    if (wrong) return wrong;
    const ids = scenario.goals.map((g) => g.id);
    const r = move.ranking;
    return r.length === ids.length && r.every((g) => ids.includes(g)) && new Set(r).size === ids.length ? null : msg('error.ranking');
  },
  effect(d, _scenario, move) {
    sendSummit(d, { type: 'briefing.rank', ranking: [...move.ranking] });
    say(d, 'kim', msg('log.rank', { ranking: move.ranking.map((g) => msg(`goal.${g}.title`)) }));
    // Putin opens the talks with asks of his own: what he would take in return, said aloud.
    d.putinAsks = [...d.profile.asks];
    if (d.putinAsks.length) say(d, 'putin', msg('putin.asks', { asks: d.putinAsks.map((s) => msg(`sweetener.${s}.ask`)) }));
  },
  hasGoal: false,
  // The ranking as goal indices, two to a byte.
  write(w, move, scenario) {
    const n = scenario.goals.length;
    for (let i = 0; i < n; i += 2) w.byte((goalIndex(scenario, move.ranking[i]!) << 4) | (i + 1 < n ? goalIndex(scenario, move.ranking[i + 1]!) : 0));
  },
  read(r, scenario) {
    const ranking: string[] = [];
    const n = scenario.goals.length;
    for (let i = 0; i < n; i += 2) {
      const b = r.byte();
      ranking.push(pick(scenario.goals, b >> 4).id);
      if (i + 1 < n) ranking.push(pick(scenario.goals, b & 15).id);
    }
    return { side: 'kim', type: 'briefing.rank', ranking };
  },
};

const item = v.object({ goal: id, option: id });

const propose: MoveSpec<Of<'offer.propose'>> = {
  type: 'offer.propose',
  side: 'kim',
  schema: v.object({ ...goalField, type: v.literal('offer.propose'), option: id, with: v.optional(v.pipe(v.array(item), v.maxLength(7))), sweetener: v.optional(id), framing: v.optional(id) }),
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const items = itemsOf(move);
    if (items.length > 1 && scenario.rules.packages === false) return msg('error.no-packages');
    if (new Set(items.map((i) => i.goal)).size !== items.length) return msg('error.package-twice');
    for (const i of items) {
      const goal = openGoal(scenario, state, i.goal);
      if ('error' in goal) return goal.error;
      if (!goal.spec.options.some((o) => o.id === i.option)) return msg('error.unknown-option');
      const rounds = state.goals[goal.spec.id]!.context.roundsLeft;
      if (rounds !== null && rounds <= 0) return msg('error.no-rounds');
    }
    if (move.sweetener !== undefined) {
      if (!scenario.sweeteners.some((s) => s.id === move.sweetener)) return msg('error.unknown-sweetener');
      if (state.sweetenersUsed.includes(move.sweetener)) return msg('error.sweetener-used');
    }
    if (move.framing !== undefined && !scenario.framings.some((f) => f.id === move.framing)) return msg('error.unknown-framing');
    return null;
  },
  machineEvent: (move) => ({ type: 'offer.propose', offer: { option: move.option } }),
  effect(d, scenario, move) {
    const items = itemsOf(move);
    const titles = items.map((i) => optionTitle(i.goal, i.option));
    const key =
      items.length > 1
        ? move.sweetener
          ? move.framing
            ? 'log.propose.both.package'
            : 'log.propose.sweetener.package'
          : move.framing
            ? 'log.propose.framing.package'
            : 'log.propose.package'
        : move.sweetener
          ? move.framing
            ? 'log.propose.both'
            : 'log.propose.sweetener'
          : move.framing
            ? 'log.propose.framing'
            : 'log.propose';
    const params: Record<string, Message | Message[]> = { option: items.length > 1 ? titles : titles[0]! };
    if (move.sweetener) params.sweetener = msg(`sweetener.${move.sweetener}.title`);
    if (move.framing) params.framing = msg(`framing.${move.framing}.title`);
    say(d, 'kim', msg(key, params), move.goal);
    named(d, move.goal);
    // The same offer again, after he refused it: a stall.
    if (d.refusedOffers.includes(offerKey(items, move.sweetener, move.framing))) stall(d, scenario);
    // Pressing an option he is cold to today is a stall too (engine version 10: putin/cold.ts).
    else if (offerPressesCold(scenario, d.profile, items)) stall(d, scenario);
    // He moves when Kim moves: coming down on a goal is a concession, counted until his price reaches
    // his floor (engine version 8: more are not banked, so that going back up after coming down past
    // his floor costs a step from there, not from a store of spare concessions).
    if (isConcession(scenario, d, items)) d.concessions = withConcession(d.profile, d.concessions);
    // Going back up on a goal he had come down on is going back on his word: Putin takes back the
    // step he made for it (else a line could concede, collect the step and ask the higher option again).
    if (isRetraction(scenario, d, items)) {
      d.retractions += 1;
      d.concessions = Math.max(0, d.concessions - 1);
    }
    const positions = { ...d.positions };
    for (const i of items) {
      const goal = spec(scenario, i.goal);
      const index = goal.options.findIndex((o) => o.id === i.option);
      // His position on a goal is the most modest lawful option he has offered on it (not one Putin is
      // cold to: putin/cold.ts): going back up
      // and down again is no new concession (else up-and-down offers would farm them).
      const before = positions[i.goal];
      if (isRung(scenario, d.profile, goal, index) && (before === null || before === undefined || index < before)) positions[i.goal] = index;
      const offer: Offer = { option: i.option };
      if (move.sweetener) offer.sweetener = move.sweetener;
      if (move.framing) offer.framing = move.framing;
      sendGoal(d, scenario, i.goal, { type: 'offer.propose', offer });
    }
    d.positions = positions;
    // A sweetener is spent when it is offered, taken or not (the player is told so on its card).
    if (move.sweetener) {
      d.sweetenersUsed = [...d.sweetenersUsed, move.sweetener];
      const face = scenario.sweeteners.find((s) => s.id === move.sweetener)?.face ?? 0;
      if (face) advance(d, { minutes: 0, face });
      // What it gives back of his day's money is his again, from this offer on (taken or not).
      const back = d.profile.moneyBack[move.sweetener] ?? 0;
      if (back) d.spent = { money: d.spent.money - back, china: d.spent.china };
    }
    return { awaits: true, items };
  },
  hasGoal: true,
  // Option index and sweetener (+1, 0 = none) in one byte; the package's size and the argument (+1)
  // in the next; then the package's other goals, each as goal index and option index.
  write(w, move, scenario) {
    const g = spec(scenario, move.goal);
    const s = move.sweetener ? indexIn(scenario.sweeteners.map((x) => x.id), move.sweetener) + 1 : 0;
    const f = move.framing ? indexIn(scenario.framings.map((x) => x.id), move.framing) + 1 : 0;
    w.byte((indexIn(g.options.map((o) => o.id), move.option) << 4) | s);
    const extra = move.with ?? [];
    // The package's other goals (at most seven) share the argument's byte: a code stays as short as before.
    w.byte((extra.length << 4) | f);
    for (const i of extra) {
      const eg = spec(scenario, i.goal);
      w.byte((goalIndex(scenario, i.goal) << 4) | indexIn(eg.options.map((o) => o.id), i.option));
    }
  },
  read(r, scenario, goal) {
    const b = r.byte();
    const fb = r.byte();
    const f = fb & 15;
    const n = fb >> 4;
    const move: Of<'offer.propose'> = { side: 'kim', type: 'offer.propose', goal, option: pick(spec(scenario, goal).options, b >> 4).id };
    if (n > scenario.goals.length) throw new Error('package');
    if (n > 0) {
      move.with = [];
      for (let i = 0; i < n; i++) {
        const x = r.byte();
        const eg = pick(scenario.goals, x >> 4);
        move.with.push({ goal: eg.id, option: pick(eg.options, x & 15).id });
      }
    }
    if (b & 15) move.sweetener = pick(scenario.sweeteners, (b & 15) - 1).id;
    if (f) move.framing = pick(scenario.framings, f - 1).id;
    return move;
  },
};

/** Moves that carry nothing but their goal. */
function goalOnly<T extends 'offer.accept' | 'goal.ask' | 'goal.walkAway'>(type: T, rest: Pick<MoveSpec<Of<T>>, 'check' | 'effect'>): MoveSpec<Of<T>> {
  return {
    type,
    side: 'kim',
    schema: v.object({ ...goalField, type: v.literal(type) }) as unknown as v.GenericSchema<unknown, Of<T>>,
    check: rest.check,
    effect: rest.effect,
    // The goal's machine has an event of the same name.
    machineEvent: () => ({ type }) as GoalEvent,
    hasGoal: true,
    write() {},
    read: (_r: unknown, _s: unknown, goal: string) => ({ side: 'kim', type, goal }) as Of<T>,
  } as unknown as MoveSpec<Of<T>>;
}

const accept = goalOnly('offer.accept', {
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    const track = state.goals[goal.spec.id]!;
    if (track.value !== 'countered' || !track.context.counter) return msg('error.no-counter');
    return null;
  },
  effect(d, scenario, move) {
    const before = d.goals[move.goal]!.context;
    const counter = before.counter as string;
    const option = spec(scenario, move.goal).options.find((o) => o.id === counter);
    say(d, 'kim', msg('log.accept', { option: optionTitle(move.goal, counter) }), move.goal);
    sendGoal(d, scenario, move.goal, { type: 'offer.accept' });
    recordDeal(d, scenario, [{ goal: move.goal, option: counter }], before.offer?.sweetener, before.offer?.framing, scenario.costs.accept);
    spendBudget(d, scenario, [{ goal: move.goal, option: counter }]);
    // The counter keeps the offer's argument: Washington hears of it with the deal.
    const framingUs = before.offer?.framing ? (scenario.framings.find((f) => f.id === before.offer!.framing)?.us ?? 0) : 0;
    advance(d, { minutes: scenario.costs.accept, usAttention: (option?.us ?? 0) + framingUs, face: dealFace(scenario, option?.kim ?? 0) });
  },
});

const ask = goalOnly('goal.ask', {
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    if (scenario.rules.asks === false) return msg('error.no-asks');
    if (state.goals[goal.spec.id]!.context.asked) return msg('error.already-asked');
    return null;
  },
  effect(d, scenario, move) {
    say(d, 'kim', msg('log.ask', { goal: msg(`goal.${move.goal}.title`) }), move.goal);
    named(d, move.goal);
    sendGoal(d, scenario, move.goal, { type: 'goal.ask' });
    return { awaits: true };
  },
});

const walkAway = goalOnly('goal.walkAway', {
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    return null;
  },
  effect(d, scenario, move) {
    const at = clock(d);
    sendGoal(d, scenario, move.goal, { type: 'goal.walkAway' });
    say(d, 'kim', msg('log.walkAway', { goal: msg(`goal.${move.goal}.title`) }), move.goal, at);
    advance(d, { minutes: scenario.costs.walkAway, face: scenario.faceShift.walkAway });
  },
});

/**
 * Whether a goods list passes: checked good by good against the UN resolutions (the rules decide,
 * not Putin's mood), and barter means goods both ways: a list that only sends goods north is aid.
 */
export function listPasses(scenario: Pick<Scenario, 'goods'>, goods: readonly string[]): boolean {
  const specs = goods.map((id) => scenario.goods.find((g) => g.id === id));
  const direction = (dir: string) => specs.some((g) => g?.direction === dir);
  return specs.length > 0 && specs.every((g) => g !== undefined && g.sanctionedBy == null) && direction('toNorth') && direction('toRussia');
}

/** Putin's answer to a goods list: the verdict on each good, and the list taken or turned down (listPasses). */
function listVerdict(d: Draft, scenario: Scenario, goal: GoalSpec, goods: string[]): PutinAnswer {
  const verdicts = goods.map((gid) => {
    const good = scenario.goods.find((g) => g.id === gid);
    return { id: gid, sanctioned: good?.sanctionedBy != null, by: good?.sanctionedBy ?? null };
  });
  d.goods = verdicts;
  const banned = verdicts.filter((x) => x.sanctioned);
  if (listPasses(scenario, goods)) {
    sendGoal(d, scenario, goal.id, { type: 'putin.listOk' });
    advance(d, { minutes: scenario.costs.goodsList });
    return { goal: goal.id, kind: 'accept', reasons: [{ id: 'list-ok', weight: 'binding', message: msg('putin.list.ok'), facts: scenario.reasonFacts['list-ok'] ?? [] }], says: msg('putin.list.ok') };
  }
  // A list sent again after one was turned down is a stall.
  const again = d.goals[goal.id]!.context.listOk === false && d.answers[goal.id]!.some((a) => a.reasons.some((r) => r.id.startsWith('banned.') || r.id.startsWith('list-')));
  sendGoal(d, scenario, goal.id, { type: 'putin.listRefused' });
  const reasons: Reason[] = banned.map((x) => ({
    id: `banned.${x.id}`,
    weight: 'binding',
    message: msg('good.banned', { resolution: x.by ?? '' }),
    facts: scenario.goods.find((g) => g.id === x.id)?.facts ?? [],
  }));
  let says: Message;
  if (verdicts.length === 0) {
    says = msg('putin.list.empty');
    reasons.push({ id: 'list-empty', weight: 'binding', message: says, facts: scenario.reasonFacts['list-empty'] ?? [] });
  } else if (banned.length > 0) {
    says = msg('putin.list.banned', { count: banned.length });
  } else {
    says = msg('putin.list.one-way');
    reasons.push({ id: 'list-one-way', weight: 'binding', message: says, facts: scenario.reasonFacts['list-one-way'] ?? [] });
  }
  if (again) stall(d, scenario);
  advance(d, { minutes: scenario.costs.goodsList, patience: -scenario.patienceCost.NOT_NOW });
  return { goal: goal.id, kind: 'refuse', refusal: banned.length ? 'NEVER' : verdicts.length === 0 ? 'NO_GAIN' : 'NOT_NOW', reasons, says };
}

const list: MoveSpec<Of<'goods.list'>> = {
  type: 'goods.list',
  side: 'kim',
  schema: v.object({ ...goalField, type: v.literal('goods.list'), goods: v.pipe(v.array(id), v.maxLength(255)) }),
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    if (!goal.spec.twist.goodsList) return msg('error.unknown-goal');
    if (state.goals[goal.spec.id]!.context.listOk === true) return msg('error.list-passed');
    if (move.goods.length > scenario.goods.length || new Set(move.goods).size !== move.goods.length) return msg('error.unknown-good');
    return move.goods.every((g) => scenario.goods.some((x) => x.id === g)) ? null : msg('error.unknown-good');
  },
  effect(d, scenario, move) {
    const at = clock(d);
    const goal = spec(scenario, move.goal);
    say(d, 'kim', msg('log.list', { goods: move.goods.length ? move.goods.map((g) => msg(`good.${g}.title`)) : msg('log.none') }), goal.id);
    sendGoal(d, scenario, goal.id, { type: 'goods.list' });
    named(d, goal.id);
    const answer = listVerdict(d, scenario, goal, move.goods);
    say(d, 'putin', answer.says, goal.id, at);
    return { answer };
  },
  machineEvent: () => ({ type: 'goods.list' }),
  hasGoal: true,
  write(w, move, scenario) {
    const ids = scenario.goods.map((g) => g.id);
    w.varint(move.goods.length);
    for (const g of move.goods) w.byte(indexIn(ids, g));
  },
  read(r, scenario, goal) {
    const n = r.varint();
    if (n > scenario.goods.length) throw new Error('list');
    const goods: string[] = [];
    for (let i = 0; i < n; i++) goods.push(pick(scenario.goods, r.byte()).id);
    return { side: 'kim', type: 'goods.list', goal, goods };
  },
};

const end: MoveSpec<Of<'summit.end'>> = {
  type: 'summit.end',
  side: 'kim',
  schema: v.object({ side, type: v.literal('summit.end') }),
  check: (_scenario, state) => kimsTurn(state, 'talks'),
  effect(d) {
    say(d, 'kim', msg('log.end'));
    sendSummit(d, { type: 'summit.end' });
  },
  hasGoal: false,
  write() {},
  read: () => ({ side: 'kim', type: 'summit.end' }),
};

const present: MoveSpec<Of<'press.present'>> = {
  type: 'press.present',
  side: 'kim',
  schema: v.object({ side, type: v.literal('press.present'), stance: id }),
  check(scenario, state, move) {
    const wrong = inPhase(state, 'press');
    if (wrong) return wrong;
    return scenario.stances.some((s) => s.id === move.stance) ? null : msg('error.unknown-stance');
  },
  effect(d, scenario, move) {
    const stance = scenario.stances.find((s) => s.id === move.stance)!;
    const won = scenario.goals.reduce((sum, g) => {
      const deal = d.goals[g.id]!.context.deal;
      return sum + (deal ? (g.options.find((o) => o.id === deal)?.kim ?? 0) : 0);
    }, 0);
    const shift = stanceShift(stance, won);
    say(d, 'kim', msg('log.press', { stance: msg(`stance.${stance.id}.title`) }));
    sendSummit(d, { type: 'press.present', stance: stance.id, face: shift.face, usAttention: shift.usAttention });
  },
  hasGoal: false,
  write(w, move, scenario) {
    w.byte(indexIn(scenario.stances.map((s) => s.id), move.stance));
  },
  read: (r, scenario) => ({ side: 'kim', type: 'press.present', stance: pick(scenario.stances, r.byte()).id }),
};

/** The last answer on a goal named a limit, and Kim has not called it yet. */
export function callable(state: Parameters<MoveSpec['check']>[1], goal: string): boolean {
  const last = state.answers[goal]?.at(-1);
  const track = state.goals[goal];
  return last?.kind === 'refuse' && last.refusal === 'NEVER' && last.claim !== undefined && track?.value === 'opening' && !last.called;
}

const call: MoveSpec<Of<'offer.call'>> = {
  type: 'offer.call',
  side: 'kim',
  schema: v.object({ ...goalField, type: v.literal('offer.call') }),
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    return callable(state, move.goal) ? null : msg('error.nothing-to-call');
  },
  effect(d, scenario, move) {
    const last = d.answers[move.goal]!.at(-1)!;
    setOf(d, 'answers', move.goal, [...d.answers[move.goal]!.slice(0, -1), { ...last, called: true }]);
    // The claim of the answer called: the one on this goal's option on the table.
    const option = d.goals[move.goal]!.context.offer?.option;
    const claim = d.claims.find((c) => c.goal === move.goal && c.option === option && c.constraint === last.claim);
    say(d, 'kim', msg('log.call', { limit: msg(`constraint.${last.claim}.says`) }), move.goal);
    if (claim?.bluff) {
      // Caught: he takes the claim back and must answer the offer as it is.
      d.claims = d.claims.filter((c) => c !== claim);
      // Its minutes pass; the day ends, if it does, once he has answered the offer put back.
      advance(d, { minutes: scenario.costs.call, face: scenario.faceShift.calledBluff });
      const offer = d.goals[move.goal]!.context.offer!;
      sendGoal(d, scenario, move.goal, { type: 'offer.propose', offer, again: true });
      return { awaits: true, items: [{ goal: move.goal, option: offer.option }], called: true };
    }
    // The limit is real: Kim loses face, and the question costs patience.
    say(d, 'putin', msg('putin.call.real'), move.goal);
    advance(d, { minutes: scenario.costs.call, face: scenario.faceShift.calledWrongly });
    stall(d, scenario);
    return undefined;
  },
  hasGoal: true,
  write() {},
  read: (_r, _s, goal) => ({ side: 'kim', type: 'offer.call', goal }),
};

export const KIM_MOVES = [rank, propose, accept, ask, walkAway, list, end, present] as const;
/** Moves added in engine version 2, numbered after every older one. */
export const KIM_MOVES_V2 = [call] as const;
