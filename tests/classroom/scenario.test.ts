// A class of either scenario: the teacher's page reads a code of another scenario as one row of
// another session, with one line that names both scenarios, in the page's language; a code of the
// class's own scenario verifies with the score the engine gives it; the table, the CSV and the
// charts have one column (or chart) per goal of the class's scenario.
import { describe, expect, test } from 'vitest';
import { parseCsv, toCsv } from '../../src/classroom/csv';
import { ct, texts } from '../../src/classroom/i18n';
import { splitCodes, verifyItem, type Verdict } from '../../src/classroom/reader';
import { scenarioOf } from '../../src/classroom/scenario';
import { goalTallies } from '../../src/classroom/stats';
import { addItems, emptyState, newSession, parseState, serialise, type ClassState } from '../../src/classroom/store';
import { buildRows, csvRows, sortRows } from '../../src/classroom/table';
import { replayRecord, scoreGame, verifyResultCode, type Lang } from '../../src/engine';
import { lookupBundle } from '../support/bundles';
import { DIFFICULTY, EXPECTED, FIXTURE, FIXTURE_EXPECTED, FIXTURE_SESSION, play, SCENARIO, SEED, SESSION } from './fixtures';

const now = new Date('2019-04-25T09:00:00Z');
const LANGS: Lang[] = ['en', 'id'];

/** A class of the scenario's session (seed and difficulty of fixtures.ts), with these codes pasted in one go. */
function classOf(scenario: string, pasted: string): ClassState {
  const cls = { ...emptyState(), scenarioId: scenario, session: newSession({ scenario, seed: SEED, difficulty: DIFFICULTY, lang: 'en', minutes: null }, now) };
  return addItems(cls, splitCodes(pasted).map((text) => ({ kind: 'code' as const, text })), now).state;
}

/** The verdicts as the page has them: each hand-in against the class's session. */
function verdictsOf(cls: ClassState): Map<string, Verdict> {
  const s = cls.session!;
  return new Map(cls.entries.map((e) => [e.key, verifyItem(e.item, { id: s.id, scenario: s.scenario, seed: s.seed, difficulty: s.difficulty })]));
}

/** The score the engine gives a record, replayed on its own scenario. */
function engineScore(record: Parameters<typeof replayRecord>[0]): number {
  const replayed = replayRecord(record, lookupBundle);
  if (!replayed.ok) throw new Error('the record does not replay');
  return scoreGame(replayed.game).kim;
}

describe('the two scenarios are two classes', () => {
  test('the sessions of the fixtures differ by scenario alone', () => {
    expect(FIXTURE_SESSION).not.toBe(SESSION);
    expect(FIXTURE_EXPECTED.scenario).toBe(FIXTURE);
    expect(EXPECTED.scenario).toBe(SCENARIO);
  });
});

describe('a harbour class kept in the browser', () => {
  test('reads back as a harbour class, its session naming its scenario; an unknown scenario is not read', () => {
    const cls = classOf(FIXTURE, play({ scenario: FIXTURE }).code);
    const back = parseState(serialise(cls));
    expect(back).toEqual(cls);
    expect([back?.scenarioId, back?.session?.scenario, back?.session?.id]).toEqual([FIXTURE, FIXTURE, FIXTURE_SESSION]);
    expect(parseState(serialise({ ...cls, scenarioId: 'atlantis-1999' }))).toBeNull();
  });
});

describe('a code of another scenario', () => {
  const vlad = play({ name: 'Ana', scenario: SCENARIO });
  const harbour = play({ name: 'Budi', scenario: FIXTURE });

  test('a Vladivostok code in a harbour class: one row, another session, one line naming both scenarios in either language', () => {
    const cls = classOf(FIXTURE, `Ana: ${vlad.code}\n`);
    expect(cls.entries).toHaveLength(1);
    const [v] = [...verdictsOf(cls).values()];
    expect(v).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherScenario', params: { found: SCENARIO, expected: FIXTURE } }, code: vlad.code });
    // It replayed: the student's name and score are still shown beside the flag.
    expect(v!.summary).toMatchObject({ name: 'Ana', scenario: SCENARIO, kim: engineScore(vlad.record) });
    for (const lang of LANGS) {
      const line = texts(lang, scenarioOf(FIXTURE).catalogues).say(v!.reason!);
      expect(line).toBe(ct(lang, 'class.reason.otherScenario', { found: SCENARIO, expected: FIXTURE }));
      expect(line).toContain(SCENARIO);
      expect(line).toContain(FIXTURE);
      expect(line).not.toMatch(/[\n{}]/);
    }
    expect(texts('en', scenarioOf(FIXTURE).catalogues).say(v!.reason!)).toBe('Played in another scenario (vladivostok-2019), not in this class’s (fixture-harbour).');
    expect(texts('id', scenarioOf(FIXTURE).catalogues).say(v!.reason!)).toBe('Dimainkan dalam skenario lain (vladivostok-2019), bukan skenario kelas ini (fixture-harbour).');
  });

  test('the reverse: a harbour code in a Vladivostok class', () => {
    const cls = classOf(SCENARIO, harbour.code);
    expect(cls.entries).toHaveLength(1);
    const [v] = [...verdictsOf(cls).values()];
    expect(v).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherScenario', params: { found: FIXTURE, expected: SCENARIO } } });
    expect(texts('en', scenarioOf(SCENARIO).catalogues).say(v!.reason!)).toBe('Played in another scenario (fixture-harbour), not in this class’s (vladivostok-2019).');
    expect(texts('id', scenarioOf(SCENARIO).catalogues).say(v!.reason!)).toBe('Dimainkan dalam skenario lain (fixture-harbour), bukan skenario kelas ini (vladivostok-2019).');
  });

  test('even one that carries the class’s own session code, seed and difficulty is not verified: the scenario is told first', () => {
    const forged = play({ name: 'Citra', scenario: SCENARIO, session: FIXTURE_SESSION });
    expect(verifyItem({ kind: 'code', text: forged.code }, FIXTURE_EXPECTED)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherScenario' } });
    const back = play({ name: 'Dewi', scenario: FIXTURE, session: SESSION });
    expect(verifyItem({ kind: 'code', text: back.code }, EXPECTED)).toMatchObject({ kind: 'other-session', reason: { key: 'class.reason.otherScenario' } });
  });

  test('a replay file of another scenario gets the same verdict as its code', () => {
    expect(verifyItem({ kind: 'file', text: JSON.stringify(vlad.record), file: 'ana.json' }, FIXTURE_EXPECTED)).toMatchObject({
      kind: 'other-session',
      reason: { key: 'class.reason.otherScenario', params: { found: SCENARIO, expected: FIXTURE } },
    });
  });
});

describe('a code of the harbour scenario in a harbour class', () => {
  test('verifies, with the score the engine gives it, and its deals on the harbour’s goals', () => {
    for (const strategy of ['greedy', 'historical', 'random'] as const) {
      const g = play({ name: `S ${strategy}`, scenario: FIXTURE, strategy });
      expect(g.record.scenarioId).toBe(FIXTURE);
      const v = verifyItem({ kind: 'code', text: g.code }, FIXTURE_EXPECTED);
      expect(v, strategy).toMatchObject({ kind: 'verified', reason: null, code: g.code, summary: { scenario: FIXTURE, session: FIXTURE_SESSION, name: `S ${strategy}` } });
      const engine = verifyResultCode(g.code, lookupBundle);
      if (!engine.ok) throw new Error('the engine does not verify the code');
      expect(v.summary!.kim).toBe(engine.score.kim);
      expect(v.summary!.kim).toBe(engineScore(g.record));
      expect(v.summary!.putin).toBe(engine.score.putin);
      expect(Object.keys(v.summary!.deals)).toEqual(['berths', 'fishing-quota', 'cargo-swap']);
    }
  });
  test('an unfinished harbour game is unfinished, not another session', () => {
    const v = verifyItem({ kind: 'code', text: play({ name: 'E', scenario: FIXTURE, maxMoves: 2 }).code }, FIXTURE_EXPECTED);
    expect(v).toMatchObject({ kind: 'unfinished', reason: { key: 'class.reason.unfinished', params: { moves: 2 } } });
  });
});

describe('the table, the CSV and the charts have one column per goal of the class’s scenario', () => {
  const fixed = 7; // #, name, verdict, reason, score, Putin, history
  const after = 6; // copies, moves, session, code, same name as, identical game to

  function table(scenario: string, codes: string[], lang: Lang) {
    const cls = classOf(scenario, codes.join('\n'));
    const sc = scenarioOf(scenario);
    const rows = sortRows(buildRows(cls.entries, verdictsOf(cls)), { key: 'n', dir: 1 }, sc);
    return parseCsv(toCsv(csvRows(rows, texts(lang, sc.catalogues), sc)));
  }

  test('the harbour class: three goal columns, titled in the page’s language, with the deals named in words', () => {
    const a = play({ name: 'Ana', scenario: FIXTURE, strategy: 'greedy' });
    const b = play({ name: 'Budi', scenario: FIXTURE, strategy: 'historical' });
    const other = play({ name: 'Citra', scenario: SCENARIO });
    for (const lang of LANGS) {
      const csv = table(FIXTURE, [a.code, b.code, other.code], lang);
      const tx = texts(lang, scenarioOf(FIXTURE).catalogues);
      expect(csv[0]).toHaveLength(fixed + 3 + after);
      expect(csv[0]!.slice(fixed, fixed + 3)).toEqual(['berths', 'fishing-quota', 'cargo-swap'].map((g) => tx.sc(`goal.${g}.title`)));
      expect(csv[0]!.slice(fixed, fixed + 3)).toEqual(
        lang === 'en' ? ['Berths for the boats', 'A fishing quota', 'A cargo swap'] : ['Tempat sandar untuk kapal', 'Kuota penangkapan ikan', 'Tukar muatan'],
      );
      expect(csv).toHaveLength(4);
      expect(csv.slice(1).map((r) => r.length)).toEqual([16, 16, 16]);
      expect(csv.slice(1).map((r) => r[2])).toEqual([tx.t('class.verdict.verified'), tx.t('class.verdict.verified'), tx.t('class.verdict.other-session')]);
      expect(csv.slice(1).map((r) => Number(r[4]))).toEqual([engineScore(a.record), engineScore(b.record), engineScore(other.record)]);
      expect(csv[3]![3]).toBe(tx.say({ key: 'class.reason.otherScenario', params: { found: SCENARIO, expected: FIXTURE } }));
      // Every deal cell is words from the harbour's catalogue: no key is shown for a missing text.
      for (const row of csv.slice(1, 3)) for (const cell of row.slice(fixed, fixed + 3)) expect(cell).not.toMatch(/^(option|goal)\.|^$/);
      // The Vladivostok game has none of the harbour's goals: its cells are empty, not "no deal".
      expect(csv[3]!.slice(fixed, fixed + 3)).toEqual(['', '', '']);
    }
  });

  test('sorted by a harbour goal, a game of another scenario goes last either way, like one without a deal to show', () => {
    const a = play({ name: 'Ana', scenario: FIXTURE, strategy: 'greedy' });
    const other = play({ name: 'Citra', scenario: SCENARIO });
    const cls = classOf(FIXTURE, [other.code, a.code].join('\n'));
    const rows = buildRows(cls.entries, verdictsOf(cls));
    for (const dir of [1, -1] as const) expect(sortRows(rows, { key: 'berths', dir }, scenarioOf(FIXTURE)).map((r) => r.verdict!.summary!.name)).toEqual(['Ana', 'Citra']);
  });

  test('the Vladivostok class: five goal columns', () => {
    const csv = table(SCENARIO, [play({ name: 'Ana' }).code], 'en');
    const tx = texts('en', scenarioOf(SCENARIO).catalogues);
    expect(csv[0]).toHaveLength(fixed + 5 + after);
    expect(csv[0]!.slice(fixed, fixed + 5)).toEqual(['lifeline', 'sanctions', 'workers', 'transport', 'barter'].map((g) => tx.sc(`goal.${g}.title`)));
  });

  test('the charts: one tally per goal of the class’s scenario, each with its ladder and no deal', () => {
    const games = [play({ name: 'Ana', scenario: FIXTURE }), play({ name: 'Budi', scenario: FIXTURE, strategy: 'historical' })].map(
      (g) => verifyItem({ kind: 'code', text: g.code }, FIXTURE_EXPECTED).summary!,
    );
    const tallies = goalTallies(games, scenarioOf(FIXTURE));
    expect(tallies.map((t) => t.goal)).toEqual(['berths', 'fishing-quota', 'cargo-swap']);
    for (const t of tallies) {
      expect(t.rows.reduce((n, r) => n + r.count, 0)).toBe(2);
      expect(t.rows.at(-1)!.option).toBeNull();
    }
    // History's row in the harbour: shared berths, quota talks, no cargo swap.
    expect(tallies.map((t) => t.rows.find((r) => r.history)!.option)).toEqual(['shared-berths', 'quota-talks', null]);
    expect(goalTallies([], scenarioOf(SCENARIO))).toHaveLength(5);
  });
});
