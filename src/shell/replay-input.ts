// Reading what a player hands in: a result code, or a replay file (JSON of the GameRecord).
import { decodeResultCode } from '../engine';
import type { GameRecord, Message } from '../engine/types';
import { looksLikeRecord } from './persistence';

export type Parsed = { ok: true; record: GameRecord } | { ok: false; error: Message };

export function parseReplayText(text: string): Parsed {
  const s = text.trim();
  if (!s) return { ok: false, error: { key: 'ui.replay.empty' } };
  if (s.startsWith('{')) {
    try {
      const v: unknown = JSON.parse(s);
      if (looksLikeRecord(v)) return { ok: true, record: v };
      return { ok: false, error: { key: 'record.error.shape' } };
    } catch {
      return { ok: false, error: { key: 'ui.replay.badJson' } };
    }
  }
  return decodeResultCode(s);
}

export async function parseReplayFile(file: File): Promise<Parsed> {
  if (file.size > 2_000_000) return { ok: false, error: { key: 'ui.replay.tooBig' } };
  const text = await file.text();
  return parseReplayText(text);
}
