// Openings the tests make in Node before they search a seed: Kim comes down on the scenario's last
// two goals, a first position at the most ambitious lawful option and a concession at each option
// below it, so that Putin's price has come down before the goal the test is about is opened.
import type { Game } from '../../src/engine';

/** On each of the last two goals, the top `options` lawful options from the top down (`options - 1` concessions each, if he takes none). */
export function comeDownOnLastTwo(game: Game, options: number): void {
  for (const g of game.scenario.goals.slice(-2)) {
    const lawful = g.options.filter((o) => o.breaks.length === 0);
    for (const o of lawful.slice(-options).reverse()) game.play({ side: 'kim', type: 'offer.propose', goal: g.id, option: o.id });
  }
}
