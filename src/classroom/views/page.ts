// The page's frame: its head (title, language, the way back to the game), the contents, the notice
// line, the warnings about keeping the class, and the sections, each drawn by its own view.
import { LANGS } from '../../engine/types';
import { h, replace } from '../../shell/dom';
import type { PageState } from '../state';
import { textsOf } from './common';
import type { View, ViewContext } from './view';

export function noticeView(): View {
  return {
    id: 'notice',
    deps: (s) => [s.lang, s.notice],
    render: () => h('div', { id: 'notice', class: 'notice no-print', role: 'status' }),
    // Drawn in place: a live region keeps its node, so that what it says is read out.
    patch(el, s) {
      const n = s.notice;
      const tx = textsOf(s);
      el.className = n ? `notice no-print notice-${n.kind}` : 'notice no-print';
      el.setAttribute('role', n?.kind === 'error' ? 'alert' : 'status');
      replace(el, n ? n.lines.map((m) => tx.say(m)).join(' ') : '');
    },
  };
}

export interface Sections {
  notice: View;
  /** The lasting warnings about keeping the class (./storage.ts). */
  storage: View;
  /** The live class on a class server (../live/live.ts). */
  live: View;
  session: View;
  keep: View;
  handout: View;
  collect: View;
  results: View;
}

export function pageView(ctx: ViewContext, parts: Sections): View {
  const frame = (el: HTMLElement, s: PageState) => {
    const tx = textsOf(s);
    document.documentElement.lang = s.lang;
    document.title = tx.t('class.page.title', { title: tx.sc('scenario.title') });
    replace(
      el,
      h(
        'header',
        { class: 'top no-print' },
        h('div', null, h('h1', null, tx.t('class.page.title', { title: tx.sc('scenario.title') })), h('p', { class: 'lede' }, tx.t('class.page.lede'))),
        h(
          'div',
          { class: 'top-tools' },
          h(
            'div',
            { class: 'lang-switch', role: 'group', 'aria-label': tx.t('class.lang.label') },
            LANGS.map((l) => h('button', { type: 'button', class: 'btn btn-small', id: `lang-${l}`, lang: l, 'aria-pressed': String(l === s.lang), onclick: () => ctx.fx.setLang(l) }, tx.t(`class.lang.${l}`))),
          ),
          h('a', { href: 'index.html', class: 'btn btn-small' }, tx.t('class.page.back')),
        ),
      ),
      h(
        'nav',
        { class: 'no-print', 'aria-label': tx.t('class.nav.label') },
        h(
          'ul',
          null,
          [
            ['live', 'class.nav.live'],
            ['session', 'class.nav.session'],
            ['handout-section', 'class.nav.handout'],
            ['collect', 'class.nav.collect'],
            ['class', 'class.nav.class'],
          ].map(([id, key]) => h('li', null, h('a', { href: `#${id}` }, tx.t(key!)))),
        ),
      ),
      ctx.draw(parts.notice, s),
      ctx.draw(parts.storage, s),
      h('main', null, ctx.draw(parts.live, s), ctx.draw(parts.session, s), ctx.draw(parts.keep, s), ctx.draw(parts.handout, s), ctx.draw(parts.collect, s), ctx.draw(parts.results, s)),
    );
  };
  return {
    id: 'classroom',
    deps: (s) => [s.lang, s.cls.scenarioId],
    render: () => h('div', { id: 'classroom' }),
    patch: frame,
  };
}
