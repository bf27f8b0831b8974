// The class: the counts, the export and print buttons, the table of hand-ins (sortable), the charts.
import { h, replace } from '../../shell/dom';
import type { Texts } from '../i18n';
import type { ClassScenario } from '../scenario';
import { replayLink } from '../session';
import type { PageState } from '../state';
import { buildRows, dealsShown, dealText, sortRows, verdictText, type Row, type SortKey } from '../table';
import { classCharts } from './charts';
import { scenarioIn, textsOf } from './common';
import type { View, ViewContext } from './view';

interface Column {
  key: SortKey | 'actions';
  label: (tx: Texts) => string;
  numeric?: boolean;
}

function columns(scenario: ClassScenario): Column[] {
  return [
    { key: 'n', label: (tx) => tx.t('class.col.n'), numeric: true },
    { key: 'name', label: (tx) => tx.t('class.col.name') },
    { key: 'score', label: (tx) => tx.t('class.col.score'), numeric: true },
    { key: 'putin', label: (tx) => tx.t('class.col.putin'), numeric: true },
    { key: 'history', label: (tx) => tx.t('class.col.history'), numeric: true },
    ...scenario.goals.map((g): Column => ({ key: g, label: (tx) => tx.sc(`goal.${g}.title`) })),
    { key: 'verdict', label: (tx) => tx.t('class.col.verdict') },
    { key: 'actions', label: (tx) => tx.t('class.col.actions') },
  ];
}

function rowView(ctx: ViewContext, s: PageState, tx: Texts, scenario: ClassScenario, r: Row): HTMLTableRowElement {
  const { t } = tx;
  const v = r.verdict;
  const sm = v?.summary ?? null;
  const name = sm?.name ?? t('class.noName');
  const badges = [
    r.entry.copies > 1 ? h('span', { class: 'badge badge-copies' }, t('class.copies', { n: r.entry.copies })) : null,
    r.sameName.length ? h('span', { class: 'badge badge-same' }, t('class.sameName', { rows: r.sameName.join(', ') })) : null,
    r.sameGame.length ? h('span', { class: 'badge badge-game' }, t('class.sameGame', { rows: r.sameGame.join(', ') })) : null,
    r.entry.item.file ? h('span', { class: 'badge badge-file' }, t('class.from.file', { file: r.entry.item.file })) : null,
  ];
  const diff = sm ? sm.kim - sm.history : null;
  const num = (x: number) => tx.num(Math.round(x * 10) / 10);
  return h(
    'tr',
    { 'data-n': r.n, 'data-verdict': v?.kind ?? 'checking', class: `verdict-${v?.kind ?? 'checking'}` },
    h('td', { class: 'num' }, r.n),
    h('th', { scope: 'row', class: 'name' }, h('span', { class: sm?.name ? '' : 'muted' }, name), badges),
    h('td', { class: 'num score', 'data-score': sm ? sm.kim : null }, sm ? num(sm.kim) : '–'),
    h('td', { class: 'num' }, sm ? num(sm.putin) : '–'),
    // A difference carries its sign, written by Intl like every other number on the page.
    h('td', { class: 'num' }, diff === null ? '–' : Math.round(diff * 10) === 0 ? '±0' : tx.num(Math.round(diff * 10) / 10, true)),
    // A game of another scenario has other goals: its cells in the class's goal columns stay empty.
    scenario.goals.map((g) => {
      const shown = dealsShown(sm, scenario);
      const muted = shown ? (sm.deals[g] ?? null) === null : sm !== null;
      return h('td', { class: muted ? 'deal muted' : 'deal', 'data-goal': g }, shown ? dealText(tx, g, sm.deals[g] ?? null) : '–');
    }),
    h('td', { class: 'verdict' }, h('span', { class: `badge verdict-badge v-${v?.kind ?? 'checking'}` }, verdictText(tx, v)), v?.reason ? h('span', { class: 'reason' }, tx.say(v.reason)) : null),
    h(
      'td',
      { class: 'actions' },
      v?.code ? h('a', { class: 'btn btn-small', href: replayLink(v.code, s.lang, s.pageUrl), target: '_blank', rel: 'noopener', 'aria-label': t('class.replay.label', { name }) }, t('class.replay.open')) : null,
      h('button', { type: 'button', class: 'btn btn-small no-print', 'aria-label': t('class.remove.label', { n: r.n }), onclick: () => ctx.fx.removeRow(r.n) }, t('class.remove')),
    ),
  );
}

function tableBox(ctx: ViewContext, s: PageState, tx: Texts, scenario: ClassScenario, rows: Row[]): HTMLElement {
  const sort = s.sort;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { id: 'results', class: 'results', 'aria-labelledby': 'results-caption' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          columns(scenario).map((c) => {
            if (c.key === 'actions') return h('th', { scope: 'col', class: 'no-print' }, c.label(tx));
            const key = c.key;
            const active = sort.key === key;
            return h(
              'th',
              { scope: 'col', 'aria-sort': active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none', class: c.numeric ? 'num' : '' },
              h(
                'button',
                { type: 'button', class: 'sort', id: `sort-${key}`, 'data-key': key, onclick: () => ctx.store.dispatch({ type: 'sort.by', key }) },
                c.label(tx),
                h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''),
              ),
            );
          }),
        ),
      ),
      h(
        'tbody',
        null,
        rows.map((r) => rowView(ctx, s, tx, scenario, r)),
      ),
    ),
  );
}

/** The class area: drawn in place, so that what the page measured (its data-* attributes) stays on one element. */
export function classAreaView(ctx: ViewContext): View {
  return {
    id: 'class-area',
    deps: (s) => [s.lang, s.cls.scenarioId, s.cls.entries, s.verdicts, s.checking, s.sort, s.clearArmed, s.metrics, s.pageUrl],
    render: () => h('div', { id: 'class-area', 'data-state': 'ready' }),
    patch(area, s) {
      const tx = textsOf(s);
      const { t } = tx;
      const scenario = scenarioIn(s);
      area.dataset.state = s.checking > 0 ? 'checking' : 'ready';
      // For the benchmark (tools/bench-classroom.ts).
      if (s.metrics.verified !== undefined) area.dataset.verified = String(s.metrics.verified);
      if (s.metrics.verifyMs !== undefined) area.dataset.verifyMs = String(s.metrics.verifyMs);
      if (s.metrics.addMs !== undefined) area.dataset.addMs = String(s.metrics.addMs);
      if (s.cls.entries.length === 0) {
        replace(area, h('p', { id: 'class-empty' }, t('class.class.empty')));
        return;
      }
      const rows = sortRows(buildRows(s.cls.entries, s.verdicts), s.sort, scenario);
      const verified = rows.filter((r) => r.verdict?.kind === 'verified');
      const known = rows.filter((r) => r.verdict);
      replace(
        area,
        h('p', { id: 'counts', class: 'counts' }, s.checking > 0 ? `${t('class.class.checking')} ` : '', t('class.class.counts', { verified: verified.length, flagged: known.length - verified.length, total: rows.length })),
        h(
          'div',
          { class: 'row no-print' },
          h('button', { type: 'button', class: 'btn', id: 'csv', onclick: () => ctx.fx.exportCsv() }, t('class.export.csv')),
          h('button', { type: 'button', class: 'btn', id: 'print-results', onclick: () => ctx.fx.print('results') }, t('class.export.print')),
          h(
            'button',
            { type: 'button', class: `btn${s.clearArmed ? ' btn-danger' : ''}`, id: 'clear', onclick: () => ctx.fx.clearAll() },
            s.clearArmed ? t('class.collect.clearConfirm', { n: rows.length }) : t('class.collect.clear'),
          ),
        ),
        // The caption is a paragraph above the table's box: the table may scroll sideways in there on a
        // phone, and a caption would be as wide as the table.
        h('p', { class: 'table-caption', id: 'results-caption' }, t('class.table.caption')),
        tableBox(ctx, s, tx, scenario, rows),
        // What the identical-game mark means, under the table whenever a row carries it.
        rows.some((r) => r.sameGame.length > 0) ? h('p', { class: 'hint', id: 'same-game-note' }, t('class.sameGame.note')) : null,
        classCharts(
          tx,
          scenario,
          verified.map((r) => r.verdict!.summary!),
        ),
      );
    },
  };
}

export function classSectionView(ctx: ViewContext, parts: { area: View }): View {
  return {
    id: 'class',
    deps: (s) => [s.lang],
    render(s) {
      const { t } = textsOf(s);
      return h('section', { id: 'class', class: 'section', 'aria-labelledby': 'class-title' }, h('h2', { id: 'class-title' }, t('class.class.title')), ctx.draw(parts.area, s));
    },
  };
}
