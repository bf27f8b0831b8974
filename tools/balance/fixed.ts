// Fixed move lists, played as they are on any seed: a move not legal at its turn is skipped, and
// when the list runs out the day is ended. The measure of a recipe.
import { checkMove, Game, type Move, type ScenarioBundle, type Settings, scoreGame } from '../../src/engine';

/** The line for a recipe: a list that scores this share of the solver's best on a seed or more. */
export const NEAR_BEST = 0.9;

/** Whether a score comes within NEAR_BEST of the best. */
export const nearBest = (score: number, best: number) => score >= NEAR_BEST * best;

export function playFixed(bundle: ScenarioBundle, init: { seed: string; settings: Settings }, line: readonly Move[]): number {
  const game = new Game(bundle, init);
  for (const m of line) {
    if (game.isOver()) break;
    if (checkMove(bundle, game.state, m) === null) game.play(m);
  }
  if (game.phase === 'talks') game.play({ side: 'kim', type: 'summit.end' });
  if (game.phase === 'press') game.play({ side: 'kim', type: 'press.present', stance: bundle.scenario.stances[0]!.id });
  return scoreGame(game).kim;
}

/** e273f05's recipe as the issue states it: rank the goals, the goods list fifteen times, then the
 * upper lawful option of each goal with an argument, accepting each counter. */
export function oldRecipe(bundle: ScenarioBundle): Move[] {
  const sc = bundle.scenario;
  const line: Move[] = [{ side: 'kim', type: 'briefing.rank', ranking: sc.goals.map((g) => g.id) }];
  const listGoal = sc.goals.find((g) => g.twist.goodsList);
  if (listGoal) {
    const goods = sc.goods.filter((g) => g.sanctionedBy === null && g.direction === 'toNorth').map((g) => g.id);
    for (let i = 0; i < 15; i++) line.push({ side: 'kim', type: 'goods.list', goal: listGoal.id, goods });
  }
  for (const g of sc.goals) {
    const lawful = g.options.filter((o) => o.breaks.length === 0);
    const top = lawful[lawful.length - 1]!;
    const framing = top.needsFraming ?? sc.framings.find((f) => f.goals.includes(g.id))?.id;
    line.push(framing ? { side: 'kim', type: 'offer.propose', goal: g.id, option: top.id, framing } : { side: 'kim', type: 'offer.propose', goal: g.id, option: top.id });
    line.push({ side: 'kim', type: 'offer.accept', goal: g.id });
  }
  return line;
}

/** "Accept every counter": ask each goal's most ambitious lawful option, step down one by one, and take any counter. */
export function acceptEveryCounter(bundle: ScenarioBundle): Move[] {
  const sc = bundle.scenario;
  const line: Move[] = [{ side: 'kim', type: 'briefing.rank', ranking: sc.goals.map((g) => g.id) }];
  for (const g of sc.goals) {
    const lawful = g.options.filter((o) => o.breaks.length === 0).reverse();
    for (const o of lawful) {
      line.push({ side: 'kim', type: 'offer.propose', goal: g.id, option: o.id });
      line.push({ side: 'kim', type: 'offer.accept', goal: g.id });
    }
  }
  return line;
}
