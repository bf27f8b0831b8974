// Result codes of format 1, made by engine version 1 until e273f05: the scenario by its number
// (0: vladivostok-2019), no rules hash, Kim's moves only, and a goods list without its goal.
// Their moves are encoded as format 2's Kim moves are, so reading one is a header and a fill.
// They were made under the rules whose hash is pinned here: while the scenario's rules keep that
// hash, such a code replays exactly as it did then (the golden games and tests/golden/codes-*.json
// check it); after a change of rules it says so instead of replaying differently.
import { msg } from '../messages';
import { DIFFICULTIES, type GameRecord, type Move, type Settings } from '../types';
import { LIMITS } from '../limits';
import type { Reader } from './bytes';
import { readMoves } from './moves';
import type { BundleLookup, Decoded } from './types';

export const SCENARIOS_V1 = ['vladivostok-2019'];
/** The rules hash of each scenario as engine version 1 played it. */
// (cd9d6316 until the goods list's cost was renamed from barterList to goodsList: the same rules.)
export const RULES_V1: Record<string, string> = { 'vladivostok-2019': 'd622fb90' };

export function readFormat1(r: Reader, lookup: BundleLookup, length: number): Decoded {
  const engineVersion = r.varint();
  const scenarioId = SCENARIOS_V1[r.byte()];
  if (!scenarioId) return { ok: false, error: msg('code.error.unknown-scenario', { found: '?' }) };
  const bundle = lookup(scenarioId);
  if (!bundle) return { ok: false, error: msg('code.error.unknown-scenario', { found: scenarioId }) };
  const scenarioHash = RULES_V1[scenarioId]!;
  if (bundle.hash !== scenarioHash) return { ok: false, error: msg('code.error.scenario-version', { found: scenarioId }) };
  const difficulty = DIFFICULTIES[r.byte()];
  if (!difficulty) return { ok: false, error: msg('code.error.corrupt') };
  const seed = r.text(LIMITS.seed) ?? '';
  const name = r.text(LIMITS.name);
  const session = r.text(LIMITS.session);
  const listGoal = bundle.scenario.goals.find((g) => g.twist.goodsList)?.id ?? '';
  const moves = readMoves(r, bundle.scenario, (m: Move) => (m.type === 'goods.list' ? { ...m, goal: listGoal } : m));
  if (moves.some((m) => m.side !== 'kim')) return { ok: false, error: msg('code.error.corrupt') };
  if (r.pos !== length) return { ok: false, error: msg('code.error.corrupt') };
  const settings: Settings = { difficulty };
  if (session !== undefined) settings.session = session;
  const record: GameRecord = { engineVersion, scenarioId, scenarioHash, seed, settings, moves };
  if (name !== undefined) record.name = name;
  return { ok: true, record };
}
