// Plays whole games through the page as a person would: controls are found by role and accessible
// name (in the language on screen), and pressed with the mouse or with the keyboard alone.
// The game's state is read (never written) through window.__vladivostok to decide what to do next
// and to know when a move has landed. Nothing here names a scenario's goals, options or goods:
// they come from the page's view, and the texts from the bundle of the scenario the page plays.
import type { Locator, Page } from 'playwright-core';
import type { GoalId, Lang, Message, ScenarioBundle } from '../../src/engine';
import type { GoalView, Phase, PlayerView } from '../../src/engine/view-types';
import { unnamedControls } from './browser';
import { BUNDLES, textOf, VLADIVOSTOK } from './bundles';
import { currentScene, record, type SceneKey, sceneShot, until, view, waitForScene } from './game';

/** A scenario as the helpers take it: its bundle or its id (default: Vladivostok 2019). */
export type ScenarioRef = ScenarioBundle | string;

export function bundleOf(scenario: ScenarioRef = VLADIVOSTOK): ScenarioBundle {
  if (typeof scenario !== 'string') return scenario;
  const b = Object.hasOwn(BUNDLES, scenario) ? BUNDLES[scenario] : undefined;
  if (!b) throw new Error(`No scenario "${scenario}" in this build: there are ${Object.keys(BUNDLES).join(', ')}`);
  return b;
}

/**
 * The text a key shows in a language (the UI's catalogue, the engine's and the scenario's, like the
 * game). `scenario` matters only for the scenario's own keys (goal.*, option.*, briefing.*, ...).
 */
export function label(lang: Lang, key: string, params?: Message['params'], scenario?: ScenarioRef): string {
  return textOf(bundleOf(scenario), lang, params ? { key, params } : { key });
}

export function text(lang: Lang, m: Message, scenario?: ScenarioRef): string {
  return textOf(bundleOf(scenario), lang, m);
}

/** How a person works the controls. */
export interface Input {
  readonly kind: 'mouse' | 'keyboard';
  /** Activate a button. */
  press(target: Locator): Promise<void>;
  /** Select a radio button (in its group). */
  choose(target: Locator): Promise<void>;
  /** Tick a checkbox. */
  tick(target: Locator): Promise<void>;
  /** Replace the text of a text field. */
  type(target: Locator, value: string): Promise<void>;
}

export function mouse(): Input {
  return {
    kind: 'mouse',
    press: (t) => t.click(),
    choose: (t) => t.check(),
    tick: (t) => t.check(),
    async type(t, value) {
      await t.click();
      await t.fill(value);
    },
  };
}

const MAX_TABS = 250;

/**
 * How many Tab presses (negative: Shift+Tab) from the focused element to the one that `isHere`
 * accepts, estimated from the DOM: focusable, visible, enabled elements in document order, one
 * stop per radio group. Only an estimate to save time; tabUntil checks where focus really lands.
 */
function tabDistance(target: Element, mode: 'element' | 'radio-group'): number | null {
  const sel = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const stops: Element[] = [];
  const groups = new Set<string>();
  for (const el of Array.from(document.querySelectorAll(sel))) {
    const h = el as HTMLElement;
    if (h.tabIndex < 0 || (h as HTMLButtonElement).disabled || h.closest('[inert], [hidden]')) continue;
    if (h.getClientRects().length === 0 || getComputedStyle(h).visibility === 'hidden') continue;
    if (h instanceof HTMLInputElement && h.type === 'radio') {
      const key = `${h.form ? 'f' : ''}:${h.name}`;
      if (groups.has(key)) continue;
      groups.add(key);
      const all = Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(h.name)}"]`));
      stops.push(all.find((r) => r.checked) ?? h);
      continue;
    }
    stops.push(h);
  }
  const active = document.activeElement;
  const at = (el: Element | null) =>
    stops.findIndex((s) => s === el || (el instanceof HTMLInputElement && el.type === 'radio' && s instanceof HTMLInputElement && s.type === 'radio' && s.name === el.name));
  const to = mode === 'radio-group' ? at(target) : stops.indexOf(target);
  if (to < 0) return null;
  const from = at(active);
  return from < 0 ? to + 1 : to - from;
}

/** Tab (or Shift+Tab) until `isHere(activeElement)` holds. */
async function tabUntil(page: Page, target: Locator, mode: 'element' | 'radio-group', what: string): Promise<void> {
  await target.waitFor({ state: 'visible' });
  const isHere = (el: Element, m: 'element' | 'radio-group') => {
    const a = document.activeElement;
    if (m === 'element') return el === a;
    return a instanceof HTMLInputElement && a.type === 'radio' && a.name === (el as HTMLInputElement).name;
  };
  if (await target.evaluate(isHere, mode)) return;
  // Jump most of the way at once, then step.
  const d = await target.evaluate(tabDistance, mode);
  if (d !== null && d !== 0) {
    const key = d > 0 ? 'Tab' : 'Shift+Tab';
    for (let i = 0; i < Math.min(Math.abs(d), MAX_TABS); i++) await page.keyboard.press(key);
  }
  for (let i = 0; i <= MAX_TABS; i++) {
    if (await target.evaluate(isHere, mode)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what} (${MAX_TABS} presses): not reachable by keyboard?`);
}

/** The keyboard only: Tab, Shift+Tab, Enter, Space, arrows and typing. No clicks. */
export function keyboard(page: Page): Input {
  const focus = async (t: Locator) => {
    await tabUntil(page, t, 'element', String(t));
    // A keyboard user must see where the focus is.
    const seen = await t.evaluate((el) => {
      const cs = getComputedStyle(el);
      return el.matches(':focus-visible') && (cs.outlineStyle !== 'none' || cs.boxShadow !== 'none');
    });
    if (!seen) throw new Error(`${String(t)} has the focus but no visible focus indicator`);
  };
  return {
    kind: 'keyboard',
    async press(t) {
      await focus(t);
      await page.keyboard.press('Enter');
    },
    async choose(t) {
      // Tab stops once per radio group; the arrow keys then move the choice.
      await tabUntil(page, t, 'radio-group', `the radio group of ${String(t)}`);
      if (!(await t.isChecked())) await page.keyboard.press('Space');
      for (let i = 0; i < 12 && !(await t.isChecked()); i++) await page.keyboard.press('ArrowDown');
      if (!(await t.isChecked())) throw new Error(`The arrow keys never chose ${String(t)}`);
    },
    async tick(t) {
      await focus(t);
      if (!(await t.isChecked())) await page.keyboard.press('Space');
    },
    async type(t, value) {
      await focus(t);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type(value);
    },
  };
}

export function sceneForPhase(phase: Phase): SceneKey {
  return ({ briefing: 'Briefing', talks: 'Summit', press: 'Press', over: 'Debrief' } as const)[phase];
}

/** Resolves when the game has taken `n` moves in all. */
export async function waitForMoves(page: Page, n: number, timeout = 15_000): Promise<void> {
  await until(page, async () => (await moveCount(page)) >= n, `move ${n}`, timeout);
}

async function moveCount(page: Page): Promise<number> {
  return (await record(page))?.moves.length ?? 0;
}

/** The scene that the game's phase should show (a goal's talks count as the summit). */
async function settle(page: Page, input?: Input, lang?: Lang, moments?: string[]): Promise<{ scene: SceneKey; view: PlayerView | null }> {
  const scene = (await currentScene(page)) as SceneKey | undefined;
  const v = await view(page);
  if (!v || scene === 'Title' || scene === 'Replay') return { scene: scene ?? 'Title', view: v };
  const want = sceneForPhase(v.phase);
  if (scene === want || (want === 'Summit' && scene === 'Negotiation')) return { scene, view: v };
  // The talks ended under the summit or a goal's talks: that scene holds the moment, with its reason, until the player goes on.
  if (input && (scene === 'Summit' || scene === 'Negotiation') && v.phase === 'press' && v.endedBy !== 'player') {
    const go = page.getByRole('button', { name: label(lang!, 'ui.end.continue'), exact: true });
    await go.waitFor({ state: 'visible' });
    moments?.push(`${v.endedBy}: ${((await page.locator('#end-moment').textContent()) ?? '').trim()}`);
    await input.press(go);
  }
  await waitForScene(page, want);
  return { scene: want, view: await view(page) };
}

export interface PlayOptions {
  lang: Lang;
  input: Input;
  /** Prefix of the screenshots taken the first time each scene shows. */
  shots?: string;
  /** Most moves to make on one goal before leaving it (open goals close at the end of the day). */
  movesPerGoal?: number;
  /** Called before each action with the number of moves made so far; e.g. to reload mid-game. */
  beforeAction?: (info: { scene: SceneKey; moves: number }) => Promise<void>;
  /** Collects the controls without an accessible name, the first time each scene shows. */
  unnamed?: string[];
  /** Collects each end-of-talks moment met (its reason and text), before going on past it. */
  moments?: string[];
}

/**
 * From the Briefing (or any later scene of a running game) to the Debrief, by the page's controls.
 * A simple, legal policy: rank the goals (after moving the second one up), then for each goal
 * in priority order accept Putin's counter if there is one, else send a goods list if asked for,
 * else propose the option the page suggests; leave after `movesPerGoal` moves; end the day;
 * have the day reported in the scenario's first (most modest) line. Returns the result code shown at the end.
 */
export async function playToDebrief(page: Page, opts: PlayOptions): Promise<string> {
  const { lang, input } = opts;
  const perGoal = opts.movesPerGoal ?? 3;
  const tries = new Map<GoalId, number>();
  const shown = new Set<string>();
  const btn = (key: string, params?: Message['params']) => page.getByRole('button', { name: label(lang, key, params), exact: true });

  const t0 = Date.now();
  const act = async (scene: SceneKey, press: Locator, expect: 'move' | SceneKey) => {
    const before = await moveCount(page);
    if (process.env.E2E_DEBUG) console.log(`${((Date.now() - t0) / 1000).toFixed(1)}s ${input.kind} ${scene} #${before}: ${String(press)} -> ${expect}`);
    await opts.beforeAction?.({ scene, moves: before });
    await input.press(press);
    if (expect === 'move') await waitForMoves(page, before + 1);
    else await waitForScene(page, expect);
  };

  for (let guard = 0; guard < 300; guard++) {
    const { scene, view: v } = await settle(page, input, lang, opts.moments);
    if (!v) throw new Error(`No game is running (scene ${scene})`);
    // The scenario's texts, from the bundle of the scenario the page plays.
    const say = (m: Message) => text(lang, m, v.scenarioId);
    if (!shown.has(scene)) {
      shown.add(scene);
      if (opts.shots) await sceneShot(page, `${opts.shots}-${scene}`);
      if (opts.unnamed) opts.unnamed.push(...(await unnamedControls(page)).map((c) => `${scene}: ${c}`));
    }
    switch (scene) {
      case 'Briefing': {
        // Exercise the ranking controls: move the second goal up one place.
        const second = [...v.goals].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))[1] ?? v.goals[1]!;
        const up = btn('ui.briefing.up', { goal: say(second.title) });
        if (await up.isEnabled()) {
          await input.press(up);
          const status = page.locator('#rank-status').filter({ hasText: say(second.title) });
          await until(page, async () => (await status.count()) > 0, 'the ranking status');
        }
        await act(scene, btn('ui.briefing.confirm'), 'move');
        break;
      }
      case 'Summit': {
        const next = [...v.goals].sort((a, b) => (a.rank ?? 9) - (b.rank ?? 9)).find((g) => !g.final && (tries.get(g.id) ?? 0) < perGoal);
        if (next) {
          await act(scene, btn('ui.summit.openGoal', { goal: say(next.title) }), 'Negotiation');
          break;
        }
        const open = v.goals.some((g) => !g.final);
        if (open) {
          await input.press(btn('ui.summit.end'));
          await act(scene, btn('ui.summit.endYes'), 'move');
        } else {
          await act(scene, btn('ui.summit.end'), 'move');
        }
        break;
      }
      case 'Negotiation': {
        const title = (await page.locator('#panel h1').first().textContent())?.trim();
        const g: GoalView | undefined = v.goals.find((x) => say(x.title) === title);
        if (!g) throw new Error(`Negotiation shows "${title}", which is no goal of the game`);
        const n = tries.get(g.id) ?? 0;
        const accept = btn('ui.nego.accept');
        const propose = btn('ui.nego.propose');
        const goods = page.getByRole('button', { name: new RegExp(`^${escapeRe(label(lang, 'ui.goods.send', { n: '#' })).replace('#', '\\d+')}$`) });
        if (g.final || n >= perGoal) {
          await act(scene, btn('ui.nego.back'), 'Summit');
        } else if ((await accept.count()) > 0 && (await accept.isEnabled())) {
          tries.set(g.id, n + 1);
          await act(scene, accept, 'move');
        } else if ((await goods.count()) > 0 && (await goods.isEnabled())) {
          tries.set(g.id, n + 1);
          // Every good the rules allow (what the page shows as lawful, else what the scenario says).
          for (const good of lawfulGoods(v)) {
            await input.tick(page.getByRole('checkbox', { name: say(good.title), exact: true }));
          }
          await act(scene, goods, 'move');
        } else if ((await propose.count()) > 0 && (await propose.isEnabled())) {
          tries.set(g.id, n + 1);
          await act(scene, propose, 'move');
        } else {
          tries.set(g.id, perGoal);
          await act(scene, btn('ui.nego.back'), 'Summit');
        }
        break;
      }
      case 'Press': {
        // The first stance the scenario lists: its most modest.
        const modest = v.stances[0]!;
        await input.choose(page.getByRole('radio', { name: say(modest.title), exact: true }));
        // The button is the scenario's own (its state media, its words).
        await act(scene, page.getByRole('button', { name: say({ key: 'scenario.press.present' }), exact: true }), 'move');
        break;
      }
      case 'Debrief': {
        const box = page.getByRole('textbox', { name: label(lang, 'ui.debrief.code'), exact: true });
        await box.waitFor({ state: 'visible' });
        return box.inputValue();
      }
      default:
        throw new Error(`Unexpected scene ${scene} during a game`);
    }
  }
  throw new Error('The game did not end within 300 actions');
}

/** The goods of the view that no rule bans: known on the page ('open', or once listed), else from the scenario's data. */
export function lawfulGoods(v: PlayerView): PlayerView['goods'] {
  const spec = bundleOf(v.scenarioId).scenario.goods;
  const allowed = (id: string) => {
    const good = spec.find((x) => x.id === id);
    return good !== undefined && !good.sanctionedBy;
  };
  const lawful = v.goods.filter((g) => (g.verdict === 'unknown' ? allowed(g.id) : g.verdict === 'lawful'));
  if (lawful.length === 0) throw new Error(`The scenario ${v.scenarioId} has no lawful good to list`);
  return lawful;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The summit's "Open talks" button of a goal (by default the one ranked first), named as the page's scenario names it. */
export async function openGoalButton(page: Page, lang: Lang, goal?: GoalId): Promise<Locator> {
  const v = await view(page);
  if (!v) throw new Error('No game is running');
  const g = goal === undefined ? [...v.goals].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))[0] : v.goals.find((x) => x.id === goal);
  if (!g) throw new Error(`No goal ${goal ?? ''} in the game of ${v.scenarioId}`);
  return page.getByRole('button', { name: label(lang, 'ui.summit.openGoal', { goal: text(lang, g.title, v.scenarioId) }), exact: true });
}

/** On the Title: seed, difficulty, "Start new game"; resolves on the Briefing. */
export async function startNewGame(page: Page, opts: { lang: Lang; input: Input; seed: string; difficulty: 'open' | 'standard' | 'hard' }): Promise<void> {
  const { lang, input } = opts;
  await input.type(page.getByRole('textbox', { name: label(lang, 'ui.title.seed'), exact: true }), opts.seed);
  await input.choose(page.getByRole('radio', { name: label(lang, `ui.difficulty.${opts.difficulty}`), exact: true }));
  await input.press(page.getByRole('button', { name: label(lang, 'ui.title.start'), exact: true }));
  await waitForScene(page, 'Briefing');
}
