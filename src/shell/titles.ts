// A goal's and an option's title as the player's language writes them, read off the PlayerView.
import type { GoalId } from '../engine/types';
import type { PlayerView } from '../engine/view-types';
import { msg, t } from './i18n';

export function optionTitle(view: PlayerView, goal: GoalId, optionId: string | null | undefined): string {
  if (!optionId) return t('ui.none');
  const g = view.goals.find((x) => x.id === goal);
  const o = g?.options.find((x) => x.id === optionId);
  return o ? msg(o.title) : optionId;
}

export function goalTitle(view: PlayerView, goal: GoalId): string {
  const g = view.goals.find((x) => x.id === goal);
  return g ? msg(g.title) : goal;
}
