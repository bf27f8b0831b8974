// The scenario's shape, checked when it is loaded: a content edit that breaks a rule fails loudly, not in play.
import * as v from 'valibot';
import { CONSTRAINT_IDS, DIFFICULTIES, GOAL_IDS, PRESS_STANCES } from '../types';

const range = v.pipe(
  v.tuple([v.number(), v.number()]),
  v.check(([lo, hi]) => lo <= hi, 'a range must run from low to high'),
);
const facts = v.pipe(v.array(v.pipe(v.string(), v.regex(/^(P\d+|UNSC-\d+|RECORD)$/))), v.minLength(1));
const goalId = v.picklist(GOAL_IDS);
const constraintId = v.picklist(CONSTRAINT_IDS);
const slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/));
/** A key of the scenario's message catalogues (messages.en.json and messages.id.json). */
const messageKey = v.pipe(v.string(), v.regex(/^[a-z][\w-]*(\.[\w-]+)+$/));
/** A line of text: its message key and, where it states a fact, the facts it rests on. */
const note = v.object({ text: messageKey, facts: v.optional(facts) });

export const OptionSchema = v.object({
  id: slug,
  kim: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  putin: range,
  breaks: v.array(constraintId),
  us: v.number(),
  money: v.optional(v.number(), 0),
  needsFraming: v.optional(slug),
  followsChina: v.optional(v.boolean(), false),
  needsList: v.optional(v.boolean(), false),
  conditional: v.optional(v.boolean(), false),
  facts,
});

export const GoalSchema = v.pipe(
  v.object({
    id: goalId,
    facts,
    twist: v.picklist(['no-paper', 'humanitarian-china', 'deadline', 'thin-purse', 'goods-list']),
    rounds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    options: v.pipe(v.array(OptionSchema), v.minLength(4)),
  }),
  v.check((g) => g.options.every((o, i) => i === 0 || o.kim > (g.options[i - 1]?.kim ?? -1) || o.breaks.length > 0), 'lawful options must rise in value to Kim, from modest to maximal'),
  v.check((g) => g.options[0]?.breaks.length === 0, 'the most modest option must break no constraint'),
);

/** What the debrief (and the teacher's notes) list after play, each list in the order it is shown. */
export const DebriefSchema = v.pipe(
  v.object({
    /** The key ideas: a term and what it means; a pure concept (the zone of possible agreement) states no fact. */
    ideas: v.pipe(v.array(v.object({ id: slug, term: messageKey, meaning: messageKey, facts: v.optional(facts) })), v.minLength(1)),
    /** What happened in 2019. */
    history: v.pipe(v.array(note), v.minLength(1)),
    /** Questions for discussion. */
    questions: v.pipe(v.array(note), v.minLength(1)),
  }),
  v.check((d) => new Set(d.ideas.map((i) => i.id)).size === d.ideas.length, 'each key idea has an id of its own'),
  v.check((d) => {
    const keys = [...d.ideas.flatMap((i) => [i.term, i.meaning]), ...d.history.map((n) => n.text), ...d.questions.map((n) => n.text)];
    return new Set(keys).size === keys.length;
  }, 'each text is listed once'),
);

export const ScenarioSchema = v.pipe(
  v.object({
    id: slug,
    dayStart: v.number(),
    dayLength: v.pipe(v.number(), v.minValue(60)),
    costs: v.object({ propose: v.number(), ask: v.number(), accept: v.number(), walkAway: v.number(), barterList: v.number() }),
    meters: v.object({ patience: v.number(), face: v.number(), usAttention: v.number() }),
    patienceCost: v.object({ NEVER: v.number(), TOO_MUCH: v.number(), NOT_NOW: v.number(), NO_GAIN: v.number(), counter: v.number(), ask: v.number() }),
    faceShift: v.object({ rebuffed: v.number(), walkAway: v.number(), dealPer10: v.number() }),
    usThreshold: v.number(),
    newsEvery: v.pipe(v.number(), v.minValue(1)),
    putin: v.object({
      aspiration: range,
      boulware: v.object(Object.fromEntries(DIFFICULTIES.map((d) => [d, range])) as Record<(typeof DIFFICULTIES)[number], typeof range>),
      moneyWeight: range,
      bluffChance: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      memory: v.object({ halfLife: v.number(), sweetener: v.number(), insult: v.number(), walkAway: v.number(), deal: v.number() }),
    }),
    constraints: v.array(v.object({ id: constraintId, facts })),
    goals: v.pipe(
      v.array(GoalSchema),
      v.check((gs) => GOAL_IDS.every((id, i) => gs[i]?.id === id) && gs.length === GOAL_IDS.length, 'the five goals, in order'),
    ),
    sweeteners: v.array(v.object({ id: slug, kimCost: v.number(), putin: range, face: v.number(), facts })),
    framings: v.array(v.object({ id: slug, us: v.number(), facts, bonus: v.record(goalId, range) })),
    goods: v.array(
      v.object({
        id: slug,
        direction: v.picklist(['toNorth', 'toRussia']),
        sanctionedBy: v.nullable(v.picklist(['2371', '2375', '2397'])),
        facts,
      }),
    ),
    events: v.array(
      v.object({
        id: slug,
        facts,
        reveal: v.optional(v.array(v.object({ goal: goalId, option: slug }))),
        bonus: v.optional(v.array(v.object({ goal: goalId, option: slug, amount: v.number() }))),
        usAttention: v.optional(v.number()),
        patience: v.optional(v.number()),
      }),
    ),
    stances: v.array(
      v.object({ id: v.picklist(PRESS_STANCES), face: v.number(), faceIfEmpty: v.optional(v.number()), usAttention: v.number() }),
    ),
    history: v.object({ deals: v.record(goalId, v.nullable(slug)), facts }),
    debrief: DebriefSchema,
    /** The fact paragraphs each of Putin's reasons rests on. */
    reasonFacts: v.record(slug, facts),
    sources: v.array(v.string()),
  }),
  v.check((s) => s.constraints.length === 4, 'the four constraints'),
  // Whatever the seed, the player can always get something: Putin takes the most modest option at once.
  v.check((s) => s.goals.every((g) => (g.options[0]?.putin[0] ?? 0) >= s.putin.aspiration[1]), "each goal's most modest option must be worth at least Putin's highest aspiration"),
  v.check(
    (s) =>
      s.events.every((e) =>
        [...(e.reveal ?? []), ...(e.bonus ?? [])].every((r) => s.goals.find((g) => g.id === r.goal)?.options.some((o) => o.id === r.option)),
      ),
    'every event names an option that exists',
  ),
  v.check(
    (s) => Object.entries(s.history.deals).every(([g, o]) => o === null || s.goals.find((x) => x.id === g)?.options.some((x) => x.id === o && x.breaks.length === 0)),
    'history names lawful options that exist',
  ),
  v.check((s) => s.goals.every((g) => g.options.every((o) => !o.needsFraming || s.framings.some((f) => f.id === o.needsFraming))), 'framings named by options exist'),
);

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type GoalSpec = Scenario['goals'][number];
export type OptionSpec = GoalSpec['options'][number];
export type SweetenerSpec = Scenario['sweeteners'][number];
export type FramingSpec = Scenario['framings'][number];
export type GoodSpec = Scenario['goods'][number];
export type EventSpec = Scenario['events'][number];
export type DebriefSpec = Scenario['debrief'];

/** Validate raw scenario data; a failure names the path and the rule that broke. */
export function parseScenario(raw: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: string[] } {
  const result = v.safeParse(ScenarioSchema, raw);
  if (result.success) return { ok: true, scenario: result.output };
  return {
    ok: false,
    issues: result.issues.map((i) => `${v.getDotPath(i) ?? '(scenario)'}: ${i.message}`),
  };
}
