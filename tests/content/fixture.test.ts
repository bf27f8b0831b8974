// The made-up harbour scenario (src/content/fixture-harbour) shows that content is data: it
// validates against the same schema, shares no id with Vladivostok, has every text the engine,
// the scenes and the teacher's page look up, in both languages, and plays to the end through the
// same engine with every built-in strategy, its deadline and its goods list included.
import { describe, expect, it, vi } from 'vitest';
import { BUNDLES } from '../../src/content/all';
import engineEn from '../../src/content/engine.en.json';
import engineId from '../../src/content/engine.id.json';
import { bundle as FIXTURE } from '../../src/content/fixture-harbour';
import raw from '../../src/content/fixture-harbour/scenario.json';
import { SCENARIO_IDS } from '../../src/content/registry';
import { bundle as VLADIVOSTOK } from '../../src/content/vladivostok-2019';
import {
  DIFFICULTIES,
  type Difficulty,
  type Game,
  type Lang,
  type Message,
  makeStrategy,
  newGame,
  playerView,
  playOut,
  replayRecord,
  type Scenario,
  type ScenarioBundle,
  STRATEGIES,
} from '../../src/engine';
import { parseScenario } from '../../src/engine/scenario/schema';
import { format, placeholders } from '../../src/shell/text';
import { impliedKeys } from '../support/scenario-keys';

// Many whole games per case: generous on a busy two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const LANGS: readonly Lang[] = ['en', 'id'];
const ENGINE: Record<Lang, Record<string, string>> = { en: engineEn, id: engineId };
const SEEDS = Array.from({ length: 20 }, (_, i) => `harbour-${i}`);

/** The reason ids the engine itself gives facts for (reasonFacts): every scenario may name them. */
const ENGINE_REASONS = ['needs-framing', 'needs-list', 'us-watching', 'money', 'china', 'list-ok', 'list-empty', 'list-one-way', 'deadline'];

/** Every id a scenario defines, whatever its kind (a note's reason id is named twice: once). */
function idsOf(s: Scenario): string[] {
  const ids = [
    s.id,
    ...s.goals.flatMap((g) => [g.id, ...g.options.map((o) => o.id)]),
    ...s.constraints.map((c) => c.id),
    ...s.framings.map((f) => f.id),
    ...s.sweeteners.map((x) => x.id),
    ...s.goods.map((x) => x.id),
    ...s.events.map((x) => x.id),
    ...s.stances.map((x) => x.id),
    ...s.debrief.ideas.map((i) => i.id),
    ...Object.keys(s.reasonFacts).filter((r) => !ENGINE_REASONS.includes(r)),
    ...s.goals.flatMap((g) => g.options.flatMap((o) => o.notes)),
  ];
  return [...new Set(ids)];
}


/**
 * The keys every scenario's catalogues need whatever its ids: Vladivostok's keys that its ids do not
 * imply. A source's own text or label (source.UN-CHARTER, source.KCNA.label) is that scenario's alone,
 * whether or not its data lists the source yet; so are its notes for the teacher (notes.context.1, …),
 * as many as it has to say.
 */
function genericKeys(): string[] {
  const implied = new Set(impliedKeys(VLADIVOSTOK.scenario));
  return Object.keys(VLADIVOSTOK.messages.en).filter((k) => !implied.has(k) && !/^source\.[A-Z]|^notes\./.test(k));
}

const sorted = (xs: readonly string[]) => [...xs].sort();

function collectKeys(m: Message, out: string[]): void {
  out.push(m.key);
  for (const v of Object.values(m.params ?? {})) {
    if (Array.isArray(v)) v.forEach((x) => collectKeys(x, out));
    else if (typeof v === 'object') collectKeys(v, out);
  }
}

/** Every message a finished game shows a player of the Delegation. */
function shownMessages(game: Game): Message[] {
  const view = playerView(game);
  return [
    ...view.log.map((l) => l.message),
    ...view.news.map((n) => n.message),
    ...view.goals.flatMap((g) => [g.title, g.summary, g.twist, ...g.hints, ...g.options.flatMap((o) => [o.title, o.detail]), ...g.answers.flatMap((a) => [a.says, ...a.reasons.map((r) => r.message)])]),
    ...view.goods.flatMap((g) => [g.title, g.detail]),
    ...view.sweeteners.flatMap((x) => [x.title, x.detail]),
    ...view.framings.flatMap((x) => [x.title, x.detail]),
    ...view.stances.flatMap((x) => [x.title, x.detail]),
  ];
}

const goalOf = (b: ScenarioBundle, pred: (g: Scenario['goals'][number]) => boolean) => b.scenario.goals.find(pred)!;
const DEADLINE = goalOf(FIXTURE, (g) => g.twist.deadline !== undefined);
const LISTED = goalOf(FIXTURE, (g) => g.twist.goodsList);

function started(seed: string, difficulty: Difficulty): Game {
  const game = newGame(FIXTURE, { seed, settings: { difficulty } });
  expect(game.play({ side: 'kim', type: 'briefing.rank', ranking: FIXTURE.scenario.goals.map((g) => g.id) }).ok).toBe(true);
  return game;
}

describe('the fixture scenario (fixture-harbour)', () => {
  it('validates against the schema, is marked a fixture, and is a bundle of this build', () => {
    const parsed = parseScenario(raw);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(FIXTURE.scenario.id).toBe('fixture-harbour');
    expect(FIXTURE.scenario.fixture).toBe(true);
    expect(VLADIVOSTOK.scenario.fixture).toBe(false);
    expect(FIXTURE.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(FIXTURE.hash).not.toBe(VLADIVOSTOK.hash);
    expect(BUNDLES['fixture-harbour']).toBe(FIXTURE);
    expect(SCENARIO_IDS).toContain('fixture-harbour');
    expect(FIXTURE.messages.en['scenario.title']).toMatch(/^Test scenario: .*not a real event/);
  });

  it('has the shape the tests rely on: a plain goal, a deadline and a goods list, each with a limit', () => {
    const s = FIXTURE.scenario;
    expect(s.goals).toHaveLength(3);
    expect(s.goals.filter((g) => g.twist.deadline === undefined && !g.twist.goodsList)).toHaveLength(1);
    expect(DEADLINE.twist.deadline?.rounds).toBe(2);
    for (const g of s.goals) {
      expect(g.options, g.id).toHaveLength(4);
      expect(g.options.some((o) => o.breaks.length > 0), `${g.id} has an unlawful option`).toBe(true);
      // Once he is down to his floor, he takes the most modest option (the schema's promise).
      expect(g.options[0]!.putin[0]).toBeGreaterThanOrEqual(Math.max(...Object.values(s.putin.floor).map((r) => r[1])));
    }
    for (const c of s.constraints) expect(s.goals.some((g) => g.options.some((o) => o.breaks.includes(c.id))), `${c.id} is broken by some option`).toBe(true);
    expect(LISTED.options.filter((o) => o.needsList)).toHaveLength(2);
    expect(s.goals.flatMap((g) => g.options).some((o) => o.needsFraming !== undefined)).toBe(true);
    const notes = s.goals.flatMap((g) => g.options.flatMap((o) => o.notes));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(s.reasonFacts, n).toHaveProperty([n]);
    for (const r of ENGINE_REASONS) expect(s.reasonFacts, r).toHaveProperty([r]);
    expect(new Set(s.goods.map((g) => g.direction)).size).toBe(2);
    expect(s.goods.some((g) => g.sanctionedBy !== null) && s.goods.some((g) => g.sanctionedBy === null)).toBe(true);
    expect(Object.keys(s.history.deals).sort()).toEqual(s.goals.map((g) => g.id).sort());
  });

  it('shares no id with Vladivostok', () => {
    const ours = idsOf(FIXTURE.scenario);
    expect(ours.length).toBeGreaterThan(30);
    const theirs = new Set(idsOf(VLADIVOSTOK.scenario));
    expect(ours.filter((id) => theirs.has(id))).toEqual([]);
    // The reason ids both name are the engine's own.
    const shared = Object.keys(FIXTURE.scenario.reasonFacts).filter((r) => r in VLADIVOSTOK.scenario.reasonFacts);
    expect(shared.filter((r) => !ENGINE_REASONS.includes(r))).toEqual([]);
  });
});

describe('the fixture texts, in English and Bahasa Indonesia', () => {
  const { en, id } = FIXTURE.messages;

  it('have the same keys in both languages, with the same placeholders, and every text compiles', () => {
    expect(sorted(Object.keys(id))).toEqual(sorted(Object.keys(en)));
    for (const key of Object.keys(en)) expect(sorted(placeholders(id[key]!)), key).toEqual(sorted(placeholders(en[key]!)));
  });

  it('have every key the data implies, every generic key a scenario needs with the placeholders of Vladivostok, and nothing else', () => {
    const implied = impliedKeys(FIXTURE.scenario);
    const generic = genericKeys();
    for (const lang of LANGS) {
      for (const key of implied) expect(FIXTURE.messages[lang], `${lang}: ${key}`).toHaveProperty([key]);
      for (const key of generic) {
        expect(FIXTURE.messages[lang], `${lang}: ${key}`).toHaveProperty([key]);
        expect(sorted(placeholders(FIXTURE.messages[lang][key]!)), key).toEqual(sorted(placeholders(VLADIVOSTOK.messages[lang][key]!)));
      }
    }
    // A twist with a deadline says how many proposals are left; the others have no placeholder.
    expect(placeholders(en[`goal.${DEADLINE.id}.twist`]!)).toEqual(['rounds']);
    expect(sorted(Object.keys(en))).toEqual(sorted([...new Set([...implied, ...generic])]));
  });
});

describe('whole games of the fixture', () => {
  it('play to the end with every strategy at every difficulty, with no unlawful deal and every text found', () => {
    const agreed = new Map<string, Set<string>>(FIXTURE.scenario.goals.map((g) => [g.id, new Set()]));
    let played = 0;
    for (const strategy of STRATEGIES) {
      for (const difficulty of DIFFICULTIES) {
        for (const seed of SEEDS) {
          const game = playOut(newGame(FIXTURE, { seed, settings: { difficulty } }), makeStrategy(strategy, seed));
          const where = `${strategy}/${difficulty}/${seed}`;
          expect(game.isOver(), where).toBe(true);
          expect(game.scenario.id).toBe('fixture-harbour');
          for (const g of FIXTURE.scenario.goals) {
            const track = game.goal(g.id);
            expect(track.status, `${where} ${g.id}`).toBe('done');
            const deal = track.context.deal;
            if (deal === null) continue;
            const option = g.options.find((o) => o.id === deal)!;
            expect(option.breaks, `${where} ${g.id}: ${deal}`).toEqual([]);
            if (option.needsList) expect(track.context.listOk, `${where} ${g.id}: ${deal} without a list`).toBe(true);
            agreed.get(g.id)!.add(deal);
          }
          const view = playerView(game);
          expect(view.result?.perGoal).toHaveLength(3);
          for (const m of shownMessages(game)) {
            const keys: string[] = [];
            collectKeys(m, keys);
            for (const lang of LANGS) {
              for (const k of keys) expect(FIXTURE.messages[lang][k] ?? ENGINE[lang][k], `${lang}: ${k}`).toBeDefined();
              expect(format(lang, m, [FIXTURE.messages[lang], ENGINE[lang]])).not.toMatch(/\{[\w-]+\}/);
            }
          }
          // Every tenth game: replayed from its record, it is the same game.
          if (played++ % 10 === 0) {
            const replayed = replayRecord(game.record(), (sid) => BUNDLES[sid]);
            expect(replayed.ok, where).toBe(true);
            if (replayed.ok) expect(replayed.game.hash(), where).toBe(game.hash());
          }
        }
      }
    }
    expect(played).toBe(STRATEGIES.length * DIFFICULTIES.length * SEEDS.length);
    // Winnable in part: something is agreed on every goal, and more than the most modest option somewhere.
    for (const g of FIXTURE.scenario.goals) expect(agreed.get(g.id)!.size, g.id).toBeGreaterThan(0);
    expect(FIXTURE.scenario.goals.some((g) => [...agreed.get(g.id)!].some((o) => o !== g.options[0]!.id))).toBe(true);
  });

  it('close the deadline track by itself once its proposals are spent', () => {
    const unlawful = DEADLINE.options.find((o) => o.breaks.length > 0)!;
    const rounds = DEADLINE.twist.deadline!.rounds;
    for (const difficulty of DIFFICULTIES) {
      for (const seed of SEEDS.slice(0, 5)) {
        const game = started(seed, difficulty);
        let proposals = 0;
        while (game.goal(DEADLINE.id).status !== 'done' && proposals < 10) {
          const r = game.play({ side: 'kim', type: 'offer.propose', goal: DEADLINE.id, option: unlawful.id });
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.answer?.refusal).toBe('NEVER');
          proposals++;
        }
        const track = game.goal(DEADLINE.id);
        expect(proposals).toBe(rounds);
        expect(track.status).toBe('done');
        expect(track.value).toBe('deadlocked');
        expect(track.context.roundsLeft).toBe(0);
        expect(track.context.deal).toBeNull();
        expect(game.log.filter((l) => l.message.key === 'log.deadline' && l.goal === DEADLINE.id)).toHaveLength(1);
        expect(game.play({ side: 'kim', type: 'offer.propose', goal: DEADLINE.id, option: DEADLINE.options[0]!.id }).ok).toBe(false);
        // The other tracks are still open, and the day goes on.
        expect(game.phase).toBe('talks');
      }
    }
  });

  it('refuse the options that need a goods list until a lawful list passes, and agree to them after', () => {
    const needing = LISTED.options.filter((o) => o.needsList);
    // The cheaper of them is worth enough to the Harbour Master to be taken at once, once the list has passed.
    const first = needing[0]!;
    expect(first.putin[0]).toBeGreaterThan(FIXTURE.scenario.putin.aspiration[1]);
    const banned = FIXTURE.scenario.goods.filter((g) => g.sanctionedBy !== null).map((g) => g.id);
    const lawful = FIXTURE.scenario.goods.filter((g) => g.sanctionedBy === null).map((g) => g.id);
    // (On 'hard' he may dress a refusal up as a limit and keep to it: tests/engine/claims.test.ts.)
    for (const difficulty of ['open', 'standard'] as const) {
      for (const seed of SEEDS.slice(0, 5)) {
        const game = started(seed, difficulty);
        for (const option of needing) {
          const r = game.play({ side: 'kim', type: 'offer.propose', goal: LISTED.id, option: option.id });
          // Not without a list: refused for now, or countered with something that needs none.
          expect(r.ok && r.answer?.kind).not.toBe('accept');
          if (r.ok) expect(r.answer?.reasons.find((x) => x.weight === 'binding')?.id).toBe('needs-list');
          expect(game.goal(LISTED.id).context.deal).toBeNull();
        }
        // A list with a banned good is refused, and the options still wait for a list.
        const refused = game.play({ side: 'kim', type: 'goods.list', goal: LISTED.id, goods: [lawful[0]!, banned[0]!] });
        expect(refused.ok && refused.answer?.kind).toBe('refuse');
        expect(game.goal(LISTED.id).context.listOk).toBe(false);
        const still = game.play({ side: 'kim', type: 'offer.propose', goal: LISTED.id, option: first.id });
        expect(still.ok && still.answer?.reasons.find((x) => x.weight === 'binding')?.id).toBe('needs-list');
        // A lawful list passes.
        const passed = game.play({ side: 'kim', type: 'goods.list', goal: LISTED.id, goods: lawful });
        expect(passed.ok && passed.answer?.kind).toBe('accept');
        expect(game.goal(LISTED.id).context.listOk).toBe(true);
        // Now the option is agreed.
        const agreed = game.play({ side: 'kim', type: 'offer.propose', goal: LISTED.id, option: first.id });
        expect(agreed.ok && agreed.answer?.kind).toBe('accept');
        const track = game.goal(LISTED.id);
        expect(track.value).toBe('agreed');
        expect(track.context.deal).toBe(first.id);
      }
    }
  });
});
