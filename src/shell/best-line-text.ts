// The debrief's sentences on the best line of a seed (solver/path.ts, found in a worker): what was
// possible, on a stated scale, and where the game left the best path. Where the search stopped at
// its cap it knows only a range (the best found, and the most any line can score), and the words
// say so: never a best found called the best, nor a move said to have cost what it is not shown to.
import type { Lang } from '../engine/types';
import type { BestLineResponse } from './best-line-worker';
import { t } from './i18n';
import { formatNumber } from './text';

type Found = Pick<Extract<BestLineResponse, { ok: true }>, 'best' | 'upper' | 'base' | 'leftAt' | 'bestAfter' | 'afterUpper' | 'exact'>;

/** Differences below this are the rounding of the figures shown (one decimal). */
const SAME = 0.05;

/**
 * The two sentences, and the share of the best (0: no deal at all; 100: the best, or the best found
 * where only a range is known). `move` names the player's move at `leftAt` (Kim's moves, from 0).
 */
export function bestLineWords(found: Found, kim: number, move: (index: number) => string, lang: Lang): { best: string; where: string; share: number } {
  const num = (x: number) => formatNumber(lang, x, 1);
  const span = found.best - found.base;
  const share = span > 0 ? Math.round((100 * (kim - found.base)) / span) : 100;
  const best =
    found.upper > found.best + SAME
      ? t('ui.debrief.bestRange', { best: num(found.best), upper: num(found.upper), base: num(found.base), share }, lang)
      : t('ui.debrief.best', { best: num(found.best), base: num(found.base), share }, lang);
  if (found.leftAt === null) return { best, where: t(found.exact ? 'ui.debrief.onPath' : 'ui.debrief.onPathFound', undefined, lang), share };
  const n = found.leftAt + 1;
  const after = found.bestAfter ?? 0;
  const most = found.afterUpper ?? after;
  const where = !found.exact
    ? `${t('ui.debrief.leftBy', { n, move: move(found.leftAt), best: num(found.best) }, lang)} ${most > after + SAME ? t('ui.debrief.afterAtMost', { after: num(most) }, lang) : t('ui.debrief.afterWas', { after: num(after) }, lang)}`
    : most > after + SAME
      ? t('ui.debrief.leftAtMost', { n, move: move(found.leftAt), after: num(most) }, lang)
      : t('ui.debrief.leftAt', { n, move: move(found.leftAt), after: num(after) }, lang);
  return { best, where, share };
}
