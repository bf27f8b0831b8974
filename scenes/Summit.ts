import type Phaser from 'phaser';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, contain, image } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { msg, t } from '../src/shell/i18n';
import { lapsedNotice, logList, meters, newsList, optionTitle, putinAsksView, rankBadge, statusBadge } from '../src/shell/panels';
import { session } from '../src/shell/session';
import { StageScene } from '../src/shell/stage-scene';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

/** The summit hub: five goal tracks, the meters, the news. */
export class Summit extends StageScene {
  private art = new Map<string, Phaser.GameObjects.Image>();
  private confirmEnd = false;

  constructor() {
    super('Summit');
  }

  override init(): void {
    super.init();
    this.art = new Map();
    this.confirmEnd = false;
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('room');
    const fw = Math.min(art.w * 0.12, 90);
    contain(image(this, this.art, ART.flagKp), { x: art.x + art.w / 2 - fw - 6, y: art.y + art.h * 0.06, w: fw, h: fw }, 1, 0, 1);
    contain(image(this, this.art, ART.flagRu), { x: art.x + art.w / 2 + 6, y: art.y + art.h * 0.06, w: fw, h: fw }, 0, 0, 1);
    this.seatStage(art);
  }

  protected renderPanel(): Child[] {
    const view = session.view();
    const legal = session.legal();
    const canEnd = legal.some((m) => m.type === 'summit.end');
    const open = view.goals.filter((g) => !g.final).length;
    return [
      this.endMoment(view),
      h('h1', null, t('ui.summit.title')),
      h('p', { class: 'lede' }, t('ui.summit.now', { place: { key: 'scenario.place' }, time: view.time })),
      meters(view),
      view.bluffing ? h('p', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t('ui.bluffing')) : null,
      lapsedNotice(view),
      putinAsksView(view),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'tracks-h' },
        h('h2', { id: 'tracks-h' }, t('ui.summit.tracks')),
        h(
          'ul',
          { class: 'tracks' },
          [...view.goals]
            .sort((a, b) => (a.rank ?? 9) - (b.rank ?? 9))
            .map((g) => {
              const title = msg(g.title);
              return h(
                'li',
                { class: `track${g.status === 'agreed' ? ' track-agreed' : g.status === 'deadlocked' || g.status === 'walkedOut' ? ' track-closed-bad' : ''}` },
                h('h3', null, title),
                h('div', { class: 'badges' }, statusBadge(g.status), rankBadge(g), g.roundsLeft !== undefined && !g.final ? h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '◷ '), t(g.roundsLeft === 1 ? 'ui.track.round1' : 'ui.track.rounds', { n: g.roundsLeft })) : null),
                g.deal ? h('p', null, t('ui.track.deal', { option: optionTitle(view, g.id, g.deal) })) : null,
                !g.deal && g.counter ? h('p', null, t('ui.track.counter', { option: optionTitle(view, g.id, g.counter) })) : null,
                !g.deal && !g.counter ? h('p', { class: 'hint' }, msg(g.summary)) : null,
                h(
                  'button',
                  { type: 'button', class: `btn${g.final ? '' : ' btn-primary'}`, id: `open-${g.id}`, 'aria-label': t(g.final ? 'ui.summit.reviewGoal' : 'ui.summit.openGoal', { goal: title }), onclick: () => void this.go('Negotiation', { goal: g.id }) },
                  t(g.final ? 'ui.summit.review' : 'ui.summit.open'),
                ),
              );
            }),
        ),
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'news-h' },
        h('h2', { id: 'news-h' }, t('ui.summit.news')),
        newsList(view, view.news, 'news-list'),
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'end-h' },
        h('h2', { id: 'end-h' }, t('ui.summit.endHeading')),
        h('p', { class: 'hint' }, open > 0 ? t('ui.summit.endHintOpen', { n: open }) : t('ui.summit.endHintDone')),
        this.errorBox(),
        this.confirmEnd && open > 0
          ? h(
              'div',
              {
                class: 'row',
                role: 'group',
                'aria-label': t('ui.summit.confirmEnd'),
                onkeydown: (e: Event) => {
                  if ((e as KeyboardEvent).key === 'Escape') document.getElementById('end-cancel')?.click();
                },
              },
              h('p', { style: 'flex-basis:100%' }, t('ui.summit.confirmEnd')),
              h('button', { type: 'button', class: 'btn btn-primary', id: 'end-confirm', onclick: () => this.send({ side: 'kim', type: 'summit.end' }) }, t('ui.summit.endYes')),
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  id: 'end-cancel',
                  onclick: () => {
                    this.confirmEnd = false;
                    this.refresh();
                    document.getElementById('end-talks')?.focus();
                  },
                },
                t('ui.summit.endNo'),
              ),
            )
          : h(
              'button',
              {
                type: 'button',
                class: `btn${open === 0 ? ' btn-primary' : ''}`,
                id: 'end-talks',
                disabled: !canEnd,
                onclick: () => {
                  if (open === 0) {
                    this.send({ side: 'kim', type: 'summit.end' });
                    return;
                  }
                  this.confirmEnd = true;
                  this.refresh();
                  document.getElementById('end-confirm')?.focus();
                },
              },
              t('ui.summit.end'),
            ),
      ),
      h('details', null, h('summary', null, t('ui.summit.log')), logList(view, view.log, 'summit-log')),
    ];
  }
}
