// Reading what students hand in: pasted text (one or many result codes) and replay files, each
// verified by replaying it with the engine of its version (loaded at the page's start: main.ts,
// verify-worker.ts). Every input gets a verdict; nothing here throws.
import {
  CODE_PREFIX,
  codeLengthRange,
  decodeResultCode,
  encodeRecord,
  normaliseCode,
  openReplay,
  parseReplayFile,
  verifyResultCode,
  type Difficulty,
  type GameRecord,
  type GoalId,
  type Message,
  type PressStance,
  type ScoreReport,
} from '../engine';
import { lookupBundle } from './scenario';
import { cleanName, sessionParts } from '../shell/input-rules';
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
  /**
   * The game itself, whoever handed it in: the same scenario and rules, seed, difficulty and moves
   * give the same key, whatever the name or the session it carries. Two rows with one key are one
   * game handed in under two names (or from two links).
   */
  game: string;
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
  /**
   * The class's own mark, in its link and so in every code played from it: a code with this
   * session's code but not this mark was played from elsewhere. Absent (or null) for a class kept
   * from before there was one: its codes are judged as they were.
   */
  nonce?: string | null;
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
 * The most of one paste that is read at once: a full class (MAX_ENTRIES hand-ins) of the longest
 * codes. A longer paste is read up to the end of the last whole line before it; the rest is left
 * where it was, and the page says so (readPaste). Four million characters are over 100,000 lines
 * of codes with names before them.
 */
export const MAX_PASTE_CHARS = 4_000_000;

/** What was read of a paste: the codes, and how much of the text they came from. */
export interface PasteRead {
  codes: string[];
  /** Characters read from the start of the text: all of it, or up to the end of a line within the cap. */
  read: number;
  total: number;
}

/** Reads pasted text up to MAX_PASTE_CHARS, cut at the end of a line; the rest is not read (and not lost: see PasteRead.read). */
export function readPaste(text: string, cap = MAX_PASTE_CHARS): PasteRead {
  let read = text.length;
  if (text.length > cap) {
    let i = cap - 1;
    while (i >= 0 && text[i] !== '\n' && text[i] !== '\r') i--;
    // No line end within the cap: one line longer than any class's codes; it is cut at the cap.
    read = i < 0 ? cap : text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return { codes: splitCodes(read === text.length ? text : text.slice(0, read)), read, total: text.length };
}

/**
 * One piece of pasted text on its way to becoming an item: its blocks, and what is known of whether
 * they read as a code on their own. The length a code declares in its head tells when decoding can
 * succeed, so each piece is decoded at most a few times however many blocks it grows by.
 */
class Piece {
  readonly blocks: string[] = [];
  /** The normalised start (enough for the declared length) and the normalised length. */
  private head = '';
  private length = 0;
  private range: ReturnType<typeof codeLengthRange> = 'short';
  private checkedAt = -1;
  private alone = false;

  constructor(first: string) {
    this.push(first);
  }

  push(block: string): void {
    this.blocks.push(block);
    if (this.range === 'never') return;
    const clean = normaliseCode(block);
    this.length += clean.length;
    if (this.head.length < HEAD_CHARS) {
      this.head += clean.slice(0, HEAD_CHARS - this.head.length);
      this.range = codeLengthRange(this.head);
    }
  }

  /** Whether the blocks, joined, are a code that decodes on its own. */
  readsAlone(): boolean {
    const r = this.range;
    if (typeof r === 'string' || this.length < r.min || this.length > r.max) return false;
    // Blocks that normalise to nothing (a lone dash) change nothing: the answer for a length stands.
    if (this.checkedAt !== this.length) {
      this.checkedAt = this.length;
      this.alone = decodeResultCode(this.blocks.join(''), lookupBundle).ok;
    }
    return this.alone;
  }
}

/** The prefix and the ten characters that hold a code's declared length and its check byte. */
const HEAD_CHARS = CODE_PREFIX.length + 10;

/**
 * Pasted text → one string per code. A code is one block without spaces; a block that does not
 * start with V19 continues the code before it (a code broken over lines or typed in groups), unless
 * that code already reads on its own. Words before the first code on a line ("Budi: V19…") are labels.
 * Linear in the length of the text (each piece is decoded only when its length is a code's).
 */
export function splitCodes(text: string): string[] {
  const items: Piece[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const blocks = line.split(/[\s,;]+/).filter((b) => b.length > 0);
    if (blocks.length === 0) continue;
    const first = blocks.findIndex((b) => PREFIX_RE.test(b));
    if (first < 0) {
      const last = items[items.length - 1];
      if (last && !last.readsAlone()) for (const b of blocks) last.push(b);
      else {
        const piece = new Piece(blocks[0]!);
        for (let i = 1; i < blocks.length; i++) piece.push(blocks[i]!);
        items.push(piece);
      }
      continue;
    }
    for (let i = first; i < blocks.length; i++) {
      const b = blocks[i]!;
      const last = items[items.length - 1];
      if (PREFIX_RE.test(b) || !last) items.push(new Piece(b));
      else last.push(b);
    }
  }
  // A code followed by unrelated words on its line: keep the code, and the words as their own item.
  const out: string[] = [];
  for (const piece of items) {
    const blocks = piece.blocks;
    if (blocks.length > 1 && !piece.readsAlone() && new Piece(blocks[0]!).readsAlone()) {
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
    return encodeRecord(record, lookupBundle);
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

/** The key of the game a record holds, without its name and session (Summary.game). */
export function gameKey(record: GameRecord): string {
  const { name: _name, ...rest } = record;
  const game: GameRecord = { ...rest, settings: { difficulty: record.settings.difficulty } };
  let text: string;
  try {
    // The canonical form: the result code of the game with no name and no session.
    text = encodeRecord(game, lookupBundle);
  } catch {
    text = JSON.stringify([game.engineVersion, game.scenarioId, game.scenarioHash, game.seed, game.settings.difficulty, game.putin ?? 'model', game.moves]);
  }
  return `${hash53(text).toString(36)}.${hash53(text, 1).toString(36)}`;
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
    game: gameKey(record),
  };
}

/** The verdict on a game that replayed: this session's, finished? */
function judge(summary: Summary, finished: boolean, code: string | null, expected: Expected | null): Verdict {
  if (expected) {
    if (summary.scenario !== expected.scenario) {
      return { kind: 'other-session', reason: m('class.reason.otherScenario', { found: summary.scenario, expected: expected.scenario }), summary, code };
    }
    // A class with a mark: the code's session is "CODE-MARK"; one without: the bare code, as before.
    const found = expected.nonce && summary.session !== null ? sessionParts(summary.session) : { code: summary.session, nonce: null };
    if (found.code !== expected.id) {
      const reason = summary.session === null ? m('class.reason.noSession', { expected: expected.id }) : m('class.reason.otherSession', { found: summary.session, expected: expected.id });
      return { kind: 'other-session', reason, summary, code };
    }
    if (summary.seed !== expected.seed || summary.difficulty !== expected.difficulty) {
      return { kind: 'other-session', reason: m('class.reason.otherSettings', { seed: summary.seed, difficulty: summary.difficulty }), summary, code };
    }
    if (expected.nonce && found.nonce !== expected.nonce) {
      // The right session code, but not this class's link: the same seed and difficulty typed by
      // hand (the session code follows from them), or the link of another class with those settings.
      const reason = found.nonce === null ? m('class.reason.outsideLink', { code: expected.id }) : m('class.reason.otherClass', { found: found.nonce, expected: expected.nonce });
      return { kind: 'other-session', reason, summary, code };
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
  if (text.length > MAX_FILE_CHARS) return { kind: 'unreadable', reason: m('class.reason.fileTooLong', { max: MAX_FILE_CHARS }), summary: null, code: null };
  const trimmed = text.trim();
  // A text file with a result code in it.
  if (!trimmed.startsWith('{')) {
    const codes = splitCodes(trimmed);
    if (codes.length === 1) return verifyCode(codes[0]!, expected);
    return { kind: 'unreadable', reason: m('class.reason.fileShape'), summary: null, code: null };
  }
  const parsed = parseReplayFile(text, lookupBundle);
  if (!parsed.ok) return { kind: 'unreadable', reason: isClassFile(text) ? m('class.reason.classFile') : parsed.error, summary: null, code: null };
  const code = safeEncode(parsed.record);
  if (code) return verifyCode(code, expected);
  const replayed = openReplay(parsed.record, lookupBundle);
  if (!replayed.ok) return { kind: kindOfError(replayed.error), reason: replayed.error, summary: null, code: null };
  const game = replayed.replay;
  return judge(summarise(parsed.record, game.score(), game.hash()), game.isOver(), null, expected);
}

/** Whether JSON text is a class saved by the teacher's page (store.ts: its format names it, its session and hand-ins are in it), dropped among the students' files by mistake. */
export function isClassFile(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && /\/classroom-session$/.test(String((data as { format?: unknown }).format)) && 'entries' in data;
  } catch {
    return false;
  }
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

/** Name as the duplicate check compares it: the game's rule (../shell/input-rules.ts). */
export { nameKey } from '../shell/input-rules';
