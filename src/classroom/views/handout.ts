// The printable handout (students' language) and the teacher notes (the page's language). The
// scenario's own texts (briefing.*, goal.*, debrief.*, source.*) come from its catalogues.
import { h } from '../../shell/dom';
import { sourceLabel } from '../../shell/sources';
import type { Texts } from '../i18n';
import type { ClassScenario } from '../scenario';
import type { Session } from '../store';

const classNumbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);

/** A source by the name its scenario gives it ("the article, ¶13"), as the game names it. */
function sourceName(tx: Texts, scenario: ClassScenario, ref: string): string {
  const has = (key: string) => Object.hasOwn(scenario.catalogues[tx.lang], key) || Object.hasOwn(scenario.catalogues.en, key);
  return sourceLabel(ref, tx.say, has);
}

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
    h('h3', null, t('class.sheet.task')),
    h('ol', null, classNumbered('class.sheet.task', 4).map((k) => h('li', null, t(k)))),
    h('h3', null, t('class.sheet.handin')),
    h('ol', null, classNumbered('class.sheet.handin', 3).map((k) => h('li', null, t(k)))),
  );
}

/** The teacher's notes, in the page's language (`tx`). */
export function teacherNotes(tx: Texts, scenario: ClassScenario): HTMLElement {
  const { lang, t, sc } = tx;
  // The key ideas, the questions and what happened: the scenario's lists, as the debrief shows them.
  const { ideas, questions, history } = scenario.data.debrief;
  return h(
    'article',
    { class: 'sheet notes', id: 'notes', lang },
    h('header', { class: 'sheet-head' }, h('h2', null, t('class.notes.title')), h('p', { class: 'sheet-date' }, `${sc('scenario.title')} · ${sc('scenario.subtitle')}`)),
    h('h3', null, t('class.notes.objectives')),
    h('p', null, t('class.notes.objectives.intro')),
    h('ul', null, classNumbered('class.notes.objective', 5).map((k) => h('li', null, t(k)))),
    h('h3', null, t('class.notes.plan')),
    h('ol', { class: 'plan' }, classNumbered('class.notes.plan', 5).map((k) => h('li', null, t(k, { scene: sc('scenario.scene') })))),
    h('h3', null, t('class.notes.ideas')),
    h('dl', { class: 'ideas' }, ideas.map((i) => [h('dt', null, sc(i.term)), h('dd', null, sc(i.meaning))])),
    h('h3', null, t('class.notes.scoring.title')),
    h('p', null, t('class.notes.scoring')),
    h('h3', null, t('class.notes.questions')),
    h('ol', null, questions.map((n) => h('li', null, sc(n.text)))),
    h('h3', null, t('class.notes.history')),
    h('ul', null, history.map((n) => h('li', null, sc(n.text)))),
    h('h3', null, t('class.notes.facts')),
    h('p', null, t('class.notes.factsIntro')),
    h('p', null, sc('source.about')),
    h('dl', { class: 'facts' }, scenario.data.sources.map((ref) => [h('dt', null, sourceName(tx, scenario, ref)), h('dd', null, sc(`source.${ref}`))])),
  );
}
