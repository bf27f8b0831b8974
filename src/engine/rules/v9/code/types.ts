// What reading a result code gives, and how it finds the scenario a code names.
import type { ScenarioBundle } from '../scenario/bundle';
import type { GameRecord, Message } from '../types';

export type Decoded = { ok: true; record: GameRecord } | { ok: false; error: Message };
/** Finds the bundle of a scenario id, if this build has it. */
export type BundleLookup = (scenarioId: string) => ScenarioBundle | undefined;

