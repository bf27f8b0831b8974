import type Phaser from 'phaser';
import { openReplay, type Replay as Replayed } from '../src/engine';
import { lookupBundle, showBundle, showFrozenTexts } from '../src/shell/scenario';
import type { GameRecord } from '../src/engine/types';
import type { PlayerView } from '../src/engine/view-types';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, contain, image } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { msg, t } from '../src/shell/i18n';
import { answerView, logList, meters, newsList, trackSummary } from '../src/shell/panels';
import { loadReplayText, parseReplayFile } from '../src/shell/replay-input';
import { sceneForPhase } from '../src/shell/router';
import { session } from '../src/shell/session';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

/**
 * The replay viewer: step through a result code or replay file, move by move, with the game's panels.
 * A record is replayed by the engine of its version (an earlier version's is frozen, and loaded by
 * whoever opens the viewer: loadReplayText, the debrief), and shown in that version's texts.
 */
export class Replay extends UiScene {
  private record: GameRecord | null = null;
  private step = 0;
  private replay: Replayed | null = null;
  private error: string | null = null;
  private code = '';
  private fileEl: HTMLInputElement | null = null;
  private art = new Map<string, Phaser.GameObjects.Image>();

  constructor() {
    super('Replay');
    this.followsPhase = false;
  }

  override init(data: { record?: GameRecord } = {}): void {
    super.init();
    this.record = null;
    this.replay = null;
    this.error = null;
    this.code = '';
    this.fileEl = null;
    this.art = new Map();
    // An earlier version's texts are shown only while its replay is.
    this.events.once('shutdown', () => showFrozenTexts(null));
    if (data.record) this.open(data.record, data.record.moves.length);
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('room', 0.6);
    const pw = Math.min(art.w * 0.3, 260);
    const ph = Math.min(art.h * 0.6, 320);
    contain(image(this, this.art, ART.kim), { x: art.x, y: art.y + art.h - ph, w: pw, h: ph }, 0.5, 1, 1).setAlpha(0.8);
    contain(image(this, this.art, ART.putin), { x: art.x + art.w - pw, y: art.y + art.h - ph, w: pw, h: ph }, 0.5, 1, 1).setAlpha(0.8);
  }

  private open(record: GameRecord, step: number): void {
    const res = openReplay(record, lookupBundle, step);
    if (!res.ok) {
      this.error = msg(res.error);
      this.record = null;
      this.replay = null;
      return;
    }
    if (res.replay.texts) showFrozenTexts(res.replay.texts);
    else showBundle(lookupBundle(record.scenarioId)!);
    this.error = null;
    this.record = record;
    this.step = Math.max(0, Math.min(step, record.moves.length));
    this.replay = res.replay;
  }

  private goStep(n: number, focusId?: string): void {
    if (!this.record) return;
    this.open(this.record, n);
    this.refresh();
    if (focusId) {
      const el = document.getElementById(focusId) as HTMLButtonElement | null;
      if (el && !el.disabled) el.focus();
      else document.getElementById('replay-position')?.focus();
    }
  }

  private async loadInput(): Promise<void> {
    const file = this.fileEl?.files?.[0];
    const parsed = file ? await parseReplayFile(file) : await loadReplayText(this.code);
    if (!parsed.ok) {
      this.error = msg(parsed.error);
      this.refresh();
      document.getElementById('replay-error')?.focus();
      return;
    }
    this.open(parsed.record, 0);
    this.refresh();
    document.getElementById('replay-forward')?.focus();
  }

  private fileInput(): HTMLInputElement {
    if (!this.fileEl) this.fileEl = h('input', { type: 'file', id: 'replay-file', accept: '.json,application/json,.txt,text/plain' });
    return this.fileEl;
  }

  private openForm(): Child[] {
    return [
      h('h1', null, t('ui.replay.title')),
      h('p', { class: 'lede' }, t('ui.replay.intro')),
      this.error ? h('p', { class: 'notice notice-error', role: 'alert', id: 'replay-error', tabindex: -1 }, this.error) : null,
      h('label', { for: 'replay-code' }, t('ui.title.codeLabel')),
      h('textarea', {
        id: 'replay-code',
        rows: 3,
        spellcheck: 'false',
        value: this.code,
        oninput: (e: Event) => {
          this.code = (e.target as HTMLTextAreaElement).value;
        },
      }),
      h('label', { for: 'replay-file' }, t('ui.title.fileLabel')),
      this.fileInput(),
      h('div', { class: 'row', style: 'margin-top:.6rem' }, h('button', { type: 'button', class: 'btn btn-primary', id: 'replay-open', onclick: () => void this.loadInput() }, t('ui.title.openReplay'))),
    ];
  }

  private stepPanels(view: PlayerView, record: GameRecord): Child[] {
    const n = this.step;
    const N = record.moves.length;
    const stepLog = view.log.filter((e) => e.step === n);
    const lastAnswer = n > 0 ? view.goals.flatMap((g) => g.answers).length : 0;
    const prev = n > 0 ? openReplay(record, lookupBundle, n - 1) : null;
    const prevView = prev && prev.ok ? prev.replay.view() : null;
    const prevAnswers = prevView ? prevView.goals.flatMap((g) => g.answers).length : 0;
    const newAnswer = lastAnswer > prevAnswers ? findNewest(view, prevView) : null;
    return [
      h('h1', null, t('ui.replay.title')),
      h('p', { class: 'lede' }, t('ui.replay.of', { seed: record.seed, difficulty: t(`ui.difficulty.${record.settings.difficulty}`), name: record.name ?? t('ui.replay.noName') })),
      h(
        'div',
        { class: 'row', role: 'group', 'aria-label': t('ui.replay.controls') },
        h('button', { type: 'button', class: 'btn', id: 'replay-first', disabled: n === 0, onclick: () => this.goStep(0, 'replay-forward') }, h('span', { 'aria-hidden': 'true' }, '⇤ '), t('ui.replay.first')),
        h('button', { type: 'button', class: 'btn', id: 'replay-back', disabled: n === 0, onclick: () => this.goStep(n - 1, 'replay-back') }, h('span', { 'aria-hidden': 'true' }, '◀ '), t('ui.replay.back')),
        h('button', { type: 'button', class: 'btn btn-primary', id: 'replay-forward', disabled: n >= N, onclick: () => this.goStep(n + 1, 'replay-forward') }, t('ui.replay.forward'), h('span', { 'aria-hidden': 'true' }, ' ▶')),
        h('button', { type: 'button', class: 'btn', id: 'replay-last', disabled: n >= N, onclick: () => this.goStep(N, 'replay-back') }, t('ui.replay.last'), h('span', { 'aria-hidden': 'true' }, ' ⇥')),
      ),
      h('label', { for: 'replay-slider' }, t('ui.replay.slider')),
      h('input', {
        type: 'range',
        id: 'replay-slider',
        min: 0,
        max: N,
        step: 1,
        value: n,
        style: 'width:100%;min-height:44px',
        'aria-valuetext': t('ui.replay.position', { n, total: N }),
        onchange: (e: Event) => this.goStep(parseInt((e.target as HTMLInputElement).value, 10), 'replay-slider'),
      }),
      h('p', { id: 'replay-position', tabindex: -1, role: 'status' }, t('ui.replay.position', { n, total: N }), ' · ', t('ui.replay.phase', { phase: t(`ui.phase.${view.phase}`), time: view.time })),
      h('section', { class: 'section', 'aria-labelledby': 'step-h' }, h('h2', { id: 'step-h' }, n === 0 ? t('ui.replay.start') : t('ui.replay.thisMove', { n })), stepLog.length ? logList(view, stepLog, 'step-log', false) : h('p', { class: 'muted' }, t('ui.replay.nothing'))),
      newAnswer ? answerView(view, newAnswer, { id: 'replay-answer' }) : null,
      meters(view, 'r'),
      h('section', { class: 'section', 'aria-labelledby': 'rtracks-h' }, h('h2', { id: 'rtracks-h' }, t('ui.summit.tracks')), trackSummary(view)),
      view.result ? h('p', { class: 'score-line' }, h('span', null, `${msg({ key: 'score.kim' })}: `, h('strong', null, String(Math.round(view.result.kim * 10) / 10))), h('span', null, `${msg({ key: 'score.putin' })}: `, h('strong', null, String(Math.round(view.result.putin * 10) / 10)))) : null,
      h('details', null, h('summary', null, t('ui.summit.news')), newsList(view, view.news, 'replay-news')),
      h('details', null, h('summary', null, t('ui.summit.log')), logList(view, view.log, 'replay-log')),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'branch-h' },
        h('h2', { id: 'branch-h' }, t('ui.replay.branchHeading')),
        h('p', { class: 'hint', id: 'branch-hint' }, t('ui.replay.branchHint')),
        this.errorBox(),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'replay-branch',
            'aria-describedby': 'branch-hint',
            disabled: view.phase === 'over',
            onclick: () => {
              const res = session.load({ ...record, moves: record.moves.slice(0, n) });
              if (!res.ok) {
                this.lastError = msg(res.error);
                this.refresh();
                return;
              }
              void this.go(sceneForPhase(session.view().phase));
            },
          },
          t('ui.replay.branch'),
        ),
      ),
      h(
        'div',
        { class: 'row section' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'replay-other',
            onclick: () => {
              this.record = null;
              this.replay = null;
              this.refresh();
              document.getElementById('replay-code')?.focus();
            },
          },
          t('ui.replay.other'),
        ),
      ),
    ];
  }

  protected renderPanel(): Child[] {
    if (!this.record || !this.replay) return this.openForm();
    return this.stepPanels(this.replay.view(), this.record);
  }
}

/** The answer that this step added (compare with the step before). */
function findNewest(view: PlayerView, before: PlayerView | null) {
  for (const g of view.goals) {
    const prevCount = before?.goals.find((x) => x.id === g.id)?.answers.length ?? 0;
    if (g.answers.length > prevCount) return g.answers[g.answers.length - 1] ?? null;
  }
  return null;
}
