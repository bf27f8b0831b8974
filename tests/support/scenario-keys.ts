// Every message key a scenario's data implies by its ids: what its catalogues must hold.
import type { Scenario } from '../../src/engine';

export function impliedKeys(s: Scenario): string[] {
  const keys: string[] = [s.title];
  for (const g of s.goals) {
    keys.push(`goal.${g.id}.title`, `goal.${g.id}.summary`, `goal.${g.id}.twist`);
    for (const o of g.options) {
      keys.push(`option.${g.id}.${o.id}.title`, `option.${g.id}.${o.id}.detail`);
      for (const note of o.notes) keys.push(`reason.${note}`);
    }
  }
  for (const c of s.constraints) keys.push(`constraint.${c.id}.title`, `constraint.${c.id}.says`);
  // A sweetener Putin may ask for has the words he asks for it with.
  for (const x of s.sweeteners) keys.push(`sweetener.${x.id}.title`, `sweetener.${x.id}.detail`, ...(x.ask ? [`sweetener.${x.id}.ask`] : []));
  for (const f of s.framings) keys.push(`framing.${f.id}.title`, `framing.${f.id}.detail`);
  for (const g of s.goods) keys.push(`good.${g.id}.title`);
  for (const e of s.events) keys.push(`event.${e.id}.title`, `event.${e.id}.text`, ...(e.arguments?.length ? [`event.${e.id}.effect`] : []));
  for (const x of s.stances) keys.push(`stance.${x.id}.title`, `stance.${x.id}.detail`);
  // The end of the day: the counterpart's lines to reporters, each capital's name and reactions.
  for (const line of s.endOfDay.statement) keys.push(`press.${line.id}`);
  for (const r of s.endOfDay.reactions) keys.push(`reaction.from.${r.from}`, `reaction.${r.id}`);
  // Each source has its text, and a name unless it is a paragraph of the article (named by source.article).
  for (const f of s.sources) keys.push(`source.${f}`, ...(/^P\d+$/.test(f) ? [] : [`source.${f}.label`]));
  const d = s.debrief;
  keys.push(...d.ideas.flatMap((i) => [i.term, i.meaning]), ...d.history.map((n) => n.text), ...d.questions.map((n) => n.text));
  return [...new Set(keys)];
}
