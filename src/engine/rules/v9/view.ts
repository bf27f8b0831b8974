// What each side may see of a game: what the scenes show. Kim never sees Putin's hidden profile
// or the truth behind a bluff; Putin (a person in his chair) never sees Kim's values or ranking.
import { endOfDay } from './end-of-day';
import type { Game } from './game';
import { packageGoals } from './legal';
import { isRetraction } from './putin/context';
import { msg } from './messages';
import { dealFace } from './day-terms';
import { scoreGame } from './score';
import type { Move, Side } from './types';
import { ENGINE_VERSION } from './version';
import type { GoalStatus, GoalView, PlayerView } from './view-types';

/** "hh:mm" of a time of day given in minutes after midnight. */
export const clockText = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(Math.round(m)).padStart(2, '0')}`;
};

/** A copy of a move with its fields in one order (side, type, then by name), however it was given or read back from a code. */
function plainMove(move: Move): Move {
  const out: Record<string, unknown> = { side: move.side, type: move.type };
  for (const key of Object.keys(move).sort()) {
    if (key === 'side' || key === 'type') continue;
    const value = (move as unknown as Record<string, unknown>)[key];
    out[key] = key === 'with' ? (value as { goal: string; option: string }[]).map((i) => ({ goal: i.goal, option: i.option })) : Array.isArray(value) ? [...value] : value;
  }
  return out as unknown as Move;
}

/** The goal's status as a player sees it: waiting for Putin's hint looks like the state it came from. */
export const shownStatus = (value: string): GoalStatus => (value === 'asking' ? 'opening' : value === 'askingCountered' ? 'countered' : (value as GoalStatus));

/** The counters Kim's last move let lapse (the narrator says so in that turn), with the option each offered. */
function lapsedNow(game: Game): PlayerView['lapsed'] {
  const { state } = game;
  const out: PlayerView['lapsed'] = [];
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i]!;
    if (e.step !== state.turn) break;
    if (e.who === 'narrator' && e.message.key === 'log.counter-lapsed' && e.goal) {
      const option = state.answers[e.goal]?.findLast((a) => a.kind === 'counter')?.counterOption;
      if (option) out.unshift({ goal: e.goal, option });
    }
  }
  return out;
}

export function playerView(game: Game, side: Side = 'kim'): PlayerView {
  const { scenario, state } = game;
  const kim = side === 'kim';
  const meters = game.meters;
  const ranking = meters.ranking;
  const goals: GoalView[] = scenario.goals.map(({ id }) => {
    const snap = game.goal(id);
    const spec = game.goalSpec(id);
    const c = snap.context;
    const known = kim ? state.revealed[id]! : spec.options.map((o) => o.id);
    const view: GoalView = {
      id,
      title: msg(`goal.${id}.title`),
      summary: msg(`goal.${id}.summary`),
      status: shownStatus(snap.value),
      final: snap.status === 'done',
      twist: msg(`goal.${id}.twist`, c.roundsLeft !== null ? { rounds: c.roundsLeft } : undefined),
      options: spec.options.map((o) => ({
        id: o.id,
        title: msg(`option.${id}.${o.id}.title`),
        detail: msg(`option.${id}.${o.id}.detail`),
        kimValue: kim ? o.kim : null,
        breaks: known.includes(o.id) ? [...o.breaks] : null,
        facts: [...o.facts],
        tried: c.tried.includes(o.id),
        goesBack: kim && isRetraction(scenario, state, [{ goal: id, option: o.id }]),
        conditional: o.conditional,
        us: o.us,
        face: kim ? dealFace(scenario, o.kim) : null,
        money: o.money,
        china: o.china,
      })),
      rank: kim && ranking.length ? ranking.indexOf(id) + 1 : null,
      asked: c.asked,
      hints: [...state.hints[id]!],
      // Copies, and without the bluff's truth: that is for the debrief only (Putin knows his own).
      answers: state.answers[id]!.map((answer) => {
        if (!kim) return structuredClone(answer);
        const { bluff: _truth, ...a } = answer;
        return structuredClone(a);
      }),
      goodsList: spec.twist.goodsList,
    };
    if (c.counter) view.counter = c.counter;
    if (c.deal) view.deal = c.deal;
    if (c.roundsLeft !== null) view.roundsLeft = c.roundsLeft;
    if (spec.twist.goodsList && state.goods) view.goods = state.goods.map((g) => ({ ...g }));
    return view;
  });
  const choice = (kind: string, id: string, facts: string[]) => ({ id, title: msg(`${kind}.${id}.title`), detail: msg(`${kind}.${id}.detail`), facts: [...facts] });
  const view: PlayerView = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: state.scenarioHash,
    side,
    turnOf: game.turnOf,
    seed: game.seed,
    difficulty: game.settings.difficulty,
    phase: game.phase,
    step: game.step,
    ...(state.summit.context.endedBy ? { endedBy: state.summit.context.endedBy } : {}),
    meters: { dayStart: scenario.dayStart, clock: meters.clock, dayLength: meters.dayLength, patience: meters.patience, face: meters.face, usAttention: meters.usAttention },
    time: clockText(scenario.dayStart + meters.clock),
    goals,
    sweeteners: scenario.sweeteners.map((s) => ({
      ...choice('sweetener', s.id, s.facts),
      used: state.sweetenersUsed.includes(s.id),
      kimCost: kim ? s.kimCost : null,
      face: s.face,
      asked: state.putinAsks.includes(s.id),
      money: s.money ?? 0,
    })),
    framings: scenario.framings.map((f) => ({ ...choice('framing', f.id, f.facts), us: f.us })),
    putinAsks: [...state.putinAsks],
    packages: scenario.rules.packages !== false,
    // (Only where the rule is on, so that the views of earlier versions are as they were.)
    ...(scenario.putin.coldPress === true ? { coldPress: true as const } : {}),
    costs: {
      minutes: { ...scenario.costs },
      patience: { ...scenario.patienceCost },
      face: { rebuffed: scenario.faceShift.rebuffed, walkAway: scenario.faceShift.walkAway, calledBluff: scenario.faceShift.calledBluff, calledWrongly: scenario.faceShift.calledWrongly, dealPer10: scenario.faceShift.dealPer10 },
    },
    lapsed: lapsedNow(game),
    packageGoals: kim && !state.awaiting ? packageGoals(game.bundle, state) : [],
    // The verdict on each good is shown only on 'open' or once proposed: finding it is the barter lesson.
    goods: scenario.goods.map((g) => {
      const known = !kim || game.settings.difficulty === 'open' || state.goods?.some((x) => x.id === g.id) === true;
      return {
        id: g.id,
        title: msg(`good.${g.id}.title`),
        detail: known ? msg(g.sanctionedBy ? 'good.banned' : 'good.lawful', { resolution: g.sanctionedBy ?? '' }) : msg('good.unknown'),
        facts: [...g.facts],
        direction: g.direction,
        verdict: known ? (g.sanctionedBy ? ('banned' as const) : ('lawful' as const)) : ('unknown' as const),
        resolution: known ? g.sanctionedBy : null,
      };
    }),
    stances: scenario.stances.map(({ id, face, faceIfEmpty, usAttention }) => ({
      id,
      title: msg(`stance.${id}.title`),
      detail: msg(`stance.${id}.detail`),
      face,
      ...(faceIfEmpty !== undefined ? { faceIfEmpty } : {}),
      usAttention,
    })),
    news: state.news.map((n) => ({ ...n })),
    log: state.log.map((l) => ({ ...l })),
    // Kim sees what Putin said, not whether it was a bluff: that is for the debrief.
    moves: state.moves.map((m) => {
      if (kim && m.type === 'putin.answer') {
        const { bluff: _bluff, truth: _truth, ...said } = m;
        return plainMove(said);
      }
      return plainMove(m);
    }),
    bluffing: game.settings.difficulty === 'hard',
  };
  if (game.settings.session !== undefined) view.session = game.settings.session;
  if (state.awaiting) view.awaiting = { goal: state.awaiting.goal, kind: state.awaiting.kind };
  const end = endOfDay(scenario, state);
  if (end) view.endOfDay = end;
  if (game.isOver()) view.result = scoreGame(game);
  return view;
}
