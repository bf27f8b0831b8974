// The printable handout, in the students' language: the situation, the goals, the task and how to
// hand in. The scenario's own texts (briefing.*, goal.*) come from its catalogues; the teacher's notes
// are in ./notes.ts.
import { h } from '../../shell/dom';
import { CLASS_CATALOGUES, type Texts } from '../i18n';
import type { ClassScenario } from '../scenario';
import type { Session } from '../store';
import { numbered } from './common';

const own = (prefix: string) => numbered(CLASS_CATALOGUES.en, prefix);

/** The students' handout, in the students' language (`tx`). */
export function studentSheet(tx: Texts, scenario: ClassScenario, session: Session | null, link: string | null, qr: Node | null): HTMLElement {
  const { lang, t } = tx;
  return h(
    'article',
    { class: 'sheet handout', id: 'handout', lang },
    h('header', { class: 'sheet-head' }, h('h2', null, tx.sc('scenario.handout')), h('p', { class: 'sheet-date' }, tx.sc('briefing.date'))),
    session && link
      ? h(
          'div',
          { class: 'sheet-session' },
          h('div', { class: 'sheet-qr', 'aria-hidden': 'true' }, qr),
          h(
            'div',
            null,
            h('p', { class: 'sheet-code' }, h('span', null, t('class.sheet.session')), ' ', h('strong', { id: 'handout-code' }, session.id)),
            h('p', { class: 'sheet-link' }, h('span', null, `${t('class.sheet.link')}: `), h('span', { class: 'url' }, link)),
            h('p', null, t('class.sheet.difficulty', { difficulty: t(`class.difficulty.${session.difficulty}`) }), session.minutes ? ` · ${t('class.sheet.time', { minutes: session.minutes })}` : ''),
          ),
        )
      : h('p', { class: 'hint no-print' }, t('class.handout.needSession')),
    h('h3', null, t('class.sheet.situation')),
    ['briefing.train', 'briefing.hanoi', 'briefing.kremlin'].map((k) => h('p', null, tx.sc(k))),
    h('h3', null, t('class.sheet.goals')),
    h(
      'ol',
      { class: 'sheet-goals' },
      scenario.goals.map((g) => h('li', null, h('strong', null, tx.sc(`goal.${g}.title`)), ' · ', tx.sc(`goal.${g}.summary`))),
    ),
    h(
      'div',
      { class: 'sheet-steps' },
      h('section', null, h('h3', null, t('class.sheet.task')), h('ol', null, own('class.sheet.task').map((k) => h('li', null, t(k))))),
      h('section', null, h('h3', null, t('class.sheet.handin')), h('ol', null, own('class.sheet.handin').map((k) => h('li', null, t(k))))),
    ),
  );
}
