// The class table as data: one row per hand-in, sorting, and the CSV export. No DOM here.
import { GOAL_IDS, SCENARIO, type GoalId, type Lang } from '../engine';
import type { Cell } from './csv';
import { ct, say, scenarioText } from './i18n';
import { nameKey, VERDICTS, type Verdict } from './reader';
import type { Entry } from './store';

export interface Row {
  /** 1-based place in the order of handing in. */
  n: number;
  entry: Entry;
  verdict: Verdict | null;
  /** Other rows (their n) whose game carries the same student name. */
  sameName: number[];
}

export type SortKey = 'n' | 'name' | 'score' | 'putin' | 'history' | 'verdict' | GoalId;
export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}

export function buildRows(entries: readonly Entry[], verdicts: ReadonlyMap<string, Verdict>): Row[] {
  const rows: Row[] = entries.map((entry, i) => ({ n: i + 1, entry, verdict: verdicts.get(entry.key) ?? null, sameName: [] }));
  const byName = new Map<string, number[]>();
  for (const r of rows) {
    const k = nameKey(r.verdict?.summary?.name ?? null);
    if (!k) continue;
    byName.set(k, [...(byName.get(k) ?? []), r.n]);
  }
  for (const r of rows) {
    const k = nameKey(r.verdict?.summary?.name ?? null);
    if (k) r.sameName = (byName.get(k) ?? []).filter((n) => n !== r.n);
  }
  return rows;
}

function optionRank(goal: GoalId, option: string | null): number {
  if (option === null) return -1;
  return SCENARIO.goals.find((g) => g.id === goal)?.options.findIndex((o) => o.id === option) ?? -1;
}

/** What a column sorts by; rows without a replayed game sort last whichever way. */
function sortValue(row: Row, key: SortKey): number | string | null {
  const s = row.verdict?.summary ?? null;
  switch (key) {
    case 'n':
      return row.n;
    case 'name':
      return s?.name ? nameKey(s.name) : null;
    case 'score':
      return s ? s.kim : null;
    case 'putin':
      return s ? s.putin : null;
    case 'history':
      return s ? s.kim - s.history : null;
    case 'verdict':
      return row.verdict ? VERDICTS.indexOf(row.verdict.kind) : null;
    default:
      return s ? optionRank(key, s.deals[key]) : null;
  }
}

export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null && vb === null) return a.n - b.n;
    if (va === null) return 1;
    if (vb === null) return -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? c * sort.dir : a.n - b.n;
  });
}

export function dealText(lang: Lang, goal: GoalId, option: string | null): string {
  return option === null ? ct(lang, 'class.noDeal') : scenarioText(lang, `option.${goal}.${option}.title`);
}

export function verdictText(lang: Lang, v: Verdict | null): string {
  return v ? ct(lang, `class.verdict.${v.kind}`) : ct(lang, 'class.class.checking');
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The export: a header and one row per hand-in, in the order given. */
export function csvRows(rows: readonly Row[], lang: Lang): Cell[][] {
  const header: Cell[] = [
    ct(lang, 'class.col.n'),
    ct(lang, 'class.csv.name'),
    ct(lang, 'class.csv.verdict'),
    ct(lang, 'class.csv.reason'),
    ct(lang, 'class.csv.score'),
    ct(lang, 'class.csv.putin'),
    ct(lang, 'class.csv.history'),
    ...GOAL_IDS.map((g) => scenarioText(lang, `goal.${g}.title`)),
    ct(lang, 'class.csv.copies'),
    ct(lang, 'class.csv.moves'),
    ct(lang, 'class.csv.session'),
    ct(lang, 'class.csv.code'),
  ];
  const body = rows.map((r): Cell[] => {
    const s = r.verdict?.summary ?? null;
    return [
      r.n,
      s?.name ?? '',
      verdictText(lang, r.verdict),
      r.verdict?.reason ? say(lang, r.verdict.reason) : '',
      s ? s.kim : null,
      s ? s.putin : null,
      s ? round1(s.history) : null,
      ...GOAL_IDS.map((g) => (s ? dealText(lang, g, s.deals[g]) : '')),
      r.entry.copies,
      s ? s.moves : null,
      s?.session ?? '',
      r.verdict?.code ?? (r.entry.item.kind === 'code' ? r.entry.item.text.slice(0, 200) : (r.entry.item.file ?? '')),
    ];
  });
  return [header, ...body];
}
