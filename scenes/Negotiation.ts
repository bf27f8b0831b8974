import type { GoalId, KimMove, Message, PutinAnswer } from '../src/engine/types';
import type { FramingView, GoalView, OptionView, PlayerView, SweetenerView } from '../src/engine/view-types';
import { setBackdrop } from '../src/shell/backdrop';
import { reducedMotion } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { StageScene } from '../src/shell/stage-scene';
import { msg, t } from '../src/shell/i18n';
import { draftStamp, readDrafts, type TrackDraft as Draft, writeDrafts } from '../src/shell/drafts';
import { answerView, costBadges, lapsedNotice, logList, meters, optionTitle, rankBadge, signed, sources, statusBadge, sweetenerBadges } from '../src/shell/panels';
import { session } from '../src/shell/session';
import { type Child, type Rect, UiScene } from '../src/shell/ui-scene';

/** One goal's track against Putin: the option ladder, sweetener, framing, and his answers. */
export class Negotiation extends StageScene {
  private goal: GoalId = '';
  private drafts = new Map<GoalId, Draft>();
  /** The game the drafts belong to: Phaser keeps the scene across games, a new game starts afresh. */
  private draftsOf = -1;
  private confirmWalk = false;
  /** The goal whose whole option list is open again after an answer ("other options"); else, once he has answered, the list shows the option chosen. */
  private optionsOpened: GoalId | null = null;

  constructor() {
    super('Negotiation');
  }

  override init(data: { goal?: GoalId } = {}): void {
    super.init();
    const ids = session.active ? session.view().goals.map((g) => g.id) : [];
    this.goal = data.goal && ids.includes(data.goal) ? data.goal : (ids[0] ?? '');
    this.confirmWalk = false;
    this.optionsOpened = null;
    if (this.draftsOf !== session.generation) {
      // Another game (or this page just loaded): the drafts kept for this very game, if any (a reload), else none.
      this.drafts = session.active ? readDrafts(draftStamp(session.record())) : new Map();
      this.draftsOf = session.generation;
    }
  }

  protected override drawArt(art: Rect): void {
    setBackdrop('room');
    this.seatStage(art);
  }

  protected override stageGoal(): GoalId {
    return this.goal;
  }

  protected override react(answer: PutinAnswer): void {
    const { portrait: putin, face } = this.stage?.putin() ?? {};
    if (!putin || reducedMotion()) return;
    // His face moves with him: the portrait and the brows and mouth drawn over it.
    const targets = face?.active ? [putin, face] : [putin];
    // Back where the stage puts him (laid out again since, it may be), his face with him.
    const settle = () => this.drawStage();
    if (answer.kind === 'accept') this.tweens.add({ targets, y: '+=10', duration: 160, yoyo: true, repeat: 1, ease: 'Sine.easeInOut', onComplete: settle });
    else if (answer.kind === 'refuse') this.tweens.add({ targets, x: '+=8', duration: 70, yoyo: true, repeat: 3, ease: 'Sine.easeInOut', onComplete: settle });
    else this.tweens.add({ targets, y: '+=4', duration: 220, yoyo: true, ease: 'Sine.easeInOut', onComplete: settle });
  }

  /** The argument: none, or one of them, each with what making it does to Washington's attention; its detail as hint. */
  private framingSelect(framings: FramingView[], value: string, set: (v: string) => void): HTMLElement {
    const chosen = framings.find((c) => c.id === value);
    const withUs = (f: FramingView) => (f.us !== 0 ? ` · ${t('ui.framing.us', { n: signed(f.us) })}` : '');
    return h(
      'div',
      null,
      h('label', { for: 'framing-select' }, t('ui.nego.framing')),
      h(
        'select',
        {
          id: 'framing-select',
          'aria-describedby': 'framing-hint',
          onchange: (e: Event) => {
            set((e.target as HTMLSelectElement).value);
            this.refresh();
          },
        },
        h('option', { value: '', selected: value === '' }, t('ui.nego.noFraming')),
        framings.map((c) => h('option', { value: c.id, selected: value === c.id }, `${msg(c.title)}${withUs(c)}`)),
      ),
      h(
        'p',
        { class: `hint${chosen ? '' : ' sr-only'}`, id: 'framing-hint' },
        chosen ? msg(chosen.detail) : t('ui.nego.framingHint'),
        chosen && chosen.us !== 0 ? [' ', t('ui.framing.usHint', { n: signed(chosen.us) })] : null,
      ),
    );
  }

  /**
   * The concession: none, or one of Kim's, chosen from a list that states each one's price (spent
   * when offered, what it takes off Kim's score, whether Putin asked for it); the chosen one's card
   * below says the rest. One line on the screen, however many concessions there are.
   */
  private sweetenerSelect(view: PlayerView, d: Draft, enabled: boolean): HTMLElement {
    const chosen = view.sweeteners.find((s) => s.id === d.sweetener);
    const price = (s: SweetenerView) =>
      [msg(s.title), s.kimCost !== null ? t('ui.sweet.cost', { n: s.kimCost }) : null, s.asked ? t('ui.sweet.asked') : null, s.used ? t('ui.sweet.used') : null].filter(Boolean).join(' · ');
    return h(
      'div',
      { id: 'sweeteners' },
      h('label', { for: 'sweetener-select' }, t('ui.nego.sweetener')),
      h(
        'select',
        {
          id: 'sweetener-select',
          disabled: !enabled,
          'aria-describedby': 'sweetener-hint',
          onchange: (e: Event) => {
            d.sweetener = (e.target as HTMLSelectElement).value;
            this.refresh();
          },
        },
        h('option', { value: '', selected: d.sweetener === '' }, t('ui.nego.noSweetener')),
        view.sweeteners.map((s) => h('option', { value: s.id, id: `sweetener-${s.id}-d`, selected: d.sweetener === s.id, disabled: s.used }, price(s))),
      ),
      h(
        'p',
        { class: `hint${chosen ? '' : ' sr-only'}`, id: 'sweetener-hint' },
        chosen ? [msg(chosen.detail), sweetenerBadges(chosen), sources(chosen.facts)] : t('ui.nego.sweetenerHint'),
      ),
    );
  }

  private draft(g: GoalView): Draft {
    let d = this.drafts.get(g.id);
    if (!d) {
      const first = g.options.find((o) => !o.tried && !(o.breaks && o.breaks.length)) ?? g.options[0];
      d = { option: first?.id ?? '', sweetener: '', framing: '', goods: new Set(), with: [] };
      this.drafts.set(g.id, d);
    }
    return d;
  }

  /** The offer as drafted: this goal's option and, for a package, the other goals' options. */
  private offerMove(g: GoalView, d: Draft): KimMove {
    const move: KimMove = { side: 'kim', type: 'offer.propose', goal: g.id, option: d.option };
    if (d.with.length) move.with = d.with.map((i) => ({ goal: i.goal, option: i.option }));
    if (d.sweetener) move.sweetener = d.sweetener;
    if (d.framing) move.framing = d.framing;
    return move;
  }

  private propose(g: GoalView, d: Draft): void {
    const res = this.send(this.offerMove(g, d));
    if (res.ok) {
      // Spent when offered, taken or not.
      if (d.sweetener) d.sweetener = '';
      this.optionsOpened = null;
      this.focusAnswer();
    }
  }

  /** The goals that may join this goal's offer now: open, and open to a proposal. */
  private joinable(view: PlayerView, g: GoalView): GoalView[] {
    if (!view.packages) return [];
    const legal = session.legal();
    return view.goals.filter((x) => x.id !== g.id && !x.final && legal.some((m) => m.type === 'offer.propose' && m.goal === x.id));
  }

  /** A goal added to the package: what Kim asks on it (its own draft's option, else its suggestion). */
  private addToPackage(d: Draft, goal: GoalView): void {
    const own = this.drafts.get(goal.id)?.option;
    const option = own && goal.options.some((o) => o.id === own) ? own : this.draft(goal).option;
    d.with = [...d.with, { goal: goal.id, option }];
    this.refresh();
    document.getElementById(`pkg-option-${goal.id}`)?.focus();
  }

  /** The package being drafted: each other goal with its option and what it costs; buttons to add the goals that may join. */
  private packageSection(view: PlayerView, d: Draft, joinable: GoalView[], enabled: boolean, roomy: boolean): Child {
    if (!view.packages) return null;
    const addable = joinable.filter((x) => !d.with.some((i) => i.goal === x.id));
    if (!d.with.length && !addable.length) return null;
    // Folded on small screens until a package is being drafted: the summary says what it is for.
    return h(
      'details',
      { id: 'package', class: 'package', open: d.with.length > 0 || roomy ? true : undefined },
      foldSummary(t('ui.package.heading'), t('ui.package.headingShort'), 'package-h'),
      d.with.length ? h('p', { class: 'hint' }, t('ui.package.hint')) : null,
      d.with.map((item, index) => {
        const gv = view.goals.find((x) => x.id === item.goal)!;
        const o = gv.options.find((x) => x.id === item.option) ?? gv.options[0]!;
        const title = msg(gv.title);
        return h(
          'div',
          { class: 'package-item', role: 'group', 'aria-labelledby': `pkg-${gv.id}-h` },
          h('h3', { id: `pkg-${gv.id}-h` }, h('span', { 'aria-hidden': 'true' }, '+ '), title),
          h('label', { for: `pkg-option-${gv.id}` }, t('ui.package.option', { goal: title })),
          h(
            'select',
            {
              id: `pkg-option-${gv.id}`,
              disabled: !enabled,
              'aria-describedby': `pkg-${gv.id}-d`,
              onchange: (e: Event) => {
                const next = [...d.with];
                next[index] = { goal: gv.id, option: (e.target as HTMLSelectElement).value };
                d.with = next;
                this.refresh();
              },
            },
            gv.options.map((x) => h('option', { value: x.id, selected: x.id === o.id }, `${msg(x.title)} · ${t('ui.option.value', { v: x.kimValue ?? '?' })}`)),
          ),
          h('span', { id: `pkg-${gv.id}-d` }, h('span', { class: 'hint' }, msg(o.detail)), h('span', { class: 'badges' }, this.optionBadges(o)), costBadges(view, o)),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small',
              id: `package-remove-${gv.id}`,
              onclick: () => {
                d.with = d.with.filter((i) => i.goal !== gv.id);
                this.refresh();
                (document.getElementById(`package-add-${gv.id}`) ?? document.getElementById('propose-button'))?.focus();
              },
            },
            t('ui.package.remove', { goal: title }),
          ),
        );
      }),
      addable.length
        ? h(
            'div',
            { class: 'row' },
            addable.map((x) =>
              h(
                'button',
                // The chip shows "+ goal"; its name says the whole action.
                { type: 'button', class: 'btn btn-small btn-chip', id: `package-add-${x.id}`, 'aria-label': t('ui.package.add', { goal: msg(x.title) }), disabled: !enabled, onclick: () => this.addToPackage(d, x) },
                h('span', { 'aria-hidden': 'true' }, '+ '),
                msg(x.title),
              ),
            ),
          )
        : null,
    );
  }

  /** Where the last answer named a limit and calling it is legal: what calling costs either way, and the button. */
  private callSection(view: PlayerView, g: GoalView, last: PutinAnswer | undefined, roomy: boolean): Child {
    if (!last?.claim || session.check({ side: 'kim', type: 'offer.call', goal: g.id }) !== null) return null;
    const c = view.costs;
    return h(
      'section',
      { class: 'section', 'aria-labelledby': 'call-h' },
      h('h2', { id: 'call-h' }, t('ui.call.heading')),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          id: 'call-button',
          'aria-describedby': 'call-costs',
          onclick: () => {
            if (this.send({ side: 'kim', type: 'offer.call', goal: g.id }).ok) this.focusAnswer();
          },
        },
        t('ui.call.button'),
      ),
      // The limit he named and what calling costs either way: folded beside the button until asked for
      // on a screen short of room (the costs stay the button's description).
      h(
        'details',
        { id: 'call-costs-fold', open: roomy ? true : undefined },
        foldSummary(t('ui.call.costs'), t('ui.call.costsShort')),
        h('p', null, t('ui.call.claim', { limit: msg({ key: `constraint.${last.claim}.title` }) })),
        h(
          'ul',
          { class: 'hint', id: 'call-costs' },
          h('li', null, t('ui.call.time', { m: c.minutes.call })),
          h('li', null, t('ui.call.ifBluff', { face: signed(c.face.calledBluff) })),
          h('li', null, t('ui.call.ifReal', { face: signed(c.face.calledWrongly), patience: signed(-c.patience.stall) })),
        ),
      ),
    );
  }

  private focusAnswer(): void {
    // The talks ended with this answer: the moment that says so has the focus (src/shell/ui-scene.ts).
    if (document.getElementById('end-moment')) return;
    const el = document.getElementById('putin-answer');
    if (el) {
      el.setAttribute('tabindex', '-1');
      el.focus();
    }
  }

  /** What is known of the option against Putin's limits, said in words beside its detail (a broken limit is also on its card). */
  private limitNote(o: OptionView): Child {
    if (o.breaks === null) return h('span', { class: 'muted' }, h('span', { 'aria-hidden': 'true' }, '? '), t('ui.option.unknown'));
    if (o.breaks.length === 0) return h('span', { class: 'good-text' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('ui.option.noLimit'));
    return null;
  }

  private optionBadges(o: OptionView): Child[] {
    const out: Child[] = [h('span', { class: 'badge' }, t('ui.option.value', { v: o.kimValue ?? '?' }))];
    if (o.breaks === null) out.push(h('span', { class: 'badge' }, h('span', { 'aria-hidden': 'true' }, '? '), t('ui.option.unknown')));
    else if (o.breaks.length === 0) out.push(h('span', { class: 'badge badge-good' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('ui.option.noLimit')));
    else out.push(h('span', { class: 'badge badge-bad' }, h('span', { 'aria-hidden': 'true' }, '✕ '), t('ui.option.breaks', { list: o.breaks.map((c) => msg({ key: `constraint.${c}.title` })).join(', ') })));
    if (o.tried) out.push(h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '↺ '), t('ui.option.tried')));
    if (o.goesBack) out.push(h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '↩ '), t('ui.option.goes-back')));
    return out;
  }

  /** The goods to tick, in two lists (one each way), each with what is known of it under the sanctions; the list is sent from the bar of moves. */
  private goodsSection(view: PlayerView, g: GoalView, d: Draft, canList: boolean): Child {
    if (!g.goodsList) return null;
    const groups: ['toNorth' | 'toRussia', string][] = [
      ['toNorth', t('scenario.goods.toNorth')],
      ['toRussia', t('scenario.goods.toRussia')],
    ];
    // On a phone, the short words (the whole ones stay for screen readers).
    const body: Child[] = [h('p', { class: 'hint', id: 'goods-hint' }, h('span', { class: 'label-long' }, t('ui.goods.hint')), h('span', { class: 'label-short', 'aria-hidden': 'true' }, t('ui.goods.hintShort')))];
    return h(
      canList ? 'section' : 'details',
      { class: `section goods-section${g.answers.length ? ' goods-answered' : ''}`, 'aria-labelledby': 'goods-h', id: 'goods' },
      canList ? h('h2', { id: 'goods-h' }, t('ui.goods.title')) : h('summary', { id: 'goods-h' }, t('ui.goods.title')),
      body,
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
                  { class: `choice choice-compact${d.goods.has(good.id) ? ' is-checked' : ''}`, for: `good-${good.id}` },
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
                          : h('span', { class: 'sr-only' }, msg(good.detail)),
                    ),
                  ),
                );
              }),
          ),
        ),
      ),
      canList
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn btn-primary',
              id: 'send-goods',
              onclick: () => {
                const res = this.send({ side: 'kim', type: 'goods.list', goal: g.id, goods: view.goods.filter((x) => d.goods.has(x.id)).map((x) => x.id) });
                if (res.ok) this.focusAnswer();
              },
            },
            t('ui.goods.send', { n: d.goods.size }),
          )
        : null,
    );
  }

  /**
   * One option as a row of a compact radio list: its title and, on the same line where it fits, what
   * it is worth and what a deal on it moves, as a sign and a number each (the words stay for screen
   * readers); what crosses a limit or was tried is said in words. What the chosen option is, and
   * where that comes from, is under the list (optionAbout).
   */
  private optionChoice(d: Draft, o: OptionView): HTMLElement {
    const chosen = d.option === o.id;
    const face = o.face !== null ? signed(o.face) : '?';
    const brief = [
      t('ui.option.brief', { v: o.kimValue ?? '?', us: signed(o.us), face }),
      o.money > 0 ? msg({ key: 'scenario.cost.money', params: { n: o.money } }) : null,
      o.china ? msg({ key: 'scenario.cost.china' }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    const warnings: Child[] = [];
    if (o.breaks && o.breaks.length) warnings.push(h('span', { class: 'badge badge-bad' }, h('span', { 'aria-hidden': 'true' }, '✕ '), t('ui.option.breaks', { list: o.breaks.map((c) => msg({ key: `constraint.${c}.title` })).join(', ') })));
    if (o.tried) warnings.push(h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '↺ '), t('ui.option.tried')));
    if (o.goesBack) warnings.push(h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '↩ '), t('ui.option.goes-back')));
    // What the other side pays, or the line it keeps to: in words, with the warnings (the description already says it once).
    for (const extra of [o.money > 0 ? msg({ key: 'scenario.cost.money', params: { n: o.money } }) : null, o.china ? msg({ key: 'scenario.cost.china' }) : null])
      if (extra) warnings.push(h('span', { class: 'badge badge-warn', 'aria-hidden': 'true' }, h('span', null, '¤ '), extra));
    return h(
      'label',
      { class: `choice choice-compact option-row${chosen ? ' is-checked' : ''}`, for: `option-${o.id}` },
      h('input', {
        type: 'radio',
        name: 'option',
        id: `option-${o.id}`,
        value: o.id,
        checked: chosen,
        'aria-labelledby': `option-${o.id}-t`,
        'aria-describedby': warnings.length ? `option-${o.id}-d option-${o.id}-w` : `option-${o.id}-d`,
        onchange: () => {
          d.option = o.id;
          this.refresh();
        },
      }),
      h(
        'span',
        { class: 'choice-body' },
        h('span', { class: 'choice-title', id: `option-${o.id}-t` }, msg(o.title)),
        h(
          'span',
          { id: `option-${o.id}-d`, class: 'choice-brief' },
          h('span', { class: 'sr-only' }, brief),
          h(
            'span',
            { class: 'option-costs', 'aria-hidden': 'true' },
            h('span', { class: 'cost cost-worth' }, `★${o.kimValue ?? '?'}`),
            h('span', { class: `cost${o.us > 0 ? ' cost-warn' : ''}` }, `${t('ui.option.usSign')}${signed(o.us)}`),
            h('span', { class: `cost${o.face !== null && o.face > 0 ? ' cost-good' : o.face !== null && o.face < 0 ? ' cost-bad' : ''}` }, `☺${face}`),
          ),
        ),
        warnings.length ? h('span', { class: 'badges', id: `option-${o.id}-w` }, warnings) : null,
      ),
    );
  }

  /**
   * The options to choose from. Once Putin has answered on the goal, the one chosen (what was just
   * proposed, it may be) and a button that opens the others: his answer is what the page is about.
   */
  private optionList(g: GoalView, d: Draft): Child[] {
    const chosen = g.options.find((o) => o.id === d.option);
    if (!g.answers.length || this.optionsOpened === g.id || !chosen || g.options.length < 2) return g.options.map((o) => this.optionChoice(d, o));
    return [
      h(
        'div',
        { class: 'option-chosen' },
        this.optionChoice(d, chosen),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            id: 'other-options',
            'aria-expanded': 'false',
            onclick: () => {
              this.optionsOpened = g.id;
              this.refresh();
              document.getElementById(`option-${d.option}`)?.focus();
            },
          },
          t('ui.nego.otherOptions', { n: g.options.length - 1 }),
        ),
      ),
    ];
  }

  /** What the chosen option is, where that comes from and what is known of it against Putin's limits: one tap away on a small screen. */
  private optionAbout(g: GoalView, d: Draft, roomy: boolean): Child {
    const o = g.options.find((x) => x.id === d.option);
    if (!o) return null;
    return h(
      'details',
      { class: 'option-about', id: 'option-about', open: roomy ? true : undefined },
      h('summary', null, t('ui.option.aboutShort')),
      h('p', { class: 'hint' }, msg(o.detail), ' ', this.limitNote(o), ' ', sources(o.facts)),
    );
  }

  /**
   * The bar of moves, kept in view at the foot of the screen however far the panel is scrolled:
   * Propose (or the package), Ask, Walk away (the goods list is sent from under the goods). Walking
   * away asks first, in the bar itself.
   */
  private moveBar(view: PlayerView, g: GoalView, d: Draft, can: { propose: boolean; ask: boolean; walk: boolean }, offerError: Message | null): HTMLElement {
    const c = view.costs;
    const title = msg(g.title);
    if (this.confirmWalk)
      return h(
        'div',
        {
          class: 'move-bar notice-error',
          id: 'move-bar',
          role: 'group',
          'aria-labelledby': 'walk-q',
          onkeydown: (e: Event) => {
            if ((e as KeyboardEvent).key === 'Escape') document.getElementById('walk-cancel')?.click();
          },
        },
        h('p', { id: 'walk-q' }, t('ui.nego.walkConfirm', { goal: title, face: signed(c.face.walkAway), m: c.minutes.walkAway })),
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
      );
    return h(
      'div',
      { class: 'move-bar', id: 'move-bar', role: 'group', 'aria-label': t('ui.nego.proposeHeading') },
      offerError ? h('p', { class: 'notice notice-error', id: 'package-error' }, h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '⚠'), t('ui.package.cannot', { reason: msg(offerError) })) : null,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { type: 'button', class: 'btn btn-primary', id: 'propose-button', 'aria-describedby': 'cost-time', disabled: !can.propose || !d.option || offerError !== null, onclick: () => this.propose(g, d) },
          d.with.length ? t('ui.nego.proposePackage', { n: d.with.length + 1 }) : t('ui.nego.propose'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'ask-button',
            disabled: !can.ask,
            'aria-describedby': 'ask-hint',
            onclick: () => {
              if (this.send({ side: 'kim', type: 'goal.ask', goal: g.id }).ok) this.focusAnswer();
            },
          },
          h('span', { class: 'label-long' }, t('ui.nego.ask')),
          h('span', { class: 'label-short', 'aria-hidden': 'true' }, t('ui.nego.askShort')),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-danger',
            id: 'walk-button',
            disabled: !can.walk,
            onclick: () => {
              this.confirmWalk = true;
              this.refresh();
              document.getElementById('walk-confirm')?.focus();
            },
          },
          h('span', { class: 'label-long' }, t('ui.nego.walk')),
          h('span', { class: 'label-short', 'aria-hidden': 'true' }, t('ui.nego.walkShort')),
        ),
      ),
    );
  }

  /** The goods' sources, said once for the list (each verdict names its resolution): a fold among those under the bar of moves. */
  private goodsSources(view: PlayerView): Child {
    const facts = [...new Set(view.goods.flatMap((x) => x.facts))];
    return facts.length ? h('details', { class: 'goods-sources', id: 'goods-sources' }, h('summary', null, t('ui.goods.sources')), sources(facts)) : null;
  }

  /** What the goal is, and what makes it hard: folded away once the talks on it have begun. */
  private goalBrief(g: GoalView): HTMLElement {
    // Folded: the summit's card of the goal already says what it is; the twist is one tap away.
    return h(
      'details',
      { class: 'goal-brief', id: 'goal-brief' },
      foldSummary(t('ui.nego.twist'), t('ui.nego.twistShort')),
      h('p', { class: 'lede' }, msg(g.summary)),
      h('p', null, msg(g.twist)),
    );
  }

  /** Putin's last answer on this goal, or, once Kim took his offer, what was taken (his offer is no longer on the table). */
  private lastAnswer(view: PlayerView, g: GoalView): Child {
    const last = g.answers[g.answers.length - 1];
    if (!last) return h('p', { class: 'muted', id: 'putin-answer' }, t('ui.nego.noAnswer'));
    const accepted = last.kind === 'counter' && g.deal !== undefined && g.deal === last.counterOption;
    const lapsed = last.kind === 'counter' && g.status !== 'countered' && !g.deal;
    return h(
      'section',
      { 'aria-labelledby': 'answer-h' },
      h('h2', { id: 'answer-h' }, t('ui.nego.lastAnswer')),
      accepted
        ? h('p', { class: 'answer answer-accept', id: 'putin-answer' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('ui.nego.accepted', { option: optionTitle(view, g.id, g.deal) }))
        : answerView(view, last, { id: 'putin-answer', lapsed, fold: true }),
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
    const prev = g.answers[g.answers.length - 2];
    const trackLog = view.log.filter((e) => e.goal === g.id);
    // A spent sweetener cannot be offered again; a goal that closed leaves the package.
    if (d.sweetener && view.sweeteners.find((s) => s.id === d.sweetener)?.used) d.sweetener = '';
    const joinable = this.joinable(view, g);
    if (d.with.some((i) => !joinable.some((x) => x.id === i.goal))) d.with = d.with.filter((i) => joinable.some((x) => x.id === i.goal));
    const offer = this.offerMove(g, d);
    const offerError = canPropose && d.option && d.with.length ? session.check(offer) : null;
    if (session.active) writeDrafts(draftStamp(session.record()), this.drafts);
    const c = view.costs;
    const ended = this.endMoment(view);
    const open = !g.final && !ended;
    // A screen with room to spare (a tall one): the proposal's folds start open.
    const roomy = typeof matchMedia === 'function' && matchMedia('(min-width: 1000px) and (min-height: 860px)').matches;
    const foldProposal = canList;

    return [
      ended,
      h(
        'div',
        { class: 'nego-head' },
        h('button', { type: 'button', class: 'btn btn-small', id: 'back-to-summit', onclick: () => void this.go('Summit') }, h('span', { 'aria-hidden': 'true' }, '←'), h('span', { class: 'chip-word' }, t('ui.nego.back'))),
        h('h1', null, title),
        h('div', { class: 'badges' }, statusBadge(g.status), rankBadge(g), g.roundsLeft !== undefined ? h('span', { class: 'badge badge-warn' }, h('span', { 'aria-hidden': 'true' }, '◷ '), t(g.roundsLeft === 1 ? 'ui.track.round1' : 'ui.track.rounds', { n: g.roundsLeft })) : null),
      ),
      meters(view, 'n', true),
      g.deal && !(last?.kind === 'counter' && last.counterOption === g.deal) ? h('p', { class: 'notice notice-info', role: 'status' }, h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '✓'), t('ui.track.deal', { option: optionTitle(view, g.id, g.deal) })) : null,
      lapsedNotice(view),
      prev?.called && last && !last.called ? h('p', { class: 'notice notice-info', role: 'status', id: 'bluff-called' }, h('span', { class: 'notice-icon', 'aria-hidden': 'true' }, '!'), t('ui.call.wasBluff')) : null,
      this.lastAnswer(view, g),
      this.errorBox(),
      this.callSection(view, g, last, roomy),
      g.counter && !g.final
        ? h(
            'section',
            { class: 'section', 'aria-labelledby': 'counter-h' },
            h('h2', { id: 'counter-h' }, t('ui.nego.counterHeading')),
            h('p', null, t('ui.track.counter', { option: optionTitle(view, g.id, g.counter) })),
            h('p', { class: 'hint', id: 'counter-hint' }, h('span', { class: 'label-long' }, t('ui.nego.counterHint', { m: c.minutes.accept })), h('span', { class: 'label-short', 'aria-hidden': 'true' }, t('ui.nego.counterHintShort', { m: c.minutes.accept }))),
            h('button', { type: 'button', class: 'btn btn-primary', id: 'accept-counter', 'aria-describedby': 'counter-hint', disabled: !canAccept, onclick: () => this.send({ side: 'kim', type: 'offer.accept', goal: g.id }) }, t('ui.nego.accept')),
          )
        : null,
      open ? this.goodsSection(view, g, d, canList) : null,
      !open
        ? ended
          ? null
          : h('p', { class: 'section', id: 'goal-final' }, t(`ui.nego.final.${g.status === 'agreed' || g.status === 'deadlocked' || g.status === 'walkedOut' ? g.status : 'closed'}`))
        : h(
            // While the goods list can be sent, the list is the move in view and the proposal is folded under it.
            foldProposal ? 'details' : 'section',
            // A draft that holds a concession, an argument or a package (a reload) shows them.
            { class: 'section proposal', 'aria-labelledby': 'propose-h', id: 'proposal', open: foldProposal && (d.sweetener || d.framing || d.with.length) ? true : undefined },
            // Named for screen readers; on screen the options' legend heads the proposal.
            foldProposal ? h('summary', { id: 'propose-h' }, t('ui.nego.proposeHeading')) : h('h2', { id: 'propose-h', class: 'sr-only' }, t('ui.nego.proposeHeading')),
            h(
              'fieldset',
              { 'aria-describedby': 'options-hint', class: 'options' },
              h(
                'legend',
                null,
                t('ui.nego.options'),
                h('span', { class: 'hint legend-note', id: 'cost-time' }, ` · ${t('ui.cost.time', { m: c.minutes.propose })}`),
                // The signs of each option's line, said once (each line's words are there for screen readers).
                h('span', { class: 'hint legend-note option-key', 'aria-hidden': 'true' }, ` · ${t('ui.option.key')}`),
              ),
              h('p', { class: 'hint sr-only', id: 'options-hint' }, t('ui.nego.optionsHint')),
              this.optionList(g, d),
            ),
            // The chosen option's detail and the package: side by side, folded, on a small screen.
            h('div', { class: 'proposal-folds' }, this.optionAbout(g, d, roomy), this.packageSection(view, d, joinable, canPropose, roomy)),
            h('div', { class: 'grid-2 proposal-extras' }, this.sweetenerSelect(view, d, canPropose), this.framingSelect(view.framings, d.framing, (v) => (d.framing = v))),
          ),
      open ? this.moveBar(view, g, d, { propose: canPropose, ask: canAsk, walk: canWalk }, offerError) : null,
      g.hints.length
        ? h('details', { class: 'section', id: 'hints', open: true }, h('summary', { id: 'hints-h' }, t('ui.nego.hints')), h('ul', null, g.hints.map((m) => h('li', null, msg(m)))))
        : null,
      // What the goal is, what each move costs and how the talks went: side by side, folded, each one tap away.
      h(
        'div',
        { class: 'section folds' },
        this.goalBrief(g),
        h(
        'details',
        { id: 'move-costs' },
        foldSummary(t('ui.nego.costsHeading'), t('ui.nego.costsShort')),
        h('p', { class: 'hint', id: 'cost-rules' }, t('ui.cost.rules', { m: c.minutes.propose, low: Math.min(c.patience.NOT_NOW, c.patience.TOO_MUCH, c.patience.NO_GAIN, c.patience.NEVER), high: Math.max(c.patience.NOT_NOW, c.patience.TOO_MUCH, c.patience.NO_GAIN, c.patience.NEVER), face: signed(c.face.rebuffed), counter: c.patience.counter, stall: c.patience.stall })),
        view.coldPress ? h('p', { class: 'hint', id: 'cold-press-rule' }, t('ui.cost.coldPress', { stall: c.patience.stall })) : null,
        h('p', { class: 'hint', id: 'ask-hint' }, g.asked ? t('ui.nego.asked') : t('ui.nego.askHint', { m: c.minutes.ask, p: c.patience.ask })),
        h('p', { class: 'hint' }, t('ui.nego.optionsHint')),
        h('p', { class: 'hint' }, t('ui.nego.sweetenerHint')),
        h('p', { class: 'hint' }, t('ui.package.hint')),
        ),
        h('details', { id: 'track-log-fold' }, foldSummary(t('ui.nego.log'), t('ui.nego.logShort'), 'tlog-h'), logList(view, trackLog, 'track-log')),
        open && g.goodsList ? this.goodsSources(view) : null,
      ),
    ];
  }
}

/** A fold's summary: its whole words, and the short ones a phone shows instead (the whole words stay its name). */
function foldSummary(long: string, short: string, id?: string): HTMLElement {
  return h('summary', { id }, h('span', { class: 'label-long' }, long), h('span', { class: 'label-short', 'aria-hidden': 'true' }, short));
}
