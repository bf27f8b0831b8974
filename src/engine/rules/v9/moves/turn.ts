// The end of a turn (Kim's move, and Putin's answer where one is awaited): the news the clock
// has passed arrive, and the day settles: a track whose deadline passed, the end of talks, every
// open track closed.
import { goalMachine } from '../machines/goal-machine';
import { isFinal } from '../machines/run';
import { msg } from '../messages';
import type { Scenario } from '../scenario/schema';
import type { PutinAnswer } from '../types';
import { newsItem, touchedBy } from '../news-effect';
import { advance, type Draft, endIfOver, say, sendGoal, sendSummit, setOf, pushNews } from './draft';

/** News arrives at each checkpoint of the day the clock has passed. */
function deliverNews(d: Draft, scenario: Scenario, clockBefore: number): void {
  const every = scenario.newsEvery;
  const now = d.summit.context.clock;
  for (let mark = (Math.floor(clockBefore / every) + 1) * every; mark <= now && mark < scenario.dayLength; mark += every) {
    const id = d.deck[d.news.filter((n) => !n.before).length];
    const event = scenario.events.find((e) => e.id === id);
    if (!event) return;
    pushNews(d, newsItem(event, mark, false));
    say(d, 'news', msg('log.news', { title: msg(`event.${event.id}.title`) }), undefined, mark);
    Object.assign(d, touchedBy(d, event));
    if (event.usAttention || event.patience) advance(d, { minutes: 0, usAttention: event.usAttention ?? 0, patience: event.patience ?? 0 });
  }
}

const goalDone = (d: Draft, scenario: Scenario, id: string) => isFinal(goalMachine(scenario.goals.find((g) => g.id === id)!), d.goals[id]!);

function settle(d: Draft, scenario: Scenario): void {
  if (d.summit.value === 'talks' && scenario.goals.every((g) => goalDone(d, scenario, g.id))) sendSummit(d, { type: 'talks.settled' });
  const endedBy = d.summit.context.endedBy;
  if (d.summit.value !== 'briefing' && d.summit.value !== 'talks' && endedBy && !d.talksClosed) {
    d.talksClosed = true;
    if (endedBy === 'clock') say(d, 'narrator', msg('log.day-over'));
    if (endedBy === 'patience') say(d, 'narrator', msg('log.patience-gone'));
    for (const g of scenario.goals) {
      if (!goalDone(d, scenario, g.id)) {
        sendGoal(d, scenario, g.id, { type: 'goal.close' });
        say(d, 'putin', msg('putin.closed'), g.id);
      }
    }
  }
  // A deadline that ran out closes its track by itself: said once, with the reason.
  if (d.talksClosed) return;
  for (const g of scenario.goals) {
    const track = d.goals[g.id]!;
    if (g.twist.deadline && track.value === 'deadlocked' && track.context.roundsLeft === 0 && !d.deadlinesSaid.includes(g.id)) {
      d.deadlinesSaid = [...d.deadlinesSaid, g.id];
      say(d, 'putin', msg('reason.deadline'), g.id);
      say(d, 'narrator', msg('log.deadline'), g.id);
    }
  }
}

/** Close a turn: keep the answer on its track, deliver the news, settle the day. */
export function endTurn(d: Draft, scenario: Scenario, clockBefore: number, answer?: PutinAnswer): void {
  if (answer) setOf(d, 'answers', answer.goal, [...(d.answers[answer.goal] ?? []), answer]);
  d.awaiting = null;
  endIfOver(d);
  deliverNews(d, scenario, clockBefore);
  settle(d, scenario);
}
