import { encodeResultCode, loadEngines, type GoalScore, type ScoreReport } from '../src/engine';
import type { PlayerView } from '../src/engine/view-types';
import { setBackdrop } from '../src/shell/backdrop';
import { dealChart, legendIcon, pointText, type Shape } from '../src/shell/chart';
import { copyText, download, h } from '../src/shell/dom';
import { factLabel, msg, sourcesLine, t } from '../src/shell/i18n';
import { sessionParts } from '../src/shell/input-rules';
import { answerKindText, goalTitle, optionTitle } from '../src/shell/panels';
import { resultQr, updateResultQr } from '../src/shell/result-qr';
import { lazyLoadFailed } from '../src/shell/router';
import { session } from '../src/shell/session';
import { type Child, UiScene } from '../src/shell/ui-scene';

const r1 = (x: number) => Math.round(x * 10) / 10;

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

  constructor() {
    super('Debrief');
  }

  override init(): void {
    super.init();
    this.copied = false;
  }

  protected override drawArt(): void {
    setBackdrop('bay', 0.55);
  }

  private code(): string {
    try {
      return encodeResultCode(session.record(), session.bundle());
    } catch {
      return '';
    }
  }

  private legend(): HTMLElement {
    const items: [Shape, string][] = [
      ['you', t('ui.chart.you')],
      ['history', t('ui.chart.history')],
      ['nash', t('ui.chart.nash')],
      ['frontier', t('ui.chart.frontier')],
      ['possible', t('ui.chart.possible')],
      ['nodeal', t('ui.chart.nodeal')],
    ];
    return h('ul', { class: 'legend', 'aria-label': t('ui.chart.legend') }, items.map(([s, label]) => h('li', null, legendIcon(s), label)));
  }

  private goalBlock(view: PlayerView, g: GoalScore): HTMLElement {
    const gv = view.goals.find((x) => x.id === g.goal);
    const title = goalTitle(view, g.goal);
    const sweet = g.sweetener ? msg(view.sweeteners.find((s) => s.id === g.sweetener)?.title) : null;
    const summary = [
      t('ui.debrief.youGot', { deal: g.deal ? optionTitle(view, g.goal, g.deal) : t('ui.debrief.noDeal') }),
      t('ui.debrief.yourPoint', { point: pointText(g.reached ?? { kim: 0, putin: 0 }) }),
      g.history ? t('ui.debrief.historyPoint', { deal: optionTitle(view, g.goal, g.history.option), point: pointText(g.history) }) : t('ui.debrief.historyNone'),
      g.nash ? t('ui.debrief.nashPoint', { deal: optionTitle(view, g.goal, g.nash.option), point: pointText(g.nash) }) : '',
      t('ui.debrief.distance', { d: r1(g.distance) }),
    ]
      .filter(Boolean)
      .join(' ');
    return h(
      'section',
      { class: 'goal-result', 'aria-labelledby': `res-${g.goal}` },
      h('h3', { id: `res-${g.goal}` }, title, gv?.rank ? h('span', { class: 'muted' }, ` · ${t('ui.rank', { n: gv.rank })}`) : null),
      h(
        'div',
        { class: 'goal-result-grid' },
        h(
          'div',
          null,
          h(
            'dl',
            { class: 'ideas' },
            h('dt', null, t('ui.debrief.won')),
            h('dd', null, g.deal ? optionTitle(view, g.goal, g.deal) : t('ui.debrief.noDeal')),
            h('dt', null, t('ui.debrief.cost')),
            h('dd', null, sweet ? t('ui.debrief.costSweetener', { sweetener: sweet }) : t('ui.debrief.costNone')),
            h('dt', null, t('ui.debrief.points')),
            h('dd', null, t('ui.debrief.pointsText', { value: r1(g.kimValue), weight: r1(g.weight * 100), points: r1(g.points) })),
            g.breaks.length ? h('dt', null, t('ui.debrief.breaks')) : null,
            g.breaks.length ? h('dd', null, g.breaks.map((c) => msg({ key: `constraint.${c}.title` })).join(', ')) : null,
            h('dt', null, t('ui.debrief.history')),
            h('dd', null, g.history ? optionTitle(view, g.goal, g.history.option) : t('ui.debrief.noDeal')),
            h('dt', null, t('ui.debrief.frontier')),
            h('dd', null, t('ui.debrief.distance', { d: r1(g.distance) })),
          ),
        ),
        h('figure', { style: 'margin:0' }, dealChart(g, `chart-${g.goal}`, t('ui.chart.title', { goal: title }), summary), h('figcaption', { class: 'hint' }, summary)),
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

  /** The replay viewer replays the game by the engine of its version, loaded first if it is a frozen one (src/engine/versions.ts). */
  private async watch(): Promise<void> {
    const record = session.record();
    if (!(await loadEngines([record.engineVersion]))) {
      lazyLoadFailed();
      return;
    }
    void this.go('Replay', { record });
  }

  protected renderPanel(): Child[] {
    const view = session.view();
    const result = view.result;
    if (!result) return [h('h1', null, t('ui.debrief.title')), h('p', null, t('ui.debrief.notOver'))];
    const code = this.code();
    const record = session.record();
    const perGoal = [...result.perGoal].sort((a, b) => b.weight - a.weight);
    return [
      h('h1', null, t('ui.debrief.title')),
      h('p', { class: 'lede' }, t('ui.debrief.intro')),
      h(
        'section',
        { 'aria-labelledby': 'score-h' },
        h('h2', { id: 'score-h' }, t('ui.debrief.score')),
        h(
          'p',
          { class: 'score-line' },
          h('span', null, `${msg({ key: 'score.kim' })}: `, h('strong', { id: 'score-kim' }, String(r1(result.kim)))),
          h('span', null, `${msg({ key: 'score.putin' })}: `, h('strong', { id: 'score-putin' }, String(r1(result.putin)))),
          h('span', null, `${msg({ key: 'score.history' })}: `, h('strong', { id: 'score-history' }, String(r1(result.history.score)))),
        ),
        h('p', { class: 'hint' }, t('ui.debrief.breakdown', { goals: r1(result.goalPoints), sweeteners: r1(result.sweetenerCost), face: r1(result.faceBonus), us: r1(result.usPenalty) })),
      ),
      h('section', { class: 'section', 'aria-labelledby': 'goals-h' }, h('h2', { id: 'goals-h' }, t('ui.debrief.perGoal')), h('p', { class: 'hint' }, t('ui.debrief.chartHint')), this.legend(), perGoal.map((g) => this.goalBlock(view, g))),
      this.bluffs(view, result),
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
