import type Phaser from 'phaser';
import type { PressStance } from '../src/engine/types';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, image } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { msg, sourcesLine, t } from '../src/shell/i18n';
import { meters, trackSummary } from '../src/shell/panels';
import { session } from '../src/shell/session';
import { type Bubble, newBubble, speechBubble } from '../src/shell/stage';
import { resetStage } from '../src/shell/stage-report';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

/**
 * After the talks, as in 2019: there is no joint statement and Kim holds no press conference. Putin
 * speaks to reporters about the day the player made (the engine's end of the day); then the player
 * chooses how Pyongyang's state media report it, which moves Kim's face and Washington's attention.
 */
export class Press extends UiScene {
  private stance: PressStance | '' = '';
  private art = new Map<string, Phaser.GameObjects.Image>();
  /** His words to reporters, beside him on the canvas (the whole statement is in the panel). */
  private bubble: Bubble | null = null;

  constructor() {
    super('Press');
  }

  override init(): void {
    super.init();
    this.stance = '';
    this.art = new Map();
    this.bubble = null;
  }

  protected override release(): void {
    this.bubble = null;
    this.art = new Map();
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('bay');
    // His words to reporters in a bubble over his head; below it, Putin behind the lectern, the microphones up to his chin.
    const font = Math.max(11, Math.min(16, Math.round(Math.min(art.w / 26, art.h / 22))));
    const pad = Math.max(4, Math.round(font / 2));
    // A low band (a phone held upright): Putin at the left, his words beside him; else his words above him.
    const band = art.w > art.h * 1.8;
    const bubbleH = band ? 0 : Math.round(Math.max(font * 4, Math.min(art.h * 0.34, font * 12)));
    const top = art.y + (band ? art.h * 0.04 : bubbleH + pad * 3);
    const room = band ? { w: art.w * 0.34, h: art.y + art.h - top } : { w: art.w, h: art.y + art.h - top };
    const putin = image(this, this.art, ART.putin);
    const lectern = image(this, this.art, ART.press);
    // Putin and the lectern below him stand about 880 of his picture's units tall.
    const s = Math.max(0.01, Math.min((room.h * 0.95) / 880, (room.w * 0.8) / 600, 1));
    putin.setOrigin(0.5, 0).setScale(s).setPosition(art.x + room.w / 2, top);
    const chin = putin.y + 470 * s;
    const ls = (600 * s * 1.25) / 1000;
    lectern.setOrigin(0.5, 0).setScale(ls).setPosition(putin.x, chin - 150 * ls);
    const area = band ? { x: art.x + room.w + pad, y: art.y + pad, w: art.w - room.w - pad * 2, h: art.h - pad * 2 } : { x: art.x + pad, y: art.y + pad, w: art.w - pad * 2, h: bubbleH };
    const report = resetStage(this.scene.key, { w: this.scale.width, h: this.scale.height });
    if (!this.bubble || !this.bubble.g.active) this.bubble = newBubble(this);
    const statement = session.active ? (session.view().endOfDay?.statement ?? []).map((m) => msg(m)).join(' ') : '';
    const shown = putin.visible ? speechBubble(this.bubble, area, { x: putin.x, y: putin.y + (band ? 380 : 120) * s }, statement, font, band ? 'start' : 'tail') : speechBubble(this.bubble, null, null, '', font);
    if (shown) report.bubble = shown;
  }

  override refresh(): void {
    super.refresh();
    // His words change with the language: drawn again.
    this.layoutArt(true);
  }

  protected renderPanel(): Child[] {
    const view = session.view();
    const canPresent = session.legal().some((m) => m.type === 'press.present');
    const statement = view.endOfDay?.statement ?? [];
    return [
      h('h1', null, t('ui.press.title')),
      h('p', { class: 'lede' }, msg({ key: 'scenario.press.intro' })),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'speaker-h' },
        h('h2', { id: 'speaker-h' }, msg({ key: 'scenario.press.speaker' })),
        h('blockquote', { class: 'statement', id: 'press-statement' }, statement.map((m) => h('p', null, msg(m)))),
        h('p', { class: 'source', id: 'press-note' }, msg({ key: 'scenario.press.note' }), ' ', sourcesLine(session.bundle().scenario.history.facts)),
      ),
      meters(view, 'p'),
      h('section', { class: 'section', 'aria-labelledby': 'won-h' }, h('h2', { id: 'won-h' }, t('ui.press.today')), trackSummary(view)),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'stance-h' },
        h('h2', { id: 'stance-h' }, msg({ key: 'scenario.press.choose' })),
        h(
          'fieldset',
          null,
          h('legend', null, msg({ key: 'scenario.press.stance' })),
          view.stances.map((s) =>
            h(
              'label',
              { class: `choice${this.stance === s.id ? ' is-checked' : ''}`, for: `stance-${s.id}` },
              h('input', {
                type: 'radio',
                name: 'stance',
                id: `stance-${s.id}`,
                value: s.id,
                checked: this.stance === s.id,
                'aria-labelledby': `stance-${s.id}-t`,
                'aria-describedby': `stance-${s.id}-d`,
                onchange: () => {
                  this.stance = s.id;
                  this.refresh();
                },
              }),
              h('span', { class: 'choice-body' }, h('span', { class: 'choice-title', id: `stance-${s.id}-t` }, msg(s.title)), h('span', { class: 'hint', id: `stance-${s.id}-d` }, msg(s.detail))),
            ),
          ),
        ),
        this.errorBox(),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-primary',
            id: 'present-button',
            disabled: !canPresent || !this.stance,
            onclick: () => {
              if (this.stance) this.send({ side: 'kim', type: 'press.present', stance: this.stance });
            },
          },
          msg({ key: 'scenario.press.present' }),
        ),
      ),
    ];
  }
}
