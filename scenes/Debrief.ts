import { clockText, encodeResultCode, lessonsOf, loadEngines, type Game, type GameRecord, type GoalScore, type Lesson, type Move, type ScoreReport } from '../src/engine';
import type { DayFrontier } from '../src/engine/debrief/frontier';
import { bestLine } from '../src/shell/best-line';
import { bestLineWords } from '../src/shell/best-line-text';
import { classDebrief } from '../src/shell/class-hooks';
import type { DealMade } from '../src/engine/state';
import type { PlayerView } from '../src/engine/view-types';
import { setBackdrop } from '../src/shell/backdrop';
import { type ChartPoint, dealsChart, legendIcon, type Shape } from '../src/shell/chart';
import { daySection } from '../src/shell/day-section';
import { copyText, download, h } from '../src/shell/dom';
import { factLabel, getLang, msg, sourcesLine, t } from '../src/shell/i18n';
import { formatNumber } from '../src/shell/text';
import { sessionParts } from '../src/shell/input-rules';
import { answerKindText, goalTitle, optionTitle } from '../src/shell/panels';
import { resultQr, updateResultQr } from '../src/shell/result-qr';
import { lazyLoadFailed } from '../src/shell/router';
import { session } from '../src/shell/session';
import { Headlines } from '../src/shell/headlines';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
/** Kim's points, one decimal; Putin's utility, two (as the engine keeps it); in the page's language. */
const kimNum = (x: number) => formatNumber(getLang(), r1(x), 1);
const putinNum = (x: number) => formatNumber(getLang(), r2(x), 2);

/**
 * The best that was possible on this seed: the solver's best line (src/engine/solver/, being
 * written), as a point of the deals chart and a line of text. Until the engine gives it, there is
 * none: nothing is drawn or said in its place, and it is never estimated here.
 */
function bestOnSeed(_result: ScoreReport): ChartPoint | null {
  return null;
}

/** Which game the worker's answer is for. */
const bestKey = (record: GameRecord) => JSON.stringify([record.scenarioId, record.seed, record.settings, record.moves.length]);

/** A move of Kim's in words: what it put on the table. */
function moveText(view: PlayerView, m: Move): string {
  if (m.type === 'offer.propose') return [{ goal: m.goal, option: m.option }, ...(m.with ?? [])].map((i) => `${goalTitle(view, i.goal)}: ${optionTitle(view, i.goal, i.option)}`).join('; ');
  if (m.type === 'offer.accept' || m.type === 'goal.ask' || m.type === 'goal.walkAway' || m.type === 'goods.list' || m.type === 'offer.call') return `${t(`ui.move.${m.type}`)} (${goalTitle(view, m.goal)})`;
  return t(`ui.move.${m.type}`);
}

/** A deal as the debrief states and plots it: Kim's points (each goal's, as its block states them) and Putin's gain above his floor. */
interface DealShown {
  deal: DealMade;
  goals: GoalScore[];
  point: ChartPoint;
}

function dealsShown(result: ScoreReport): DealShown[] {
  return result.deals.map((deal) => {
    const goals = deal.items.map((i) => result.perGoal.find((g) => g.goal === i.goal)!).filter(Boolean);
    // The sum of the points each goal's block states, and his utility less his floor as the engine kept them.
    return { deal, goals, point: { kim: r1(goals.reduce((s, g) => s + r1(g.points), 0)), putin: r2(deal.utility - deal.floor) } };
  });
}
// The key ideas, what happened in history and the questions: the scenario's lists (its debrief), in order.
const debrief = () => session.bundle().scenario.debrief;
/** The sources the history notes rest on, each once. */
const historyFacts = () => [...new Set(debrief().history.flatMap((n) => n.facts ?? []))];

/** The Web Share API is there (phones, tablets, some desktops) and takes plain text. */
function canShare(): boolean {
  if (typeof navigator.share !== 'function') return false;
  try {
    return typeof navigator.canShare !== 'function' || navigator.canShare({ text: 'V19' });
  } catch {
    return false;
  }
}

/** Hands a short line and the result code (on a line of its own) to the system's share sheet. */
async function shareCode(code: string, seed: string, score: string): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    const title = { key: 'scenario.title' };
    await navigator.share({ title: t('ui.debrief.shareTitle', { title }), text: `${t('ui.debrief.shareText', { title, seed, score })}\n${code}` });
    return 'shared';
  } catch (e) {
    // The person closed the share sheet: nothing to report.
    return e instanceof DOMException && e.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/** The debrief: what was won and what it cost, the charts, the key ideas, history, the result code. */
export class Debrief extends UiScene {
  private copied = false;
  /** The best line of this game's seed, once the worker has found it (keyed by the record it is for). */
  private best: { key: string; found: Awaited<ReturnType<typeof bestLine>> } | null = null;
  private bestAsked = '';
  private headlines: Headlines | null = null;
  private artRect: Rect | null = null;

  constructor() {
    super('Debrief');
  }

  override init(): void {
    super.init();
    this.copied = false;
    this.headlines = null;
    this.artRect = null;
  }

  protected override release(): void {
    this.headlines = null;
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('bay', 0.55);
    this.artRect = art;
    this.drawHeadlines();
  }

  override refresh(): void {
    super.refresh();
    this.drawHeadlines();
  }

  /** The end of the day as headlines beside the panel: KCNA's line, then each capital's reaction (src/shell/headlines.ts). */
  private drawHeadlines(): void {
    if (!this.artRect || !session.active || !this.sys.isActive()) return;
    const view = session.view();
    const end = view.endOfDay;
    const stance = view.stances.find((s) => s.id === end?.stance);
    const lines = [
      ...(stance ? [{ from: 'kcna', masthead: msg({ key: 'scenario.press.stance' }), text: msg(stance.detail) }] : []),
      ...(end?.reactions ?? []).map((r) => ({ from: r.from, masthead: msg(r.name), text: msg(r.says) })),
    ];
    if (!this.headlines) this.headlines = new Headlines(this, () => this.layoutArt(true));
    this.headlines.draw(this.artRect, lines);
  }

  private code(): string {
    try {
      return encodeResultCode(session.record(), session.bundle());
    } catch {
      return '';
    }
  }

  private legend(shown: DealShown[], best: ChartPoint | null): HTMLElement {
    const items: [Shape, string][] = [['deal', t('ui.chart.deal')]];
    if (shown.length > 1) items.push(['total', t('ui.chart.total')]);
    if (best) items.push(['best', t('ui.chart.best')]);
    items.push(['nodeal', t('ui.chart.nodeal')]);
    return h('ul', { class: 'legend', 'aria-label': t('ui.chart.legend') }, items.map(([s, label]) => h('li', null, legendIcon(s), label)));
  }

  /** "value 40 × weight 33.3% = 13.3": a goal's points, as its block and the chart state them. */
  private pointsText(g: GoalScore): string {
    return t('ui.debrief.pointsText', { value: formatNumber(getLang(), g.kimValue, 1), weight: kimNum(g.weight * 100), points: kimNum(g.points) });
  }

  /** The chart of the deals made, its summary, and each deal in words with the numbers it is plotted at. */
  private dealsSection(view: PlayerView, result: ScoreReport): HTMLElement {
    const shown = dealsShown(result);
    const best = bestOnSeed(result);
    const total: ChartPoint | null = shown.length ? { kim: r1(shown.reduce((s, d) => s + d.point.kim, 0)), putin: r2(shown.reduce((s, d) => s + d.point.putin, 0)) } : null;
    const point = (p: ChartPoint) => t('ui.chart.point', { kim: kimNum(p.kim), putin: putinNum(p.putin) });
    const summary = [
      t('ui.chart.nodealPoint', { point: point({ kim: 0, putin: 0 }) }),
      ...shown.map((d, i) => t('ui.chart.dealPoint', { n: i + 1, point: point(d.point) })),
      total && shown.length > 1 ? t('ui.chart.totalPoint', { point: point(total) }) : '',
      best ? t('ui.chart.bestPoint', { point: point(best) }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const title = t('ui.chart.dealsTitle');
    return h(
      'section',
      { class: 'section', 'aria-labelledby': 'deals-h' },
      h('h2', { id: 'deals-h' }, t('ui.debrief.dealsHeading')),
      h('p', { class: 'hint' }, t('ui.debrief.chartHint')),
      this.legend(shown, best),
      h(
        'div',
        { class: 'goal-result-grid' },
        h('figure', { style: 'margin:0' }, dealsChart({ id: 'chart-deals', title, summary, deals: shown.map((d) => d.point), total, best }), h('figcaption', { class: 'hint', id: 'chart-deals-caption' }, summary)),
        shown.length
          ? h(
              'ol',
              { class: 'deal-list', id: 'deal-list' },
              shown.map((d, i) => {
                const items = d.deal.items.map((it) => `${goalTitle(view, it.goal)}: ${optionTitle(view, it.goal, it.option)}`).join('; ');
                const sweetener = d.deal.sweetener ? view.sweeteners.find((s) => s.id === d.deal.sweetener) : undefined;
                const framing = d.deal.framing ? view.framings.find((f) => f.id === d.deal.framing) : undefined;
                const parts = d.goals.map((g) => this.pointsText(g)).join(' + ');
                return h(
                  'li',
                  { id: `deal-${i + 1}` },
                  h('strong', null, t('ui.debrief.dealTitle', { n: i + 1, time: clockText(view.meters.dayStart + d.deal.at), items })),
                  sweetener ? h('p', null, t('ui.debrief.dealWith', { sweetener: msg(sweetener.title) })) : null,
                  framing ? h('p', null, t('ui.debrief.dealArgued', { framing: msg(framing.title) })) : null,
                  h('p', null, d.goals.length > 1 ? t('ui.debrief.dealKim', { parts, points: kimNum(d.point.kim) }) : t('ui.debrief.dealKimOne', { parts })),
                  h('p', null, t('ui.debrief.dealPutin', { utility: putinNum(d.deal.utility), floor: putinNum(d.deal.floor), gain: putinNum(d.point.putin), price: putinNum(d.deal.price) })),
                );
              }),
            )
          : h('p', { id: 'deal-list' }, t('ui.debrief.noDeals')),
      ),
      total && shown.length > 1 ? h('p', { id: 'deals-total' }, t('ui.debrief.total', { kim: kimNum(total.kim), putin: putinNum(total.putin) })) : null,
    );
  }

  private goalBlock(view: PlayerView, g: GoalScore, result: ScoreReport): HTMLElement {
    const gv = view.goals.find((x) => x.id === g.goal);
    const title = goalTitle(view, g.goal);
    const sweet = g.sweetener ? msg(view.sweeteners.find((s) => s.id === g.sweetener)?.title) : null;
    const dealNo = result.deals.findIndex((d) => d.items.some((i) => i.goal === g.goal)) + 1;
    return h(
      'section',
      { class: 'goal-result', 'aria-labelledby': `res-${g.goal}` },
      h('h3', { id: `res-${g.goal}` }, title, gv?.rank ? h('span', { class: 'muted' }, ` · ${t('ui.rank', { n: gv.rank })}`) : null),
      h(
        'dl',
        { class: 'ideas' },
        h('dt', null, t('ui.debrief.won')),
        h('dd', null, g.deal ? optionTitle(view, g.goal, g.deal) : t('ui.debrief.noDeal'), dealNo > 0 ? h('span', { class: 'muted' }, ` · ${t('ui.debrief.inDeal', { n: dealNo })}`) : null),
        h('dt', null, t('ui.debrief.cost')),
        h('dd', null, sweet ? t('ui.debrief.costSweetener', { sweetener: sweet }) : t('ui.debrief.costNone')),
        h('dt', null, t('ui.debrief.points')),
        h('dd', { id: `points-${g.goal}` }, this.pointsText(g)),
        g.breaks.length ? h('dt', null, t('ui.debrief.breaks')) : null,
        g.breaks.length ? h('dd', null, g.breaks.map((c) => msg({ key: `constraint.${c}.title` })).join(', ')) : null,
        h('dt', null, t('ui.debrief.history')),
        h('dd', null, g.history ? optionTitle(view, g.goal, g.history) : t('ui.debrief.noDeal')),
      ),
    );
  }

  private bluffs(view: PlayerView, result: ScoreReport): Child {
    if (!result.bluffs.length) return view.bluffing ? h('p', null, t('ui.debrief.noBluffs')) : null;
    return h(
      'section',
      { class: 'section', 'aria-labelledby': 'bluffs-h' },
      h('h2', { id: 'bluffs-h' }, t('ui.debrief.bluffs')),
      h(
        'ul',
        null,
        result.bluffs.map((b) =>
          h(
            'li',
            null,
            t('ui.debrief.bluff', { step: b.step, goal: goalTitle(view, b.goal), option: optionTitle(view, b.goal, b.option) }),
            h('br'),
            t('ui.debrief.bluffClaimed', { text: b.claimed.map((r) => msg(r.message)).join(' ') }),
            h('br'),
            t('ui.debrief.bluffTruth', { text: b.truth.map((r) => msg(r.message)).join(' ') || t('ui.none') }),
          ),
        ),
      ),
    );
  }

  /**
   * How the day was received: the state media's line, then each capital's reaction with the term of
   * the score it reads and that term's points, as the score counts them (the engine's end of the day).
   */
  private reactions(view: PlayerView): Child {
    const end = view.endOfDay;
    if (!end || !end.reactions.length) return null;
    const stance = view.stances.find((s) => s.id === end.stance);
    const points = (x: number) => formatNumber(getLang(), x, 1, true);
    return h(
      'section',
      { class: 'section', 'aria-labelledby': 'reactions-h', id: 'reactions' },
      h('h2', { id: 'reactions-h' }, t('ui.debrief.reactions')),
      stance ? h('p', { id: 'kcna-line' }, h('strong', null, `${msg({ key: 'scenario.press.stance' })}: `), msg(stance.title), ' — ', msg(stance.detail)) : null,
      h(
        'dl',
        { class: 'ideas' },
        end.reactions.map((r) => [
          h('dt', null, msg(r.name)),
          h(
            'dd',
            { id: `reaction-${r.from}`, 'data-points': String(r.points) },
            msg(r.says),
            ' ',
            h('span', { class: 'muted' }, t(r.term === 'face' ? 'ui.debrief.reactionFace' : 'ui.debrief.reactionUs', { meter: r.meter, points: points(r.points) })),
          ),
        ]),
      ),
      h('p', { class: 'hint' }, t('ui.debrief.reactionsIntro')),
    );
  }

  /**
   * The glossary: each idea of negotiation by name, what it means at a fifteen-year-old's level, and
   * what it looked like in this game (the engine reads the examples off the record: debrief/lessons.ts).
   */
  /**
   * The ideas of the debrief, each shown on the finished game (the game is played again once per
   * state and search): `day` is the search of the seed's possible days (undefined while it runs).
   */
  private lessons(day?: DayFrontier | null): Lesson[] {
    const game = session.finishedGame();
    if (!game) return [];
    if (this.lessonsFor?.game !== game || this.lessonsFor.state !== game.state || this.lessonsFor.day !== day) this.lessonsFor = { game, state: game.state, day, lessons: lessonsOf(game, day) };
    return this.lessonsFor.lessons;
  }
  private lessonsFor: { game: Game; state: object; day: DayFrontier | null | undefined; lessons: Lesson[] } | null = null;

  private glossary(): HTMLElement {
    const record = session.record();
    // The zone, the frontier and the Nash point wait for the worker's search of the possible days.
    const lessons = this.lessons(this.best?.key === bestKey(record) ? (this.best.found ? this.best.found.day : null) : undefined);
    return h(
      'section',
      { class: 'section', 'aria-labelledby': 'glossary-h', id: 'glossary' },
      h('h2', { id: 'glossary-h' }, t('ui.glossary.title')),
      h('p', { class: 'hint' }, t('ui.glossary.intro')),
      h(
        'dl',
        { class: 'ideas glossary' },
        lessons.map((l) => [
          h('dt', { id: `idea-${l.idea}` }, t(`ui.glossary.${l.idea}.term`)),
          h(
            'dd',
            { 'aria-labelledby': `idea-${l.idea}`, 'data-idea': l.idea, 'data-from-moves': String(l.fromMoves) },
            h('p', null, t(`ui.glossary.${l.idea}.meaning`)),
            h('p', { class: 'lesson-example' }, h('strong', null, `${t('ui.glossary.inYourGame')} `), msg(l.example)),
          ),
        ]),
      ),
    );
  }

  /** The replay viewer replays the game by the engine of its version, loaded first if it is a frozen one (src/engine/versions.ts). */
  private async watch(): Promise<void> {
    const record = session.record();
    if (!(await loadEngines([record.engineVersion]))) {
      lazyLoadFailed();
      return;
    }
    void this.go('Replay', { record });
  }

  /**
   * The best that was possible on this seed, on a stated scale (0: no deal at all; 100: the best),
   * and where this game left the best path. Found by the solver in a Web Worker; said once found.
   */
  private bestLineText(view: PlayerView, record: GameRecord, kim: number): HTMLElement {
    const key = bestKey(record);
    if (this.bestAsked !== key) {
      this.bestAsked = key;
      void bestLine(record).then((found) => {
        this.best = { key, found };
        const el = document.getElementById('best-line');
        if (el) el.replaceWith(this.bestLineText(view, record, kim));
        const result = view.result;
        const day = document.getElementById('day-section');
        if (day && result) day.replaceWith(daySection(found ? found.day : null, result));
        const glossary = document.getElementById('glossary');
        if (glossary) glossary.replaceWith(this.glossary());
      });
    }
    const found = this.best?.key === key ? this.best.found : undefined;
    if (found === undefined) return h('p', { class: 'hint', id: 'best-line', 'aria-live': 'polite' }, t('ui.debrief.bestSearching'));
    if (found === null) return h('p', { class: 'hint', id: 'best-line' }, t('ui.debrief.bestUnavailable'));
    const kimMoves = record.moves.filter((m) => m.side === 'kim');
    const { best, where, share } = bestLineWords(found, kim, (i) => moveText(view, kimMoves[i]!), getLang());
    return h(
      'p',
      { class: 'hint', id: 'best-line', 'data-best': String(found.best), 'data-upper': String(found.upper), 'data-exact': String(found.exact), 'data-share': String(share) },
      best,
      ' ',
      where,
    );
  }

  protected renderPanel(): Child[] {
    const view = session.view();
    const result = view.result;
    if (!result) return [h('h1', null, t('ui.debrief.title')), h('p', null, t('ui.debrief.notOver'))];
    const code = this.code();
    const record = session.record();
    const perGoal = [...result.perGoal].sort((a, b) => b.weight - a.weight);
    const spent = view.sweeteners.filter((s) => s.used);
    return [
      h('h1', null, t('ui.debrief.title')),
      h('p', { class: 'lede' }, t('ui.debrief.intro')),
      this.reactions(view),
      h(
        'section',
        { 'aria-labelledby': 'score-h' },
        h('h2', { id: 'score-h' }, t('ui.debrief.score')),
        h(
          'p',
          { class: 'score-line' },
          h('span', null, `${msg({ key: 'score.kim' })}: `, h('strong', { id: 'score-kim' }, kimNum(result.kim))),
          h('span', null, `${msg({ key: 'score.putin' })}: `, h('strong', { id: 'score-putin' }, kimNum(result.putin))),
        ),
        h('p', { class: 'hint' }, t('ui.debrief.breakdown', { goals: r1(result.goalPoints), sweeteners: r1(result.sweetenerCost), face: r1(result.faceBonus), us: r1(result.usPenalty) })),
        h('p', { class: 'hint', id: 'spent-sweeteners' }, spent.length ? t('ui.debrief.spent', { list: spent.map((s) => msg(s.title)).join(', ') }) : t('ui.debrief.spentNone')),
        this.bestLineText(view, record, result.kim),
      ),
      this.dealsSection(view, result),
      daySection(this.best?.key === bestKey(record) ? (this.best.found ? this.best.found.day : null) : undefined, result),
      h('section', { class: 'section', 'aria-labelledby': 'goals-h' }, h('h2', { id: 'goals-h' }, t('ui.debrief.perGoal')), perGoal.map((g) => this.goalBlock(view, g, result))),
      this.bluffs(view, result),
      this.glossary(),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'ideas-h' },
        h('h2', { id: 'ideas-h' }, t('ui.debrief.ideas')),
        h(
          'dl',
          { class: 'ideas' },
          debrief().ideas.map((i) => [h('dt', null, msg({ key: i.term })), h('dd', null, msg({ key: i.meaning }))]),
        ),
      ),
      h('section', { class: 'section', 'aria-labelledby': 'history-h' }, h('h2', { id: 'history-h' }, t('scenario.debrief.happened')), h('ul', null, debrief().history.map((n) => h('li', null, msg({ key: n.text })))), h('p', { class: 'source' }, sourcesLine(historyFacts()))),
      h('section', { class: 'section', 'aria-labelledby': 'questions-h' }, h('h2', { id: 'questions-h' }, t('ui.debrief.questions')), h('ol', null, debrief().questions.map((n) => h('li', null, msg({ key: n.text }))))),
      // A live class's hand-in (the justification, sent to the class server), before the code to hand in by hand.
      classDebrief(),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'hand-h' },
        h('h2', { id: 'hand-h' }, t('ui.debrief.handIn')),
        h('label', { for: 'player-name' }, t('ui.debrief.name')),
        h('input', {
          type: 'text',
          id: 'player-name',
          maxlength: 40,
          autocomplete: 'name',
          value: session.getName(),
          'aria-describedby': 'name-hint',
          oninput: (e: Event) => {
            session.setName((e.target as HTMLInputElement).value);
            const box = document.getElementById('result-code') as HTMLTextAreaElement | null;
            if (box) box.value = this.code();
            updateResultQr(this.code());
            this.copied = false;
            const st = document.getElementById('copy-status');
            if (st) st.textContent = '';
          },
        }),
        h('p', { class: 'hint', id: 'name-hint' }, t('ui.debrief.nameHint')),
        h(
          'div',
          { class: 'code-box' },
          h('label', { for: 'result-code' }, t('ui.debrief.code')),
          // A game of a classroom session says which: the student checks it against the code on the board.
          // The code as the board shows it: the class's own mark after it stays in the result code only.
          view.session ? h('p', { class: 'session-line', id: 'result-session' }, t('ui.debrief.session', { code: sessionParts(view.session).code })) : null,
          // The code, and beside it (below it on a narrow screen) its QR code for the teacher's camera.
          h(
            'div',
            { class: 'code-grid' },
            h('textarea', { id: 'result-code', readonly: true, rows: 3, spellcheck: 'false', value: code, 'aria-describedby': view.session ? 'result-session' : null }),
            resultQr(code),
          ),
        ),
        h(
          'div',
          { class: 'row', style: 'margin-top:.5rem' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-primary',
              id: 'copy-code',
              onclick: async () => {
                const box = document.getElementById('result-code') as HTMLTextAreaElement | null;
                const ok = await copyText(this.code(), box);
                const st = document.getElementById('copy-status');
                if (st) st.textContent = ok ? t('ui.debrief.copied') : t('ui.debrief.copyFailed');
              },
            },
            t('ui.debrief.copy'),
          ),
          canShare()
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  id: 'share-code',
                  onclick: async () => {
                    const st = document.getElementById('copy-status');
                    const said = await shareCode(this.code(), session.record().seed, String(r1(session.view().result?.kim ?? 0)));
                    if (st && said !== 'cancelled') st.textContent = said === 'shared' ? t('ui.debrief.shared') : t('ui.debrief.shareFailed');
                  },
                },
                t('ui.debrief.share'),
              )
            : null,
          h('button', { type: 'button', class: 'btn', id: 'download-replay', onclick: () => download(`${record.scenarioId}-${record.seed.replace(/[^\w.-]+/g, '_')}.json`, JSON.stringify(session.record(), null, 2)) }, t('ui.debrief.download')),
          h('span', { role: 'status', id: 'copy-status', class: 'muted' }, this.copied ? t('ui.debrief.copied') : ''),
        ),
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'sources-h' },
        h('h2', { id: 'sources-h' }, t('ui.debrief.sources')),
        h('p', { class: 'hint' }, t('ui.debrief.sourcesIntro')),
        // The article by its title, language and date: every ¶ below is one of its paragraphs.
        h('p', { id: 'source-about' }, msg({ key: 'source.about' })),
        h('ul', null, session.bundle().scenario.sources.map((ref) => h('li', null, h('strong', null, `${factLabel(ref)}: `), msg({ key: `source.${ref}` })))),
      ),
      h(
        'div',
        { class: 'row section' },
        h('button', { type: 'button', class: 'btn', id: 'watch-replay', onclick: () => void this.watch() }, t('ui.debrief.watch')),
        h('button', { type: 'button', class: 'btn btn-primary', id: 'play-again', onclick: () => void this.go('Title') }, t('ui.debrief.again')),
      ),
      h('details', null, h('summary', null, t('ui.debrief.answers')), h('ul', null, view.goals.flatMap((g) => g.answers.map((a) => h('li', null, h('strong', null, `${msg(g.title)} · ${answerKindText(a)}: `), msg(a.says)))))),
    ];
  }
}
