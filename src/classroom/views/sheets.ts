// The handout and the notes: printed from here, and shown on the page when asked for.
import { h } from '../../shell/dom';
import { linkOf, qrNode, scenarioIn, studentTextsOf, textsOf } from './common';
import { studentSheet } from './handout';
import { teacherNotes } from './notes';
import type { View, ViewContext } from './view';

export function sheetsView({ store, fx }: ViewContext): View {
  return {
    id: 'handout-section',
    deps: (s) => {
      const link = linkOf(s);
      return [s.lang, s.cls.scenarioId, s.cls.session, s.pageUrl, s.showSheets, link ? s.qr.get(link) : undefined];
    },
    render(s) {
      const tx = textsOf(s);
      const { t } = tx;
      const session = s.cls.session;
      const link = linkOf(s);
      const scenario = scenarioIn(s);
      const students = studentTextsOf(s);
      return h(
        'section',
        { id: 'handout-section', class: 'section', 'aria-labelledby': 'handout-title' },
        h('h2', { id: 'handout-title', class: 'no-print' }, t('class.handout.title')),
        h('p', { class: 'no-print' }, t('class.handout.intro', { lang: t(`class.lang.${session?.lang ?? s.lang}`) })),
        h(
          'div',
          { class: 'row no-print' },
          h('button', { type: 'button', class: 'btn btn-primary', id: 'print-handout-notes', onclick: () => fx.print('handout-notes') }, t('class.handout.print')),
          h('button', { type: 'button', class: 'btn', id: 'print-handout', onclick: () => fx.print('handout') }, t('class.handout.printHandout')),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn no-print',
            id: 'toggle-sheets',
            'aria-expanded': String(s.showSheets),
            'aria-controls': 'handout-area',
            onclick: () => store.dispatch({ type: 'sheets.toggle' }),
          },
          s.showSheets ? t('class.handout.hide') : t('class.handout.show'),
        ),
        // Hidden on screen until asked for; always printed.
        h(
          'div',
          { class: 'sheets', id: 'handout-area', hidden: !s.showSheets },
          studentSheet(students, scenario, session, link, session && link ? qrNode(s.qr.get(link), students, students.t('class.session.qr')) : null),
          teacherNotes(tx, scenario),
        ),
      );
    },
  };
}
