// The player's view of a game: what the scenes may show. Putin's hidden profile stays out.
import type { Game } from './game';
import { msg } from './messages';
import { scoreGame } from './score';
import { GOAL_IDS, PRESS_STANCES } from './types';
import { ENGINE_VERSION } from './version';
import type { GoalStatus, GoalView, PlayerView } from './view-types';

/** "hh:mm" of a time of day given in minutes after midnight. */
export const clockText = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(Math.round(m)).padStart(2, '0')}`;
};

export function playerView(game: Game): PlayerView {
  const { scenario } = game;
  const meters = game.meters;
  const ranking = meters.ranking;
  const goals: GoalView[] = GOAL_IDS.map((id) => {
    const snap = game.goal(id);
    const spec = game.goalSpec(id);
    const c = snap.context;
    const known = game.revealed[id];
    const view: GoalView = {
      id,
      title: msg(`goal.${id}.title`),
      summary: msg(`goal.${id}.summary`),
      status: snap.value as GoalStatus,
      final: snap.status === 'done',
      twist: msg(`goal.${id}.twist`, c.roundsLeft !== null ? { rounds: c.roundsLeft } : undefined),
      options: spec.options.map((o) => ({
        id: o.id,
        title: msg(`option.${id}.${o.id}.title`),
        detail: msg(`option.${id}.${o.id}.detail`),
        kimValue: o.kim,
        breaks: known.includes(o.id) ? [...o.breaks] : null,
        facts: [...o.facts],
        tried: c.tried.includes(o.id),
        conditional: o.conditional,
      })),
      rank: ranking.length ? ranking.indexOf(id) + 1 : null,
      asked: c.asked,
      hints: [...game.hints[id]],
      // Copies, and without the bluff's truth: that is for the debrief only.
      answers: game.answers[id].map(({ bluff: _truth, ...a }) => structuredClone(a)),
    };
    if (c.counter) view.counter = c.counter;
    if (c.deal) view.deal = c.deal;
    if (c.roundsLeft !== null) view.roundsLeft = c.roundsLeft;
    if (id === 'barter' && game.goods) view.goods = game.goods.map((g) => ({ ...g }));
    return view;
  });
  const choice = (kind: string, id: string, facts: string[]) => ({ id, title: msg(`${kind}.${id}.title`), detail: msg(`${kind}.${id}.detail`), facts: [...facts] });
  const view: PlayerView = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    seed: game.seed,
    difficulty: game.settings.difficulty,
    phase: game.phase,
    step: game.step,
    meters: { dayStart: scenario.dayStart, clock: meters.clock, dayLength: meters.dayLength, patience: meters.patience, face: meters.face, usAttention: meters.usAttention },
    time: clockText(scenario.dayStart + meters.clock),
    goals,
    sweeteners: scenario.sweeteners.map((s) => ({ ...choice('sweetener', s.id, s.facts), used: game.sweetenersUsed.includes(s.id) })),
    framings: scenario.framings.map((f) => choice('framing', f.id, f.facts)),
    // The verdict on each good is shown only on 'open' or once proposed: finding it is the barter lesson.
    goods: scenario.goods.map((g) => {
      const known = game.settings.difficulty === 'open' || game.goods?.some((x) => x.id === g.id) === true;
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
    stances: PRESS_STANCES.map((id) => ({ id, title: msg(`stance.${id}.title`), detail: msg(`stance.${id}.detail`) })),
    news: game.news.map((n) => ({ ...n })),
    log: game.log.map((l) => ({ ...l })),
    bluffing: game.settings.difficulty === 'hard',
  };
  if (game.settings.session !== undefined) view.session = game.settings.session;
  if (game.isOver()) view.result = scoreGame(game);
  return view;
}
