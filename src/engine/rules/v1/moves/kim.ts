// Kim's moves: rank the goals, propose, accept Putin's counter, ask what he needs, walk away,
// put a goods list, end the day, present it to the press.
import * as v from 'valibot';
import { indexIn, pick } from '../code/bytes';
import { msg } from '../messages';
import type { GoalEvent, Offer } from '../machines/goal-machine';
import type { GoalSpec, Scenario } from '../scenario/schema';
import type { KimMove, Message, PutinAnswer, Reason } from '../types';
import { kimsTurn, openGoal, inPhase } from './checks';
import { advance, clock, type Draft, remember, say, sendGoal, sendSummit, spec } from './draft';
import type { MoveSpec } from './spec';

type Of<T extends KimMove['type']> = Extract<KimMove, { type: T }>;
const side = v.literal('kim');
const id = v.pipe(v.string(), v.maxLength(64));
const goalField = { side, goal: id };

const optionTitle = (goal: string, option: string) => msg(`option.${goal}.${option}.title`);

/** Kim's value of a deal shows on his face: ten points of value, one of face; a sweetener has its own cost in face. */
export function dealFace(scenario: Scenario, kim: number, sweetenerId?: string): number {
  const sweetener = sweetenerId ? scenario.sweeteners.find((s) => s.id === sweetenerId) : undefined;
  return Math.round((kim / 10) * scenario.faceShift.dealPer10) + (sweetener?.face ?? 0);
}

/** A deal made spends the sweetener that came with it; Putin remembers both. */
export function spend(d: Draft, scenario: Scenario, sweetenerId?: string): void {
  if (!sweetenerId) return;
  d.sweetenersUsed = [...d.sweetenersUsed, sweetenerId];
  remember(d, scenario, 'sweetener');
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

const propose: MoveSpec<Of<'offer.propose'>> = {
  type: 'offer.propose',
  side: 'kim',
  schema: v.object({ ...goalField, type: v.literal('offer.propose'), option: id, sweetener: v.optional(id), framing: v.optional(id) }),
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    if (!goal.spec.options.some((o) => o.id === move.option)) return msg('error.unknown-option');
    if (move.sweetener !== undefined) {
      if (!scenario.sweeteners.some((s) => s.id === move.sweetener)) return msg('error.unknown-sweetener');
      if (state.sweetenersUsed.includes(move.sweetener)) return msg('error.sweetener-used');
    }
    if (move.framing !== undefined && !scenario.framings.some((f) => f.id === move.framing)) return msg('error.unknown-framing');
    const rounds = state.goals[goal.spec.id]!.context.roundsLeft;
    if (rounds !== null && rounds <= 0) return msg('error.no-rounds');
    return null;
  },
  machineEvent: (move) => ({ type: 'offer.propose', offer: { option: move.option } }),
  effect(d, _scenario, move) {
    const key = move.sweetener ? (move.framing ? 'log.propose.both' : 'log.propose.sweetener') : move.framing ? 'log.propose.framing' : 'log.propose';
    const params: Record<string, Message> = { option: optionTitle(move.goal, move.option) };
    if (move.sweetener) params.sweetener = msg(`sweetener.${move.sweetener}.title`);
    if (move.framing) params.framing = msg(`framing.${move.framing}.title`);
    say(d, 'kim', msg(key, params), move.goal);
    const offer: Offer = { option: move.option };
    if (move.sweetener) offer.sweetener = move.sweetener;
    if (move.framing) offer.framing = move.framing;
    sendGoal(d, _scenario, move.goal, { type: 'offer.propose', offer });
    return { awaits: true };
  },
  hasGoal: true,
  // Option index and sweetener (+1, 0 = none) in one byte; the argument (+1) in the next.
  write(w, move, scenario) {
    const g = spec(scenario, move.goal);
    const s = move.sweetener ? indexIn(scenario.sweeteners.map((x) => x.id), move.sweetener) + 1 : 0;
    const f = move.framing ? indexIn(scenario.framings.map((x) => x.id), move.framing) + 1 : 0;
    w.byte((indexIn(g.options.map((o) => o.id), move.option) << 4) | s);
    w.byte(f);
  },
  read(r, scenario, goal) {
    const b = r.byte();
    const f = r.byte();
    const move: Of<'offer.propose'> = { side: 'kim', type: 'offer.propose', goal, option: pick(spec(scenario, goal).options, b >> 4).id };
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
    // The counter keeps the sweetener of the offer; it may have been spent on another track since.
    const sweetener = track.context.offer?.sweetener;
    if (sweetener && state.sweetenersUsed.includes(sweetener)) return msg('error.sweetener-used');
    return null;
  },
  effect(d, scenario, move) {
    const before = d.goals[move.goal]!.context;
    const counter = before.counter as string;
    const option = spec(scenario, move.goal).options.find((o) => o.id === counter);
    say(d, 'kim', msg('log.accept', { option: optionTitle(move.goal, counter) }), move.goal);
    sendGoal(d, scenario, move.goal, { type: 'offer.accept' });
    advance(d, { minutes: scenario.costs.accept, usAttention: option?.us ?? 0, face: dealFace(scenario, option?.kim ?? 0, before.offer?.sweetener) });
    spend(d, scenario, before.offer?.sweetener);
    remember(d, scenario, 'deal');
  },
});

const ask = goalOnly('goal.ask', {
  check(scenario, state, move) {
    const wrong = kimsTurn(state, 'talks');
    if (wrong) return wrong;
    const goal = openGoal(scenario, state, move.goal);
    if ('error' in goal) return goal.error;
    if (state.goals[goal.spec.id]!.context.asked) return msg('error.already-asked');
    return null;
  },
  effect(d, scenario, move) {
    say(d, 'kim', msg('log.ask', { goal: msg(`goal.${move.goal}.title`) }), move.goal);
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
    remember(d, scenario, 'walkAway');
    say(d, 'kim', msg('log.walkAway', { goal: msg(`goal.${move.goal}.title`) }), move.goal, at);
    advance(d, { minutes: scenario.costs.walkAway, face: scenario.faceShift.walkAway });
  },
});

/** The goods list is checked good by good against the UN resolutions: the rules decide, not Putin's mood. */
function listVerdict(d: Draft, scenario: Scenario, goal: GoalSpec, goods: string[]): PutinAnswer {
  const verdicts = goods.map((gid) => {
    const good = scenario.goods.find((g) => g.id === gid);
    return { id: gid, sanctioned: good?.sanctionedBy != null, by: good?.sanctionedBy ?? null };
  });
  d.goods = verdicts;
  const banned = verdicts.filter((x) => x.sanctioned);
  if (verdicts.length > 0 && banned.length === 0) {
    sendGoal(d, scenario, goal.id, { type: 'putin.listOk' });
    advance(d, { minutes: scenario.costs.goodsList });
    return { goal: goal.id, kind: 'accept', reasons: [{ id: 'list-ok', weight: 'binding', message: msg('putin.list.ok'), facts: scenario.reasonFacts['list-ok'] ?? [] }], says: msg('putin.list.ok') };
  }
  sendGoal(d, scenario, goal.id, { type: 'putin.listRefused' });
  const reasons: Reason[] = banned.map((x) => ({
    id: `banned.${x.id}`,
    weight: 'binding',
    message: msg('good.banned', { resolution: x.by ?? '' }),
    facts: scenario.goods.find((g) => g.id === x.id)?.facts ?? [],
  }));
  const says = verdicts.length === 0 ? msg('putin.list.empty') : msg('putin.list.banned', { count: banned.length });
  if (verdicts.length === 0) reasons.push({ id: 'list-empty', weight: 'binding', message: says, facts: scenario.reasonFacts['list-empty'] ?? [] });
  advance(d, { minutes: scenario.costs.goodsList, patience: -scenario.patienceCost.NOT_NOW });
  return { goal: goal.id, kind: 'refuse', refusal: verdicts.length === 0 ? 'NO_GAIN' : 'NEVER', reasons, says };
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
    if (move.goods.length > scenario.goods.length || new Set(move.goods).size !== move.goods.length) return msg('error.unknown-good');
    return move.goods.every((g) => scenario.goods.some((x) => x.id === g)) ? null : msg('error.unknown-good');
  },
  effect(d, scenario, move) {
    const at = clock(d);
    const goal = spec(scenario, move.goal);
    say(d, 'kim', msg('log.list', { goods: move.goods.length ? move.goods.map((g) => msg(`good.${g}.title`)) : msg('log.none') }), goal.id);
    sendGoal(d, scenario, goal.id, { type: 'goods.list' });
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
    // Claiming triumph works only with something real to show.
    const face = stance.faceIfEmpty !== undefined && won < 100 ? stance.faceIfEmpty : stance.face;
    say(d, 'kim', msg('log.press', { stance: msg(`stance.${stance.id}.title`) }));
    sendSummit(d, { type: 'press.present', stance: stance.id, face, usAttention: stance.usAttention });
  },
  hasGoal: false,
  write(w, move, scenario) {
    w.byte(indexIn(scenario.stances.map((s) => s.id), move.stance));
  },
  read: (r, scenario) => ({ side: 'kim', type: 'press.present', stance: pick(scenario.stances, r.byte()).id }),
};

export const KIM_MOVES = [rank, propose, accept, ask, walkAway, list, end, present] as const;
