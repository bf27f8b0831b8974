// The teacher's notes, in the page's language: what the lesson aims at, two lesson plans, what to do
// with students who finish early, the scenario's own notes for the discussion, its key ideas, how the
// score works, an assessment rubric and a written reflection, the questions, what happened, and the
// fact sheet. The page's own texts are 'class.notes.*'; the scenario's come from its catalogues.
import { h } from '../../shell/dom';
import { sourceLabel } from '../../shell/sources';
import { CLASS_CATALOGUES, type Texts } from '../i18n';
import type { ClassScenario } from '../scenario';
import { numbered } from './common';

const own = (prefix: string) => numbered(CLASS_CATALOGUES.en, prefix);

/** A source by the name its scenario gives it ("the article, ¶13"), as the game names it. */
function sourceName(tx: Texts, scenario: ClassScenario, ref: string): string {
  const has = (key: string) => Object.hasOwn(scenario.catalogues[tx.lang], key) || Object.hasOwn(scenario.catalogues.en, key);
  return sourceLabel(ref, tx.say, has);
}

/** The rubric: one row a criterion, one column a level. */
function rubric(tx: Texts): HTMLElement {
  const { t } = tx;
  const levels = own('class.notes.rubric.level');
  return h(
    'table',
    { class: 'rubric' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('class.notes.rubric.criterion')), levels.map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, own('class.notes.rubric').map((row) => h('tr', null, h('th', { scope: 'row' }, t(row)), numbered(CLASS_CATALOGUES.en, row).map((cell) => h('td', null, t(cell)))))),
  );
}

export function teacherNotes(tx: Texts, scenario: ClassScenario): HTMLElement {
  const { lang, t, sc } = tx;
  // The key ideas, the questions and what happened: the scenario's lists, as the debrief shows them.
  const { ideas, questions, history } = scenario.data.debrief;
  const scene = sc('scenario.scene');
  const context = numbered(scenario.catalogues.en, 'notes.context');
  return h(
    'article',
    { class: 'sheet notes', id: 'notes', lang },
    h('header', { class: 'sheet-head' }, h('h2', null, t('class.notes.title')), h('p', { class: 'sheet-date' }, `${sc('scenario.title')} · ${sc('scenario.subtitle')}`)),
    h('h3', null, t('class.notes.objectives')),
    h('p', null, t('class.notes.objectives.intro')),
    h('ul', null, own('class.notes.objective').map((k) => h('li', null, t(k)))),
    h('h3', null, t('class.notes.plan')),
    h('ol', { class: 'plan', id: 'plan-45' }, own('class.notes.plan').map((k) => h('li', null, t(k, { scene })))),
    h('h3', null, t('class.notes.plan90')),
    h('ol', { class: 'plan', id: 'plan-90' }, own('class.notes.plan90').map((k) => h('li', null, t(k, { scene })))),
    h('h3', null, t('class.notes.early')),
    h('p', null, t('class.notes.early.text')),
    context.length ? [h('h3', null, t('class.notes.context')), context.map((k) => h('p', { class: 'context' }, sc(k)))] : null,
    h('h3', null, t('class.notes.ideas')),
    h('dl', { class: 'ideas' }, ideas.map((i) => [h('dt', null, sc(i.term)), h('dd', null, sc(i.meaning))])),
    h('h3', null, t('class.notes.scoring.title')),
    h('p', null, t('class.notes.scoring')),
    h('h3', null, t('class.notes.questions')),
    h('ol', null, questions.map((n) => h('li', null, sc(n.text)))),
    h('h3', null, t('class.notes.rubric')),
    h('p', null, t('class.notes.rubric.intro')),
    rubric(tx),
    h('h3', null, t('class.notes.reflection')),
    h('p', { id: 'reflection' }, t('class.notes.reflection.text')),
    h('h3', null, t('class.notes.history')),
    h('ul', null, history.map((n) => h('li', null, sc(n.text)))),
    h('h3', null, t('class.notes.facts')),
    h('p', null, t('class.notes.factsIntro')),
    h('p', null, sc('source.about')),
    // Each source and its text kept together, so that a printed page never splits them.
    h('dl', { class: 'facts' }, scenario.data.sources.map((ref) => h('div', { class: 'fact' }, h('dt', null, sourceName(tx, scenario, ref)), h('dd', null, sc(`source.${ref}`))))),
  );
}
