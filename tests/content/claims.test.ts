// Every text that states something rests on the record or says that the game made it up. Each
// scenario keeps a register of facts (src/content/<id>/facts.json: id, source, statement, built
// from ../shared/content/FACTS.md) and the claims of its texts (claims.json: for each message key,
// the fact ids it states, an `invention` of the game said as such, or `general` for a definition or
// a question). A failure names the file to edit, the key and what it lacks.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { BUNDLES } from '../support/bundles';
import { afterPlay, type Claim, claimsPath, isParagraph, readClaims, readJson, readRegister, type Register, registerPath, states, teacherOnly } from '../support/claims';

/**
 * Problems that wait for the lead's edit of a scenario.json (issue #10 owns those files): each is
 * listed exactly as the test words it. When the edit is made the line stops appearing and this test
 * fails until it is deleted here, so the list can only shrink.
 */
const AWAITING_SCENARIO_EDITS: Record<string, string[]> = {
  'vladivostok-2019': [],
  'fixture-harbour': [],
};

const KINDS = ['facts', 'invention', 'general'] as const;

/** Every fact reference in the scenario data, with where it is and whether it is shown before play. */
function dataRefs(s: Scenario): { ref: string; at: string; beforePlay: boolean }[] {
  const out: { ref: string; at: string; beforePlay: boolean }[] = [];
  const walk = (x: unknown, at: string) => {
    if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${at}.${i}`));
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        const here = at ? `${at}.${k}` : k;
        if (k === 'facts' && Array.isArray(v)) for (const ref of v as string[]) out.push({ ref, at: here, beforePlay: !/^(history|debrief)\b/.test(here) });
        else if (k === 'reasonFacts' && v && typeof v === 'object') for (const [r, refs] of Object.entries(v)) for (const ref of refs as string[]) out.push({ ref, at: `reasonFacts.${r}`, beforePlay: true });
        else walk(v, here);
      }
    }
  };
  walk(s, '');
  return out;
}

/** Problems of the register itself, and of the scenario data's references to it. */
function registerProblems(id: string, reg: Register, scenario: Scenario): string[] {
  const file = registerPath(id);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of reg.facts) {
    if (seen.has(f.id)) out.push(`${file}: the id "${f.id}" is used twice`);
    seen.add(f.id);
    if (!isParagraph(f.source) && !reg.sources[f.source]) out.push(`${file}: "${f.id}" names the source "${f.source}", which is neither an article paragraph (P0, P1, …) nor listed under "sources"`);
    if (!f.id.startsWith(`${f.source}.`)) out.push(`${file}: "${f.id}" should start with its source, "${f.source}."`);
    if (!f.statement.trim()) out.push(`${file}: "${f.id}" has no statement`);
  }
  const bySource = new Set(reg.facts.map((f) => f.source));
  for (const { ref, at, beforePlay } of dataRefs(scenario)) {
    if (!bySource.has(ref)) out.push(`src/content/${id}/scenario.json ${at} cites "${ref}", but ${file} has no fact from that source`);
    else if (beforePlay && reg.sources[ref] && reg.sources[ref].shown !== 'any time') out.push(`src/content/${id}/scenario.json ${at} cites "${ref}" (${reg.sources[ref].cite}), which may be shown only ${reg.sources[ref].shown}: cite what was known before the talks`);
  }
  return out;
}

/** Problems of the claims: a stating text without one, an entry that is empty, stale, or cites what it may not. */
function claimProblems(id: string, reg: Register, claims: Record<string, Claim>, scenario: Scenario, messages: Record<'en' | 'id', Record<string, string>>): string[] {
  const file = claimsPath(id);
  const facts = new Map(reg.facts.map((f) => [f.id, f]));
  const keys = new Set([...Object.keys(messages.en), ...Object.keys(messages.id)]);
  const out: string[] = [];
  for (const key of keys) {
    if (states(key) && !claims[key]) {
      out.push(
        `${file} has no entry for "${key}", which states something. Add "${key}": { "facts": [ids from ${registerPath(id)}] }, or { "invention": "what the game makes up" }, or { "general": "a definition or a question" }`,
      );
    }
  }
  const cited = new Set<string>();
  for (const [key, claim] of Object.entries(claims)) {
    if (!keys.has(key)) {
      out.push(`${file}: "${key}" is no message of ${id}: remove the entry, or fix its key`);
      continue;
    }
    const unknown = Object.keys(claim).filter((k) => !(KINDS as readonly string[]).includes(k));
    if (unknown.length) out.push(`${file}: "${key}" has ${unknown.map((k) => `"${k}"`).join(', ')}; an entry has only "facts", "invention" and "general"`);
    if (!(claim.facts?.length || claim.invention?.trim() || claim.general?.trim())) out.push(`${file}: "${key}" names no fact, no invention and nothing general: give it one of them`);
    for (const f of claim.facts ?? []) {
      const fact = facts.get(f);
      if (!fact) {
        out.push(`${file}: "${key}" cites "${f}", which is not in ${registerPath(id)}`);
        continue;
      }
      cited.add(fact.source);
      const shown = reg.sources[fact.source]?.shown ?? 'any time';
      if (shown === 'after play' && !afterPlay(key)) out.push(`${file}: "${key}" is shown before play but cites "${f}" (${reg.sources[fact.source]!.cite}): the outcome may be shown only after play`);
      if (shown === "teacher's notes" && !teacherOnly(key)) out.push(`${file}: "${key}" cites "${f}", which belongs in the teacher's notes (notes.*) only`);
    }
  }
  // What the texts cite is listed among the sources the debrief and the notes show, with its text.
  for (const ref of [...cited].sort()) {
    if (!scenario.sources.includes(ref)) out.push(`src/content/${id}/scenario.json "sources" lacks "${ref}", which ${file} cites`);
    const texts = isParagraph(ref) ? [`source.${ref}`] : [`source.${ref}`, `source.${ref}.label`];
    for (const lang of ['en', 'id'] as const) for (const k of texts) if (messages[lang][k] === undefined) out.push(`src/content/${id}/messages.${lang}.json lacks "${k}", which ${file} cites`);
  }
  return out;
}

/** History's deals as the scenario scores them, against the record in the register. */
function historyProblems(id: string, reg: Register, scenario: Scenario): string[] {
  const out: string[] = [];
  const facts = new Set(reg.facts.map((f) => f.id));
  for (const g of scenario.goals) {
    const entry = reg.history.deals[g.id];
    if (!entry) {
      out.push(`${registerPath(id)} "history.deals" says nothing of the goal "${g.id}"`);
      continue;
    }
    if (!(entry.facts?.length || entry.invention)) out.push(`${registerPath(id)} "history.deals.${g.id}" rests on no fact and says it is no invention`);
    for (const f of entry.facts ?? []) if (!facts.has(f)) out.push(`${registerPath(id)} "history.deals.${g.id}" cites "${f}", which the register lacks`);
    const data = scenario.history.deals[g.id] ?? null;
    if (data !== entry.deal) out.push(`src/content/${id}/scenario.json history.deals.${g.id} is ${JSON.stringify(data)}, but the record (${registerPath(id)}) says ${JSON.stringify(entry.deal)}`);
  }
  return out;
}

describe.each(Object.values(BUNDLES).map((b) => [b.scenario.id, b] as const))('the facts and claims of %s', (id, bundle) => {
  const reg = readRegister(id);
  const claims = readClaims(id);
  const problems = () => [...registerProblems(id, reg, bundle.scenario), ...claimProblems(id, reg, claims, bundle.scenario, bundle.messages), ...historyProblems(id, reg, bundle.scenario)];

  it('ties every text that states something to the register, or marks it an invention; history matches the record', () => {
    // Any line here that is not awaited is a problem to fix; an awaited line that is gone is an edit made: delete it above.
    expect(problems()).toEqual(AWAITING_SCENARIO_EDITS[id] ?? []);
  });

  it('finds a text with no claim, a fact the register lacks, and the outcome cited before play', () => {
    const key = Object.keys(claims).find((k) => !afterPlay(k))!;
    const broken = { ...claims, [key]: { facts: ['P99.nothing'] } };
    const found = claimProblems(id, reg, broken, bundle.scenario, bundle.messages);
    expect(found.some((p) => p.includes(`"${key}" cites "P99.nothing"`))).toBe(true);
    const missing = { ...claims };
    delete missing[key];
    expect(claimProblems(id, reg, missing, bundle.scenario, bundle.messages).some((p) => p.includes(`has no entry for "${key}"`))).toBe(true);
    const late = Object.entries(reg.sources).find(([, s]) => s.shown === 'after play');
    if (late) {
      const fact = reg.facts.find((f) => f.source === late[0])!;
      const early = claimProblems(id, reg, { ...claims, [key]: { facts: [fact.id] } }, bundle.scenario, bundle.messages);
      expect(early.some((p) => p.includes(`"${key}" is shown before play`))).toBe(true);
    }
  });
});

describe("the teacher's page's own texts (src/content/classroom.*.json)", () => {
  const file = 'src/content/classroom.claims.json';
  const claims = readJson<Record<string, Claim>>(file);
  const en = readJson<Record<string, string>>('src/content/classroom.en.json');
  /** The handout's and the notes' sentences (a heading, which ends in no full stop, states nothing). */
  const stating = (key: string) => /^class\.(sheet|notes)\./.test(key) && /[.;?!]$/.test(en[key]!.trim());

  it('says of each handout and notes text whether it is an invention of the game or general; none cites a scenario’s facts', () => {
    const out: string[] = [];
    for (const key of Object.keys(en).filter(stating)) if (!claims[key]) out.push(`${file} has no entry for "${key}": add { "invention": "…" } or { "general": "…" } (a scenario's facts go in its own catalogue)`);
    for (const [key, c] of Object.entries(claims)) {
      if (!(key in en)) out.push(`${file}: "${key}" is no message of the page: remove the entry`);
      if (c.facts) out.push(`${file}: "${key}" cites facts: the page's texts are every scenario's, so a fact belongs in the scenario's catalogue`);
      if (!(c.invention?.trim() || c.general?.trim())) out.push(`${file}: "${key}" says neither what it invents nor that it is general`);
    }
    expect(out).toEqual([]);
  });
});
