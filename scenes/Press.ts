import type Phaser from 'phaser';
import type { PressStance } from '../src/engine/types';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, image } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { msg, sourcesLine, t } from '../src/shell/i18n';
import { meters, trackSummary } from '../src/shell/panels';
import { session } from '../src/shell/session';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

/**
 * After the talks, as in 2019: there is no joint statement and Kim holds no press conference. Putin
 * speaks to reporters about the day the player made (the engine's end of the day); then the player
 * chooses how Pyongyang's state media report it, which moves Kim's face and Washington's attention.
 */
export class Press extends UiScene {
  private stance: PressStance | '' = '';
  private art = new Map<string, Phaser.GameObjects.Image>();

  constructor() {
    super('Press');
  }

  override init(): void {
    super.init();
    this.stance = '';
    this.art = new Map();
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('bay');
    // Putin behind the lectern: the microphones reach up to his chin.
    const kim = image(this, this.art, ART.putin);
    const lectern = image(this, this.art, ART.press);
    const s = Math.min((art.h * 0.62) / 720, (art.w * 0.8) / 600, 1);
    kim.setOrigin(0.5, 0).setScale(s).setPosition(art.x + art.w / 2, art.y + art.h * 0.06);
    const chin = kim.y + 470 * s;
    const ls = (600 * s * 1.25) / 1000;
    lectern.setOrigin(0.5, 0).setScale(ls).setPosition(kim.x, chin - 150 * ls);
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
