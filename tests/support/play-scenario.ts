// Plays a whole game of any scenario through the page, as ./play.ts does for the default one: the
// controls are found by role and accessible name, and every name that comes from the scenario (goal
// titles, goods) is its bundle's text in the language on screen; goal, goods and stance ids are read
// from the game's view (window.__vladivostok.view()), never named here.
import type { Locator, Page } from 'playwright-core';
import type { GoalId, Lang, Message, ScenarioBundle } from '../../src/engine';
import type { PlayerView } from '../../src/engine/view-types';
import { textOf } from './bundles';
import { currentScene, type SceneKey, view, waitForScene } from './game';
import { escapeRe, sceneForPhase, waitForMoves, type Input } from './play';

export interface ScenarioPlay {
  lang: Lang;
  input: Input;
  /** The scenario the page plays: its texts name the controls. */
  bundle: ScenarioBundle;
  /** Most moves to make on one goal before leaving it. */
  movesPerGoal?: number;
}

/**
 * From the Briefing to the Debrief of a game of `bundle`: confirm the ranking; for each goal in
 * rank order accept Putin's counter if there is one, else send a goods list of lawful goods if the
 * goal asks for one, else propose the option the page suggests; leave after `movesPerGoal` moves;
 * end the day; face the press with the first stance. Returns the result code shown at the end.
 */
export async function playScenarioToDebrief(page: Page, opts: ScenarioPlay): Promise<string> {
  const { lang, input, bundle } = opts;
  const perGoal = opts.movesPerGoal ?? 2;
  const say = (m: Message) => textOf(bundle, lang, m);
  const btn = (key: string, params?: Message['params']) => page.getByRole('button', { name: say(params ? { key, params } : { key }), exact: true });
  // The goods the resolutions allow, from the scenario's own data (the page hides them at 'standard').
  const lawful = new Set(bundle.scenario.goods.filter((g) => g.sanctionedBy === null).map((g) => g.id));
  const tries = new Map<GoalId, number>();

  const moves = async () => (await page.evaluate(() => window.__vladivostok?.record()?.moves.length ?? 0)) as number;
  const act = async (press: Locator, expect: 'move' | SceneKey) => {
    const before = await moves();
    await input.press(press);
    if (expect === 'move') await waitForMoves(page, before + 1);
    else await waitForScene(page, expect);
  };
  const settle = async (): Promise<{ scene: SceneKey; v: PlayerView }> => {
    const v = await view(page);
    if (!v) throw new Error(`No game is running (scene ${await currentScene(page)})`);
    const want = sceneForPhase(v.phase);
    const scene = (await currentScene(page)) as SceneKey | undefined;
    if (scene === want || (want === 'Summit' && scene === 'Negotiation')) return { scene, v };
    // The end of the talks held on screen with its reason: go on past it.
    if ((scene === 'Summit' || scene === 'Negotiation') && v.phase === 'press' && v.endedBy !== 'player') await input.press(btn('ui.end.continue'));
    await waitForScene(page, want);
    return { scene: want, v: (await view(page))! };
  };

  for (let guard = 0; guard < 300; guard++) {
    const { scene, v } = await settle();
    if (v.scenarioId !== bundle.scenario.id) throw new Error(`The page plays ${v.scenarioId}, not ${bundle.scenario.id}`);
    switch (scene) {
      case 'Briefing':
        await act(btn('ui.briefing.confirm'), 'move');
        break;
      case 'Summit': {
        const next = [...v.goals].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).find((g) => !g.final && (tries.get(g.id) ?? 0) < perGoal);
        if (next) await act(btn('ui.summit.openGoal', { goal: say(next.title) }), 'Negotiation');
        else if (v.goals.some((g) => !g.final)) {
          await input.press(btn('ui.summit.end'));
          await act(btn('ui.summit.endYes'), 'move');
        } else await act(btn('ui.summit.end'), 'move');
        break;
      }
      case 'Negotiation': {
        const title = (await page.locator('#panel h1').first().textContent())?.trim();
        const g = v.goals.find((x) => say(x.title) === title);
        if (!g) throw new Error(`Negotiation shows "${title}", which is no goal of ${bundle.scenario.id}`);
        const n = tries.get(g.id) ?? 0;
        const accept = btn('ui.nego.accept');
        const propose = btn('ui.nego.propose');
        const goods = page.getByRole('button', { name: new RegExp(`^${escapeRe(say({ key: 'ui.goods.send', params: { n: '#' } })).replace('#', '\\d+')}$`) });
        if (g.final || n >= perGoal) await act(btn('ui.nego.back'), 'Summit');
        else if ((await accept.count()) > 0 && (await accept.isEnabled())) {
          tries.set(g.id, n + 1);
          await act(accept, 'move');
        } else if ((await goods.count()) > 0 && (await goods.isEnabled())) {
          tries.set(g.id, n + 1);
          for (const good of v.goods.filter((x) => lawful.has(x.id)).slice(0, 2)) {
            await input.tick(page.getByRole('checkbox', { name: say(good.title), exact: true }));
          }
          await act(goods, 'move');
        } else if ((await propose.count()) > 0 && (await propose.isEnabled())) {
          tries.set(g.id, n + 1);
          await act(propose, 'move');
        } else {
          tries.set(g.id, perGoal);
          await act(btn('ui.nego.back'), 'Summit');
        }
        break;
      }
      case 'Press':
        await input.choose(page.getByRole('radio', { name: say(v.stances[0]!.title), exact: true }));
        await act(btn('scenario.press.present'), 'move');
        break;
      case 'Debrief': {
        const box = page.getByRole('textbox', { name: say({ key: 'ui.debrief.code' }), exact: true });
        await box.waitFor({ state: 'visible' });
        return box.inputValue();
      }
      default:
        throw new Error(`Unexpected scene ${scene} during a game`);
    }
  }
  throw new Error('The game did not end within 300 actions');
}
