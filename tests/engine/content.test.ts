// The scenarios are validated data, every player-facing text exists in both languages, and the code
// knows no scenario: each scenario (Vladivostok, and the made-up fixture that shares no id with it)
// passes the same checks, no source file outside src/content/ names a Vladivostok id, and the
// texts of the game, the teacher's page and the engine say nothing that only one scenario could.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from '@swc/core';
import { describe, expect, it, vi } from 'vitest';
import classEn from '../../src/content/classroom.en.json';
import classId from '../../src/content/classroom.id.json';
import engineEn from '../../src/content/engine.en.json';
import { bundle as DEFAULT_BUNDLE } from '../../src/content/default';
import { messages as DEFAULT_INDONESIAN } from '../../src/content/default.id';
import engineId from '../../src/content/engine.id.json';
import { DEFAULT_SCENARIO_ID } from '../../src/content/registry';
import uiEn from '../../src/content/ui.en.json';
import uiId from '../../src/content/ui.id.json';
import { DIFFICULTIES, type Game, type Lang, type Message, makeStrategy, newGame, playerView, playOut, type Scenario, type ScenarioBundle, STRATEGIES } from '../../src/engine';
import { type DebriefSpec, parseScenario } from '../../src/engine/scenario/schema';
import { placeholders } from '../../src/shell/text';
import { BUNDLES, textOf, VLADIVOSTOK } from '../support/bundles';
import { impliedKeys } from '../support/scenario-keys';

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000 });

type Catalogue = Record<string, string>;
const ROOT = path.resolve(import.meta.dirname, '../..');
const LANGS = ['en', 'id'] as const satisfies readonly Lang[];
const ENGINE: Record<Lang, Catalogue> = { en: engineEn, id: engineId };
const UI: Record<Lang, Catalogue> = { en: uiEn, id: uiId };
const CLASSROOM: Record<Lang, Catalogue> = { en: classEn, id: classId };
const SCENARIOS = Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const);

/** The scenario's data as shipped (src/content/<id>/scenario.json), before validation. */
const rawOf = (b: ScenarioBundle) => JSON.parse(readFileSync(path.join(ROOT, 'src/content', b.scenario.id, 'scenario.json'), 'utf8'));


/** The message keys the debrief's lists name, in the order they are shown. */
function debriefKeys(d: DebriefSpec): string[] {
  return [...d.ideas.flatMap((i) => [i.term, i.meaning]), ...d.history.map((n) => n.text), ...d.questions.map((n) => n.text)];
}

/**
 * What is wrong between the debrief's lists and the catalogues: a listed key a catalogue lacks, or a
 * catalogue's debrief.* text that no list names (it would never be shown).
 */
function debriefKeyIssues(d: DebriefSpec, catalogues: Record<Lang, Catalogue>): string[] {
  const listed = debriefKeys(d);
  const issues: string[] = [];
  for (const lang of LANGS) {
    for (const key of listed) if (catalogues[lang][key] === undefined) issues.push(`${lang} lacks ${key}`);
    for (const key of Object.keys(catalogues[lang])) if (key.startsWith('debrief.') && !listed.includes(key)) issues.push(`${lang}: ${key} is in no debrief list`);
  }
  return issues;
}

/** Every fact reference in the scenario data. */
function factRefs(s: Scenario): string[] {
  const refs = new Set<string>();
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) k === 'facts' ? (v as string[]).forEach((r) => refs.add(r)) : walk(v);
  };
  walk(s);
  return [...refs];
}

function collectKeys(m: Message, out: string[]): string[] {
  out.push(m.key);
  for (const v of Object.values(m.params ?? {})) {
    if (Array.isArray(v)) v.forEach((x) => collectKeys(x, out));
    else if (typeof v === 'object') collectKeys(v, out);
  }
  return out;
}

/** Keys a catalogue pair does not have in both languages, or whose placeholders differ between them. */
function pairIssues(name: string, c: Record<Lang, Catalogue>): string[] {
  const issues: string[] = [];
  for (const [a, b] of [['en', 'id'], ['id', 'en']] as const) for (const key of Object.keys(c[a])) if (c[b][key] === undefined) issues.push(`${name}: ${b} lacks ${key}`);
  for (const key of Object.keys(c.en)) {
    if (c.id[key] === undefined) continue;
    const en = placeholders(c.en[key]!).sort().join();
    const id = placeholders(c.id[key]!).sort().join();
    if (en !== id) issues.push(`${name}: ${key} asks for {${en}} in English, {${id}} in Indonesian`);
  }
  return issues;
}

/** Every .ts file under a folder of the repository (tests excluded). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir))) {
    const rel = path.posix.join(dir, entry);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) out.push(rel);
  }
  return out;
}

/** The string literals of a TypeScript file (quoted strings and the text pieces of template strings), parsed, not guessed. */
function stringLiterals(file: string): string[] {
  const ast = parseSync(readFileSync(path.join(ROOT, file), 'utf8'), { syntax: 'typescript', tsx: false });
  const out: string[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as { type?: string; value?: unknown; cooked?: string | null; raw?: string };
    if (node.type === 'StringLiteral' && typeof node.value === 'string') out.push(node.value);
    if (node.type === 'TemplateElement') out.push(node.cooked ?? node.raw ?? '');
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  visit(ast);
  return out;
}

/** file:line of each line that has the literal in quotes (or, with `inside`, a literal that contains it). */
function linesOf(file: string, literal: string, inside = false): string[] {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const quoted = inside ? new RegExp(`['"\`][^'"\`]*${literal.replace(/[-.]/g, '\\$&')}`) : new RegExp(`(['"\`])${literal.replace(/[-.]/g, '\\$&')}\\1`);
  return lines.flatMap((l, i) => (quoted.test(l) ? [`${file}:${i + 1}: ${l.trim()}`] : []));
}

/** Every message a finished game shows, to Kim's side and to Putin's (his view keeps a bluff's truth). */
function shownMessages(game: Game): Message[] {
  return (['kim', 'putin'] as const).flatMap((side) => {
    const view = playerView(game, side);
    return [
      ...view.log.map((l) => l.message),
      ...view.news.map((n) => n.message),
      ...view.goals.flatMap((g) => [
        g.title,
        g.summary,
        g.twist,
        ...g.hints,
        ...g.options.flatMap((o) => [o.title, o.detail]),
        ...g.answers.flatMap((a) => [a.says, ...a.reasons.map((r) => r.message), ...(a.bluff?.trueReasons.map((r) => r.message) ?? [])]),
      ]),
      ...view.goods.flatMap((g) => [g.title, g.detail]),
      ...view.sweeteners.flatMap((x) => [x.title, x.detail]),
      ...view.framings.flatMap((x) => [x.title, x.detail]),
      ...view.stances.flatMap((x) => [x.title, x.detail]),
      ...(view.endOfDay?.statement ?? []),
      ...(view.endOfDay?.reactions.flatMap((r) => [r.name, r.says]) ?? []),
    ];
  });
}

describe.each(SCENARIOS)('the scenario %s', (_id, bundle) => {
  const { scenario, messages } = bundle;

  it('is valid as shipped', () => {
    const parsed = parseScenario(rawOf(bundle));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('names the rule and the place when content breaks a rule', () => {
    const broken = rawOf(bundle);
    broken.goals[1].options[0].breaks = [scenario.constraints[0]!.id];
    broken.goals[2].options[1].putin = [10, 5];
    const parsed = parseScenario(broken);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.join('\n')).toMatch(/goals\.2\.options\.1\.putin: a range must run from low to high/);
      expect(parsed.issues.join('\n')).toMatch(/most modest option must break no constraint/);
    }
  });

  it('names the rule and the place when the debrief lists break a rule', () => {
    const badEntries = rawOf(bundle);
    badEntries.debrief.ideas[1].meaning = undefined;
    badEntries.debrief.history[0].facts = [];
    badEntries.debrief.questions[1].text = 'Who won?';
    const entries = parseScenario(badEntries);
    expect(entries.ok).toBe(false);
    if (!entries.ok) {
      expect(entries.issues.join('\n')).toMatch(/debrief\.ideas\.1\.meaning: /);
      expect(entries.issues.join('\n')).toMatch(/debrief\.history\.0\.facts: /);
      expect(entries.issues.join('\n')).toMatch(/debrief\.questions\.1\.text: /);
    }
    const twice = rawOf(bundle);
    twice.debrief.ideas[1].id = twice.debrief.ideas[0].id;
    twice.debrief.questions[1].text = twice.debrief.questions[0].text;
    const lists = parseScenario(twice);
    expect(lists.ok).toBe(false);
    if (!lists.ok) {
      expect(lists.issues.join('\n')).toMatch(/debrief: each key idea has an id of its own/);
      expect(lists.issues.join('\n')).toMatch(/debrief: each text is listed once/);
    }
  });

  it('gives every goal a ladder of at least four options, modest to maximal, each tied to a fact', () => {
    for (const g of scenario.goals) {
      expect(g.options.length).toBeGreaterThanOrEqual(4);
      expect(g.options.every((o) => o.facts.length > 0)).toBe(true);
    }
  });

  it('names every fact it uses among its sources, and each source has a text in both languages', () => {
    for (const ref of factRefs(scenario)) expect(scenario.sources, ref).toContain(ref);
    for (const f of scenario.sources) for (const lang of LANGS) expect(messages[lang], `${lang}: source.${f}`).toHaveProperty([`source.${f}`]);
    // The made-up scenario's facts are made up, and say so by their names.
    if (scenario.fixture) for (const ref of factRefs(scenario)) expect(ref).toMatch(/^FIX-\d+$/);
  });

  it('has every key its data implies in both languages, with the same placeholders', () => {
    const missing = impliedKeys(scenario).flatMap((key) => LANGS.filter((lang) => messages[lang][key] === undefined).map((lang) => `${lang} lacks ${key}`));
    expect(missing).toEqual([]);
    expect(pairIssues(scenario.id, messages)).toEqual([]);
  });

  it('lists every debrief text (key ideas, what happened, questions), and only texts both languages have', () => {
    expect(debriefKeyIssues(scenario.debrief, messages)).toEqual([]);
  });

  it('catches a debrief text missing from a catalogue, and a catalogue text no list names', () => {
    const d = structuredClone(scenario.debrief);
    d.questions.push({ text: 'debrief.question.99' });
    const dropped = d.history.pop()!.text;
    const id = { ...messages.id };
    delete id[d.ideas[0]!.meaning];
    expect(debriefKeyIssues(d, { en: messages.en, id })).toEqual([
      'en lacks debrief.question.99',
      `en: ${dropped} is in no debrief list`,
      `id lacks ${d.ideas[0]!.meaning}`,
      'id lacks debrief.question.99',
      `id: ${dropped} is in no debrief list`,
    ]);
  });

  it('shows no missing key and no unfilled placeholder in whole games, by every strategy at every difficulty', () => {
    let games = 0;
    for (const strategy of STRATEGIES) {
      for (let i = 0; i < 30; i++) {
        const seed = `texts-${i}`;
        const game = playOut(newGame(bundle, { seed, settings: { difficulty: DIFFICULTIES[i % DIFFICULTIES.length]! } }), makeStrategy(strategy, seed));
        expect(game.isOver()).toBe(true);
        games++;
        const problems = new Set<string>();
        for (const m of shownMessages(game)) {
          for (const lang of LANGS) {
            // The key in this language itself, not the English a fallback would show.
            for (const k of collectKeys(m, [])) if (messages[lang][k] === undefined && ENGINE[lang][k] === undefined && UI[lang][k] === undefined) problems.add(`${lang} lacks ${k}`);
            const text = textOf(bundle, lang, m);
            if (text === m.key) problems.add(`${lang}: ${m.key} shows as its key`);
            if (/\{[\w-]+\}/.test(text)) problems.add(`${lang}: ${m.key} leaves a placeholder: ${text}`);
          }
        }
        expect([...problems], `${strategy} ${seed}`).toEqual([]);
      }
    }
    expect(games).toBe(STRATEGIES.length * 30);
  });
});

describe('the facts of vladivostok-2019', () => {
  // The fact sheet lives beside the repository (shared/content), as on the team's machines and in CI.
  const factsFile = new URL('../../../shared/content/FACTS.md', import.meta.url);
  const scenario = VLADIVOSTOK.scenario;
  // Skipped only on a machine without shared/; CI always has it, and there the test must run.
  it.skipIf(!existsSync(factsFile) && !process.env.CI)('ties every fact it uses to a paragraph of the article or a named source that FACTS.md has', () => {
    const facts = readFileSync(factsFile, 'utf8');
    for (const ref of factRefs(scenario)) {
      expect(scenario.sources, ref).toContain(ref);
      if (ref.startsWith('P')) expect(facts, ref).toContain(`[${ref}]`);
      else if (ref.startsWith('UNSC-')) expect(facts, ref).toMatch(new RegExp(`(^- ${ref.slice(5)} \\(|\\b${ref.slice(5)} Committee|"${ref.slice(5)} Committee")`, 'm'));
    }
  });

  it('shows four key ideas, three notes on 2019 and five questions, in this order', () => {
    expect(scenario.debrief.ideas.map((i) => i.id)).toEqual(['sanctions', 'veto', 'batna', 'zopa']);
    expect(scenario.debrief.history.map((n) => n.text)).toEqual(['debrief.history.1', 'debrief.history.2', 'debrief.history.3']);
    expect(scenario.debrief.questions.map((n) => n.text)).toEqual([1, 2, 3, 4, 5].map((n) => `debrief.question.${n}`));
  });
});

describe("the engine's texts (src/content/engine.*.json)", () => {
  /**
   * The message keys the engine names in its code: the literal keys of its msg() calls (with
   * either branch of a choice, and a key chosen in a `const` just before), and the shapes of the
   * keys it builds from ids (`option.${goal}.${option}.title`), as patterns.
   */
  function engineKeys(): { literal: Map<string, string[]>; patterns: Map<string, string[]> } {
    const literal = new Map<string, string[]>();
    const patterns = new Map<string, string[]>();
    const add = (into: Map<string, string[]>, key: string, where: string) => into.set(key, [...(into.get(key) ?? []), where]);
    for (const file of sourceFiles('src/engine')) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const call of text.matchAll(/\bmsg\(\s*([^,)]+)/g)) {
        let arg = call[1]!.trim();
        const named = /^[A-Za-z_$][\w$]*$/.exec(arg) && new RegExp(`const ${arg} = ([^;]+);`).exec(text);
        if (named) arg = named[1]!;
        for (const m of arg.matchAll(/'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) add(literal, m[1]!, file);
        for (const m of arg.matchAll(/`([^`]+)`/g)) add(patterns, m[1]!, file);
      }
    }
    return { literal, patterns };
  }
  const { literal, patterns } = engineKeys();

  it('has the same keys in English and Indonesian, with the same placeholders', () => {
    expect(pairIssues('engine', ENGINE)).toEqual([]);
    expect(pairIssues('ui', UI)).toEqual([]);
    expect(pairIssues('classroom', CLASSROOM)).toEqual([]);
  });

  it("has every key the engine names, in both languages; the others are every scenario's own", () => {
    // A guard on the scan itself: it finds the keys it is meant to find.
    expect(literal.size).toBeGreaterThan(50);
    for (const k of ['error.unlawful', 'code.error.scenario-version', 'log.propose.both', 'putin.list.ok', 'good.lawful']) expect([...literal.keys()]).toContain(k);
    expect([...patterns.keys()]).toContain('putin.refuse.${refusal}');
    const missing: string[] = [];
    for (const [key, files] of literal) {
      const engine = LANGS.filter((lang) => ENGINE[lang][key] !== undefined);
      if (engine.length === LANGS.length) continue;
      if (engine.length > 0) {
        missing.push(`${key} (${files[0]}): engine.${LANGS.find((l) => !engine.includes(l))}.json lacks it`);
        continue;
      }
      for (const [, b] of SCENARIOS) for (const lang of LANGS) if (b.messages[lang][key] === undefined) missing.push(`${key} (${files[0]}): neither the engine's nor ${b.scenario.id}'s ${lang} catalogue has it`);
    }
    expect(missing).toEqual([]);
  });

  it('has, for every key the engine builds from ids, texts of that shape in every scenario', () => {
    const missing: string[] = [];
    for (const [pattern, files] of patterns) {
      const re = new RegExp(`^${pattern.split(/\$\{[^}]+\}/).map((p) => p.replace(/[.*+?^()|[\]\\]/g, '\\$&')).join('[\\w-]+')}$`);
      for (const [, b] of SCENARIOS) if (!Object.keys(b.messages.en).some((k) => re.test(k))) missing.push(`${pattern} (${files[0]}): no text in ${b.scenario.id}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the code names no scenario', () => {
  const scenario = VLADIVOSTOK.scenario;
  /** Every id of Vladivostok a player deals with, by kind. */
  const IDS = new Map<string, string>([
    ...scenario.goals.map((g) => [g.id, 'goal'] as const),
    ...scenario.goals.flatMap((g) => g.options.map((o) => [o.id, `option of ${g.id}`] as const)),
    ...scenario.constraints.map((c) => [c.id, 'constraint'] as const),
    ...scenario.framings.map((f) => [f.id, 'argument'] as const),
    ...scenario.sweeteners.map((x) => [x.id, 'sweetener'] as const),
    ...scenario.goods.map((x) => [x.id, 'good'] as const),
    ...scenario.events.map((x) => [x.id, 'event'] as const),
    ...scenario.stances.map((x) => [x.id, 'stance'] as const),
  ]);
  /**
   * The only files outside src/content/ that may name the scenario's own id, and why: the codes of
   * engine version 1 named it by number, and the game's storage keys and file names carry it as
   * the game's name (changing them would lose saves, classes and settings already kept).
   */
  const MAY_NAME_SCENARIO: Record<string, string> = {
    'src/engine/code/index.ts': "format-1 codes named their scenario by number; 0 was vladivostok-2019 (read from a code's head)",
    'src/engine/rules/v1/code/format1.ts': 'the same, in engine version 1 as it was frozen',
    'src/engine/rules/v2/code/index.ts': 'the same, in engine version 2 as it was frozen',
    'src/engine/rules/v3/code/index.ts': 'the same, in engine version 3 as it was frozen',
    'src/engine/rules/v4/code/index.ts': 'the same, in engine version 4 as it was frozen',
    'src/engine/rules/v5/code/index.ts': 'the same, in engine version 5 as it was frozen',
    'src/engine/rules/v6/code/index.ts': 'the same, in engine version 6 as it was frozen',
    'src/engine/rules/v7/code/index.ts': 'the same, in engine version 7 as it was frozen',
    'src/engine/rules/v8/code/index.ts': 'the same, in engine version 8 as it was frozen',
    'src/engine/rules/v9/code/index.ts': 'the same, in engine version 9 as it was frozen',
    'src/engine/rules/v1/index.ts': 'engine version 1 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v2/index.ts': 'engine version 2 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v3/index.ts': 'engine version 3 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v4/index.ts': 'engine version 4 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v5/index.ts': 'engine version 5 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v6/index.ts': 'engine version 6 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v7/index.ts': 'engine version 7 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v8/index.ts': 'engine version 8 is frozen with the rules data of its scenarios, as it played them',
    'src/engine/rules/v9/index.ts': 'engine version 9 is frozen with the rules data of its scenarios, as it played them',
    'src/shell/persistence.ts': 'the storage keys of the saved game',
    'src/shell/i18n.ts': "the storage key of the player's language",
    'src/shell/sound.ts': 'the storage key of the sound setting',
    'src/shell/class-timer.ts': "the storage key of the lesson's deadline",
    'src/shell/startup.ts': 'the file name of a save of an older version, kept for the player to download',
    'src/classroom/store.ts': "the storage keys of the teacher's class, and its file format",
    'src/classroom/effects.ts': "the storage key of the teacher's language",
    'src/class-client/membership.ts': "the storage key of a live class's token in the student's browser",
    'src/classroom/live/saved.ts': "the storage key of the teacher's live classes",
    'src/classroom/session.ts': 'the session code of classes started before the code named the scenario (until 2c31e30), when there was one scenario',
  };
  const files = [...sourceFiles('src'), ...sourceFiles('scenes')].filter((f) => !f.startsWith('src/content/'));

  it('leaves the default scenario to src/content/ (the shell imports it from there), the same rules as the registry\'s, its Indonesian texts apart', () => {
    const full = BUNDLES[DEFAULT_SCENARIO_ID]!;
    expect(DEFAULT_BUNDLE.hash).toBe(full.hash);
    expect(DEFAULT_BUNDLE.scenario).toEqual(full.scenario);
    expect(DEFAULT_BUNDLE.messages.en).toBe(full.messages.en);
    expect(DEFAULT_INDONESIAN).toBe(full.messages.id);
    expect(readFileSync(path.join(ROOT, 'src/shell/scenario.ts'), 'utf8')).toContain("from '../content/default'");
  });

  it('scans every source file of the game, the teacher’s page and the engine', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const f of ['src/engine/apply.ts', 'src/shell/i18n.ts', 'src/classroom/main.ts', 'scenes/Summit.ts']) expect(files).toContain(f);
    expect(IDS.size).toBeGreaterThan(50);
  });

  it('has no goal, option, limit, argument, sweetener, good, event or stance id of Vladivostok as a string', () => {
    const found: string[] = [];
    for (const file of files) {
      for (const literal of new Set(stringLiterals(file))) {
        if (IDS.has(literal)) found.push(...linesOf(file, literal).map((l) => `${l}   (${IDS.get(literal)} '${literal}')`));
      }
    }
    expect(found).toEqual([]);
  });

  it(`names the scenario's own id (${scenario.id}) only where it must`, () => {
    const found: string[] = [];
    const naming = new Set<string>();
    for (const file of files) {
      if (!stringLiterals(file).some((s) => s.includes(scenario.id))) continue;
      naming.add(file);
      if (!(file in MAY_NAME_SCENARIO)) found.push(...linesOf(file, scenario.id, true));
    }
    expect(found).toEqual([]);
    // The list is exact: each place on it still names it.
    expect([...naming].sort()).toEqual(Object.keys(MAY_NAME_SCENARIO).sort());
  });
});

describe("the texts of the game, the teacher's page and the engine say nothing only one scenario could", () => {
  /** What only a scenario may say: how many goals it has, where it happens. */
  const SCENARIO_ONLY = [/\bfive goals\b/i, /\b5 goals\b/i, /\bkelima tujuan\b/i, /\blima tujuan\b/i, /vladivostok/i, /russky/i, /rusky/i];
  const SETS: Record<string, Record<Lang, Catalogue>> = { ui: UI, classroom: CLASSROOM, engine: ENGINE };

  it('no text in ui.*.json, classroom.*.json or engine.*.json counts the goals or names the place', () => {
    const found: string[] = [];
    for (const [name, set] of Object.entries(SETS)) {
      for (const lang of LANGS) {
        for (const [key, text] of Object.entries(set[lang])) {
          const hit = SCENARIO_ONLY.find((re) => re.test(text));
          if (hit) found.push(`src/content/${name}.${lang}.json ${key}: "${text}" (${hit.source})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the check finds what it looks for', () => {
    const texts = ["Kim's five goals", 'Lima tujuan Kim', 'Pulau Russky, Vladivostok', 'rank the 5 goals', 'merundingkan kelima tujuan'];
    expect(texts.filter((t) => SCENARIO_ONLY.some((re) => re.test(t)))).toEqual(texts);
    expect(["Kim's goals", 'Tujuan Kim', 'the summit'].filter((t) => SCENARIO_ONLY.some((re) => re.test(t)))).toEqual([]);
  });
});
