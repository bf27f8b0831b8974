// The scenario's shape, checked when it is loaded: a content edit that breaks a rule fails loudly,
// not in play. Every id (goal, option, constraint, argument, sweetener, good, stance, event) is a
// string the scenario defines; the checks below cross-check each reference against its list.
import * as v from 'valibot';
import { DIFFICULTIES } from '../types';

const range = v.pipe(
  v.tuple([v.number(), v.number()]),
  v.check(([lo, hi]) => lo <= hi, 'a range must run from low to high'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const chance = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const facts = v.pipe(v.array(v.pipe(v.string(), v.regex(/^(P\d+|UNSC-\d+|RECORD|[A-Z][A-Z0-9-]*)$/))), v.minLength(1));
const slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/));
/** A key of the scenario's message catalogues (messages.en.json and messages.id.json). */
const messageKey = v.pipe(v.string(), v.regex(/^[a-z][\w-]*(\.[\w-]+)+$/));
/** A line of text: its message key and, where it states a fact, the facts it rests on. */
const note = v.object({ text: messageKey, facts: v.optional(facts) });
const unique = (ids: string[]) => new Set(ids).size === ids.length;
const reveals = v.pipe(v.array(v.picklist(['argument', 'position', 'limits'])), v.minLength(1));

export const OptionSchema = v.object({
  id: slug,
  kim: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  putin: range,
  breaks: v.array(slug),
  us: v.number(),
  money: v.optional(v.number(), 0),
  /** The argument without which Putin will not hear of it (a NOT_NOW gate). */
  needsFraming: v.optional(slug),
  /** Only once the goal's goods list has passed (goals with a goods list). */
  needsList: v.optional(v.boolean(), false),
  /** Facts Putin points to on this option, adding nothing to his sum (reason ids, said as notes). */
  notes: v.optional(v.array(slug), []),
  conditional: v.optional(v.boolean(), false),
  /** A step on the sanctions that Russia takes only as far as Beijing goes (P10): it counts against China's line. */
  china: v.optional(v.boolean(), false),
  facts,
});

/** A goal's twist, chosen by its data: a deadline of so many proposals, a goods list to pass first. */
export const TwistSchema = v.object({
  deadline: v.optional(v.object({ rounds: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(15)) })),
  goodsList: v.optional(v.boolean(), false),
});

export const GoalSchema = v.pipe(
  v.object({
    id: slug,
    facts,
    twist: TwistSchema,
    /** The limit he claims when he bluffs on this goal (hard difficulty): one that an option of the goal really has. */
    bluffClaim: v.optional(slug),
    options: v.pipe(v.array(OptionSchema), v.minLength(2), v.maxLength(15)),
  }),
  v.check((g) => unique(g.options.map((o) => o.id)), 'each option of a goal has an id of its own'),
  v.check((g) => g.options.every((o, i) => i === 0 || o.kim > (g.options[i - 1]?.kim ?? -1) || o.breaks.length > 0), 'lawful options must rise in value to Kim, from modest to maximal'),
  v.check((g) => g.options[0]?.breaks.length === 0, 'the most modest option must break no constraint'),
  v.check((g) => g.twist.goodsList || g.options.every((o) => !o.needsList), 'only a goal with a goods list has options that need one'),
);

/** What the debrief (and the teacher's notes) list after play, each list in the order it is shown. */
export const DebriefSchema = v.pipe(
  v.object({
    /** The key ideas: a term and what it means; a pure concept (the zone of possible agreement) states no fact. */
    ideas: v.pipe(v.array(v.object({ id: slug, term: messageKey, meaning: messageKey, facts: v.optional(facts) })), v.minLength(1)),
    /** What happened in history. */
    history: v.pipe(v.array(note), v.minLength(1)),
    /** Questions for discussion. */
    questions: v.pipe(v.array(note), v.minLength(1)),
  }),
  v.check((d) => unique(d.ideas.map((i) => i.id)), 'each key idea has an id of its own'),
  v.check((d) => {
    const keys = [...d.ideas.flatMap((i) => [i.term, i.meaning]), ...d.history.map((n) => n.text), ...d.questions.map((n) => n.text)];
    return unique(keys);
  }, 'each text is listed once'),
);

/** A span of a number: at least `min`, at most `max` (either may be left out). */
const span = v.object({ min: v.optional(v.number()), max: v.optional(v.number()) });

/**
 * When a line of the end of the day applies, read off the day as it ended: the deals made (how
 * many, their value to Kim before the ranking's weights, a deal on a goal), the state media's line
 * (the stance) and the meters. Every field given must hold; none given: always.
 */
export const EndConditionSchema = v.object({
  deals: v.optional(span),
  won: v.optional(span),
  dealOn: v.optional(v.object({ goal: slug, options: v.optional(v.array(slug)) })),
  stance: v.optional(v.array(slug)),
  face: v.optional(span),
  usAttention: v.optional(span),
});

/**
 * The end of the day, as words only (it changes no rule: the meters and the score are the stance's
 * and the talks'). What the counterpart says to reporters: each line whose condition holds, in
 * order (message `press.<id>`). Then the reactions abroad: for each capital (`from`, named by
 * `reaction.from.<from>`), the first rule whose condition holds (message `reaction.<id>`), with the
 * term of the score it reads (`term`: the face or Washington's attention), shown with that term's value.
 */
export const EndOfDaySchema = v.object({
  statement: v.pipe(v.array(v.object({ id: slug, when: v.optional(EndConditionSchema, {}) })), v.minLength(1)),
  reactions: v.array(v.object({ id: slug, from: slug, term: v.picklist(['face', 'usAttention']), when: v.optional(EndConditionSchema, {}) })),
});

const proposalStep = v.object({ option: slug, framing: v.optional(slug), sweetener: v.optional(slug) });

export const ScenarioSchema = v.pipe(
  v.object({
    id: slug,
    /** The scenario's name: a message key. */
    title: messageKey,
    /** A made-up scenario for the tests: never offered to players. */
    fixture: v.optional(v.boolean(), false),
    dayStart: v.number(),
    dayLength: v.pipe(v.number(), v.minValue(60)),
    costs: v.object({ propose: v.number(), ask: v.number(), accept: v.number(), walkAway: v.number(), goodsList: v.number(), call: v.number() }),
    meters: v.object({ patience: v.number(), face: v.number(), usAttention: v.number() }),
    patienceCost: v.object({ NEVER: v.number(), TOO_MUCH: v.number(), NOT_NOW: v.number(), NO_GAIN: v.number(), counter: v.number(), ask: v.number(), stall: v.number() }),
    faceShift: v.object({ rebuffed: v.number(), walkAway: v.number(), dealPer10: v.number(), calledBluff: v.number(), calledWrongly: v.number() }),
    newsEvery: v.pipe(v.number(), v.minValue(1)),
    /** How many of the day's news, drawn by the seed, were already reported when the talks begin (in effect from the start), by difficulty. */
    newsAtStart: v.optional(v.object({ open: count, standard: count, hard: count }), { open: 0, standard: 0, hard: 0 }),
    putin: v.object({
      /** What he asks at the start of the day for each goal of a deal, in his utility units. */
      aspiration: range,
      /** His alternative: what no deal is worth to him. He never comes down below it (the status quo costs Russia little). */
      floor: v.object(Object.fromEntries(DIFFICULTIES.map((d) => [d, range])) as Record<(typeof DIFFICULTIES)[number], typeof range>),
      /** How far one concession of Kim's brings him down, as a share of the way from his aspiration to his floor. */
      step: v.object(Object.fromEntries(DIFFICULTIES.map((d) => [d, v.number()])) as Record<(typeof DIFFICULTIES)[number], ReturnType<typeof v.number>>),
      /** What he adds on the goal Kim names first: he takes it to be the one Kim needs most. */
      markup: v.number(),
      /** What he adds on every goal while Kim has offered none of the concessions he asked for (0: nothing). */
      unanswered: v.optional(v.number(), 0),
      /** What each stalling move (a repeated offer, a list sent again) adds to every goal's price. */
      harden: v.number(),
      /** Minutes before the end of the day from which, if Kim has moved, he makes one more step (the deadline). */
      deadlineWindow: v.number(),
      /** How warm he is to each goal on this seed: added to every option of the goal. */
      warmth: range,
      /** On a seed he may be cold to a goal (with this chance each): its warmth is then drawn from `warmth` here. */
      cold: v.optional(v.object({ chance: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), warmth: range })),
      /** Whether an offer that presses an option he is cold to counts as a stall (engine version 10).
       *  No default: a scenario that leaves it out parses to the same object, so its rules hash (and
       *  every session code made of it) stays what it was. */
      coldPress: v.optional(v.boolean()),
      /** The chance, per goal and seed, that asking about a goal names the options he is cold to
       *  there, by difficulty; where absent, he always names them. No default, for the same reason as coldPress. */
      coldTold: v.optional(v.object({ open: v.optional(chance), standard: v.optional(chance), hard: v.optional(chance) })),
      /** The argument that moves him on a goal (one per goal, drawn per seed), and the others. */
      keyArgument: range,
      otherArgument: range,
      /** The sweeteners he asks for at the start of the day (drawn per seed), and the others. */
      asks: v.pipe(v.number(), v.integer(), v.minValue(0)),
      askedSweetener: range,
      otherSweetener: range,
      /** What he can give in the whole day: money, Washington's attention, steps beyond China's line. */
      money: range,
      usLimit: range,
      china: range,
      /** At 'hard': the chance that an answer about price is dressed up as a hard limit. */
      bluffChance: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      /** What an ask reveals, per difficulty: drawn per goal and seed from this list. */
      reveals: v.object({ open: reveals, standard: reveals, hard: reveals }),
    }),
    /** Switches of the rules, for the ablation runs of the balance report (a real scenario keeps them on). */
    rules: v.optional(v.object({ packages: v.optional(v.boolean(), true), asks: v.optional(v.boolean(), true), putinAsks: v.optional(v.boolean(), true) }), {}),
    /** Putin's limits, in the order they bind: the first that an option breaks is the one he names. */
    constraints: v.pipe(v.array(v.object({ id: slug, facts })), v.minLength(1)),
    goals: v.pipe(v.array(GoalSchema), v.minLength(1), v.maxLength(8)),
    /**
     * What Kim can add to an offer; spent when offered. `ask`: one Putin may ask for at the start of
     * the day. `money`: what it gives back of his day's money once offered, when it is one he wants
     * (a share of what Russia would put in returns to it), so that a costly option fits his budget.
     */
    sweeteners: v.pipe(v.array(v.object({ id: slug, kimCost: v.number(), face: v.number(), ask: v.optional(v.boolean(), false), money: v.optional(v.number()), facts })), v.maxLength(15)),
    /** Arguments; `goals`: the goals on which this argument can be the one that moves him. */
    framings: v.pipe(v.array(v.object({ id: slug, us: v.number(), facts, goals: v.array(slug) })), v.maxLength(15)),
    goods: v.pipe(
      v.array(
        v.object({
          id: slug,
          direction: v.picklist(['toNorth', 'toRussia']),
          sanctionedBy: v.nullable(v.pipe(v.string(), v.regex(/^\d{3,4}$/))),
          facts,
        }),
      ),
      v.maxLength(255),
    ),
    events: v.array(
      v.object({
        id: slug,
        facts,
        reveal: v.optional(v.array(v.object({ goal: slug, option: slug }))),
        bonus: v.optional(v.array(v.object({ goal: slug, option: slug, amount: v.number() }))),
        /** What it does to an argument: how much more (or less) the argument then weighs with him on these goals. */
        arguments: v.optional(v.array(v.object({ framing: slug, goals: v.pipe(v.array(slug), v.minLength(1)), amount: v.number() }))),
        usAttention: v.optional(v.number()),
        patience: v.optional(v.number()),
        /** Room it makes (or takes) on China's line: a step Beijing is seen to take lets Russia take one more. */
        china: v.optional(v.number()),
        /** Known before the talks (reported earlier): shown in the briefing, in effect from the start. */
        before: v.optional(v.boolean(), false),
      }),
    ),
    stances: v.pipe(v.array(v.object({ id: slug, face: v.number(), faceIfEmpty: v.optional(v.number()), usAttention: v.number() })), v.minLength(1), v.maxLength(255)),
    history: v.object({
      /** What history recorded on each goal (null: nothing). */
      deals: v.record(slug, v.nullable(slug)),
      /** History's line as proposals, goal by goal, for the historical player. */
      line: v.array(v.object({ goal: slug, steps: v.pipe(v.array(proposalStep), v.minLength(1)) })),
      facts,
    }),
    debrief: DebriefSchema,
    endOfDay: EndOfDaySchema,
    /** The fact paragraphs each of Putin's reasons rests on. */
    reasonFacts: v.record(slug, facts),
    sources: v.array(v.string()),
  }),
  v.check((s) => unique(s.goals.map((g) => g.id)), 'each goal has an id of its own'),
  v.check((s) => unique(s.constraints.map((c) => c.id)), 'each constraint has an id of its own'),
  v.check((s) => unique(s.sweeteners.map((x) => x.id)) && unique(s.framings.map((x) => x.id)) && unique(s.goods.map((x) => x.id)), 'each sweetener, argument and good has an id of its own'),
  v.check((s) => unique(s.events.map((x) => x.id)) && unique(s.stances.map((x) => x.id)), 'each event and stance has an id of its own'),
  v.check((s) => unique(s.endOfDay.statement.map((x) => x.id)) && unique(s.endOfDay.reactions.map((x) => x.id)), 'each line of the end of the day has an id of its own'),
  v.check(
    (s) =>
      [...s.endOfDay.statement, ...s.endOfDay.reactions].every(
        ({ when }) =>
          (when.stance ?? []).every((x) => s.stances.some((y) => y.id === x)) &&
          (!when.dealOn || (s.goals.find((g) => g.id === when.dealOn!.goal)?.options.some((o) => !when.dealOn!.options || when.dealOn!.options.includes(o.id)) ?? false)),
      ),
    'the end of the day names only stances, goals and options that exist',
  ),
  // Each capital's last rule is its answer when no other holds: it says something whatever the day.
  v.check((s) => [...new Set(s.endOfDay.reactions.map((r) => r.from))].every((from) => Object.keys(s.endOfDay.reactions.filter((r) => r.from === from).at(-1)!.when).length === 0), "each capital's last reaction holds always"),
  v.check((s) => s.goals.every((g) => g.options.every((o) => o.breaks.every((c) => s.constraints.some((x) => x.id === c)))), 'options break only constraints the scenario names'),
  // A bluff claims only a limit its goal really has: one that an option of the goal breaks.
  v.check((s) => s.goals.every((g) => g.bluffClaim === undefined || g.options.some((o) => o.breaks.includes(g.bluffClaim!))), "a goal's bluff claims a limit one of its options breaks"),
  v.check((s) => s.goals.filter((g) => g.twist.goodsList).length <= 1, 'at most one goal has a goods list'),
  v.check((s) => s.goods.length === 0 || s.goals.some((g) => g.twist.goodsList), 'goods need a goal with a goods list'),
  // Whatever the seed, the player can always get something: Putin takes the most modest option at once.
  // He comes down towards his floor, never up: his floor is below what he asks at first, on every difficulty.
  v.check((s) => Object.values(s.putin.floor).every((r) => r[1] <= s.putin.aspiration[0]), "Putin's floor must lie below his aspiration"),
  // Whatever the seed, the player can get something: once Putin is down to his floor, he takes the
  // most modest option of any goal but the one Kim named first (that one carries his mark-up).
  v.check((s) => s.goals.every((g) => (g.options[0]?.putin[0] ?? 0) >= Math.max(...Object.values(s.putin.floor).map((r) => r[1]))), "each goal's most modest option must be worth at least Putin's highest floor"),
  v.check(
    (s) =>
      s.events.every((e) =>
        [...(e.reveal ?? []), ...(e.bonus ?? [])].every((r) => s.goals.find((g) => g.id === r.goal)?.options.some((o) => o.id === r.option)),
      ),
    'every event names an option that exists',
  ),
  v.check(
    (s) =>
      s.framings.every((f) => f.goals.every((g) => s.goals.some((x) => x.id === g))) &&
      s.events.every((e) => (e.arguments ?? []).every((a) => a.goals.every((g) => s.framings.find((f) => f.id === a.framing)?.goals.includes(g) === true))),
    'arguments weigh only on goals that exist, and news moves an argument only on goals it weighs on',
  ),
  v.check((s) => s.putin.asks <= s.sweeteners.filter((x) => x.ask).length, 'Putin asks for no more sweeteners than he may ask for'),
  v.check(
    (s) =>
      s.goals.every((g) => g.id in s.history.deals) &&
      Object.entries(s.history.deals).every(([g, o]) => o === null || s.goals.find((x) => x.id === g)?.options.some((x) => x.id === o && x.breaks.length === 0)),
    'history names every goal, and lawful options that exist',
  ),
  v.check(
    (s) =>
      s.history.line.every((l) => {
        const goal = s.goals.find((g) => g.id === l.goal);
        return (
          goal !== undefined &&
          l.steps.every(
            (p) =>
              goal.options.some((o) => o.id === p.option) &&
              (p.framing === undefined || s.framings.some((f) => f.id === p.framing)) &&
              (p.sweetener === undefined || s.sweeteners.some((x) => x.id === p.sweetener)),
          )
        );
      }),
    "history's line names goals, options, arguments and sweeteners that exist",
  ),
  v.check((s) => s.goals.every((g) => g.options.every((o) => !o.needsFraming || s.framings.some((f) => f.id === o.needsFraming))), 'arguments named by options exist'),
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
export type EndOfDaySpec = Scenario['endOfDay'];
export type EndCondition = v.InferOutput<typeof EndConditionSchema>;
