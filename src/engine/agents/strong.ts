// A strong player who sees only the player's view, as a careful person would play:
// - ranks first the goals it expects to win most on (what the cards show of each ladder);
// - asks Putin about the goals it wants most, then about the others, to learn the argument that
//   moves him (or how far he would go, or his limits: what he lets out differs by seed) and which
//   options he is cold to today; the argument it makes is the one that moves him on most goals of
//   the package, those that only pay included;
// - names first the least wanted of the goals it asks about (he asks more on the goal Kim names first);
// - anchors high and comes down one step at a time: his price falls with each concession of Kim's;
// - bundles the modest option of goals it cares little about (worth much to him) with ambitious
//   options of the goals it cares about, all or nothing, and reads his reasons to see which item
//   to bring down: the limit or budget he names, or the item he says falls furthest short;
// - offers a sweetener he asked for when an offer fell short on price only (the same offer again,
//   with it, before coming down), or when he says his own asks are still unanswered; and the one he
//   asked for that gives back money when his money stopped an option of the offer;
// - comes down first on a target he said he is cold to at its rung; where pressing him on such an
//   option is a stall and no step (engine version 10), never offers it again once he has said so;
// - takes a counter as good as its own next step; calls a bluff when the card shows the option
//   breaks no such limit;
// - faces the press with the stance the meters make best (face bonus less Washington's penalty).
import type { KimMove, Message, Move, PutinAnswer } from '../types';
import type { GoalView, OptionView, PlayerView } from '../view-types';
import { bestStance, hintsOn, idInKey } from './read';

type Item = { goal: string; option: string };
type Offer = { items: Item[]; sweetener?: string; framing?: string };
type Propose = Extract<KimMove, { type: 'offer.propose' }>;

interface Played {
  offer: Offer;
  answer: PutinAnswer | undefined;
}

/** What the player has learned about one goal from the cards and Putin's answers. */
interface Known {
  view: GoalView;
  /** Options that will not pass today: a limit, a budget he named, a goods list that cannot pass. */
  barred: Set<string>;
  /** Options he said need an argument. */
  needs: Map<string, string>;
  /** The argument that moves him on this goal, when he said it. */
  key: string | undefined;
  /** How far he said he would go now. */
  position: string | undefined;
}

const DEADLINE = 60;
/** Washington's attention up to which an argument that costs some is still worth making: well below where it starts to cost Kim's score (30). */
const QUIET = 25;

/** Every id of a kind named anywhere in a message and its parameters. */
function named(message: Message | undefined, kind: string, out: string[] = []): string[] {
  if (!message) return out;
  const id = idInKey(message.key, kind);
  if (id !== undefined) out.push(id);
  for (const p of Object.values(message.params ?? {})) {
    if (Array.isArray(p)) for (const m of p) named(m, kind, out);
    else if (typeof p === 'object' && p !== null) named(p, kind, out);
  }
  return out;
}

/** The options a reason names, as goal and option ids (an option's title key is option.<goal>.<option>.title). */
function optionsNamed(view: PlayerView, message: Message): Item[] {
  const out: Item[] = [];
  for (const full of named(message, 'option')) {
    const goal = view.goals.find((g) => full.startsWith(`${g.id}.`) && g.options.some((o) => `${g.id}.${o.id}` === full));
    if (goal) out.push({ goal: goal.id, option: full.slice(goal.id.length + 1) });
  }
  return out;
}

/** Kim's offers and the answer each got, in order, read off the moves and the goals' answers. */
function history(view: PlayerView): Played[] {
  const next: Record<string, number> = {};
  const take = (goal: string) => {
    const i = next[goal] ?? 0;
    next[goal] = i + 1;
    return view.goals.find((g) => g.id === goal)?.answers[i];
  };
  const out: Played[] = [];
  let last: Played | undefined;
  for (const m of view.moves) {
    if (m.type === 'offer.propose') {
      const offer: Offer = { items: [{ goal: m.goal, option: m.option }, ...(m.with ?? [])] };
      if (m.sweetener) offer.sweetener = m.sweetener;
      if (m.framing) offer.framing = m.framing;
      last = { offer, answer: undefined };
      out.push(last);
    } else if (m.type === 'goods.list' || m.type === 'putin.hint') {
      take(m.goal);
    } else if (m.type === 'putin.answer' && last) {
      const items = last.offer.items;
      const answer = take(m.goal);
      for (const i of items) if (i.goal !== m.goal) take(i.goal);
      // A called bluff is answered again: the new answer replaces the claim.
      last.answer = answer;
    }
  }
  return out;
}

const indexOf = (g: GoalView, option: string) => g.options.findIndex((o) => o.id === option);
const valueOf = (g: GoalView, option: string) => g.options.find((o) => o.id === option)?.kimValue ?? 0;

/** Whether a goods list both ways can pass, as far as the verdicts shown tell: true, false, or unknown. */
function listCanPass(view: PlayerView): boolean | undefined {
  const can = (dir: string) => {
    const goods = view.goods.filter((g) => g.direction === dir);
    if (goods.some((g) => g.verdict === 'lawful')) return true;
    if (goods.every((g) => g.verdict === 'banned')) return false;
    return undefined;
  };
  const north = can('toNorth');
  const south = can('toRussia');
  if (north === false || south === false) return false;
  return north && south ? true : undefined;
}

/** A sweetener he asked for, not yet spent, that gives back some of his money: an option his money stops may pass with it. */
function moneyBack(view: PlayerView): string | undefined {
  return view.sweeteners.find((s) => s.asked && !s.used && (s.money ?? 0) > 0)?.id;
}

function know(view: PlayerView, played: Played[]): Map<string, Known> {
  const k = new Map<string, Known>();
  // Options his money stops are not out of reach while a sweetener he asked for can give some back.
  const money = moneyBack(view) !== undefined;
  const list = listCanPass(view);
  for (const g of view.goals) {
    const barred = new Set<string>();
    for (const o of g.options) if (o.breaks && o.breaks.length > 0) barred.add(o.id);
    // A goal that takes a goods list: when no list can pass, only its first rung is within reach.
    if (g.goodsList && list === false) for (const o of g.options.slice(1)) barred.add(o.id);
    let key: string | undefined;
    let position: string | undefined;
    for (const h of hintsOn(view, g.id)) {
      if (h.framing) key = h.framing;
      if (h.option) position = h.option;
    }
    k.set(g.id, { view: g, barred, needs: new Map(), key, position });
  }
  // What he said of his day's budgets when asked about a goal is not taken to bar an option: a
  // budget he names then can be relieved later (the news moves China's line, a sweetener gives back
  // money), and an option over it is still a rung to come down from (a concession moves his price).
  // An item offered with an argument and not refused for want of another needs no other.
  const free = new Set<string>();
  for (const { offer, answer } of played) {
    if (answer && !answer.reasons.some((r) => r.id === 'needs-framing')) for (const i of offer.items) free.add(`${i.goal}=${i.option}|${offer.framing ?? ''}`);
  }
  const packageNeeds: { framing: string; candidates: Item[] }[] = [];
  const needsNone = (i: Item, framing: string) => [...free].some((f) => f.startsWith(`${i.goal}=${i.option}|`) && !f.endsWith(`|${framing}`));
  for (const { offer, answer } of played) {
    if (!answer || answer.kind !== 'refuse') continue;
    const single = offer.items.length === 1 ? offer.items[0]! : undefined;
    for (const r of answer.reasons) {
      if (r.weight !== 'binding' && r.weight !== 'against') continue;
      const says = (r.message.params?.says as Message | undefined) ?? r.message;
      if ((r.id === 'money' && !money) || r.id === 'china' || r.id === 'us-watching' || r.id === 'needs-list') {
        for (const i of optionsNamed(view, says)) k.get(i.goal)?.barred.add(i.option);
        if (r.id === 'needs-list' && single) k.get(single.goal)?.barred.add(single.option);
      } else if (r.id === 'needs-framing') {
        const framing = named(says, 'framing')[0];
        if (framing && single) k.get(single.goal)?.needs.set(single.option, framing);
        else if (framing) {
          // In a package he does not say which item needs it: every item not seen to do without it,
          // unless one of them is out of reach for another reason (then that one is taken to be it).
          packageNeeds.push({ framing, candidates: offer.items.filter((i) => indexOf(k.get(i.goal)!.view, i.option) > 0 && !needsNone(i, framing)) });
        }
      } else if (r.id.startsWith('constraint.') || r.id === 'claimed') {
        const limit = r.id.startsWith('constraint.') ? r.id.slice('constraint.'.length) : undefined;
        if (single) {
          const card = k.get(single.goal)!.view.options.find((o) => o.id === single.option);
          // A claim the card refutes is a bluff (it is called, not believed).
          if (!(card?.breaks && limit && !card.breaks.includes(limit))) k.get(single.goal)!.barred.add(single.option);
        } else {
          const i = mostAmbitious(k, offer.items, (o) => o.breaks === null || (limit !== undefined && o.breaks.includes(limit)));
          if (i) k.get(i.goal)!.barred.add(i.option);
        }
      }
    }
  }
  for (const { framing, candidates } of packageNeeds) {
    const barred = candidates.filter((i) => k.get(i.goal)!.barred.has(i.option));
    for (const i of barred.length ? barred : candidates) k.get(i.goal)!.needs.set(i.option, framing);
  }
  // Where pressing him on what he is cold to is a stall and no step (view.coldPress), an option he
  // said he is cold to today, when asked or when pressed on it, is not offered again.
  if (view.coldPress) {
    for (const g of view.goals) for (const a of g.answers) for (const r of a.reasons) if (r.id === 'cold' || r.id === 'pressed-cold') for (const i of optionsNamed(view, r.message)) k.get(i.goal)?.barred.add(i.option);
  }
  return k;
}

/** The item highest up its ladder among those a test allows. */
function mostAmbitious(k: Map<string, Known>, items: Item[], test: (o: OptionView) => boolean): Item | undefined {
  let best: Item | undefined;
  let rung = -1;
  for (const i of items) {
    const g = k.get(i.goal)!.view;
    const o = g.options.find((x) => x.id === i.option);
    const at = indexOf(g, i.option);
    if (o && at > 0 && test(o) && at > rung) {
      best = i;
      rung = at;
    }
  }
  return best;
}

/** What the player expects to win on a goal, from the cards alone (for the ranking). */
function expected(view: PlayerView, g: GoalView): number {
  const list = listCanPass(view);
  const n = g.options.length;
  let best = g.options[0]?.kimValue ?? 0;
  g.options.forEach((o, i) => {
    if (i === 0) return;
    if (o.breaks && o.breaks.length > 0) return;
    if (g.goodsList && list === false) return;
    // Unknown limits: expect to land halfway up the ladder; a twist (a deadline, a list) makes it harder.
    let p = o.breaks ? 1 : i <= Math.floor((n - 1) / 2) ? 1 : 0;
    if (g.goodsList && list !== true) p *= 0.5;
    if (g.roundsLeft !== undefined) p *= 0.8;
    best = Math.max(best, (o.kimValue ?? 0) * p);
  });
  return best;
}

/** The highest rung at or below `from` that is not barred (0, the modest one, at the least). */
function rungBelow(known: Known, from: number): number {
  for (let i = Math.min(from, known.view.options.length - 1); i > 0; i--) if (!known.barred.has(known.view.options[i]!.id)) return i;
  return 0;
}

/** Where to start on a goal: the highest rung not barred (below the top when its limits are unknown), no higher than one above what he said he would give. */
function anchor(known: Known, alone: boolean): number {
  const opts = known.view.options;
  let top = opts.length - 1;
  if (opts[top]!.breaks === null) top -= 1;
  if (known.position && alone) top = Math.min(top, indexOf(known.view, known.position) + 1);
  return rungBelow(known, top);
}

const offerKey = (o: Offer) => `${o.items.map((i) => `${i.goal}=${i.option}`).sort().join('&')}|${o.sweetener ?? ''}|${o.framing ?? ''}`;

function proposal(o: Offer): Propose {
  const [lead, ...rest] = o.items;
  const m: Propose = { side: 'kim', type: 'offer.propose', goal: lead!.goal, option: lead!.option };
  if (rest.length) m.with = rest;
  if (o.sweetener) m.sweetener = o.sweetener;
  if (o.framing) m.framing = o.framing;
  return m;
}

/**
 * Washington's attention an offer would bring him to, as the cards tell it: the meter now, what
 * each option moves and what the argument moves.
 */
function usOf(view: PlayerView, items: readonly Item[], framing: string | undefined): number {
  let us = view.meters.usAttention + (framing ? (view.framings.find((f) => f.id === framing)?.us ?? 0) : 0);
  for (const i of items) us += view.goals.find((g) => g.id === i.goal)?.options.find((o) => o.id === i.option)?.us ?? 0;
  return us;
}

/**
 * The attention at which he said "Washington would notice": an offer that would bring the meter to
 * it or above is refused. Read off the refusals, with the meter as it stood when each was made (the
 * meter now, less what the answers since moved it).
 */
function usCeiling(view: PlayerView, played: Played[]): number {
  let ceiling = Number.POSITIVE_INFINITY;
  let meter = view.meters.usAttention;
  for (let i = played.length - 1; i >= 0; i--) {
    const { offer, answer } = played[i]!;
    if (!answer) continue;
    meter -= answer.shift?.usAttention ?? 0;
    if (answer.kind === 'refuse' && answer.reasons.some((r) => r.id === 'us-watching' && r.weight === 'binding')) {
      let total = meter + (offer.framing ? (view.framings.find((f) => f.id === offer.framing)?.us ?? 0) : 0);
      for (const it of offer.items) total += view.goals.find((g) => g.id === it.goal)?.options.find((o) => o.id === it.option)?.us ?? 0;
      ceiling = Math.min(ceiling, total);
    }
  }
  return ceiling;
}

function talks(view: PlayerView, legal: Move[]): KimMove {
  const played = history(view);
  const k = know(view, played);
  const open = view.goals.filter((g) => !g.final);
  const rank = (g: GoalView) => g.rank ?? view.goals.indexOf(g) + 1;
  const left = view.meters.dayLength - view.meters.clock;
  const can = (m: Partial<Move>) => legal.some((x) => Object.entries(m).every(([f, v]) => (x as unknown as Record<string, unknown>)[f] === v));
  const lastOffer = played.at(-1);

  // A bluff the card gives away: call it.
  for (const g of open) {
    const last = g.answers.at(-1);
    if (last?.kind !== 'refuse' || last.refusal !== 'NEVER' || !last.claim || last.called || !lastOffer || lastOffer.offer.items.length !== 1) continue;
    const item = lastOffer.offer.items[0]!;
    if (item.goal !== g.id) continue;
    const card = g.options.find((o) => o.id === item.option);
    if (card?.breaks && !card.breaks.includes(last.claim) && can({ type: 'offer.call', goal: g.id })) return { side: 'kim', type: 'offer.call', goal: g.id };
  }

  // Where each goal stands: the rung it asks for next (the last it asked for, or its anchor).
  const rung = new Map<string, number>();
  for (const g of open) {
    const known = k.get(g.id)!;
    const lastOn = played.filter((p) => p.offer.items.some((i) => i.goal === g.id)).at(-1)?.offer.items.find((i) => i.goal === g.id);
    rung.set(g.id, lastOn ? rungBelow(known, indexOf(g, lastOn.option)) : anchor(known, view.packageGoals.length === 0));
  }
  const at = (g: GoalView) => rung.get(g.id) ?? 0;

  // A counter as good as the next step down from here: take it (late in the day, take any).
  for (const g of open) {
    if (g.status !== 'countered' || !g.counter) continue;
    const next = rungBelow(k.get(g.id)!, at(g) - 1);
    if (indexOf(g, g.counter) >= next || left <= DEADLINE + 30) return { side: 'kim', type: 'offer.accept', goal: g.id };
  }

  // Targets: the goals it ranked highest that still have a rung worth more than the first; the others pay.
  const byRank = [...open].sort((a, b) => rank(a) - rank(b));
  const nTargets = Math.max(1, Math.ceil(view.goals.length / 2));
  const topRanked = [...view.goals].sort((a, b) => rank(a) - rank(b)).slice(0, nTargets).map((g) => g.id);
  const worthMore = (g: GoalView) => at(g) > 0 && valueOf(g, g.options[at(g)]!.id) > (g.options[0]!.kimValue ?? 0);
  const targets = byRank.filter((g) => topRanked.includes(g.id) && worthMore(g));
  // A goal whose first rung he named as the item furthest short of his price is no payer: it weighs on a package.
  const burden = new Set<string>();
  for (const p of played) {
    const price = p.answer?.kind === 'refuse' ? p.answer.reasons.find((r) => r.weight === 'binding' && (r.id === 'too-much' || r.id === 'no-gain')) : undefined;
    if (!price || p.offer.items.length < 2) continue;
    for (const i of optionsNamed(view, price.message)) if (indexOf(k.get(i.goal)!.view, i.option) === 0) burden.add(i.goal);
  }
  const payers = byRank
    .filter((g) => !targets.includes(g) && !burden.has(g.id))
    .sort((a, b) => Number(a.roundsLeft !== undefined) - Number(b.roundsLeft !== undefined) || rank(b) - rank(a));

  // Learn the argument that moves him on the goals it wants most, before the first offer; the least of them named first.
  // Then the others: the argument that moves him on a goal it only pays with weighs on the package too.
  if (played.length === 0) {
    const unasked = (g: GoalView) => !g.asked && can({ type: 'goal.ask', goal: g.id });
    const ask = targets.filter(unasked).reverse()[0] ?? byRank.filter(unasked)[0];
    if (ask) return { side: 'kim', type: 'goal.ask', goal: ask.id };
  }

  // A goal with a goods list it still hopes for: put a list, to learn which goods pass, then a lawful one both ways.
  for (const g of targets) {
    if (!g.goodsList || !can({ type: 'goods.list', goal: g.id })) continue;
    const list = listCanPass(view);
    if (list === false) continue;
    const lawful = view.goods.filter((x) => x.verdict === 'lawful').map((x) => x.id);
    if (!g.goods) return { side: 'kim', type: 'goods.list', goal: g.id, goods: list === true ? lawful : view.goods.map((x) => x.id) };
    const passed = g.answers.some((a) => a.reasons.some((r) => r.id === 'list-ok'));
    if (!passed && list === true) return { side: 'kim', type: 'goods.list', goal: g.id, goods: lawful };
  }

  const proposable = (g: GoalView) => view.packageGoals.includes(g.id) || can({ type: 'offer.propose', goal: g.id });
  // A payer whose deadline is one proposal away: settle it now, alone, on its first rung.
  const urgent = payers.find((g) => g.roundsLeft === 1 && proposable(g));
  if (urgent) return proposal({ items: [{ goal: urgent.id, option: urgent.options[0]!.id }] });

  // The offer: every payer on its first rung and every target on its rung, as one package (all or
  // nothing) when packages are allowed; otherwise the highest-ranked target alone.
  const inPlay = open.filter(proposable);
  if (inPlay.length === 0) return { side: 'kim', type: 'summit.end' };
  const packages = view.packageGoals.length > 0;
  // A target with a deadline is asked for alone, after the package: each offer that holds it spends
  // one of its rounds, and alone it can be countered (a counter can be taken after the last round).
  const timed = (g: GoalView) => g.roundsLeft !== undefined && targets.includes(g);
  const untimed = inPlay.filter((g) => !timed(g));
  const lead = targets.find((g) => proposable(g) && (!packages || !timed(g) || untimed.length === 0)) ?? inPlay[0]!;
  const carried = (g: GoalView) => !burden.has(g.id) || targets.includes(g);
  const members = packages && !(timed(lead) && untimed.length === 0) ? (untimed.filter(carried).length ? untimed.filter(carried) : untimed.length ? untimed : inPlay) : [lead];
  const isTarget = (g: GoalView) => targets.includes(g);

  // After a refusal or a counter of the last offer that held a target: come down a step where he
  // pointed (the item he named on price; a limit's or a budget's item is barred already), or on
  // the least wanted target.
  let framing: string | undefined;
  let sweeten = false;
  // The options he said, when asked, he is cold to today.
  const coldTo = new Set<string>();
  for (const g of view.goals) for (const a of g.answers) if (a.kind === 'hint') for (const r of a.reasons) if (r.id === 'cold') for (const i of optionsNamed(view, r.message)) coldTo.add(`${i.goal}=${i.option}`);
  const asked = view.putinAsks.filter((s) => !view.sweeteners.find((x) => x.id === s)?.used);
  const lastPlay = played.filter((p) => p.offer.items.some((i) => targets.some((g) => g.id === i.goal))).at(-1);
  const answer = lastPlay?.answer;
  if (lastPlay && answer && answer.kind !== 'accept') {
    const binding = answer.kind === 'counter' ? undefined : answer.reasons.find((r) => r.weight === 'binding');
    const lastRung = (id: string) => {
      const i = lastPlay.offer.items.find((x) => x.goal === id);
      return i ? indexOf(k.get(id)!.view, i.option) : -1;
    };
    const stepDown = (g: GoalView) => rung.set(g.id, rungBelow(k.get(g.id)!, lastRung(g.id) - 1));
    if (binding?.id === 'needs-framing') framing = named((binding.message.params?.says as Message | undefined) ?? binding.message, 'framing')[0];
    else if (binding?.id === 'too-much' && !lastPlay.offer.sweetener && asked.length) {
      // Short on price with a sweetener he asked for still in hand: the same offer again with it, instead of coming down.
      sweeten = true;
    } else if (answer.kind === 'counter' || binding?.id === 'too-much' || binding?.id === 'no-gain') {
      const worst = answer.kind === 'counter' ? { goal: answer.goal } : optionsNamed(view, binding!.message)[0];
      const g = worst ? open.find((x) => x.id === worst.goal) : undefined;
      // A target he said he is cold to at this rung comes down first: a concession that costs Kim little.
      const coldOne = members.find((x) => isTarget(x) && at(x) > 0 && at(x) === lastRung(x.id) && coldTo.has(`${x.id}=${x.options[at(x)]!.id}`));
      if (coldOne) stepDown(coldOne);
      else if (g && isTarget(g) && lastRung(g.id) > 0 && at(g) === lastRung(g.id)) stepDown(g);
      else {
        const least = members.filter((x) => isTarget(x) && at(x) > 0 && at(x) === lastRung(x.id)).sort((a, b) => rank(b) - rank(a))[0];
        if (least) stepDown(least);
      }
      sweeten = binding?.id === 'too-much' || (answer.kind === 'counter' && members.length === 1);
    }
    // He said his own asks are still unanswered: answer one.
    if (answer.reasons.some((r) => r.id === 'asks-unanswered')) sweeten = true;
    // Running out of time: come down one more on the least wanted target.
    if (left <= DEADLINE + 30) {
      const least = members.filter((x) => isTarget(x) && at(x) > 0).sort((a, b) => rank(b) - rank(a))[0];
      if (least) rung.set(least.id, rungBelow(k.get(least.id)!, at(least) - 1));
    }
  }

  // Payers lead (what he hears first is what he thinks Kim needs least); targets follow, the most wanted last.
  const ordered = [...members].sort((a, b) => Number(isTarget(a)) - Number(isTarget(b)) || rank(b) - rank(a));
  const items: Item[] = ordered.map((g) => ({ goal: g.id, option: g.options[isTarget(g) ? at(g) : 0]!.id }));
  const offer: Offer = { items };

  // The argument: one an item needs; else the key argument most goals of the package share (a target
  // still above its first rung, or a goal that pays: its modest item is worth more to him with it).
  const needed = items.map((i) => k.get(i.goal)!.needs.get(i.option)).find((f) => f !== undefined);
  if (needed) framing = needed;
  const framingUs = (f: string) => view.framings.find((x) => x.id === f)?.us ?? 0;
  if (!framing) {
    // An argument that costs Washington's attention costs it with the deal made on it: only while the meter is low.
    const votes = new Map<string, number>();
    for (const g of members) {
      const key = k.get(g.id)!.key;
      if (key && (framingUs(key) === 0 || view.meters.usAttention + framingUs(key) <= QUIET) && (!isTarget(g) || at(g) > 0)) votes.set(key, (votes.get(key) ?? 0) + 1);
    }
    framing = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  if (framing) offer.framing = framing;

  // Below the attention at which Washington would notice (as he said it): the argument goes first
  // if it costs attention and nothing needs it, then the target that brings the most comes down.
  const ceiling = usCeiling(view, played);
  for (let guard = 0; usOf(view, items, offer.framing) >= ceiling && guard < 20; guard++) {
    if (offer.framing && framingUs(offer.framing) > 0 && offer.framing !== needed) {
      delete offer.framing;
      continue;
    }
    const loud = items
      .filter((i) => indexOf(k.get(i.goal)!.view, i.option) > 0)
      .sort((a, b) => (k.get(b.goal)!.view.options.find((o) => o.id === b.option)?.us ?? 0) - (k.get(a.goal)!.view.options.find((o) => o.id === a.option)?.us ?? 0))[0];
    if (!loud) break;
    const g = k.get(loud.goal)!;
    loud.option = g.view.options[rungBelow(g, indexOf(g.view, loud.option) - 1)]!.id;
  }

  // A sweetener he asked for, once an offer fell short on price only.
  if (sweeten && asked.length) offer.sweetener = asked[0]!;
  // His money stopped an option of this offer: the sweetener he asked for that gives some back goes with it.
  const back = moneyBack(view);
  const moneyStopped = played.some((p) => p.answer?.reasons.some((r) => r.id === 'money' && r.weight === 'binding'));
  if (back && moneyStopped && items.some((i) => (k.get(i.goal)!.view.options.find((o) => o.id === i.option)?.money ?? 0) > 0)) offer.sweetener = back;

  // Never the same offer twice (a stall): come down one more step on the least wanted target (the
  // items run from the payers to the most wanted target).
  const refused = new Set(played.filter((p) => p.answer?.kind === 'refuse').map((p) => offerKey(p.offer)));
  for (let guard = 0; refused.has(offerKey(offer)) && guard < 20; guard++) {
    const item = items.find((i) => indexOf(k.get(i.goal)!.view, i.option) > 0);
    if (!item) break;
    const g = k.get(item.goal)!;
    item.option = g.view.options[rungBelow(g, indexOf(g.view, item.option) - 1)]!.id;
  }
  if (refused.has(offerKey(offer)) && offer.sweetener === undefined && asked.length) offer.sweetener = asked[0]!;
  if (refused.has(offerKey(offer))) return { side: 'kim', type: 'summit.end' };
  return proposal(offer);
}

export default function strong(view: PlayerView, legal: Move[]): KimMove {
  if (view.phase === 'briefing') {
    const ranking = [...view.goals].sort((a, b) => expected(view, b) - expected(view, a)).map((g) => g.id);
    return { side: 'kim', type: 'briefing.rank', ranking };
  }
  if (view.phase === 'press') return { side: 'kim', type: 'press.present', stance: bestStance(view) };
  return talks(view, legal);
}
