// An exhaustive search of Kim's best line, for checking the solver (tests/engine/solver.test.ts).
// It follows EVERY legal move of Kim's: legalMoves (src/engine/legal.ts), a call where one is
// legal, and every package of two or more goals open to offers, each goal leading it in turn, with
// every option, every sweetener not yet spent (or none) and every argument (or none). Every move
// and Putin's answer go through the engine's apply() and the computer's Putin; a finished day is
// scored by the engine (scoreGame), with every ranking and every stance tried at the end (the
// ranking changes only the score's weights, the stance only the end of the day).
//
// What keeps it small, and why nothing is lost (a branch and bound):
// - A table of states already valued, keyed by everything of the state that the rest of the day
//   reads (see `key`: the words said, the log, hints and records are left out, and so are limits he
//   claimed for options that break them, which the law refuses first anyway).
// - A threshold: it looks only for lines that score at least a target, then more than the best
//   found, and leaves out any state, and any offer before it is made, that cannot by an upper bound
//   (`Bounds`) written from the rules as tests/support/putin-rules.ts states them (which the
//   property tests check against the engine's every answer). Scores are rounded to a tenth; the
//   bound is on the unrounded score. So it returns the best score of the day whenever that is at
//   least the target. A line given as a hint is followed first.
import { apply, type Move, type ScenarioBundle, scoreGame, Game } from '../../src/engine';
import { modelAnswer } from '../../src/engine/putin/model';
import { initialState, type GameState, type OfferItem } from '../../src/engine/state';
import type { Difficulty, KimMove, Settings } from '../../src/engine/types';
import { faceBonus, usPenalty } from '../../src/engine/score';
import { goalPrice } from './putin-rules';
import { kimMoves, proposable } from './random-play';

const FINAL = new Set(['agreed', 'deadlocked', 'walkedOut']);
const NO_EXTRA = { cost: 0, face: 0, us: 0 };

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** An offer's items (in the scenario's order of goals), sweetener and argument: what a bound of it reads. */
const offerKeys = new WeakMap<Move, string>();

/** Every legal move of Kim's now, packages of every size and lead included. */
export function everyKimMove(bundle: ScenarioBundle, s: GameState): Move[] {
  const { scenario } = bundle;
  const out = kimMoves(bundle, s);
  if (scenario.rules.packages === false) return out;
  const open = proposable(bundle, s);
  const sweeteners = [undefined, ...scenario.sweeteners.map((x) => x.id).filter((x) => !s.sweetenersUsed.includes(x))];
  const framings = [undefined, ...scenario.framings.map((f) => f.id)];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const goals = open.filter((_g, i) => mask & (1 << i));
    if (goals.length < 2) continue;
    let combos: OfferItem[][] = [[]];
    for (const g of goals) combos = combos.flatMap((c) => scenario.goals.find((x) => x.id === g)!.options.map((o) => [...c, { goal: g, option: o.id }]));
    for (const items of combos) {
      const key = items.map((i) => `${i.goal}=${i.option}`).join('&');
      for (let lead = 0; lead < items.length; lead++) {
        for (const sweetener of sweeteners) {
          for (const framing of framings) {
            const m: KimMove = { side: 'kim', type: 'offer.propose', goal: items[lead]!.goal, option: items[lead]!.option, with: items.filter((_x, i) => i !== lead) };
            if (sweetener) m.sweetener = sweetener;
            if (framing) m.framing = framing;
            offerKeys.set(m, `${key}|${sweetener ?? ''}|${framing ?? ''}`);
            out.push(m);
          }
        }
      }
    }
  }
  return out;
}

/** Kim's move and the computer's answer, through apply(); null if the engine refuses Kim's move. */
export function play(bundle: ScenarioBundle, s: GameState, m: Move): GameState | null {
  const first = apply(bundle, s, m);
  if (!first.ok) return null;
  if (!first.state.awaiting) return first.state;
  const answer = modelAnswer(bundle.scenario, first.state)!;
  const second = apply(bundle, first.state, answer.move, answer.reasons);
  if (!second.ok) throw new Error(`the computer's answer was refused: ${second.error.key} after ${JSON.stringify(m)}`);
  return second.state;
}

/** The last answer on a goal named a limit Kim may still call. */
function callable(s: GameState, goal: string): boolean {
  const last = s.answers[goal]!.at(-1);
  return last?.kind === 'refuse' && last.refusal === 'NEVER' && last.claim !== undefined && !last.called && s.goals[goal]!.value === 'opening';
}

/** Everything of a state that the rest of the day reads. */
export function key(bundle: ScenarioBundle, s: GameState): string {
  const { scenario } = bundle;
  const c = s.summit.context;
  const parts: (string | number | boolean | null)[] = [s.summit.value, c.clock, c.patience, c.face, c.usAttention, s.concessions, s.hardening, s.firstGoal, s.spent.money, s.spent.china, [...s.sweetenersUsed].sort().join('+'), s.news.length];
  const offerable = new Set<string>();
  for (const g of scenario.goals) {
    const track = s.goals[g.id]!;
    const x = track.context;
    // A list sent again after one was turned down is a stall.
    const listRefused = x.listOk === false && s.answers[g.id]!.some((a) => a.reasons.some((r) => r.id.startsWith('banned.') || r.id.startsWith('list-')));
    const call = callable(s, g.id) ? `${JSON.stringify(x.offer)}~${s.answers[g.id]!.at(-1)!.claim}` : '';
    parts.push(`${g.id}:${track.value}:${x.deal}:${x.counter}:${x.roundsLeft}:${x.listOk}:${listRefused}:${x.asked}:${s.positions[g.id]}:${call}`);
    if (!FINAL.has(track.value) && (x.roundsLeft === null || x.roundsLeft > 0)) offerable.add(g.id);
  }
  const breaks = (goal: string, option: string) => scenario.goals.find((g) => g.id === goal)!.options.find((o) => o.id === option)!.breaks;
  parts.push(
    s.claims
      .filter((cl) => !breaks(cl.goal, cl.option).includes(cl.constraint))
      .map((cl) => `${cl.goal}=${cl.option}:${cl.constraint}:${cl.bluff}`)
      .sort()
      .join(','),
  );
  // An offer refused before makes a stall if made again: while it still can be.
  parts.push(
    s.refusedOffers
      .filter((k) => {
        const [items, sweetener] = k.split('|');
        return items!.split('&').every((i) => offerable.has(i.split('=')[0]!)) && !(sweetener && s.sweetenersUsed.includes(sweetener));
      })
      .sort()
      .join(';'),
  );
  return parts.join('|');
}

/** Kim's score of a finished day, with the best ranking and the best stance, by the engine's own scoring. */
export function finishedScore(bundle: ScenarioBundle, s: GameState): number {
  const { scenario } = bundle;
  let best = Number.NEGATIVE_INFINITY;
  for (const ranking of permutations(scenario.goals.map((g) => g.id))) {
    const ranked: GameState = { ...s, summit: { value: s.summit.value, context: { ...s.summit.context, ranking } } };
    for (const stance of scenario.stances) {
      const r = apply(bundle, ranked, { side: 'kim', type: 'press.present', stance: stance.id });
      if (!r.ok) throw new Error(`the press conference was refused: ${r.error.key}`);
      best = Math.max(best, scoreGame(new Game(bundle, r.state)).kim);
    }
  }
  return best;
}

/**
 * Upper bounds on what Kim can still score, by the rules as putin-rules.ts states them, giving away
 * everything that is uncertain. New deals must be paid for: each offer he takes is worth to him at
 * least what he asks for its goals, and what he asks can fall no lower than his price with every
 * offer still to come a concession and the deadline step (no mark-up he has not yet given, no more
 * stalls); an offer's worth is at most its options' values, the news still to come, the argument
 * that adds most (the one an option needs, if it needs one; one argument for all when one offer is
 * left) and one sweetener not spent (the largest, as many as there are offers left). The gates on
 * the whole day hold (money, China's line, Washington's attention: nothing lowers these once
 * spent); an option that needs a goods list needs the minutes for one first, and one he claimed the
 * minutes to have it put to him again and call him. A counter on the table is his already. The
 * score: the best ranking, no more costs, the stance as the press conference applies it, face gained
 * only by deals and called bluffs, attention raised only by deals. The signs this rests on (face lost
 * by everything else, attention only ever raised before the press, his aspiration above his floor,
 * costs not below zero) are checked on the data by the test.
 */
interface Candidate {
  goal: string;
  option: string;
  /** Its place on the goal's ladder (a concession offers a lower lawful one than Kim's last). */
  index: number;
  kim: number;
  money: number;
  china: number;
  us: number;
  needsFraming: string | undefined;
  needsList: boolean;
  /** His value of it with the news still to come, without the argument. */
  worth: number;
  /** What each argument adds on its goal. */
  framing: Map<string | undefined, number>;
  face: number;
}

export class Bounds {
  private readonly scenario;
  private readonly p;
  private readonly c;
  private readonly hard: boolean;
  private readonly left: number;
  private readonly cost: number;
  private readonly callables: number;
  /** The offers on the table a call can put back (each one goal's option). */
  private readonly callableItems = new Set<string>();
  /** The sweeteners still usable (not spent, or on an offer a call can put back), most valued first. */
  private readonly pool: string[];
  private readonly framings: (string | undefined)[];
  /** Per goal still open, its lawful options that can still be agreed. */
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly dealtValues: number[];
  private readonly dealtGoals = new Set<string>();
  private open: string[] = [];

  constructor(
    private readonly bundle: ScenarioBundle,
    private readonly s: GameState,
  ) {
    const scenario = bundle.scenario;
    this.scenario = scenario;
    const p = s.profile;
    this.p = p;
    this.c = s.summit.context;
    this.hard = s.settings.difficulty === 'hard';
    this.left = scenario.dayLength - this.c.clock;
    this.framings = [undefined, ...scenario.framings.map((f) => f.id)];
    // The news still to come today: one at each mark of the clock before the end of the day.
    let marks = 0;
    for (let mark = (Math.floor(this.c.clock / scenario.newsEvery) + 1) * scenario.newsEvery; mark < scenario.dayLength; mark += scenario.newsEvery) marks++;
    const delivered = s.news.filter((n) => !n.before).length;
    const deckLeft = s.deck.slice(delivered, delivered + marks).map((id) => scenario.events.find((e) => e.id === id)!);
    const argumentNewsMax = (f: string, g: string) => deckLeft.reduce((a, e) => a + (e.arguments ?? []).filter((x) => x.framing === f && x.goals.includes(g) && x.amount > 0).reduce((y, x) => y + x.amount, 0), 0);
    const newsMax = (g: string, o: string) => (s.eventBonus[g]?.[o] ?? 0) + deckLeft.reduce((a, e) => a + (e.bonus ?? []).filter((b) => b.goal === g && b.option === o && b.amount > 0).reduce((x, b) => x + b.amount, 0), 0);
    this.cost = s.sweetenersUsed.reduce((a, id) => a + scenario.sweeteners.find((x) => x.id === id)!.kimCost, 0);
    const pool = new Set(scenario.sweeteners.map((x) => x.id).filter((x) => !s.sweetenersUsed.includes(x)));
    let callables = 0;
    for (const g of scenario.goals) {
      if (!callable(s, g.id)) continue;
      callables++;
      const sw = s.goals[g.id]!.context.offer?.sweetener;
      if (sw) pool.add(sw);
    }
    this.callables = callables;
    for (const g of scenario.goals) if (callable(s, g.id)) this.callableItems.add(`${g.id}=${s.goals[g.id]!.context.offer!.option}`);
    this.pool = [...pool].sort((a, b) => p.sweeteners[b]! - p.sweeteners[a]!);
    this.dealtValues = [];
    for (const g of scenario.goals) {
      const deal = s.goals[g.id]!.context.deal;
      if (deal) {
        this.dealtGoals.add(g.id);
        this.dealtValues.push(g.options.find((o) => o.id === deal)!.kim);
      }
      if (FINAL.has(s.goals[g.id]!.value)) continue;
      const track = s.goals[g.id]!;
      const list = [];
      for (const o of g.options) {
        if (o.breaks.length > 0) continue;
        // A goods list first: it takes its minutes before any offer.
        if (o.needsList && track.context.listOk !== true && this.left <= scenario.costs.goodsList) continue;
        // A claim he keeps until called: the offer on the table can be called now; any other must be put to him again first.
        const claimed = s.claims.some((c) => c.goal === g.id && c.option === o.id);
        const onTable = callable(s, g.id) && track.context.offer?.option === o.id && this.left > 0;
        if (claimed && !onTable && this.left <= scenario.costs.propose) continue;
        list.push({
          goal: g.id,
          option: o.id,
          index: g.options.indexOf(o),
          kim: o.kim,
          money: o.money,
          china: o.china ? 1 : 0,
          us: o.us,
          needsFraming: o.needsFraming,
          needsList: o.needsList && track.context.listOk !== true,
          worth: p.options[g.id]![o.id]! + newsMax(g.id, o.id),
          // The argument with what the news has added to it and, at best, what the news still to come will.
          framing: new Map(this.framings.map((f) => [f, f ? (p.framings[f]?.[g.id] ?? 0) + (s.argumentBonus[f]?.[g.id] ?? 0) + argumentNewsMax(f, g.id) : 0])),
          face: Math.round((o.kim / 10) * scenario.faceShift.dealPer10),
        });
      }
      this.candidates.set(g.id, list);
      for (const x of list) this.byItem.set(`${x.goal}=${x.option}`, x);
    }
    this.open = [...this.candidates.keys()];
  }

  private offersIn(minutes: number): number {
    return minutes > 0 ? Math.ceil(minutes / this.scenario.costs.propose) : 0;
  }
  private readonly prices = new Map<string, number>();
  private priceMin(goal: string, steps: number): number {
    const k = `${goal}|${steps}`;
    let v = this.prices.get(k);
    if (v === undefined) this.prices.set(k, (v = goalPrice(this.scenario, this.p, steps, this.s.firstGoal === goal, this.s.hardening)));
    return v;
  }
  private sweetenerWorth(ids: readonly string[], n: number): number {
    let a = 0;
    for (let i = 0; i < Math.min(n, ids.length); i++) a += Math.max(0, this.p.sweeteners[ids[i]!]!);
    return a;
  }
  private readonly byItem = new Map<string, Candidate>();
  private candidate(i: OfferItem): Candidate | undefined {
    return this.byItem.get(`${i.goal}=${i.option}`);
  }

  /**
   * The score's bound with the state's deals and these new ones: the best ranking; the best stance,
   * its face and attention as the press conference applies them; face gained by the new deals and
   * `calls` called bluffs only; attention raised by the new deals only; costs, face and attention
   * `extra` that are certain (a sweetener spent, an argument's attention).
   */
  private value(added: readonly Candidate[], calls: number, extra: { cost: number; face: number; us: number } = NO_EXTRA): number {
    const { scenario, c } = this;
    const values = [...this.dealtValues, ...added.map((a) => a.kim)];
    const n = scenario.goals.length;
    const total = (n * (n + 1)) / 2;
    const won = values.reduce((a, v) => a + v, 0);
    const points = values.sort((a, b) => b - a).reduce((a, v, i) => a + ((n - i) / total) * v, 0);
    const face = c.face + added.reduce((a, x) => a + x.face, 0) + calls * scenario.faceShift.calledBluff + extra.face;
    const us = Math.min(100, c.usAttention + added.reduce((a, x) => a + x.us, 0) + extra.us);
    let best = Number.NEGATIVE_INFINITY;
    for (const x of scenario.stances) {
      const df = x.faceIfEmpty !== undefined && won < 100 ? x.faceIfEmpty : x.face;
      const f = Math.max(0, Math.min(100, face + df));
      const u = Math.max(0, Math.min(100, us + x.usAttention));
      best = Math.max(best, points - this.cost - extra.cost + faceBonus(f) - usPenalty(u));
    }
    return best;
  }

  /** Bluffs Kim can still call in these minutes: each needs an offer refused first, the call, and the answer. */
  private callsIn(minutes: number): number {
    const { costs } = this.scenario;
    return this.hard && minutes > costs.propose ? Math.ceil((minutes - costs.propose) / (costs.propose + costs.call)) : 0;
  }

  /**
   * The best bound over every set of new deals on the goals still open (at most one lawful option
   * each): `fixed` are certain, a standing `counter` costs him nothing, the rest must be paid for by
   * `offers` offers, with the sweeteners of `pool`, at his price after `concessions` and every offer
   * to come a concession if it can be one (an offer is one only if it goes below Kim's last position
   * on a goal: not while he has none, and for the last offer only if it does), and the deadline step.
   */
  private relaxed(o: { offers: number; concessions: number; positions: Readonly<Record<string, number | null>>; pool: readonly string[]; fixed: readonly Candidate[]; counter: OfferItem | null; calls: number; extra?: { cost: number; face: number; us: number } }): number {
    const extra = o.extra ?? NO_EXTRA;
    const { p, s } = this;
    const fixedGoals = new Set(o.fixed.map((i) => i.goal));
    const open = fixedGoals.size ? this.open.filter((g) => !fixedGoals.has(g)) : this.open;
    let money = s.spent.money;
    let china = s.spent.china;
    let us = this.c.usAttention;
    for (const x of o.fixed) {
      money += x.money;
      china += x.china;
      us += x.us;
    }
    if (money > p.money || china > p.china || us > p.usLimit) return Number.NEGATIVE_INFINITY;
    const offersWithList = this.offersIn(this.left - this.scenario.costs.goodsList);
    const perOffer = this.scenario.rules.packages === false ? 1 : Number.POSITIVE_INFINITY;
    const anyPosition = Object.values(o.positions).some((x) => x !== null && x !== undefined);
    let best = Number.NEGATIVE_INFINITY;
    const chosen: Candidate[] = [];
    const visit = (k: number, money: number, china: number, us: number) => {
      if (k < open.length) {
        visit(k + 1, money, china, us);
        for (const x of this.candidates.get(open[k]!)!) {
          if (money + x.money > p.money || china + x.china > p.china || us + x.us > p.usLimit) continue;
          chosen.push(x);
          visit(k + 1, money + x.money, china + x.china, us + x.us);
          chosen.pop();
        }
        return;
      }
      const toPay = chosen.filter((x) => !(o.counter && x.goal === o.counter.goal && x.option === o.counter.option));
      const all = [...o.fixed, ...chosen];
      if (toPay.length === 0) {
        const v = this.value(all, o.calls, extra);
        best = Math.max(best, v);
        return;
      }
      // Options that wait for a goods list are offered after one, in the minutes left then.
      if (toPay.some((x) => x.needsList) && offersWithList <= 0) return;
      const offers = toPay.every((x) => x.needsList) ? Math.min(o.offers, offersWithList) : o.offers;
      if (offers <= 0 || toPay.length > offers * perOffer) return;
      if (offers === 1) {
        // One offer left: it holds all of them, with one argument (the one each needs) and one
        // sweetener (spent), and it is a concession only if it goes below Kim's last position on one of its goals.
        const down = toPay.some((x) => {
          const at = o.positions[x.goal];
          return at !== null && at !== undefined && x.index < at;
        });
        const k = o.concessions + (down ? 1 : 0);
        const steps = k + (k >= 1 ? 1 : 0);
        const price = toPay.reduce((a, x) => a + this.priceMin(x.goal, steps), 0);
        // Its minutes leave no call but one whose answer it is.
        const calls = Math.min(o.calls, toPay.length === 1 && this.callableItems.has(`${toPay[0]!.goal}=${toPay[0]!.option}`) ? 1 : 0);
        for (const f of this.framings) {
          if (toPay.some((x) => x.needsFraming !== undefined && x.needsFraming !== f)) continue;
          const us = f ? this.scenario.framings.find((x) => x.id === f)!.us : 0;
          const deficit = price - toPay.reduce((a, x) => a + x.worth + x.framing.get(f)!, 0);
          const ways = deficit <= 0.05 ? [undefined] : o.pool.filter((x) => p.sweeteners[x]! >= deficit - 0.05);
          for (const sw of ways) {
            const spec = sw ? this.scenario.sweeteners.find((x) => x.id === sw)! : undefined;
            const v = this.value(all, calls, { cost: extra.cost + (spec?.kimCost ?? 0), face: extra.face + (spec?.face ?? 0), us: extra.us + us });
            best = Math.max(best, v);
          }
        }
        return;
      }
      const steps = o.concessions + offers - (anyPosition ? 0 : 1) + 1;
      const surplus = toPay.reduce((a, x) => a + x.worth + (x.needsFraming !== undefined ? x.framing.get(x.needsFraming)! : Math.max(...x.framing.values(), 0)) - this.priceMin(x.goal, steps), 0);
      const sweet = this.sweetenerWorth(o.pool, offers);
      if (surplus + sweet < -0.05) return;
      // A sweetener it needs costs at least the cheapest.
      const cost = surplus < -0.05 ? Math.min(...o.pool.map((x) => this.scenario.sweeteners.find((y) => y.id === x)!.kimCost)) : 0;
      const v = this.value(all, o.calls, { ...extra, cost: extra.cost + cost });
      best = Math.max(best, v);
    };
    visit(0, money, china, us);
    return best;
  }

  /** No line from the state scores more than this. */
  state(): number {
    const s = this.s;
    const offers = this.offersIn(this.left);
    const countered = this.scenario.goals.find((g) => s.goals[g.id]!.value === 'countered');
    const counter = countered ? { goal: countered.id, option: s.goals[countered.id]!.context.counter! } : null;
    return this.relaxed({ offers, concessions: s.concessions, positions: s.positions, pool: this.pool, fixed: [], counter, calls: this.callsIn(this.left) + this.callables });
  }

  private readonly nothing = new Map<string, number>();

  /** No line that starts with this offer scores more than this. */
  offer(items: readonly OfferItem[], sweetener: string | undefined, framing: string | undefined): number {
    const { scenario, s, p } = this;
    const conc = isConcession(this.bundle, s, items) ? 1 : 0;
    const leftAfter = this.left - scenario.costs.propose;
    const offers = this.offersIn(leftAfter);
    if (offers === 0) {
      // The day ends with its answer: it is taken now, or nothing more is agreed (no call after it).
      const calls = 0;
      const sw = sweetener ? scenario.sweeteners.find((x) => x.id === sweetener)! : undefined;
      // The argument's attention comes only with a deal made on it.
      const extra = { cost: sw?.kimCost ?? 0, face: sw?.face ?? 0, us: 0 };
      const dealUs = framing ? scenario.framings.find((f) => f.id === framing)!.us : 0;
      let best = this.value([], calls, extra);
      const k = s.concessions + conc;
      const steps = k + (k >= 1 ? 1 : 0);
      let worth = sweetener ? p.sweeteners[sweetener]! : 0;
      let money = s.spent.money;
      let china = s.spent.china;
      let us = this.c.usAttention;
      const cs: Candidate[] = [];
      for (const i of items) {
        const x = this.candidate(i);
        if (!x || x.needsList || (x.needsFraming !== undefined && x.needsFraming !== framing)) return best;
        worth += x.worth + x.framing.get(framing)! - this.priceMin(x.goal, steps);
        money += x.money;
        china += x.china;
        us += x.us;
        cs.push(x);
      }
      if (worth >= -0.05 && money <= p.money && china <= p.china && us <= p.usLimit) best = Math.max(best, this.value(cs, calls, { ...extra, us: dealUs }));
      return best;
    }
    // A bluff on this offer can be called once it is answered, and others after.
    const calls = this.callsIn(this.left) + this.callables;
    // What this offer costs whatever he answers: its sweetener (its argument's attention comes only with a deal, counted at most: none here).
    const sw = sweetener ? scenario.sweeteners.find((x) => x.id === sweetener)! : undefined;
    const extra = { cost: sw?.kimCost ?? 0, face: sw?.face ?? 0, us: 0 };
    // Kim's positions once it is made.
    const positions = { ...s.positions };
    for (const i of items) {
      const g = scenario.goals.find((x) => x.id === i.goal)!;
      const index = g.options.findIndex((x) => x.id === i.option);
      const before = positions[i.goal];
      if (g.options[index]!.breaks.length === 0 && (before === null || before === undefined || index < before)) positions[i.goal] = index;
    }
    const pool = this.pool.filter((x) => x !== sweetener);
    const after = { offers, concessions: s.concessions + conc, positions, pool, counter: null, calls, extra };
    // Nothing taken now: the rest of the day without this offer's sweetener.
    const nk = `${sweetener ?? ''}|${framing ?? ''}|${conc}|${JSON.stringify(positions)}`;
    let best = this.nothing.get(nk);
    if (best === undefined) {
      best = this.relaxed({ ...after, fixed: [] });
      this.nothing.set(nk, best);
    }
    // Taken now, or (at hard) once a bluff is called: at a price no lower than with every offer after it a concession.
    const stepsNow = s.concessions + conc + 1 + (this.hard && leftAfter > 0 ? offers : 0);
    const takes = (these: readonly OfferItem[]): Candidate[] | null => {
      const cs = these.map((i) => this.candidate(i));
      if (cs.some((x) => x === undefined || (x.needsFraming !== undefined && x.needsFraming !== framing))) return null;
      const worth = (cs as Candidate[]).reduce((a, x) => a + x.worth + x.framing.get(framing)! - this.priceMin(x.goal, stepsNow), 0) + (sweetener ? p.sweeteners[sweetener]! : 0);
      return worth >= -0.05 ? (cs as Candidate[]) : null;
    };
    const now = takes(items);
    if (now && (this.hard || !now.some((x) => x.needsList))) best = Math.max(best, this.relaxed({ ...after, fixed: now }));
    // A counter on one goal, taken at Kim's next move (if the day goes on).
    if (items.length === 1 && leftAfter > 0) {
      const offered = scenario.goals.find((g) => g.id === items[0]!.goal)!.options.find((o) => o.id === items[0]!.option)!;
      if (offered.breaks.length === 0) {
        for (const c of this.candidates.get(items[0]!.goal) ?? []) {
          if (c.kim >= offered.kim) continue;
          const counter = takes([{ goal: c.goal, option: c.option }]);
          if (counter && !c.needsList) best = Math.max(best, this.relaxed({ ...after, fixed: counter }));
        }
      }
    }
    return best;
  }
}

/** Kim comes down on a goal: a lawful option below his last position there. */
function isConcession(bundle: ScenarioBundle, s: GameState, items: readonly OfferItem[]): boolean {
  return items.some((i) => {
    const g = bundle.scenario.goals.find((x) => x.id === i.goal)!;
    const index = g.options.findIndex((o) => o.id === i.option);
    const before = s.positions[i.goal];
    return before !== null && before !== undefined && index < before && g.options[index]!.breaks.length === 0;
  });
}

export interface Exhaustive {
  /** The best score found at or above the target; below the target when none reaches it. */
  score: number;
  line: Move[];
  states: number;
  applied: number;
  pruned: number;
}

/**
 * The best line of the day from the ranking on. `hint`, Kim's moves of a line that scores `target`
 * (the solver's), is followed first; the search then looks for anything better. So it returns the
 * best score of the day if that is at least `target`, and else the best it found below it.
 */
export function exhaustive(bundle: ScenarioBundle, init: { seed: string; settings: Settings }, target: number, hint: readonly Move[] = []): Exhaustive {
  const { scenario } = bundle;
  const s0 = initialState(bundle, init);
  const start = play(bundle, s0, { side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) })!;
  // Scores are rounded to a tenth: below `need` (unrounded), a line cannot reach the target, nor
  // then beat the best found.
  let found = Number.NEGATIVE_INFINITY;
  const need = () => (found === Number.NEGATIVE_INFINITY ? target - 0.05 : found + 0.05) - 1e-6;
  const table = new Map<string, { score: number; line: Move[] }>();
  const finished = new Map<string, number>();
  let applied = 0;
  let pruned = 0;
  const search = (s: GameState, depth: number, onHint: boolean): { score: number; line: Move[] } => {
    if (s.summit.value !== 'talks') {
      const k = `${scenario.goals.map((g) => s.goals[g.id]!.context.deal).join(',')}|${s.summit.context.face}|${s.summit.context.usAttention}|${[...s.sweetenersUsed].sort().join('+')}`;
      let v = finished.get(k);
      if (v === undefined) finished.set(k, (v = finishedScore(bundle, s)));
      found = Math.max(found, v);
      return { score: v, line: [] };
    }
    const k = key(bundle, s);
    const known = table.get(k);
    if (known) return known;
    let best = { score: Number.NEGATIVE_INFINITY, line: [] as Move[] };
    const bounds = new Bounds(bundle, s);
    if (bounds.state() < need()) {
      pruned++;
    } else {
      const offerBounds = new Map<string, number>();
      const moves = everyKimMove(bundle, s);
      const next = onHint ? hint[depth] : undefined;
      const first = next ? moves.findIndex((m) => JSON.stringify(m) === JSON.stringify(next)) : -1;
      if (first > 0) moves.unshift(...moves.splice(first, 1));
      for (const [i, m] of moves.entries()) {
        if (m.type === 'offer.propose') {
          // The lead does not change the bound: one per offer.
          const items = [{ goal: m.goal, option: m.option }, ...(m.with ?? [])];
          const ok = offerKeys.get(m) ?? `${m.goal}=${m.option}|${m.sweetener ?? ''}|${m.framing ?? ''}`;
          let b = offerBounds.get(ok);
          if (b === undefined) offerBounds.set(ok, (b = bounds.offer(items, m.sweetener, m.framing)));
          if (b < need()) {
            pruned++;
            continue;
          }
        }
        const after = play(bundle, s, m);
        applied++;
        if (!after) continue;
        const r = search(after, depth + 1, onHint && first >= 0 && i === 0);
        if (r.score > best.score) best = { score: r.score, line: [m, ...r.line] };
      }
    }
    table.set(k, best);
    return best;
  };
  const r = search(start, 0, true);
  return { score: r.score, line: r.line, states: table.size, applied, pruned };
}
