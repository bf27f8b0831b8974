// What every engine version answers when it reads a record: the live one and the frozen ones
// (versions.ts lists them; rules/adapt-v<N>.ts puts a frozen engine's answers in these shapes).
import type { Decoded } from './code';
import type { Verified } from './replay';
import type { Catalogue } from './scenario/bundle';
import type { ScoreReport } from './score';
import type { GameRecord, Lang, Message } from './types';
import type { PlayerView } from './view-types';

export type Failed = { ok: false; error: Message; step?: number };

/** A record replayed by the engine of its version: what the replay viewer and the teacher's page show of it. */
export interface Replay {
  view(): PlayerView;
  score(): ScoreReport;
  hash(): string;
  isOver(): boolean;
  /**
   * The texts to show it in: a frozen engine's own, as they were (its engine's keys and its
   * scenario's, which the live catalogues may no longer have); null for the live engine, whose
   * texts are the page's own.
   */
  texts: Readonly<Record<Lang, Catalogue>> | null;
}

/** One engine version's reading of records and codes. */
export interface RulesEngine {
  readonly version: number;
  readRecord(data: unknown): { ok: true; record: GameRecord } | Failed;
  decodeResultCode(text: unknown): Decoded;
  verifyResultCode(text: unknown): Verified | Failed;
  /** Throws if the record is not one it can encode (see encodeResultCode in code/). */
  encodeResultCode(record: GameRecord): string;
  replay(data: unknown, upTo?: number): { ok: true; replay: Replay } | Failed;
}
