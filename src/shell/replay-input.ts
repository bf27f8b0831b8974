// Reading what a player hands in: a result code, or a replay file (JSON of the GameRecord).
import { codeScenario, decodeResultCode, readRecord } from '../engine';
import type { GameRecord, Message } from '../engine/types';
import { loadScenarios, lookupBundle } from './scenario';

export type Parsed = { ok: true; record: GameRecord } | { ok: false; error: Message };

/** Read a code or a replay file's text; the scenario it names must be loaded (see loadReplayText). */
export function parseReplayText(text: string): Parsed {
  const s = text.trim();
  if (!s) return { ok: false, error: { key: 'ui.replay.empty' } };
  if (s.startsWith('{')) {
    try {
      return readRecord(JSON.parse(s), lookupBundle);
    } catch {
      return { ok: false, error: { key: 'ui.replay.badJson' } };
    }
  }
  return decodeResultCode(s, lookupBundle);
}

/** The scenario a code or a replay file names, so that it can be loaded before reading. */
function scenarioNamed(text: string): string | null {
  const s = text.trim();
  if (!s.startsWith('{')) return codeScenario(s);
  try {
    const id = (JSON.parse(s) as { scenarioId?: unknown }).scenarioId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Load the scenario the text names, then read it. */
export async function loadReplayText(text: string): Promise<Parsed> {
  await loadScenarios([scenarioNamed(text)]);
  return parseReplayText(text);
}

export async function parseReplayFile(file: File): Promise<Parsed> {
  if (file.size > 2_000_000) return { ok: false, error: { key: 'ui.replay.tooBig' } };
  return loadReplayText(await file.text());
}
