// A game of Vladivostok 2019: the scenario, the seed, the settings and the moves so far.
// play() folds one move into the state; everything that happens comes from the moves and the
// one seeded generator, so replaying the same moves gives the same game, bit for bit.
import { type Actor, createActor } from 'xstate';
import { GOAL_MACHINES } from './machines';
import type { GoalMachine } from './machines/goal-machine';
import { type SummitMachine, summitMachine, type MeterShift } from './machines/summit-machine';
import { goodwill, type Memory } from './memory';
import { msg } from './messages';
import { decide } from './putin/decide';
import { drawProfile, type PutinProfile } from './putin/profile';
import type { OfferContext } from './putin/reasons';
import { type Rng, seededRng } from './rng';
import { SCENARIOS } from './scenario/load';
import type { GoalSpec, Scenario } from './scenario/schema';
import { ENGINE_VERSION } from './version';
import { hashState } from './hash';
import { LIMITS } from './limits';
import { checkMove } from './legal';
import {
  GOAL_IDS,
  type GameRecord,
  type GoalId,
  type LogEntry,
  type Message,
  type Move,
  type MoveResult,
  type NewsItem,
  type PutinAnswer,
  type Reason,
  type RefusalKind,
  type Settings,
} from './types';

export interface GameInit {
  seed: string;
  settings: Settings;
  name?: string;
  scenarioId?: string;
}

export interface Bluff {
  step: number;
  goal: GoalId;
  option: string;
  claimed: Reason[];
  truth: Reason[];
}

export interface GoodVerdict {
  id: string;
  sanctioned: boolean;
  by: string | null;
}

/** Bluffs name a limit that fits the subject. */
const BLUFF_CONSTRAINT: Record<GoalId, string> = {
  lifeline: 'us-dispute',
  sanctions: 'un-sanctions',
  workers: 'un-sanctions',
  transport: 'no-money',
  barter: 'us-dispute',
};

export class Game {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly settings: Settings;
  name: string | undefined;
  readonly profile: PutinProfile;
  private readonly rng: Rng;
  private readonly summit: Actor<SummitMachine>;
  private readonly goals: Record<GoalId, Actor<GoalMachine>>;
  private readonly moves: Move[] = [];
  readonly log: LogEntry[] = [];
  readonly news: NewsItem[] = [];
  private readonly deck: string[];
  private readonly memories: Memory[] = [];
  readonly eventBonus: Record<GoalId, Record<string, number>>;
  /** Options whose constraints the player knows. */
  readonly revealed: Record<GoalId, string[]>;
  readonly hints: Record<GoalId, Message[]>;
  readonly answers: Record<GoalId, PutinAnswer[]>;
  readonly sweetenersUsed: string[] = [];
  goods: GoodVerdict[] | null = null;
  readonly bluffs: Bluff[] = [];
  private talksClosed = false;
  private deadlineSaid = false;

  constructor(init: GameInit) {
    const scenario = SCENARIOS[init.scenarioId ?? 'vladivostok-2019'];
    if (!scenario) throw new Error(`unknown scenario ${init.scenarioId}`);
    // Longer texts would not survive in a result code; refuse them here rather than cut them there.
    if (init.seed.length > LIMITS.seed || (init.name?.length ?? 0) > LIMITS.name || (init.settings.session?.length ?? 0) > LIMITS.session) {
      throw new Error(`seed, name or session too long (at most ${LIMITS.seed}, ${LIMITS.name}, ${LIMITS.session} characters)`);
    }
    this.scenario = scenario;
    this.seed = init.seed;
    this.settings = { ...init.settings };
    this.name = init.name;
    this.rng = seededRng(`${scenario.id}/${init.seed}`);
    this.profile = drawProfile(scenario, init.settings.difficulty, this.rng);
    this.deck = this.rng.shuffle(scenario.events.map((e) => e.id));
    this.summit = createActor(summitMachine, {
      input: { dayLength: scenario.dayLength, ...scenario.meters },
    }).start();
    const goals = {} as Record<GoalId, Actor<GoalMachine>>;
    const per = <T>(make: (g: GoalSpec) => T) => Object.fromEntries(scenario.goals.map((g) => [g.id, make(g)])) as Record<GoalId, T>;
    for (const spec of scenario.goals) {
      const breaks = Object.fromEntries(spec.options.map((o) => [o.id, o.breaks]));
      goals[spec.id] = createActor(GOAL_MACHINES[spec.id], { input: { goal: spec.id, breaks } }).start();
    }
    this.goals = goals;
    this.eventBonus = per(() => ({}));
    this.revealed = per((g) => (init.settings.difficulty === 'open' ? g.options.map((o) => o.id) : []));
    this.hints = per(() => []);
    this.answers = per(() => []);
  }

  // ---- reading -------------------------------------------------------------------------

  get step(): number {
    return this.moves.length;
  }

  get phase() {
    return this.summit.getSnapshot().value as 'briefing' | 'talks' | 'press' | 'over';
  }

  get meters() {
    return this.summit.getSnapshot().context;
  }

  goal(id: GoalId) {
    return this.goals[id].getSnapshot();
  }

  goalSpec(id: GoalId): GoalSpec {
    return this.scenario.goals.find((g) => g.id === id) as GoalSpec;
  }

  isOver(): boolean {
    return this.phase === 'over';
  }

  record(): GameRecord {
    const record: GameRecord = {
      engineVersion: ENGINE_VERSION,
      scenarioId: this.scenario.id,
      seed: this.seed,
      settings: { ...this.settings },
      moves: this.moves.map(cloneMove),
    };
    if (this.name !== undefined) record.name = this.name;
    return record;
  }

  /** Everything that decides what happens next, as plain data. */
  state() {
    const goals = Object.fromEntries(
      GOAL_IDS.map((id) => {
        const s = this.goals[id].getSnapshot();
        const { breaks: _b, ...context } = s.context;
        return [id, { value: s.value, context }];
      }),
    );
    const summit = this.summit.getSnapshot();
    return {
      engineVersion: ENGINE_VERSION,
      scenarioId: this.scenario.id,
      seed: this.seed,
      settings: this.settings,
      step: this.step,
      rng: this.rng.state(),
      profile: this.profile,
      summit: { value: summit.value, context: summit.context },
      goals,
      deck: this.deck,
      news: this.news.map((n) => n.id),
      memories: this.memories,
      eventBonus: this.eventBonus,
      revealed: this.revealed,
      sweetenersUsed: this.sweetenersUsed,
      goods: this.goods,
      bluffs: this.bluffs.map((b) => [b.step, b.goal, b.option]),
    };
  }

  hash(): string {
    return hashState(this.state());
  }

  // ---- playing -------------------------------------------------------------------------

  /** Apply one move. An illegal move changes nothing and says why. */
  play(move: Move): MoveResult {
    const error = checkMove(this, move);
    if (error) return { ok: false, error };
    const logStart = this.log.length;
    const newsStart = this.news.length;
    const clockBefore = this.meters.clock;
    this.moves.push(cloneMove(move));
    let answer: PutinAnswer | undefined;
    switch (move.type) {
      case 'briefing.rank':
        this.summit.send({ type: 'briefing.rank', ranking: [...move.ranking] });
        this.say('kim', msg('log.rank', { ranking: move.ranking.map((g) => msg(`goal.${g}.title`)) }), undefined, clockBefore);
        break;
      case 'offer.propose':
        answer = this.propose(move.goal, move.option, move.sweetener, move.framing);
        break;
      case 'offer.accept':
        this.acceptCounter(move.goal);
        break;
      case 'goal.ask':
        answer = this.ask(move.goal);
        break;
      case 'goal.walkAway':
        this.goals[move.goal].send({ type: 'goal.walkAway' });
        this.remember('walkAway');
        this.say('kim', msg('log.walkAway', { goal: msg(`goal.${move.goal}.title`) }), move.goal, clockBefore);
        this.advance({ minutes: this.scenario.costs.walkAway, face: this.scenario.faceShift.walkAway });
        break;
      case 'barter.list':
        answer = this.proposeList(move.goods);
        break;
      case 'summit.end':
        this.say('kim', msg('log.end'), undefined, clockBefore);
        this.summit.send({ type: 'summit.end' });
        break;
      case 'press.present':
        this.present(move.stance);
        break;
    }
    if (answer) this.answers[answer.goal].push(answer);
    this.deliverNews(clockBefore);
    this.settle();
    return { ok: true, answer, news: this.news.slice(newsStart), log: this.log.slice(logStart) };
  }

  private say(who: LogEntry['who'], message: Message, goal?: GoalId, at = this.meters.clock) {
    const entry: LogEntry = { step: this.step, at, who, message };
    if (goal) entry.goal = goal;
    this.log.push(entry);
  }

  private remember(kind: Memory['kind']) {
    this.memories.push({ kind, at: this.meters.clock, weight: this.scenario.putin.memory[kind] });
  }

  private advance(shift: MeterShift) {
    this.summit.send({ type: 'talks.step', ...shift });
  }

  /** What Putin weighs for an offer now; visible so that tests can re-check his answers. */
  offerContext(goal: GoalId, optionId: string, sweetenerId?: string, framingId?: string, minutes = 0): OfferContext {
    const spec = this.goalSpec(goal);
    const meters = this.meters;
    const ctx: OfferContext = {
      scenario: this.scenario,
      profile: this.profile,
      goal: spec,
      option: spec.options.find((o) => o.id === optionId) as GoalSpec['options'][number],
      t: Math.min(1, (meters.clock + minutes) / meters.dayLength),
      goodwill: goodwill(this.memories, meters.clock, this.scenario.putin.memory.halfLife),
      patience: meters.patience,
      usAttention: meters.usAttention,
      eventBonus: this.eventBonus[goal],
      barterListOk: this.goal('barter').context.listOk === true,
    };
    const sweetener = sweetenerId ? this.scenario.sweeteners.find((s) => s.id === sweetenerId) : undefined;
    const framing = framingId ? this.scenario.framings.find((f) => f.id === framingId) : undefined;
    if (sweetener) ctx.sweetener = sweetener;
    if (framing) ctx.framing = framing;
    return ctx;
  }

  private propose(goal: GoalId, optionId: string, sweetenerId?: string, framingId?: string): PutinAnswer {
    const { costs, patienceCost, faceShift } = this.scenario;
    const clockBefore = this.meters.clock;
    const optionTitle = msg(`option.${goal}.${optionId}.title`);
    const logKey = sweetenerId ? (framingId ? 'log.propose.both' : 'log.propose.sweetener') : framingId ? 'log.propose.framing' : 'log.propose';
    const params: Record<string, Message> = { option: optionTitle };
    if (sweetenerId) params.sweetener = msg(`sweetener.${sweetenerId}.title`);
    if (framingId) params.framing = msg(`framing.${framingId}.title`);
    this.say('kim', msg(logKey, params), goal);
    const offer = { option: optionId, ...(sweetenerId ? { sweetener: sweetenerId } : {}), ...(framingId ? { framing: framingId } : {}) };
    this.goals[goal].send({ type: 'offer.propose', offer });
    const ctx = this.offerContext(goal, optionId, sweetenerId, framingId, costs.propose);
    const decision = decide(ctx);
    const framingUs = ctx.framing?.us ?? 0;
    let answer: PutinAnswer;
    if (decision.kind === 'accept') {
      this.goals[goal].send({ type: 'putin.accept' });
      answer = { goal, kind: 'accept', reasons: decision.reasons, says: msg('putin.accept', { option: optionTitle }) };
      this.advance({ minutes: costs.propose, usAttention: ctx.option.us + framingUs, face: this.dealFace(ctx.option.kim, sweetenerId) });
      this.spend(sweetenerId);
      this.remember('deal');
    } else if (decision.kind === 'counter' && this.mayBluff()) {
      // At 'hard' he may refuse outright instead of countering, claiming a limit that is not there.
      this.goals[goal].send({ type: 'putin.refuse', refusal: 'NEVER' });
      answer = this.bluff(goal, optionId, undefined, decision.reasons);
      this.advance({ minutes: costs.propose, patience: -patienceCost.counter, usAttention: framingUs });
    } else if (decision.kind === 'counter') {
      const counter = decision.counterOption as string;
      this.goals[goal].send({ type: 'putin.counter', option: counter });
      answer = {
        goal,
        kind: 'counter',
        counterOption: counter,
        reasons: decision.reasons,
        says: msg('putin.counter', { option: msg(`option.${goal}.${counter}.title`) }),
      };
      this.advance({ minutes: costs.propose, patience: -patienceCost.counter, usAttention: framingUs });
    } else {
      const refusal = decision.refusal as RefusalKind;
      this.goals[goal].send({ type: 'putin.refuse', refusal });
      answer = this.refusalAnswer(goal, optionId, refusal, decision.reasons);
      if (refusal === 'NEVER') this.remember('insult');
      this.advance({
        minutes: costs.propose,
        patience: -patienceCost[refusal],
        face: refusal === 'NEVER' ? faceShift.rebuffed : 0,
        usAttention: framingUs,
      });
    }
    this.say('putin', answer.says, goal, clockBefore);
    return answer;
  }

  /** At 'hard', an answer that is only about price may be dressed up as a hard limit. */
  private mayBluff(): boolean {
    return this.settings.difficulty === 'hard' && this.rng.next() < this.scenario.putin.bluffChance;
  }

  private refusalAnswer(goal: GoalId, optionId: string, refusal: RefusalKind, reasons: Reason[]): PutinAnswer {
    const binding = reasons.find((r) => r.weight === 'binding') ?? reasons[0];
    if ((refusal === 'TOO_MUCH' || refusal === 'NO_GAIN') && this.mayBluff()) return this.bluff(goal, optionId, refusal, reasons);
    return {
      goal,
      kind: 'refuse',
      refusal,
      reasons,
      says: msg(`putin.refuse.${refusal}`, { reason: binding?.message ?? msg('reason.too-much') }),
    };
  }

  /** A bluff names a limit that fits the subject; it is recorded with the true reasons for the debrief. */
  private bluff(goal: GoalId, optionId: string, trueRefusal: RefusalKind | undefined, truth: Reason[]): PutinAnswer {
    const constraint = BLUFF_CONSTRAINT[goal];
    const claimed: Reason[] = [{ id: `constraint.${constraint}`, weight: 'binding', message: msg(`constraint.${constraint}.says`), facts: [] }];
    this.bluffs.push({ step: this.step, goal, option: optionId, claimed, truth });
    return {
      goal,
      kind: 'refuse',
      refusal: 'NEVER',
      reasons: claimed,
      bluff: { trueRefusal, trueReasons: truth },
      says: msg('putin.refuse.NEVER', { reason: claimed[0]!.message }),
    };
  }

  private dealFace(kim: number, sweetenerId?: string): number {
    const sweetener = sweetenerId ? this.scenario.sweeteners.find((s) => s.id === sweetenerId) : undefined;
    return Math.round((kim / 10) * this.scenario.faceShift.dealPer10) + (sweetener?.face ?? 0);
  }

  private spend(sweetenerId?: string) {
    if (!sweetenerId) return;
    this.sweetenersUsed.push(sweetenerId);
    this.remember('sweetener');
  }

  private acceptCounter(goal: GoalId) {
    const before = this.goal(goal).context;
    const counter = before.counter as string;
    const option = this.goalSpec(goal).options.find((o) => o.id === counter);
    this.say('kim', msg('log.accept', { option: msg(`option.${goal}.${counter}.title`) }), goal);
    this.goals[goal].send({ type: 'offer.accept' });
    this.advance({
      minutes: this.scenario.costs.accept,
      usAttention: option?.us ?? 0,
      face: this.dealFace(option?.kim ?? 0, before.offer?.sweetener),
    });
    this.spend(before.offer?.sweetener);
    this.remember('deal');
  }

  private ask(goal: GoalId): PutinAnswer {
    const clockBefore = this.meters.clock;
    this.say('kim', msg('log.ask', { goal: msg(`goal.${goal}.title`) }), goal);
    this.goals[goal].send({ type: 'goal.ask' });
    const spec = this.goalSpec(goal);
    this.revealed[goal] = spec.options.map((o) => o.id);
    // The framing he would listen to most on this subject: read from the same profile that scores offers.
    let best: string | null = null;
    let bestValue = 0;
    for (const f of this.scenario.framings) {
      const v = this.profile.framings[f.id]?.[goal] ?? 0;
      if (v > bestValue) {
        best = f.id;
        bestValue = v;
      }
    }
    const hint = best ? msg('hint.framing', { framing: msg(`framing.${best}.title`) }) : msg('hint.constraints');
    this.hints[goal].push(hint);
    // One line per limit, however many options it rules out.
    const limits = [...new Set(spec.options.flatMap((o) => o.breaks))];
    const reasons: Reason[] = limits
      .map((c) => ({
        id: `limit.${c}`,
        weight: 'against' as const,
        message: msg('reason.constraint', { says: msg(`constraint.${c}.says`) }),
        facts: this.scenario.constraints.find((x) => x.id === c)?.facts ?? [],
      }));
    const answer: PutinAnswer = { goal, kind: 'hint', reasons, says: msg('putin.hint', { hint }) };
    this.say('putin', answer.says, goal, clockBefore);
    this.advance({ minutes: this.scenario.costs.ask, patience: -this.scenario.patienceCost.ask });
    return answer;
  }

  private proposeList(goodIds: string[]): PutinAnswer {
    const clockBefore = this.meters.clock;
    this.say('kim', msg('log.list', { goods: goodIds.length ? goodIds.map((g) => msg(`good.${g}.title`)) : msg('log.none') }), 'barter');
    this.goals.barter.send({ type: 'barter.list' });
    const verdicts: GoodVerdict[] = goodIds.map((id) => {
      const good = this.scenario.goods.find((g) => g.id === id);
      return { id, sanctioned: good?.sanctionedBy != null, by: good?.sanctionedBy ?? null };
    });
    this.goods = verdicts;
    const banned = verdicts.filter((v) => v.sanctioned);
    let answer: PutinAnswer;
    if (verdicts.length > 0 && banned.length === 0) {
      this.goals.barter.send({ type: 'putin.listOk' });
      answer = { goal: 'barter', kind: 'accept', reasons: [{ id: 'list-ok', weight: 'binding', message: msg('putin.list.ok'), facts: this.scenario.reasonFacts['list-ok'] ?? [] }], says: msg('putin.list.ok') };
      this.advance({ minutes: this.scenario.costs.barterList });
    } else {
      this.goals.barter.send({ type: 'putin.listRefused' });
      const reasons: Reason[] = banned.map((v) => ({
        id: `banned.${v.id}`,
        weight: 'binding',
        message: msg('good.banned', { resolution: v.by ?? '' }),
        facts: this.scenario.goods.find((g) => g.id === v.id)?.facts ?? [],
      }));
      const says = verdicts.length === 0 ? msg('putin.list.empty') : msg('putin.list.banned', { count: banned.length });
      if (verdicts.length === 0) reasons.push({ id: 'list-empty', weight: 'binding', message: says, facts: this.scenario.reasonFacts['list-empty'] ?? [] });
      answer = { goal: 'barter', kind: 'refuse', refusal: verdicts.length === 0 ? 'NO_GAIN' : 'NEVER', reasons, says };
      this.advance({ minutes: this.scenario.costs.barterList, patience: -this.scenario.patienceCost.NOT_NOW });
    }
    this.say('putin', answer.says, 'barter', clockBefore);
    return answer;
  }

  private present(stanceId: string) {
    const stance = this.scenario.stances.find((s) => s.id === stanceId);
    if (!stance) return;
    const won = GOAL_IDS.reduce((sum, id) => {
      const deal = this.goal(id).context.deal;
      return sum + (deal ? (this.goalSpec(id).options.find((o) => o.id === deal)?.kim ?? 0) : 0);
    }, 0);
    // Claiming triumph works only with something real to show.
    const face = stance.faceIfEmpty !== undefined && won < 100 ? stance.faceIfEmpty : stance.face;
    this.say('kim', msg('log.press', { stance: msg(`stance.${stance.id}.title`) }));
    this.summit.send({ type: 'press.present', stance: stance.id, face, usAttention: stance.usAttention });
  }

  /** News arrives at each checkpoint of the day the clock has passed. */
  private deliverNews(clockBefore: number) {
    const every = this.scenario.newsEvery;
    const clock = this.meters.clock;
    for (let mark = (Math.floor(clockBefore / every) + 1) * every; mark <= clock && mark < this.scenario.dayLength; mark += every) {
      const id = this.deck[this.news.length];
      const event = this.scenario.events.find((e) => e.id === id);
      if (!event) return;
      const item: NewsItem = { id: event.id, at: mark, message: msg(`event.${event.id}.text`), facts: event.facts };
      this.news.push(item);
      this.say('news', msg('log.news', { title: msg(`event.${event.id}.title`) }), undefined, mark);
      for (const r of event.reveal ?? []) if (!this.revealed[r.goal].includes(r.option)) this.revealed[r.goal].push(r.option);
      for (const b of event.bonus ?? []) this.eventBonus[b.goal][b.option] = (this.eventBonus[b.goal][b.option] ?? 0) + b.amount;
      if (event.usAttention || event.patience) {
        this.advance({ minutes: 0, usAttention: event.usAttention ?? 0, patience: event.patience ?? 0 });
      }
    }
  }

  /** After each move: a track whose deadline passed, the end of talks, every open track closed. */
  private settle() {
    if (this.phase === 'talks' && GOAL_IDS.every((id) => this.goal(id).status === 'done')) {
      this.summit.send({ type: 'talks.settled' });
    }
    const endedBy = this.meters.endedBy;
    if (this.phase !== 'briefing' && this.phase !== 'talks' && endedBy && !this.talksClosed) {
      this.talksClosed = true;
      if (endedBy === 'clock') this.say('narrator', msg('log.day-over'));
      if (endedBy === 'patience') this.say('narrator', msg('log.patience-gone'));
      for (const id of GOAL_IDS) {
        if (this.goal(id).status !== 'done') {
          this.goals[id].send({ type: 'goal.close' });
          this.say('putin', msg('putin.closed'), id);
        }
      }
    }
    const workers = this.goal('workers');
    if (!this.deadlineSaid && workers.value === 'deadlocked' && workers.context.roundsLeft === 0 && !this.talksClosed) {
      this.deadlineSaid = true;
      this.say('putin', msg('reason.deadline'), 'workers');
      this.say('narrator', msg('log.deadline'), 'workers');
    }
  }
}

/** Moves are flat objects with at most one array: a plain copy is enough, and much cheaper than structuredClone. */
function cloneMove(move: Move): Move {
  if (move.type === 'briefing.rank') return { ...move, ranking: [...move.ranking] };
  if (move.type === 'barter.list') return { ...move, goods: [...move.goods] };
  return { ...move };
}

export function newGame(init: GameInit): Game {
  return new Game(init);
}
