import type Phaser from 'phaser';
import type { GoalId, PutinAnswer } from '../src/engine/types';
import type { ChoiceView, GoalView, OptionView, PlayerView } from '../src/engine/view-types';
import { setBackdrop } from '../src/shell/backdrop';
import { ART, contain, image, reducedMotion } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { msg, t } from '../src/shell/i18n';
import { answerView, logList, meters, optionTitle, rankBadge, sources, statusBadge } from '../src/shell/panels';
import { session } from '../src/shell/session';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

interface Draft {
  option: string;
  sweetener: string;
  framing: string;
  goods: Set<string>;
}

/** One goal's track against Putin: the option ladder, sweetener, framing, and his answers. */
export class Negotiation extends UiScene {
  private goal: GoalId = '';
  private drafts = new Map<GoalId, Draft>();
  /** The game the drafts belong to: Phaser keeps the scene across games, a new game starts afresh. */
  private draftsOf = -1;
  private confirmWalk = false;
  private art = new Map<string, Phaser.GameObjects.Image>();

  constructor() {
    super('Negotiation');
  }

  override init(data: { goal?: GoalId } = {}): void {
    super.init();
    const ids = session.active ? session.view().goals.map((g) => g.id) : [];
    this.goal = data.goal && ids.includes(data.goal) ? data.goal : (ids[0] ?? '');
    this.confirmWalk = false;
    this.art = new Map();
    if (this.draftsOf !== session.generation) {
      this.drafts = new Map();
      this.draftsOf = session.generation;
    }
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('room');
    const pw = Math.min(art.w * 0.48, 420);
    const ph = Math.min(art.h * 0.8, 500);
    contain(image(this, this.art, ART.kim), { x: art.x, y: art.y + art.h - ph, w: pw, h: ph }, 0.5, 1, 1.2);
    contain(image(this, this.art, ART.putin), { x: art.x + art.w - pw, y: art.y + art.h - ph, w: pw, h: ph }, 0.5, 1, 1.2);
  }

  protected override react(answer: PutinAnswer): void {
    const putin = this.art.get(ART.putin);
    if (!putin || reducedMotion()) return;
    const x = putin.x;
    const y = putin.y;
    if (answer.kind === 'accept') this.tweens.add({ targets: putin, y: y + 10, duration: 160, yoyo: true, repeat: 1, ease: 'Sine.easeInOut', onComplete: () => putin.setY(y) });
    else if (answer.kind === 'refuse') this.tweens.add({ targets: putin, x: x + 8, duration: 70, yoyo: true, repeat: 3, ease: 'Sine.easeInOut', onComplete: () => putin.setX(x) });
    else this.tweens.add({ targets: putin, angle: 3, duration: 220, yoyo: true, ease: 'Sine.easeInOut', onComplete: () => putin.setAngle(0) });
  }

  /** A sweetener or framing picker: none, or one of the choices (spent sweeteners shown but disabled), with its detail as hint. */
  private choiceSelect(kind: 'sweetener' | 'framing', choices: ChoiceView[], value: string, set: (v: string) => void): HTMLElement {
    const chosen = choices.find((c) => c.id === value);
    const none = kind === 'sweetener' ? 'ui.nego.noSweetener' : 'ui.nego.noFraming';
    return h(
      'div',
      null,
      h('label', { for: `${kind}-select` }, t(`ui.nego.${kind}`)),
      h(
        'select',
        {
          id: `${kind}-select`,
          'aria-describedby': `${kind}-hint`,
          onchange: (e: Event) => {
            set((e.target as HTMLSelectElement).value);
            this.refresh();
          },
        },
        h('option', { value: '', selected: value === '' }, t(none)),
        choices.map((c) => h('option', { value: c.id, disabled: !!c.used, selected: value === c.id }, c.used ? t('ui.nego.used', { title: msg(c.title) }) : msg(c.title))),
      ),
      h('p', { class: 'hint', id: `${kind}-hint` }, chosen ? msg(chosen.detail) : t(`ui.nego.${kind}Hint`)),
    );
  }

  private draft(g: GoalView): Draft {
    let d = this.drafts.get(g.id);
    if (!d) {
      const first = g.options.find((o) => !o.tried && !(o.breaks && o.breaks.length)) ?? g.options[0];
      d = { option: first?.id ?? '', sweetener: '', framing: '', goods: new Set() };
      this.drafts.set(g.id, d);
    }
    return d;
  }

  private propose(g: GoalView, d: Draft): void {
    const move = { side: 'kim' as const, type: 'offer.propose' as const, goal: g.id, option: d.option, ...(d.sweetener ? { sweetener: d.sweetener } : {}), ...(d.framing ? { framing: d.framing } : {}) };
    const res = this.send(move);
    if (res.ok) {
      const used = session.view().sweeteners.find((s) => s.id === d.sweetener)?.used;
      if (used) d.sweetener = '';
      this.focusAnswer();
    }
  }

  private focusAnswer(): void {
    const el = document.getElementById('putin-answer');
    if (el) {
      el.setAttribute('tabindex', '-1');
      el.focus();
    }
  }

  private optionBadges(o: OptionView): Child[] {
    const out: Child[] = [h('span', { class: 'badge' }, t('ui.option.value', { v: o.kimValue ?? '?' }))];
    if (o.breaks === null) out.push(h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, '? '), t('ui.option.unknown')));
    else if (o.breaks.length === 0) out.push(h('span', { class: 'badge badge-good' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('ui.option.noLimit')));
    else out.push(h('span', { class: 'badge badge-bad' }, h('span', { 'aria-hidden': 'true' }, '✕ '), t('ui.option.breaks', { list: o.breaks.map((c) => msg({ key: `constraint.${c}.title` })).join(', ') })));
    if (o.tried) out.push(h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '↺ '), t('ui.option.tried')));
    return out;
  }

  private goodsSection(view: PlayerView, g: GoalView, d: Draft, canList: boolean): Child {
    if (!g.goodsList) return null;
    const groups: ['toNorth' | 'toRussia', string][] = [
      ['toNorth', t('scenario.goods.toNorth')],
      ['toRussia', t('scenario.goods.toRussia')],
    ];
    return h(
      'section',
      { class: 'section', 'aria-labelledby': 'goods-h' },
      h('h2', { id: 'goods-h' }, t('ui.goods.title')),
      h('p', { class: 'hint' }, t('ui.goods.hint')),
      h(
        'div',
        { class: 'goods' },
        groups.map(([dir, label]) =>
          h(
            'fieldset',
            null,
            h('legend', null, label),
            view.goods
              .filter((x) => x.direction === dir)
              .map((good) => {
                return h(
                  'label',
                  { class: `choice${d.goods.has(good.id) ? ' is-checked' : ''}`, for: `good-${good.id}` },
                  h('input', {
                    type: 'checkbox',
                    id: `good-${good.id}`,
                    checked: d.goods.has(good.id),
                    disabled: !canList,
                    'aria-labelledby': `good-${good.id}-t`,
                    'aria-describedby': `good-${good.id}-d`,
                    onchange: (e: Event) => {
                      if ((e.target as HTMLInputElement).checked) d.goods.add(good.id);
                      else d.goods.delete(good.id);
                      this.refresh();
                    },
                  }),
                  h(
                    'span',
                    { class: 'choice-body' },
                    h('span', { class: 'choice-title', id: `good-${good.id}-t` }, msg(good.title)),
                    h(
                      'span',
                      { class: 'badges', id: `good-${good.id}-d` },
                      good.verdict === 'banned'
                        ? h('span', { class: 'badge badge-bad' }, h('span', { 'aria-hidden': 'true' }, '✕ '), msg(good.detail))
                        : good.verdict === 'lawful'
                          ? h('span', { class: 'badge badge-good' }, h('span', { 'aria-hidden': 'true' }, '✓ '), msg(good.detail))
                          : h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, '? '), msg(good.detail)),
                    ),
                    sources(good.facts),
                  ),
                );
              }),
          ),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          id: 'send-goods',
          disabled: !canList,
          onclick: () => {
            const res = this.send({ side: 'kim', type: 'goods.list', goal: g.id, goods: view.goods.filter((x) => d.goods.has(x.id)).map((x) => x.id) });
            if (res.ok) this.focusAnswer();
          },
        },
        t('ui.goods.send', { n: d.goods.size }),
      ),
    );
  }

  protected renderPanel(): Child[] {
    const view = session.view();
    const g = view.goals.find((x) => x.id === this.goal)!;
    const d = this.draft(g);
    const legal = session.legal().filter((m) => 'goal' in m && m.goal === g.id);
    const canPropose = legal.some((m) => m.type === 'offer.propose');
    const canAccept = legal.some((m) => m.type === 'offer.accept');
    const canAsk = legal.some((m) => m.type === 'goal.ask');
    const canWalk = legal.some((m) => m.type === 'goal.walkAway');
    const canList = g.goodsList && session.legal().some((m) => m.type === 'goods.list' && m.goal === g.id);
    const title = msg(g.title);
    const last = g.answers[g.answers.length - 1];
    const trackLog = view.log.filter((e) => e.goal === g.id);

    return [
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn btn-small', id: 'back-to-summit', onclick: () => void this.go('Summit') }, h('span', { 'aria-hidden': 'true' }, '← '), t('ui.nego.back'))),
      h('h1', null, title),
      h('p', { class: 'lede' }, msg(g.summary)),
      h('div', { class: 'badges' }, statusBadge(g.status), rankBadge(g), g.roundsLeft !== undefined ? h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '◷ '), t(g.roundsLeft === 1 ? 'ui.track.round1' : 'ui.track.rounds', { n: g.roundsLeft })) : null),
      meters(view, 'n'),
      h('section', { class: 'notice notice-info', 'aria-labelledby': 'twist-h', style: 'display:block;margin-top:.6rem' }, h('h2', { id: 'twist-h', style: 'margin-top:0' }, t('ui.nego.twist')), h('p', null, msg(g.twist))),
      g.deal ? h('p', { class: 'notice notice-info', role: 'status' }, h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '✓'), t('ui.track.deal', { option: optionTitle(view, g.id, g.deal) })) : null,
      last
        ? h('section', { 'aria-labelledby': 'answer-h' }, h('h2', { id: 'answer-h' }, t('ui.nego.lastAnswer')), answerView(view, last, { id: 'putin-answer' }))
        : h('p', { class: 'muted', id: 'putin-answer' }, t('ui.nego.noAnswer')),
      this.errorBox(),
      g.counter && !g.final
        ? h(
            'section',
            { class: 'section', 'aria-labelledby': 'counter-h' },
            h('h2', { id: 'counter-h' }, t('ui.nego.counterHeading')),
            h('p', null, t('ui.track.counter', { option: optionTitle(view, g.id, g.counter) })),
            h('button', { type: 'button', class: 'btn btn-primary', id: 'accept-counter', disabled: !canAccept, onclick: () => this.send({ side: 'kim', type: 'offer.accept', goal: g.id }) }, t('ui.nego.accept')),
          )
        : null,
      this.goodsSection(view, g, d, canList),
      g.final
        ? h('p', { class: 'section' }, t('ui.nego.final'))
        : h(
            'section',
            { class: 'section', 'aria-labelledby': 'propose-h' },
            h('h2', { id: 'propose-h' }, t('ui.nego.proposeHeading')),
            h(
              'fieldset',
              null,
              h('legend', null, t('ui.nego.options')),
              h('p', { class: 'hint' }, t('ui.nego.optionsHint')),
              g.options.map((o) =>
                h(
                  'label',
                  { class: `choice${d.option === o.id ? ' is-checked' : ''}`, for: `option-${o.id}` },
                  h('input', {
                    type: 'radio',
                    name: 'option',
                    id: `option-${o.id}`,
                    value: o.id,
                    checked: d.option === o.id,
                    'aria-labelledby': `option-${o.id}-t`,
                    'aria-describedby': `option-${o.id}-d`,
                    onchange: () => {
                      d.option = o.id;
                      this.refresh();
                    },
                  }),
                  h('span', { class: 'choice-body' }, h('span', { class: 'choice-title', id: `option-${o.id}-t` }, msg(o.title)), h('span', { id: `option-${o.id}-d` }, h('span', { class: 'hint' }, msg(o.detail)), h('span', { class: 'badges' }, this.optionBadges(o)), sources(o.facts))),
                ),
              ),
            ),
            h(
              'div',
              { class: 'grid-2' },
              this.choiceSelect('sweetener', view.sweeteners, d.sweetener, (v) => (d.sweetener = v)),
              this.choiceSelect('framing', view.framings, d.framing, (v) => (d.framing = v)),
            ),
            h(
              'div',
              { class: 'row', style: 'margin-top:.6rem' },
              h('button', { type: 'button', class: 'btn btn-primary', id: 'propose-button', disabled: !canPropose || !d.option, onclick: () => this.propose(g, d) }, t('ui.nego.propose')),
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  id: 'ask-button',
                  disabled: !canAsk,
                  'aria-describedby': 'ask-hint',
                  onclick: () => {
                    if (this.send({ side: 'kim', type: 'goal.ask', goal: g.id }).ok) this.focusAnswer();
                  },
                },
                t('ui.nego.ask'),
              ),
              this.confirmWalk
                ? null
                : h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn btn-danger',
                      id: 'walk-button',
                      disabled: !canWalk,
                      onclick: () => {
                        this.confirmWalk = true;
                        this.refresh();
                        document.getElementById('walk-confirm')?.focus();
                      },
                    },
                    t('ui.nego.walk'),
                  ),
            ),
            h('p', { class: 'hint', id: 'ask-hint' }, g.asked ? t('ui.nego.asked') : t('ui.nego.askHint')),
            this.confirmWalk
              ? h(
                  'div',
                  {
                    class: 'notice notice-error',
                    role: 'group',
                    'aria-labelledby': 'walk-q',
                    onkeydown: (e: Event) => {
                      if ((e as KeyboardEvent).key === 'Escape') document.getElementById('walk-cancel')?.click();
                    },
                  },
                  h('p', { id: 'walk-q' }, t('ui.nego.walkConfirm', { goal: title })),
                  h(
                    'div',
                    { class: 'row' },
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'btn btn-danger',
                        id: 'walk-confirm',
                        onclick: () => {
                          this.confirmWalk = false;
                          this.send({ side: 'kim', type: 'goal.walkAway', goal: g.id });
                        },
                      },
                      t('ui.nego.walkYes'),
                    ),
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'btn',
                        id: 'walk-cancel',
                        onclick: () => {
                          this.confirmWalk = false;
                          this.refresh();
                          document.getElementById('walk-button')?.focus();
                        },
                      },
                      t('ui.nego.walkNo'),
                    ),
                  ),
                )
              : null,
          ),
      g.hints.length
        ? h('section', { class: 'section', 'aria-labelledby': 'hints-h' }, h('h2', { id: 'hints-h' }, t('ui.nego.hints')), h('ul', null, g.hints.map((m) => h('li', null, msg(m)))))
        : null,
      h('section', { class: 'section', 'aria-labelledby': 'tlog-h' }, h('h2', { id: 'tlog-h' }, t('ui.nego.log')), logList(view, trackLog, 'track-log')),
    ];
  }
}
