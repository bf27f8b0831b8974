import type Phaser from 'phaser';
import type { GoalId } from '../src/engine/types';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, contain, image, reducedMotion } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { draftStamp, readRanking, writeRanking } from '../src/shell/drafts';
import { msg, t } from '../src/shell/i18n';
import { session } from '../src/shell/session';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

/** Briefing: the train, Hanoi, what is known of the Kremlin; the player ranks the five goals. */
export class Briefing extends UiScene {
  private order: GoalId[] = [];
  private art = new Map<string, Phaser.GameObjects.Image>();
  private trainTween?: Phaser.Tweens.Tween;

  constructor() {
    super('Briefing');
  }

  override init(): void {
    super.init();
    this.order = [];
    this.art = new Map();
    this.trainTween = undefined;
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('bay');
    const train = image(this, this.art, ART.train);
    const r = { x: art.x, y: art.y + art.h * 0.45, w: art.w * 0.9, h: art.h * 0.4 };
    const fromX = train.x;
    contain(train, r, 0.5, 1, 1);
    const endX = train.x;
    if (reducedMotion()) return;
    // The train rolls in once; a later layout (resize, re-render) while it rolls sends it to its new place.
    if (this.trainTween) {
      if (!this.trainTween.isPlaying()) return;
      this.trainTween.remove();
      train.x = fromX;
      this.trainTween = this.tweens.add({ targets: train, x: endX, duration: 1400, ease: 'Sine.easeOut' });
      return;
    }
    train.x = art.x - train.displayWidth / 2;
    this.trainTween = this.tweens.add({ targets: train, x: endX, duration: 2600, ease: 'Sine.easeOut' });
  }

  private move(i: number, delta: -1 | 1): void {
    const j = i + delta;
    if (j < 0 || j >= this.order.length) return;
    const next = [...this.order];
    const a = next[i]!;
    next[i] = next[j]!;
    next[j] = a;
    this.order = next;
    // Not a move until confirmed, but kept: a reload (a phone that put the tab away) finds it as it was.
    if (session.active) writeRanking(draftStamp(session.record()), next);
    const id = a;
    this.refresh();
    // Keep focus on the same button of the moved goal, or its other button at the ends.
    const want = document.getElementById(`rank-${delta < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`rank-${delta < 0 ? 'down' : 'up'}-${id}`) as HTMLButtonElement | null;
    (want && !want.disabled ? want : other)?.focus();
    const live = document.getElementById('rank-status');
    if (live) live.textContent = t('ui.briefing.movedTo', { goal: msg(session.view().goals.find((g) => g.id === id)!.title), n: j + 1 });
  }

  protected renderPanel(): Child[] {
    const view = session.view();
    if (this.order.length !== view.goals.length) {
      const ranked = view.goals.every((g) => g.rank !== null) ? [...view.goals].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)) : view.goals;
      const ids = ranked.map((g) => g.id);
      const kept = session.active && view.phase === 'briefing' ? readRanking(draftStamp(session.record())) : null;
      this.order = kept && kept.length === ids.length && ids.every((id) => kept.includes(id)) ? kept : ids;
    }
    const known = view.goals.flatMap((g) => g.options.filter((o) => o.breaks && o.breaks.length > 0).map((o) => ({ g, o })));
    const anyKnown = view.goals.some((g) => g.options.some((o) => o.breaks !== null));
    const byId = new Map(view.goals.map((g) => [g.id, g]));
    return [
      h('h1', null, t('ui.briefing.title')),
      h('p', { class: 'lede' }, msg({ key: 'briefing.date' })),
      h('p', { class: 'muted' }, t('ui.briefing.game', { seed: view.seed, difficulty: t(`ui.difficulty.${view.difficulty}`) })),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'dossier-h' },
        h('h2', { id: 'dossier-h' }, t('ui.briefing.dossier')),
        h('p', null, msg({ key: 'briefing.train' })),
        h('p', null, msg({ key: 'briefing.hanoi' })),
        h('h3', null, t('scenario.briefing.counterpart')),
        h('p', null, msg({ key: 'briefing.kremlin' })),
        anyKnown && known.length
          ? h(
              'div',
              null,
              h('p', null, t('scenario.briefing.redLines')),
              h(
                'ul',
                null,
                known.map(({ g, o }) =>
                  h('li', null, h('strong', null, `${msg(g.title)}: `), msg(o.title), ' — ', h('span', { class: 'badge badge-bad' }, h('span', { 'aria-hidden': 'true' }, '✕ '), t('ui.option.breaks', { list: o.breaks!.map((c) => msg({ key: `constraint.${c}.title` })).join(', ') }))),
                ),
              ),
            )
          : h('p', null, msg({ key: 'briefing.kremlin.hidden' })),
        view.bluffing ? h('p', { class: 'notice notice-info' }, h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '⚠'), msg({ key: 'briefing.bluff' })) : null,
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'rank-h' },
        h('h2', { id: 'rank-h' }, t('ui.briefing.rankHeading')),
        h('p', null, msg({ key: 'briefing.rank' })),
        h('p', { class: 'hint' }, t('ui.briefing.rankHint')),
        h(
          'ol',
          { class: 'rank-list', id: 'rank-list' },
          this.order.map((id, i) => {
            const g = byId.get(id)!;
            const title = msg(g.title);
            return h(
              'li',
              { class: 'rank-item' },
              h('span', { class: 'rank-num', 'aria-hidden': 'true' }, String(i + 1)),
              h('div', { class: 'rank-body' }, h('strong', null, title), h('p', { class: 'hint', style: 'margin:.1rem 0' }, msg(g.summary))),
              h(
                'div',
                { class: 'rank-buttons' },
                h('button', { type: 'button', class: 'btn btn-small btn-icon', id: `rank-up-${id}`, 'aria-label': t('ui.briefing.up', { goal: title }), disabled: i === 0, onclick: () => this.move(i, -1) }, h('span', { 'aria-hidden': 'true' }, '▲')),
                h('button', { type: 'button', class: 'btn btn-small btn-icon', id: `rank-down-${id}`, 'aria-label': t('ui.briefing.down', { goal: title }), disabled: i === this.order.length - 1, onclick: () => this.move(i, 1) }, h('span', { 'aria-hidden': 'true' }, '▼')),
              ),
            );
          }),
        ),
        h('p', { class: 'sr-only', role: 'status', id: 'rank-status' }),
        this.errorBox(),
        h('button', { type: 'button', class: 'btn btn-primary', id: 'confirm-ranking', onclick: () => this.send({ side: 'kim', type: 'briefing.rank', ranking: [...this.order] }) }, t('ui.briefing.confirm')),
      ),
    ];
  }
}
