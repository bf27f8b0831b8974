// The negotiation of engine version 2 in the built page, on Vladivostok 2019, in both languages:
// what each option and sweetener costs is on its card before anything is chosen, and Putin's asks
// are on the summit from the start of the talks; a package of two goals is sent and answered, by
// mouse in English and by keyboard alone in Bahasa Indonesia, and the answer says what it changed
// (time, patience, face, US attention); at 'hard' a bluff is called (its cost stated beside the
// button) and Putin, caught, answers the offer as it stands; his counter then lapses at the next
// move, and the screen says so. The debrief of a game with a package plots each deal at the numbers
// its text states. Goals and options are taken from the page's (or the engine's) view, never named.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type GameRecord, type Lang, type Message, newGame, playerView } from '../../src/engine';
import type { GoalView, PlayerView } from '../../src/engine/view-types';
import { formatNumber } from '../../src/shell/text';
import { VLADIVOSTOK } from '../support/bundles';
import { useE2E } from '../support/e2e';
import { pauseClock, record, sceneShot, until, view, waitForScene, waitForTitle } from '../support/game';
import { layoutProblems, phone, PHONE_LANDSCAPE, PHONE_PORTRAIT, touch } from '../support/phone';
import { comeDownOnLastTwo } from '../support/openings';
import { loadSave, putKept, SAVES_DB } from '../support/storage';
import { type Input, keyboard, label, mouse, openGoalButton, text, waitForMoves } from '../support/play';
import { gameAddress, pageText } from '../support/scenarios';

/** At 'hard' on this seed, Putin answers the first goal's third option, proposed first thing, with a bluff (bluffDie, src/engine/putin/model.ts); the bluff tests search seeds named after it. */
const BLUFF_SEED = 'e2e-bluff-6';
const PACKAGE_SEED = 'e2e-package';

/** A change as the page writes it (src/shell/panels.ts, signed): +3, −4, ±0 (whole numbers here). */
const signed = (n: number) => (n === 0 ? '±0' : `${n > 0 ? '+' : '−'}${Math.abs(n)}`);

/** English phrases of the new texts that must not show on an Indonesian page. */
const ENGLISH = ['if agreed', 'Proposing takes', 'Spent when offered', 'What this answer changed', 'Putin asked for', 'Call his bluff', 'A package', 'his floor', 'A rule of this game'];

interface Ctx {
  page: Page;
  lang: Lang;
  input: Input;
  /** The served page's full address for a path. */
  url: (path: string) => string;
}

const btn = ({ page, lang }: Ctx, key: string, params?: Message['params']) => page.getByRole('button', { name: label(lang, key, params), exact: true });
const say = ({ lang }: Ctx, m: Message) => text(lang, m);

async function currentView(page: Page): Promise<PlayerView> {
  const v = await view(page);
  if (!v) throw new Error('No game is running');
  return v;
}

/** Opens a game at the address, in the language, ranks the goals as shown and waits for the summit. */
async function openTalks(c: Ctx, seed: string, difficulty: 'open' | 'standard' | 'hard'): Promise<void> {
  await pauseClock(c.page);
  await c.page.goto(c.url(gameAddress(VLADIVOSTOK, { seed, difficulty, lang: c.lang })));
  await waitForScene(c.page, 'Briefing');
  await c.input.press(btn(c, 'ui.briefing.confirm'));
  await waitForScene(c.page, 'Summit');
}

/** Comes back to a game saved at the summit, in the language. */
async function resume(c: Ctx, rec: GameRecord): Promise<void> {
  await pauseClock(c.page);
  await c.page.goto(c.url('/'));
  await waitForTitle(c.page);
  await loadSave(c.page, c.url, c.lang, rec);
}

/** The goals in the order the player ranked them. */
const ranked = (v: PlayerView): GoalView[] => [...v.goals].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));

async function openGoal(c: Ctx, goal: GoalView): Promise<void> {
  await c.input.press(await openGoalButton(c.page, c.lang, goal.id));
  await waitForScene(c.page, 'Negotiation');
  await until(c.page, async () => ((await c.page.locator('#panel h1').first().textContent()) ?? '') === say(c, goal.title), `the talks on ${goal.id}`);
}

async function textOfLocator(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '').replace(/\s+/g, ' ');
}

/** Putin's asks are on the summit as the talks start: each asked sweetener, in his words. */
async function checkAsks(c: Ctx): Promise<void> {
  const v = await currentView(c.page);
  expect(v.putinAsks.length).toBeGreaterThan(0);
  const section = c.page.locator('section[aria-labelledby="asks-h"]');
  expect(await section.locator('h2').textContent()).toBe(label(c.lang, 'ui.asks.heading'));
  const shown = await textOfLocator(section);
  for (const id of v.putinAsks) {
    const s = v.sweeteners.find((x) => x.id === id)!;
    expect(shown).toContain(say(c, s.title));
    expect(shown).toContain(say(c, { key: `sweetener.${id}.ask` }));
  }
}

/** Before anything is chosen, each option's card states its time, US attention and face (and money where it has some); each sweetener's, that it is spent when offered and what it costs Kim. */
async function checkCosts(c: Ctx, goal: GoalView): Promise<void> {
  const v = await currentView(c.page);
  const g = v.goals.find((x) => x.id === goal.id)!;
  expect(g.answers).toEqual([]);
  // Each option's line states its worth, US attention and face if agreed (and money where it has some); the time a proposal takes is said once, in the bar of moves.
  expect(await textOfLocator(c.page.locator('#cost-time'))).toContain(label(c.lang, 'ui.cost.time', { m: v.costs.minutes.propose }));
  for (const o of g.options) {
    const card = await textOfLocator(c.page.locator(`#option-${o.id}-d`));
    expect(card).toContain(label(c.lang, 'ui.option.brief', { v: o.kimValue!, us: signed(o.us), face: signed(o.face!) }));
    if (o.money > 0) expect(card).toContain(text(c.lang, { key: 'scenario.cost.money', params: { n: o.money } }));
  }
  // Each concession in the list states what it costs Kim (and whether Putin asked for it); the list's description, that it is spent when offered.
  expect(await textOfLocator(c.page.locator('#sweetener-hint'))).toContain(label(c.lang, 'ui.nego.sweetenerHint'));
  for (const s of v.sweeteners) {
    const card = await textOfLocator(c.page.locator(`#sweetener-${s.id}-d`));
    expect(card).toContain(label(c.lang, 'ui.sweet.cost', { n: s.kimCost! }));
    if (s.asked) expect(card).toContain(label(c.lang, 'ui.sweet.asked'));
  }
  // The cold-press rule, an invention of the game, is stated with the costs of the moves.
  expect(v.coldPress).toBe(true);
  expect(await textOfLocator(c.page.locator('#cold-press-rule'))).toContain(label(c.lang, 'ui.cost.coldPress', { stall: v.costs.patience.stall }));
  // One option with money (the transport ladder) shows it: the scenario has such options.
  expect(v.goals.some((x) => x.options.some((o) => o.money > 0))).toBe(true);
}

/** What the answer on screen moved: one line per meter, as the answer's shift says. */
async function checkShift(c: Ctx, shift: NonNullable<PlayerView['goals'][number]['answers'][number]['shift']>): Promise<void> {
  const answer = await textOfLocator(c.page.locator('#putin-answer'));
  expect(answer).toContain(label(c.lang, 'ui.shift.heading'));
  expect(answer).toContain(label(c.lang, 'ui.shift.time', { m: shift.minutes }));
  expect(answer).toContain(label(c.lang, 'ui.shift.meter', { meter: label(c.lang, 'ui.meter.patience'), n: signed(shift.patience) }));
  expect(answer).toContain(label(c.lang, 'ui.shift.meter', { meter: label(c.lang, 'ui.meter.face'), n: signed(shift.face) }));
  expect(answer).toContain(label(c.lang, 'ui.shift.meter', { meter: label(c.lang, 'ui.meter.us'), n: signed(shift.usAttention) }));
}

async function noEnglish(c: Ctx): Promise<void> {
  if (c.lang === 'en') return;
  const shown = await pageText(c.page);
  expect(ENGLISH.filter((w) => shown.includes(w))).toEqual([]);
}

/** The package's fold: the summary that holds its heading. */
function packageFold(c: Ctx): Locator {
  return c.page.locator('summary', { hasText: label(c.lang, 'ui.package.heading') });
}

/** The first two goals as one package, at the options the page suggests: sent, answered, and said. */
async function sendPackage(c: Ctx, tag: string): Promise<void> {
  const v = await currentView(c.page);
  const [first, second] = ranked(v);
  await openGoal(c, first!);
  await checkCosts(c, first!);
  await sceneShot(c.page, `${tag}-costs`);
  // The package is folded under its summary until asked for (one screen a move).
  if ((await c.page.locator('#package').getAttribute('open')) === null) await c.input.press(packageFold(c));
  await c.input.press(btn(c, 'ui.package.add', { goal: say(c, second!.title) }));
  const select = c.page.getByRole('combobox', { name: label(c.lang, 'ui.package.option', { goal: say(c, second!.title) }), exact: true });
  await select.waitFor();
  const secondOption = await select.inputValue();
  // The other goal's option has its costs on the screen too, before the offer is sent.
  const item = await textOfLocator(c.page.locator(`#pkg-${second!.id}-d`));
  const o2 = second!.options.find((o) => o.id === secondOption)!;
  expect(item).toContain(label(c.lang, 'ui.cost.us', { n: signed(o2.us) }));
  await sceneShot(c.page, `${tag}-package-draft`);
  const before = (await record(c.page))!.moves.length;
  const firstOption = await c.page.locator('input[name="option"]:checked').getAttribute('value');
  await c.input.press(btn(c, 'ui.nego.proposePackage', { n: 2 }));
  await waitForMoves(c.page, before + 1);
  const move = (await record(c.page))!.moves.at(-1)!;
  expect(move).toMatchObject({ type: 'offer.propose', goal: first!.id, option: firstOption, with: [{ goal: second!.id, option: secondOption }] });
  await until(c.page, async () => (await c.page.locator('#putin-answer .shift').count()) > 0, 'the answer with its shift');
  const after = await currentView(c.page);
  const answer = after.goals.find((g) => g.id === first!.id)!.answers.at(-1)!;
  expect(answer.goals).toEqual([first!.id, second!.id]);
  expect(after.goals.find((g) => g.id === second!.id)!.answers.at(-1)).toEqual(answer);
  const shown = await textOfLocator(c.page.locator('#putin-answer'));
  expect(shown).toContain(label(c.lang, 'ui.answer.package', { goals: `${say(c, first!.title)}, ${say(c, second!.title)}` }));
  expect(shown).toContain(label(c.lang, answer.kind === 'refuse' ? `ui.answer.refuse.${answer.refusal}` : `ui.answer.${answer.kind}`));
  await checkShift(c, answer.shift!);
  // Taken whole or refused whole: both goals agreed, or neither (before Kim has moved, usually neither).
  expect(answer.kind).not.toBe('counter');
  expect(after.goals.filter((g) => g.status === 'agreed').map((g) => g.id)).toEqual(answer.kind === 'accept' ? [first!.id, second!.id] : []);
  await noEnglish(c);
  await sceneShot(c.page, `${tag}-package-answer`);
}

/**
 * The opening of a game at 'hard' made here: the goals ranked as shown, then a first position and two
 * concessions on each of the last two goals (since engine version 5 no option but the most modest is
 * within a counter of his price before Kim has moved). Returned with an option of the first goal that
 * he then refuses on a limit he does not have, and that he answers with a counter once the bluff is
 * called. The seed is searched, not pinned, so that a retuning of his numbers finds another (the
 * test is of the call on the screen, not of his price).
 */
function bluffOpening(): { record: GameRecord; option: string } {
  const goals = VLADIVOSTOK.scenario.goals;
  const first = goals[0]!;
  const opening = (seed: string) => {
    const game = newGame(VLADIVOSTOK, { seed, settings: { difficulty: 'hard' } });
    game.play({ side: 'kim', type: 'briefing.rank', ranking: goals.map((g) => g.id) });
    comeDownOnLastTwo(game, 3);
    return game;
  };
  for (let i = 0; i < 300; i++) {
    for (const option of first.options.slice(1).filter((o) => o.breaks.length === 0)) {
      const game = opening(`${BLUFF_SEED}-${i}`);
      if (game.phase !== 'talks') break;
      const record = game.record();
      const proposed = game.play({ side: 'kim', type: 'offer.propose', goal: first.id, option: option.id });
      if (!proposed.ok || proposed.answer?.kind !== 'refuse' || proposed.answer.refusal !== 'NEVER') continue;
      if (!game.play({ side: 'kim', type: 'offer.call', goal: first.id }).ok) continue;
      if (playerView(game).goals.find((g) => g.id === first.id)!.answers.at(-1)!.kind === 'counter') return { record, option: option.id };
    }
  }
  throw new Error('no seed of 300 on which a called bluff on the first goal ends in a counter');
}

/** At 'hard': an option of the first goal, refused on a limit he does not have; the call, its cost stated; his answer as it stands; the counter lapsing at the next move. */
async function callBluff(c: Ctx, tag: string, optionId: string): Promise<void> {
  const v = await currentView(c.page);
  const [first, second] = ranked(v);
  await openGoal(c, first!);
  const option = first!.options.find((o) => o.id === optionId)!;
  await c.input.choose(c.page.getByRole('radio', { name: say(c, option.title), exact: true }));
  let before = (await record(c.page))!.moves.length;
  await c.input.press(btn(c, 'ui.nego.propose'));
  await waitForMoves(c.page, before + 1);
  const refused = (await currentView(c.page)).goals.find((g) => g.id === first!.id)!.answers.at(-1)!;
  expect(refused).toMatchObject({ kind: 'refuse', refusal: 'NEVER' });
  expect(refused.claim).toBeTruthy();
  expect(refused.bluff).toBeUndefined();
  // The call, with what it costs either way.
  const call = btn(c, 'ui.call.button');
  await call.waitFor();
  const costs = await textOfLocator(c.page.locator('#call-costs'));
  const k = v.costs;
  expect(costs).toContain(label(c.lang, 'ui.call.time', { m: k.minutes.call }));
  expect(costs).toContain(label(c.lang, 'ui.call.ifBluff', { face: signed(k.face.calledBluff) }));
  expect(costs).toContain(label(c.lang, 'ui.call.ifReal', { face: signed(k.face.calledWrongly), patience: signed(-k.patience.stall) }));
  expect(await textOfLocator(c.page.locator('section[aria-labelledby="call-h"]'))).toContain(say(c, { key: `constraint.${refused.claim}.title` }));
  await checkShift(c, refused.shift!);
  await sceneShot(c.page, `${tag}-bluff-claimed`);
  before = (await record(c.page))!.moves.length;
  await c.input.press(call);
  await waitForMoves(c.page, before + 1);
  expect((await record(c.page))!.moves.at(-1)).toMatchObject({ type: 'offer.call', goal: first!.id });
  const answered = (await currentView(c.page)).goals.find((g) => g.id === first!.id)!;
  const last = answered.answers.at(-1)!;
  // Caught: he answers the offer on its worth, here with a counter, and the screen says he bluffed.
  expect(last.kind).toBe('counter');
  expect(answered.answers.at(-2)!.called).toBe(true);
  const caught = c.page.locator('#bluff-called');
  await caught.waitFor();
  expect(await textOfLocator(caught)).toContain(label(c.lang, 'ui.call.wasBluff'));
  expect(await btn(c, 'ui.call.button').count()).toBe(0);
  await sceneShot(c.page, `${tag}-bluff-called`);
  // Another move lets his counter lapse: the next screen says so.
  await c.input.press(btn(c, 'ui.nego.back'));
  await waitForScene(c.page, 'Summit');
  await openGoal(c, second!);
  before = (await record(c.page))!.moves.length;
  await c.input.press(btn(c, 'ui.nego.propose'));
  await waitForMoves(c.page, before + 1);
  const lapsed = (await currentView(c.page)).lapsed;
  expect(lapsed).toEqual([{ goal: first!.id, option: last.counterOption }]);
  const notice = c.page.locator('#lapsed-notice');
  await notice.waitFor();
  expect(await textOfLocator(notice)).toContain(label(c.lang, 'ui.lapsed.notice', { goal: say(c, first!.title), option: say(c, first!.options.find((o) => o.id === last.counterOption)!.title) }));
  await noEnglish(c);
  await sceneShot(c.page, `${tag}-counter-lapsed`);
}

/** A finished game made here: on the last two goals a first position and one or two concessions each
 * (his price comes down: how far it must depends on his numbers, which change with the rules, so both
 * are tried), then the first two goals as one package and the third alone, each at its most modest
 * option, both taken. The seed is searched, not pinned, so that a retuning of his numbers finds
 * another seed on which he takes them (the test is of the debrief's drawing, not of his price). */
function packageGame() {
  const goals = VLADIVOSTOK.scenario.goals;
  for (let i = 0; i < 500; i++) {
    for (const steps of [2, 3]) {
      const game = newGame(VLADIVOSTOK, { seed: `e2e-package-${i}`, settings: { difficulty: 'open' } });
      const play = (m: Parameters<typeof game.play>[0]) => {
        const r = game.play(m);
        if (!r.ok) throw new Error(`${m.type}: ${r.error.key}`);
        return r;
      };
      play({ side: 'kim', type: 'briefing.rank', ranking: goals.map((g) => g.id) });
      comeDownOnLastTwo(game, steps);
      // A seed on which he took one of those goals is passed over: the debrief shows two deals.
      if (game.state.concessions !== 2 * (steps - 1) || playerView(game).goals.some((g) => g.status === 'agreed')) continue;
      if (play({ side: 'kim', type: 'offer.propose', goal: goals[0]!.id, option: goals[0]!.options[0]!.id, with: [{ goal: goals[1]!.id, option: goals[1]!.options[0]!.id }] }).answer?.kind !== 'accept') continue;
      if (play({ side: 'kim', type: 'offer.propose', goal: goals[2]!.id, option: goals[2]!.options[0]!.id }).answer?.kind !== 'accept') continue;
      play({ side: 'kim', type: 'summit.end' });
      play({ side: 'kim', type: 'press.present', stance: VLADIVOSTOK.scenario.stances[0]!.id });
      expect(game.isOver()).toBe(true);
      return game;
    }
  }
  throw new Error('no seed of 500 on which he takes the package and the third goal');
}

/** Each deal of the debrief: drawn at the numbers its text states, which are the report's (Kim: the goals' points as their blocks state them; Putin: utility − floor). */
async function checkDebriefNumbers(page: Page, lang: Lang, v: PlayerView): Promise<void> {
  const result = v.result!;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const k = (x: number) => formatNumber(lang, r1(x), 1);
  const p = (x: number) => formatNumber(lang, r2(x), 2);
  const chart = page.getByRole('img', { name: label(lang, 'ui.chart.dealsTitle'), exact: true });
  expect(await chart.count()).toBe(1);
  const caption = await textOfLocator(page.locator('#chart-deals-caption'));
  expect(await page.locator('#chart-deals [data-point="nodeal"]').getAttribute('data-kim')).toBe('0');
  expect(caption).toContain(label(lang, 'ui.chart.nodealPoint', { point: label(lang, 'ui.chart.point', { kim: '0', putin: '0' }) }));
  expect(result.deals.length).toBe(2);
  for (const [i, deal] of result.deals.entries()) {
    const goals = deal.items.map((it) => result.perGoal.find((g) => g.goal === it.goal)!);
    const kim = r1(goals.reduce((s, g) => s + r1(g.points), 0));
    const putin = r2(deal.utility - deal.floor);
    const star = page.locator(`#chart-deals [data-point="deal-${i + 1}"]`);
    expect(Number(await star.getAttribute('data-kim'))).toBe(kim);
    expect(Number(await star.getAttribute('data-putin'))).toBe(putin);
    // No deal he took is worth less to him than no deal.
    expect(putin).toBeGreaterThanOrEqual(0);
    expect(caption).toContain(label(lang, 'ui.chart.dealPoint', { n: i + 1, point: label(lang, 'ui.chart.point', { kim: k(kim), putin: p(putin) }) }));
    const said = await textOfLocator(page.locator(`#deal-${i + 1}`));
    const parts = goals.map((g) => label(lang, 'ui.debrief.pointsText', { value: formatNumber(lang, g.kimValue, 1), weight: k(g.weight * 100), points: k(g.points) }));
    expect(said).toContain(goals.length > 1 ? label(lang, 'ui.debrief.dealKim', { parts: parts.join(' + '), points: k(kim) }) : label(lang, 'ui.debrief.dealKimOne', { parts: parts[0]! }));
    expect(said).toContain(label(lang, 'ui.debrief.dealPutin', { utility: p(deal.utility), floor: p(deal.floor), gain: p(putin), price: p(deal.price) }));
    // Each goal's block states the same points.
    for (const [j, g] of goals.entries()) expect(await textOfLocator(page.locator(`#points-${g.goal}`))).toBe(parts[j]);
  }
  // The first deal is the package of two goals.
  expect(result.deals[0]!.items.length).toBe(2);
  await checkDayChart(page, lang, v);
}

/**
 * "What the day held": once the worker has searched, the player's day is drawn at the score and
 * gain the page states; every day of the frontier and the Nash point at the numbers the caption
 * states; no day below Putin's no-deal point; the player's day on or under the frontier, as far
 * from it as the text says.
 */
async function checkDayChart(page: Page, lang: Lang, v: PlayerView): Promise<void> {
  const result = v.result!;
  const k = (x: number) => formatNumber(lang, x, 1);
  const p = (x: number) => formatNumber(lang, x, 2);
  const chart = page.getByRole('img', { name: label(lang, 'ui.day.title'), exact: true });
  await chart.waitFor({ timeout: 60_000 });
  const you = page.locator('#chart-day [data-point="you"]');
  expect([Number(await you.getAttribute('data-kim')), Number(await you.getAttribute('data-putin'))]).toEqual([result.kim, result.putin]);
  const caption = await textOfLocator(page.locator('#chart-day-caption'));
  expect(caption).toContain(label(lang, 'ui.day.you', { point: label(lang, 'ui.chart.point', { kim: k(result.kim), putin: p(result.putin) }) }));
  const dots = page.locator('#chart-day [data-point^="frontier-"]');
  const frontier: { kim: number; putin: number }[] = [];
  for (let i = 0; i < (await dots.count()); i++) frontier.push({ kim: Number(await dots.nth(i).getAttribute('data-kim')), putin: Number(await dots.nth(i).getAttribute('data-putin')) });
  expect(frontier.length).toBeGreaterThan(1);
  for (const d of frontier) expect(d.putin).toBeGreaterThanOrEqual(0);
  expect(caption).toContain(label(lang, 'ui.chart.point', { kim: k(frontier[0]!.kim), putin: p(frontier[0]!.putin) }));
  expect(caption).toContain(label(lang, 'ui.chart.point', { kim: k(frontier.at(-1)!.kim), putin: p(frontier.at(-1)!.putin) }));
  const nash = page.locator('#chart-day [data-point="nash"]');
  const n = { kim: Number(await nash.getAttribute('data-kim')), putin: Number(await nash.getAttribute('data-putin')) };
  expect(frontier).toContainEqual(n);
  expect(caption).toContain(label(lang, 'ui.day.nash', { point: label(lang, 'ui.chart.point', { kim: k(n.kim), putin: p(n.putin) }) }));
  // The distance, on Kim's score only: the best frontier day that gives Putin at least as much.
  const gap = Math.round(Math.max(0, ...frontier.filter((d) => d.putin >= result.putin).map((d) => d.kim - result.kim)) * 10) / 10;
  expect(Number(await page.locator('#day-short').getAttribute('data-short'))).toBe(gap);
  expect(await textOfLocator(page.locator('#day-short'))).toBe(gap > 0 ? label(lang, 'ui.day.short', { gap: k(gap) }) : label(lang, 'ui.day.onFrontier'));
}

/** Counts pointer input: a keyboard-only test must need none. */
async function countPointer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __pointer: number }).__pointer = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart']) window.addEventListener(type, (e) => e.isTrusted && ((window as unknown as { __pointer: number }).__pointer += 1), true);
  });
}
const pointerCount = (page: Page) => page.evaluate(() => (window as unknown as { __pointer: number }).__pointer);

describe('negotiation, engine version 2', () => {
  const e2e = useE2E();
  const url = (p: string) => e2e.url(p);

  test('a package by mouse, in English; the costs before the choice; Putin\'s asks on the summit', async () => {
    const c: Ctx = { page: e2e.page, lang: 'en', input: mouse(), url };
    await openTalks(c, PACKAGE_SEED, 'standard');
    await checkAsks(c);
    await sceneShot(c.page, 'v2-mouse-en-asks');
    await sendPackage(c, 'v2-mouse-en');
  });

  test('a package by keyboard only, in Bahasa Indonesia; the costs before the choice; Putin\'s asks on the summit', async () => {
    await countPointer(e2e.page);
    const c: Ctx = { page: e2e.page, lang: 'id', input: keyboard(e2e.page), url };
    await openTalks(c, PACKAGE_SEED, 'standard');
    await checkAsks(c);
    await noEnglish(c);
    await sceneShot(c.page, 'v2-keyboard-id-asks');
    await sendPackage(c, 'v2-keyboard-id');
    expect(await pointerCount(c.page)).toBe(0);
  });

  test('the debrief plots each deal (a package among them) at the numbers its text states, in both languages', async () => {
    const { page } = e2e;
    const game = packageGame();
    const v = playerView(game);
    await pauseClock(page);
    await page.goto(e2e.url('/'));
    await waitForTitle(page);
    for (const lang of ['en', 'id'] as const) {
      await putKept(page, SAVES_DB, { 'vladivostok-2019.place': null, 'vladivostok-2019.save': JSON.stringify(game.record()) });
      await page.goto(e2e.url(`/?lang=${lang}`));
      await waitForScene(page, 'Debrief');
      await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);
      await checkDebriefNumbers(page, lang, v);
      await page.locator('#chart-deals').scrollIntoViewIfNeeded();
      await sceneShot(page, `v2-${lang}-debrief-deals`);
      await page.locator('#chart-day').scrollIntoViewIfNeeded();
      await sceneShot(page, `v2-${lang}-debrief-day`);
      await noEnglish({ page, lang, input: mouse(), url: e2e.url });
    }
  });

  test('a bluff called at hard, by mouse, in English; the counter that follows lapses at the next move', async () => {
    const c: Ctx = { page: e2e.page, lang: 'en', input: mouse(), url };
    const { record: opening, option } = bluffOpening();
    await resume(c, opening);
    await callBluff(c, 'v2-mouse-en', option);
  });

  test('a bluff called at hard, by keyboard only, in Bahasa Indonesia', async () => {
    await countPointer(e2e.page);
    const c: Ctx = { page: e2e.page, lang: 'id', input: keyboard(e2e.page), url };
    const { record: opening, option } = bluffOpening();
    await resume(c, opening);
    await callBluff(c, 'v2-keyboard-id', option);
    expect(await pointerCount(c.page)).toBe(0);
  });
});

describe('negotiation, engine version 2, on a phone', () => {
  // Held upright, in Indonesian (the longer texts); then turned sideways.
  const e2e = useE2E(phone(PHONE_PORTRAIT));

  test('the cards, a package being drafted, a claimed limit with its call and the deals chart fit, by taps, at both phone sizes', async () => {
    const { page } = e2e;
    const problems: string[] = [];
    const check = async (what: string) => problems.push(...(await layoutProblems(page)).map((p) => `${what}: ${p}`));
    for (const [size, lang] of [
      [PHONE_PORTRAIT, 'id'],
      [PHONE_LANDSCAPE, 'en'],
    ] as const) {
      await page.setViewportSize(size);
      const c: Ctx = { page, lang, input: touch(problems), url: e2e.url };
      const tag = `v2-phone-${size.width}x${size.height}-${lang}`;
      await openTalks(c, BLUFF_SEED, 'hard');
      await check(`${tag} Summit`);
      const [first, second] = ranked(await currentView(page));
      await openGoal(c, first!);
      await check(`${tag} Negotiation`);
      // On a phone the package is folded until asked for (its summary shows a short name; the whole one is its name).
      await c.input.press(packageFold(c));
      await c.input.press(btn(c, 'ui.package.add', { goal: say(c, second!.title) }));
      await page.locator(`#pkg-option-${second!.id}`).waitFor();
      await check(`${tag} package`);
      await page.locator('#package').scrollIntoViewIfNeeded();
      await sceneShot(page, `${tag}-package`);
      await c.input.press(btn(c, 'ui.package.remove', { goal: say(c, second!.title) }));
      await c.input.choose(page.getByRole('radio', { name: say(c, first!.options[2]!.title), exact: true }));
      const before = (await record(page))!.moves.length;
      await c.input.press(btn(c, 'ui.nego.propose'));
      await waitForMoves(page, before + 1);
      await btn(c, 'ui.call.button').waitFor();
      await check(`${tag} call`);
      await page.locator('section[aria-labelledby="call-h"]').scrollIntoViewIfNeeded();
      await sceneShot(page, `${tag}-call`);
      // The debrief of a game with a package.
      await putKept(page, SAVES_DB, { 'vladivostok-2019.place': null, 'vladivostok-2019.save': JSON.stringify(packageGame().record()) });
      await page.goto(e2e.url(`/?lang=${lang}`));
      await waitForScene(page, 'Debrief');
      await page.locator('#chart-deals').scrollIntoViewIfNeeded();
      await check(`${tag} Debrief`);
      await sceneShot(page, `${tag}-debrief-deals`);
    }
    expect(problems, 'layout problems on a phone').toEqual([]);
  });
});
