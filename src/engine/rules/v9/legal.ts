// Every legal move of a side now, in a fixed order: what bots choose from, what a person's
// screen offers and what tests enumerate. Offers are listed one goal at a time (every option ×
// argument × unused sweetener); a package is any listed offer with `with` added, holding other
// goals that have listed offers (see packageGoals), which the list leaves out so as not to grow
// with every combination. Each candidate is checked by the same checkMove that
// apply() uses, which asks the goal's machine: nothing here restates the rules.
import { checkMove } from './apply';
import type { ScenarioBundle } from './scenario/bundle';
import type { GameState } from './state';
import type { Move, RefusalKind, Side } from './types';

function kimMoves(bundle: ScenarioBundle, state: GameState): Move[] {
  const { scenario } = bundle;
  const out: Move[] = [];
  const push = (m: Move) => {
    if (checkMove(bundle, state, m) === null) out.push(m);
  };
  switch (state.summit.value) {
    case 'briefing':
      push({ side: 'kim', type: 'briefing.rank', ranking: scenario.goals.map((g) => g.id) });
      return out;
    case 'press':
      for (const s of scenario.stances) push({ side: 'kim', type: 'press.present', stance: s.id });
      return out;
    case 'over':
      return out;
    case 'talks':
      break;
  }
  const sweeteners: (string | undefined)[] = [undefined, ...scenario.sweeteners.map((s) => s.id).filter((s) => !state.sweetenersUsed.includes(s))];
  const framings: (string | undefined)[] = [undefined, ...scenario.framings.map((f) => f.id)];
  for (const goal of scenario.goals) {
    // Whether a proposal is legal does not depend on which option, argument or unused sweetener
    // it carries: check the track once, then list every combination.
    if (checkMove(bundle, state, { side: 'kim', type: 'offer.propose', goal: goal.id, option: goal.options[0]!.id }) === null) {
      for (const option of goal.options) {
        for (const sweetener of sweeteners) {
          for (const framing of framings) {
            const m: Move = { side: 'kim', type: 'offer.propose', goal: goal.id, option: option.id };
            if (sweetener) m.sweetener = sweetener;
            if (framing) m.framing = framing;
            out.push(m);
          }
        }
      }
    }
    push({ side: 'kim', type: 'offer.accept', goal: goal.id });
    push({ side: 'kim', type: 'offer.call', goal: goal.id });
    push({ side: 'kim', type: 'goal.ask', goal: goal.id });
    push({ side: 'kim', type: 'goal.walkAway', goal: goal.id });
    if (goal.twist.goodsList) {
      push({ side: 'kim', type: 'goods.list', goal: goal.id, goods: scenario.goods.filter((g) => g.sanctionedBy === null).map((g) => g.id) });
      for (const g of scenario.goods) push({ side: 'kim', type: 'goods.list', goal: goal.id, goods: [g.id] });
    }
  }
  push({ side: 'kim', type: 'summit.end' });
  return out;
}

const REFUSALS: RefusalKind[] = ['TOO_MUCH', 'NOT_NOW', 'NO_GAIN'];

function putinMoves(bundle: ScenarioBundle, state: GameState): Move[] {
  const awaiting = state.awaiting;
  if (!awaiting) return [];
  const { scenario } = bundle;
  const goal = scenario.goals.find((g) => g.id === awaiting.goal)!;
  const out: Move[] = [];
  const push = (m: Move) => {
    if (checkMove(bundle, state, m) === null) out.push(m);
  };
  if (awaiting.kind === 'ask') {
    push({ side: 'putin', type: 'putin.hint', goal: goal.id });
    for (const f of scenario.framings) push({ side: 'putin', type: 'putin.hint', goal: goal.id, framing: f.id });
    return out;
  }
  push({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'accept' });
  for (const o of goal.options) push({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'counter', counter: o.id });
  for (const c of scenario.constraints) push({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal: 'NEVER', claim: c.id });
  for (const refusal of REFUSALS) push({ side: 'putin', type: 'putin.answer', goal: goal.id, answer: 'refuse', refusal });
  return out;
}

/** The legal moves of a side (by default, whoever's turn it is). */
export function legalMoves(bundle: ScenarioBundle, state: GameState, side: Side = state.awaiting ? 'putin' : 'kim'): Move[] {
  return side === 'kim' ? kimMoves(bundle, state) : putinMoves(bundle, state);
}

/** The goals an offer may hold now (each at most once, in one offer or a package of several): empty when packages are switched off or no offer is legal. */
export function packageGoals(bundle: ScenarioBundle, state: GameState): string[] {
  if (bundle.scenario.rules.packages === false || state.awaiting || state.summit.value !== 'talks') return [];
  return bundle.scenario.goals
    .filter((goal) => checkMove(bundle, state, { side: 'kim', type: 'offer.propose', goal: goal.id, option: goal.options[0]!.id }) === null)
    .map((g) => g.id);
}
