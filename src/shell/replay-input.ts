// Reading what a player hands in: a result code, or a replay file (JSON of the GameRecord).
import { codeScenario, codeVersion, decodeResultCode, loadEngines, readRecord } from '../engine';
import type { GameRecord, Message } from '../engine/types';
import { loadScenarios, lookupBundle } from './scenario';

export type Parsed = { ok: true; record: GameRecord } | { ok: false; error: Message };

/** Read a code or a replay file's text; the scenario and the engine version it names must be loaded (see loadReplayText). */
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

/** The scenario and the engine version a code or a replay file names, so that both can be loaded before reading. */
function named(text: string): { scenario: string | null; version: number | null } {
  const s = text.trim();
  if (!s.startsWith('{')) return { scenario: codeScenario(s), version: codeVersion(s) };
  try {
    const { scenarioId, engineVersion } = JSON.parse(s) as { scenarioId?: unknown; engineVersion?: unknown };
    return { scenario: typeof scenarioId === 'string' ? scenarioId : null, version: typeof engineVersion === 'number' ? engineVersion : null };
  } catch {
    return { scenario: null, version: null };
  }
}

/** Load the scenario and the engine (an earlier version's is loaded on demand) the text names, then read it. */
export async function loadReplayText(text: string): Promise<Parsed> {
  const { scenario, version } = named(text);
  await Promise.all([loadScenarios([scenario]), loadEngines([version])]);
  return parseReplayText(text);
}

export async function parseReplayFile(file: File): Promise<Parsed> {
  if (file.size > 2_000_000) return { ok: false, error: { key: 'ui.replay.tooBig' } };
  return loadReplayText(await file.text());
}
