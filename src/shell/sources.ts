// How a fact's source is named wherever the game or the teacher's page cites it. The scenario names
// its own sources: a paragraph of its article through `source.article` ("the article, ¶13"), any
// other source through `source.<ref>.label` ("UN Security Council resolution 2397"). Pure: the caller
// passes its formatter, so the game and the teacher's page name a source alike.
import type { Message } from '../engine/types';

/** The message that names a source: `say` turns it into text, `has` tells whether a key exists. */
export function sourceLabel(ref: string, say: (m: Message) => string, has: (key: string) => boolean): string {
  const label = `source.${ref}.label`;
  if (has(label)) return say({ key: label });
  const p = /^P(\d+)$/.exec(ref);
  if (p) return say({ key: 'source.article', params: { n: Number(p[1]) } });
  // A source the scenario forgot to name shows as its id, which the content tests catch.
  return ref;
}
