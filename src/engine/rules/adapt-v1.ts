// Version 1's answers in the live engine's shapes: its score report had a frontier per goal and
// history's deal as a chart point, where version 2 keeps the deals Putin took and history's option.
// The frozen copy stays as it was; only its answers are translated here, at the seam.
import type { RulesEngine } from '../rules-engine';
import type { ScoreReport } from '../score';
import type { PlayerView } from '../view-types';
import type { engine as V1 } from './v1';

type V1Engine = typeof V1;
type V1Score = { perGoal: { goal: string; deal: string | null; sweetener: string | null; kimValue: number; weight: number; points: number; breaks: string[]; history: { option: string } | null }[]; history: { score: number; deals: Record<string, string | null> } } & Omit<ScoreReport, 'perGoal' | 'deals' | 'history'>;

export function adaptScore(s: V1Score): ScoreReport {
  return {
    ...s,
    perGoal: s.perGoal.map((g) => ({ goal: g.goal, deal: g.deal, sweetener: g.sweetener, kimValue: g.kimValue, weight: g.weight, points: g.points, breaks: [...g.breaks], history: g.history?.option ?? null })),
    deals: [],
    history: { score: s.history.score, deals: { ...s.history.deals } },
  };
}

export function adaptV1(engine: V1Engine): RulesEngine {
  return {
    version: engine.version,
    readRecord: (data) => engine.readRecord(data) as ReturnType<RulesEngine['readRecord']>,
    decodeResultCode: (text) => engine.decodeResultCode(text) as ReturnType<RulesEngine['decodeResultCode']>,
    verifyResultCode(text) {
      const v = engine.verifyResultCode(text);
      return (v.ok ? { ...v, score: adaptScore(v.score as unknown as V1Score) } : v) as ReturnType<RulesEngine['verifyResultCode']>;
    },
    encodeResultCode: (record) => engine.encodeResultCode(record as never),
    replay(data, upTo) {
      const r = engine.replay(data, upTo);
      if (!r.ok) return r as ReturnType<RulesEngine['replay']>;
      const rep = r.replay;
      return {
        ok: true,
        replay: {
          view: () => {
            const view = rep.view() as unknown as PlayerView & { result?: unknown };
            return (view.result ? { ...view, result: adaptScore(view.result as V1Score) } : view) as PlayerView;
          },
          score: () => adaptScore(rep.score() as unknown as V1Score),
          hash: () => rep.hash(),
          isOver: () => rep.isOver(),
          texts: rep.texts,
        },
      };
    },
  };
}
