// Reading what students hand in: pasted text (one or many result codes) and replay files, each
// verified by replaying it with the engine. Every input gets a verdict; nothing here throws.
import {
  CODE_PREFIX,
  decodeResultCode,
  encodeResultCode,
  normaliseCode,
  parseReplayFile,
  replayRecord,
  scoreGame,
  verifyResultCode,
  type Difficulty,
  type GameRecord,
  type GoalId,
  type Message,
  type PressStance,
  type ScoreReport,
} from '../engine';
import { lookupBundle } from './scenario';
import { cleanName } from '../shell/input-rules';
import { hash53 } from './session';

/** What the teacher hands in: a code (typed or pasted) or a replay file's text. */
export interface Item {
  kind: 'code' | 'file';
  text: string;
  /** The file's name, for files. */
  file?: string;
}

export const VERDICTS = ['verified', 'unfinished', 'other-session', 'other-version', 'tampered', 'unreadable'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/** What the class table shows of a game that replayed: all plain data, safe to post from a worker. */
export interface Summary {
  scenario: string;
  name: string | null;
  seed: string;
  difficulty: Difficulty;
  session: string | null;
  kim: number;
  putin: number;
  /** History's deals scored with this student's ranking. */
  history: number;
  deals: Record<GoalId, string | null>;
  sweeteners: Record<GoalId, string | null>;
  historyDeals: Record<GoalId, string | null>;
  ranking: GoalId[];
  moves: number;
  /** The goals in the order the student first worked on them. */
  path: GoalId[];
  stance: PressStance | null;
  hash: string;
}

export interface Verdict {
  kind: VerdictKind;
  /** Why it is not verified (a 'class.*' key or an engine message); null when verified. */
  reason: Message | null;
  /** Present whenever the moves replayed (verified, unfinished, another session). */
  summary: Summary | null;
  /** The canonical result code, when there is one (for the replay link and the export). */
  code: string | null;
}

/** Who the session is: a code from another session, seed or difficulty is flagged. */
export interface Expected {
  id: string;
  scenario: string;
  seed: string;
  difficulty: Difficulty;
}

/** Longer than any real code (400 moves) by a margin: beyond it, a paste is not read at all. */
export const MAX_CODE_CHARS = 4000;
export const MAX_FILE_CHARS = 100_000;

/** Cuts what is kept of a hand-in to just past the limit, so that it is still flagged as too long. */
export function clip(item: Item): Item {
  const limit = (item.kind === 'code' ? MAX_CODE_CHARS : MAX_FILE_CHARS) + 1;
  return item.text.length > limit ? { ...item, text: item.text.slice(0, limit) } : item;
}

const m = (key: string, params?: Message['params']): Message => (params ? { key, params } : { key });

const PREFIX_RE = new RegExp(`^${CODE_PREFIX}`, 'i');

/**
 * Pasted text → one string per code. A code is one block without spaces; a block that does not
 * start with V19 continues the code before it (a code broken over lines or typed in groups), unless
 * that code already reads on its own. Words before the first code on a line ("Budi: V19…") are labels.
 */
export function splitCodes(text: string): string[] {
  const items: string[][] = [];
  const readsAlone = (blocks: string[]) => blocks.length > 0 && decodeResultCode(blocks.join(''), lookupBundle).ok;
  for (const line of text.slice(0, 2_000_000).split(/\r\n|\r|\n/)) {
    const blocks = line.split(/[\s,;]+/).filter((b) => b.length > 0);
    if (blocks.length === 0) continue;
    const first = blocks.findIndex((b) => PREFIX_RE.test(b));
    if (first < 0) {
      const last = items[items.length - 1];
      if (last && !readsAlone(last)) last.push(...blocks);
      else items.push(blocks);
      continue;
    }
    for (const b of blocks.slice(first)) {
      const last = items[items.length - 1];
      if (PREFIX_RE.test(b) || !last) items.push([b]);
      else last.push(b);
    }
  }
  // A code followed by unrelated words on its line: keep the code, and the words as their own item.
  const out: string[] = [];
  for (const blocks of items) {
    if (blocks.length > 1 && !readsAlone(blocks) && readsAlone(blocks.slice(0, 1))) {
      out.push(blocks[0]!);
      out.push(blocks.slice(1).join(' '));
    } else out.push(blocks.join(' '));
  }
  return out;
}

/** The key under which two hand-ins are the same game: the canonical code, or the text itself. */
export function itemKey(item: Item): string {
  try {
    if (item.kind === 'code') return `code:${normaliseCode(item.text.slice(0, MAX_CODE_CHARS + 1))}`;
    const record = readFile(item.text);
    if (record) {
      const code = safeEncode(record);
      if (code) return `code:${code}`;
    }
    return `file:${hash53(item.text).toString(36)}:${item.text.length}`;
  } catch {
    return `text:${hash53(String(item.text)).toString(36)}`;
  }
}

function readFile(text: string): GameRecord | null {
  if (text.length > MAX_FILE_CHARS) return null;
  const parsed = parseReplayFile(text, lookupBundle);
  return parsed.ok ? parsed.record : null;
}

function safeEncode(record: GameRecord): string | null {
  try {
    return encodeResultCode(record, lookupBundle(record.scenarioId)!);
  } catch {
    return null;
  }
}

/** Maps the engine's error messages onto the table's verdicts. */
export function kindOfError(error: Message): VerdictKind {
  switch (error.key) {
    case 'code.error.checksum':
    case 'code.error.move':
    case 'record.error.move':
      return 'tampered';
    case 'code.error.version':
    case 'code.error.format':
    case 'code.error.scenario-version':
    case 'record.error.version':
      return 'other-version';
    default:
      return 'unreadable';
  }
}

function firstTouch(record: GameRecord): GoalId[] {
  const seen: GoalId[] = [];
  for (const move of record.moves) {
    const goal: GoalId | undefined = 'goal' in move ? move.goal : undefined;
    if (goal && !seen.includes(goal)) seen.push(goal);
  }
  return seen;
}

export function summarise(record: GameRecord, score: ScoreReport, hash: string): Summary {
  const deals = {} as Record<GoalId, string | null>;
  const sweeteners = {} as Record<GoalId, string | null>;
  // The goals are the record's scenario's, as the engine scored them.
  for (const s of score.perGoal) {
    deals[s.goal] = s.deal ?? null;
    sweeteners[s.goal] = s.sweetener ?? null;
  }
  const rank = record.moves.find((x) => x.type === 'briefing.rank');
  const press = record.moves.find((x) => x.type === 'press.present');
  return {
    scenario: record.scenarioId,
    name: cleanName(record.name ?? '') || null,
    seed: record.seed,
    difficulty: record.settings.difficulty,
    session: record.settings.session ?? null,
    kim: score.kim,
    putin: score.putin,
    history: score.history.score,
    deals,
    sweeteners,
    historyDeals: { ...score.history.deals },
    ranking: rank && rank.type === 'briefing.rank' ? [...rank.ranking] : score.perGoal.map((s) => s.goal),
    moves: record.moves.length,
    path: firstTouch(record),
    stance: press && press.type === 'press.present' ? press.stance : null,
    hash,
  };
}

/** The verdict on a game that replayed: this session's, finished? */
function judge(summary: Summary, finished: boolean, code: string | null, expected: Expected | null): Verdict {
  if (expected) {
    if (summary.scenario !== expected.scenario) {
      return { kind: 'other-session', reason: m('class.reason.otherScenario', { found: summary.scenario, expected: expected.scenario }), summary, code };
    }
    if (summary.session !== expected.id) {
      const reason = summary.session === null ? m('class.reason.noSession', { expected: expected.id }) : m('class.reason.otherSession', { found: summary.session, expected: expected.id });
      return { kind: 'other-session', reason, summary, code };
    }
    if (summary.seed !== expected.seed || summary.difficulty !== expected.difficulty) {
      return { kind: 'other-session', reason: m('class.reason.otherSettings', { seed: summary.seed, difficulty: summary.difficulty }), summary, code };
    }
  }
  if (!finished) return { kind: 'unfinished', reason: m('class.reason.unfinished', { moves: summary.moves }), summary, code };
  return { kind: 'verified', reason: null, summary, code };
}

function verifyCode(text: string, expected: Expected | null): Verdict {
  if (text.length > MAX_CODE_CHARS) return { kind: 'unreadable', reason: m('class.reason.tooLong'), summary: null, code: null };
  const v = verifyResultCode(text, lookupBundle);
  if (!v.ok) return { kind: kindOfError(v.error), reason: v.error, summary: null, code: null };
  return judge(summarise(v.record, v.score, v.hash), v.finished, normaliseCode(text), expected);
}

function verifyFile(item: Item, expected: Expected | null): Verdict {
  const text = item.text;
  if (text.length > MAX_FILE_CHARS) return { kind: 'unreadable', reason: m('class.reason.tooLong'), summary: null, code: null };
  const trimmed = text.trim();
  // A text file with a result code in it.
  if (!trimmed.startsWith('{')) {
    const codes = splitCodes(trimmed);
    if (codes.length === 1) return verifyCode(codes[0]!, expected);
    return { kind: 'unreadable', reason: m('class.reason.fileShape'), summary: null, code: null };
  }
  const parsed = parseReplayFile(text, lookupBundle);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.error, summary: null, code: null };
  const code = safeEncode(parsed.record);
  if (code) return verifyCode(code, expected);
  const replayed = replayRecord(parsed.record, lookupBundle);
  if (!replayed.ok) return { kind: kindOfError(replayed.error), reason: replayed.error, summary: null, code: null };
  const game = replayed.game;
  return judge(summarise(parsed.record, scoreGame(game), game.hash()), game.isOver(), null, expected);
}

/** Verify one hand-in. Never throws: whatever goes wrong is a verdict with a reason. */
export function verifyItem(item: Item, expected: Expected | null): Verdict {
  try {
    if (typeof item?.text !== 'string') return { kind: 'unreadable', reason: m('code.error.empty'), summary: null, code: null };
    return item.kind === 'file' ? verifyFile(item, expected) : verifyCode(item.text, expected);
  } catch (e) {
    return { kind: 'unreadable', reason: m('class.reason.crash', { error: String(e instanceof Error ? e.message : e).slice(0, 120) }), summary: null, code: null };
  }
}

/** Name as the duplicate check compares it: trimmed, spaces collapsed, case and accents folded. */
export function nameKey(name: string | null): string {
  if (!name) return '';
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
