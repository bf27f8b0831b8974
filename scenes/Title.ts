import type Phaser from 'phaser';
import { replayRecord } from '../src/engine';
import { lookupBundle } from '../src/shell/scenario';
import { DIFFICULTIES, type Difficulty, type GameRecord } from '../src/engine/types';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, contain, image } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { msg, t } from '../src/shell/i18n';
import { readPrevious, readSave, swapPrevious } from '../src/shell/persistence';
import { loadReplayText, parseReplayFile } from '../src/shell/replay-input';
import { session } from '../src/shell/session';
import { gamePlace } from '../src/shell/startup';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';
import { freshSeed, isValidSeed, startUrl } from '../src/shell/url-params';

/** Title: language (top bar), new game with seed and difficulty, continue, open a replay, classroom. */
export class Title extends UiScene {
  private seed = '';
  private difficulty: Difficulty = 'standard';
  private code = '';
  private file: File | null = null;
  private formError: string | null = null;
  private replayError: string | null = null;
  private art = new Map<string, Phaser.GameObjects.Image>();
  private fileEl: HTMLInputElement | null = null;
  /** The game a new one replaced, if it can be played on (read once per visit of the title). */
  private previous: GameRecord | null = null;
  private restoreError: string | null = null;

  /** One file input kept across re-renders, so a chosen file survives a language switch. */
  private fileInput(): HTMLInputElement {
    if (!this.fileEl) {
      this.fileEl = h('input', {
        type: 'file',
        id: 'open-file',
        accept: '.json,application/json,.txt,text/plain',
        onchange: (e: Event) => {
          this.file = (e.target as HTMLInputElement).files?.[0] ?? null;
        },
      });
    }
    return this.fileEl;
  }

  constructor() {
    super('Title');
    this.followsPhase = false;
    this.showHome = false;
  }

  override init(): void {
    super.init();
    const url = startUrl();
    this.seed = url.seed ?? freshSeed();
    this.difficulty = url.difficulty ?? (session.active ? session.view().difficulty : 'standard');
    this.code = '';
    this.file = null;
    this.formError = null;
    this.replayError = null;
    this.art = new Map();
    this.fileEl = null;
    this.previous = this.usablePrevious();
    this.restoreError = null;
  }

  protected override drawArt(_art: Rect, full: Rect): void {
    setBackdrop('bay');
    const train = image(this, this.art, ART.train);
    contain(train, { x: full.x, y: full.y + full.h * 0.62, w: Math.min(full.w * 0.55, 900), h: full.h * 0.2 }, 0, 1, 1).setAlpha(0.95);
  }

  private savedSummary(): { record: GameRecord } | null {
    if (session.active) return { record: session.record() };
    const s = readSave();
    return s.kind === 'ok' ? { record: s.record } : null;
  }

  /**
   * The kept previous game, offered only if this version can play it on: one that does not read,
   * does not replay or comes from another version stays where it is, unmentioned.
   */
  private usablePrevious(): GameRecord | null {
    try {
      const prev = readPrevious();
      if (prev.kind !== 'ok') return null;
      if (!replayRecord(prev.record, lookupBundle).ok) return null;
      const current = readSave();
      if (current.kind !== 'none' && current.raw === prev.raw) return null;
      return prev.record;
    } catch {
      return null;
    }
  }

  /** Swap the previous game with the current one (kept in its turn) and play on where it was. */
  private restorePrevious(): void {
    // The swap keeps the live game as the previous one: if another tab played on, that is its game, not this tab's older copy.
    if (session.catchUp()) return;
    const prev = readPrevious();
    const current = session.active ? session.record() : null;
    if (prev.kind !== 'ok' || !swapPrevious(current)) {
      this.previous = null;
      this.restoreError = t('ui.title.restoreFailed');
      this.refresh();
      document.getElementById('restore-error')?.focus();
      return;
    }
    const res = session.load(prev.record);
    if (!res.ok) {
      // Put both back where they were (the save key now holds the previous game).
      swapPrevious(null);
      this.previous = null;
      this.restoreError = msg(res.error);
      this.refresh();
      document.getElementById('restore-error')?.focus();
      return;
    }
    const plan = gamePlace();
    void this.go(plan.scene, plan.data ?? {});
  }

  private continueGame(): void {
    if (!session.active) {
      const s = readSave();
      if (s.kind !== 'ok') return;
      const res = session.load(s.record);
      if (!res.ok) {
        this.formError = msg(res.error);
        this.refresh();
        return;
      }
    }
    const plan = gamePlace();
    void this.go(plan.scene, plan.data ?? {});
  }

  private startNew(): void {
    const seed = this.seed.trim();
    if (!isValidSeed(seed)) {
      this.formError = t('ui.title.badSeed');
      this.refresh();
      document.getElementById('seed-input')?.focus();
      return;
    }
    session.start(seed, this.difficulty, startUrl().session);
    void this.go('Briefing');
  }

  private async openReplay(): Promise<void> {
    this.replayError = null;
    const parsed = this.file ? await parseReplayFile(this.file) : await loadReplayText(this.code);
    if (!parsed.ok) {
      this.replayError = msg(parsed.error);
      this.refresh();
      document.getElementById('replay-error')?.focus();
      return;
    }
    void this.go('Replay', { record: parsed.record });
  }

  /** "Your previous game … is kept", and the button that brings it back. */
  private previousOffer(prev: GameRecord, swaps: boolean): Child {
    return h(
      'div',
      { id: 'previous-game', class: 'previous-game' },
      h('p', { id: 'previous-line' }, t('ui.title.previousGame', { seed: prev.seed, difficulty: t(`ui.difficulty.${prev.settings.difficulty}`), moves: prev.moves.length })),
      swaps ? h('p', { class: 'hint', id: 'previous-hint' }, t('ui.title.restoreSwap')) : null,
      h(
        'button',
        { type: 'button', class: 'btn', id: 'restore-button', 'aria-describedby': swaps ? 'previous-line previous-hint' : 'previous-line', onclick: () => this.restorePrevious() },
        t('ui.title.restorePrevious'),
      ),
    );
  }

  protected renderPanel(): Child[] {
    const saved = this.savedSummary();
    return [
      h('h1', null, msg({ key: 'scenario.title' })),
      h('p', { class: 'lede' }, msg({ key: 'scenario.subtitle' })),
      h('p', null, msg({ key: 'scenario.intro' })),
      saved || this.previous || this.restoreError
        ? h(
            'section',
            { class: 'section', 'aria-labelledby': 'continue-h' },
            h('h2', { id: 'continue-h' }, t('ui.title.continueHeading')),
            saved
              ? [
                  h('p', null, t('ui.title.savedGame', { seed: saved.record.seed, difficulty: t(`ui.difficulty.${saved.record.settings.difficulty}`), moves: saved.record.moves.length })),
                  h('button', { type: 'button', class: 'btn btn-primary', id: 'continue-button', onclick: () => this.continueGame() }, t('ui.title.continue')),
                ]
              : null,
            this.restoreError ? h('p', { class: 'notice notice-error', role: 'alert', id: 'restore-error', tabindex: -1 }, this.restoreError) : null,
            this.previous ? this.previousOffer(this.previous, saved !== null) : null,
          )
        : null,
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'new-h' },
        h('h2', { id: 'new-h' }, t('ui.title.newHeading')),
        this.formError ? h('p', { class: 'notice notice-error', role: 'alert', id: 'new-error' }, this.formError) : null,
        h('label', { for: 'seed-input' }, t('ui.title.seed')),
        h(
          'div',
          { class: 'row' },
          h('input', {
            type: 'text',
            id: 'seed-input',
            value: this.seed,
            autocomplete: 'off',
            spellcheck: 'false',
            maxlength: 64,
            'aria-describedby': 'seed-hint',
            style: 'flex:1 1 12rem',
            oninput: (e: Event) => {
              this.seed = (e.target as HTMLInputElement).value;
            },
          }),
          h(
            'button',
            {
              type: 'button',
              class: 'btn',
              id: 'new-seed-button',
              onclick: () => {
                this.seed = freshSeed();
                this.refresh();
              },
            },
            t('ui.title.newSeed'),
          ),
        ),
        h('p', { class: 'hint', id: 'seed-hint' }, t('ui.title.seedHint')),
        h(
          'fieldset',
          null,
          h('legend', null, t('ui.title.difficulty')),
          DIFFICULTIES.map((d) =>
            h(
              'label',
              { class: `choice${this.difficulty === d ? ' is-checked' : ''}`, for: `difficulty-${d}` },
              h('input', {
                type: 'radio',
                name: 'difficulty',
                id: `difficulty-${d}`,
                value: d,
                checked: this.difficulty === d,
                'aria-labelledby': `difficulty-${d}-t`,
                'aria-describedby': `difficulty-${d}-d`,
                onchange: () => {
                  this.difficulty = d;
                  this.refresh();
                },
              }),
              h('span', { class: 'choice-body' }, h('span', { class: 'choice-title', id: `difficulty-${d}-t` }, t(`ui.difficulty.${d}`)), h('span', { class: 'hint', id: `difficulty-${d}-d` }, t(`ui.difficulty.${d}.detail`))),
            ),
          ),
        ),
        h('button', { type: 'button', class: 'btn btn-primary', id: 'start-button', onclick: () => this.startNew() }, t('ui.title.start')),
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'open-h' },
        h('h2', { id: 'open-h' }, t('ui.title.openHeading')),
        h('p', { class: 'hint' }, t('ui.title.openHint')),
        this.replayError ? h('p', { class: 'notice notice-error', role: 'alert', id: 'replay-error', tabindex: -1 }, this.replayError) : null,
        h('label', { for: 'open-code' }, t('ui.title.codeLabel')),
        h('textarea', {
          id: 'open-code',
          rows: 3,
          spellcheck: 'false',
          value: this.code,
          oninput: (e: Event) => {
            this.code = (e.target as HTMLTextAreaElement).value;
          },
        }),
        h('label', { for: 'open-file' }, t('ui.title.fileLabel')),
        this.fileInput(),
        h('div', { class: 'row', style: 'margin-top:.6rem' }, h('button', { type: 'button', class: 'btn', id: 'open-replay-button', onclick: () => void this.openReplay() }, t('ui.title.openReplay'))),
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'class-h' },
        h('h2', { id: 'class-h' }, t('ui.title.classHeading')),
        h('p', { class: 'hint', id: 'class-hint' }, t('ui.title.classHint')),
        h('a', { class: 'btn', id: 'classroom-link', href: 'teacher.html', 'aria-describedby': 'class-hint' }, t('ui.title.classroom')),
      ),
    ];
  }
}
