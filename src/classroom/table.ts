// The class table as data: one row per hand-in, sorting, and the CSV export. No DOM here.
import type { GoalId } from '../engine';
import type { Cell } from './csv';
import type { Texts } from './i18n';
import { nameKey, VERDICTS, type Summary, type Verdict } from './reader';
import type { ClassScenario } from './scenario';
import type { Entry } from './store';

export interface Row {
  /** 1-based place in the order of handing in. */
  n: number;
  entry: Entry;
  verdict: Verdict | null;
  /** Other rows (their n) whose game carries the same student name, or one that looks the same (nameKey). */
  sameName: number[];
  /**
   * Other rows (their n) with the identical game: the same seed, difficulty and moves under
   * another name (or from another link). A class shares one seed, so two students can play the same
   * game honestly: the mark says what is true, not that it was copied.
   */
  sameGame: number[];
}

export type SortKey = 'n' | 'name' | 'score' | 'putin' | 'history' | 'verdict' | GoalId;
export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}

export function buildRows(entries: readonly Entry[], verdicts: ReadonlyMap<string, Verdict>): Row[] {
  const rows: Row[] = entries.map((entry, i) => ({ n: i + 1, entry, verdict: verdicts.get(entry.key) ?? null, sameName: [], sameGame: [] }));
  const group = (key: (r: Row) => string, set: (r: Row, others: number[]) => void) => {
    const by = new Map<string, number[]>();
    const keys = rows.map(key);
    rows.forEach((r, i) => {
      if (keys[i]) by.set(keys[i]!, [...(by.get(keys[i]!) ?? []), r.n]);
    });
    rows.forEach((r, i) => {
      if (keys[i]) set(r, by.get(keys[i]!)!.filter((n) => n !== r.n));
    });
  };
  group(
    (r) => nameKey(r.verdict?.summary?.name ?? null),
    (r, others) => (r.sameName = others),
  );
  group(
    (r) => r.verdict?.summary?.game ?? '',
    (r, others) => (r.sameGame = others),
  );
  return rows;
}

/** The game's deals belong in the class's goal columns: a game of another scenario has other goals (its cells stay empty). */
export function dealsShown(summary: Summary | null, scenario: ClassScenario): summary is Summary {
  return summary !== null && summary.scenario === scenario.id;
}

function optionRank(scenario: ClassScenario, goal: GoalId, option: string | null): number {
  if (option === null) return -1;
  return scenario.data.goals.find((g) => g.id === goal)?.options.findIndex((o) => o.id === option) ?? -1;
}

/** What a column sorts by; rows without a replayed game sort last whichever way. */
function sortValue(row: Row, key: SortKey, scenario: ClassScenario): number | string | null {
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
      return dealsShown(s, scenario) ? optionRank(scenario, key, s.deals[key] ?? null) : null;
  }
}

export function sortRows(rows: readonly Row[], sort: Sort, scenario: ClassScenario): Row[] {
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key, scenario);
    const vb = sortValue(b, sort.key, scenario);
    if (va === null && vb === null) return a.n - b.n;
    if (va === null) return 1;
    if (vb === null) return -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? c * sort.dir : a.n - b.n;
  });
}

/** A click on a column's head: the same column turns around; another sorts scores high first, the rest from the top. */
export function nextSort(sort: Sort, key: SortKey): Sort {
  if (sort.key === key) return { key, dir: sort.dir === 1 ? -1 : 1 };
  return { key, dir: key === 'score' || key === 'putin' || key === 'history' ? -1 : 1 };
}

export function dealText(tx: Texts, goal: GoalId, option: string | null): string {
  return option === null ? tx.t('class.noDeal') : tx.sc(`option.${goal}.${option}.title`);
}

export function verdictText(tx: Texts, v: Verdict | null): string {
  return v ? tx.t(`class.verdict.${v.kind}`) : tx.t('class.class.checking');
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The export: a header and one row per hand-in, in the order given. */
export function csvRows(rows: readonly Row[], tx: Texts, scenario: ClassScenario): Cell[][] {
  const header: Cell[] = [
    tx.t('class.col.n'),
    tx.t('class.csv.name'),
    tx.t('class.csv.verdict'),
    tx.t('class.csv.reason'),
    tx.t('class.csv.score'),
    tx.t('class.csv.putin'),
    tx.t('class.csv.history'),
    ...scenario.goals.map((g) => tx.sc(`goal.${g}.title`)),
    tx.t('class.csv.copies'),
    tx.t('class.csv.moves'),
    tx.t('class.csv.session'),
    tx.t('class.csv.code'),
    tx.t('class.csv.sameName'),
    tx.t('class.csv.sameGame'),
  ];
  const body = rows.map((r): Cell[] => {
    const s = r.verdict?.summary ?? null;
    return [
      r.n,
      s?.name ?? '',
      verdictText(tx, r.verdict),
      r.verdict?.reason ? tx.say(r.verdict.reason) : '',
      s ? s.kim : null,
      s ? s.putin : null,
      s ? round1(s.history) : null,
      ...scenario.goals.map((g) => (dealsShown(s, scenario) ? dealText(tx, g, s.deals[g] ?? null) : '')),
      r.entry.copies,
      s ? s.moves : null,
      s?.session ?? '',
      r.verdict?.code ?? (r.entry.item.kind === 'code' ? r.entry.item.text.slice(0, 200) : (r.entry.item.file ?? '')),
      r.sameName.join(' '),
      r.sameGame.join(' '),
    ];
  });
  return [header, ...body];
}
