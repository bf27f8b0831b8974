// The one live game of the page: a thin adapter between scenes and the engine. No rules here.
import { checkMove, legalMoves, newGame, playerView, replayRecord, type Game, type ScenarioBundle } from '../engine';
import type { Difficulty, GameRecord, Message, Move, MoveInput, MoveResult } from '../engine/types';
import type { PlayerView } from '../engine/view-types';
import { drawing, looping } from './idle';
import { type StageReport, stageReport } from './stage-report';
import { cleanName } from './input-rules';
import { fnv1a64 } from '../engine/hash';
import { freshSave, keepPrevious, readSave, saveStamp, writeSave } from './persistence';
import { activeBundle, loadScenarios, lookupBundle, showBundle } from './scenario';

type Listener = (result: MoveResult | null) => void;

/** A record as a string that does not depend on the order of its keys (a game replayed in another tab writes its moves' keys in another order). */
/** A short mark of a save (see persistence.ts saveStamp): its length and a hash of its canonical form. */
function stampOf(json: string): string {
  return `${json.length}.${fnv1a64(json)}`;
}

function canonical(record: GameRecord): string {
  return JSON.stringify(record, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** What play() answers in a tab that found its game played on in another tab (and reloaded it instead). */
export const STALE_TAB = 'ui.tabs.reloaded';

/**
 * Told by the session (src/shell/tabs.ts sets them): `saved` after each save that reached storage,
 * `reloaded` when this tab found another tab's save and took it up (`ok`), or could not read it and
 * so stopped writing (`ok` false: only a reload of the page goes on).
 */
export interface TabHooks {
  saved?: (record: GameRecord) => void;
  reloaded?: (ok: boolean) => void;
}

class Session {
  private game: Game | null = null;
  private listeners = new Set<Listener>();
  private started = 0;
  /**
   * One writer per game (issue #13): the save as this tab last wrote it (canonical()), null before it has
   * written one. A stored save that differs was written by another tab since: this tab is stale and
   * must take that save up, not write over it. Compared before every write, so it holds even when
   * the other tab's message (tabs.ts) never came: a frozen tab, no BroadcastChannel.
   */
  private written: string | null = null;
  /** Another tab's save is being taken up (its scenario loading) or could not be: nothing is written. */
  private behind = false;
  readonly hooks: TabHooks = {};

  get active(): boolean {
    return this.game !== null;
  }

  /** Changes whenever another game becomes the live one (new, resumed, branched, restored). */
  get generation(): number {
    return this.started;
  }

  /** The scenario of the live game (else the one on show). */
  bundle(): ScenarioBundle {
    return this.game?.bundle ?? activeBundle();
  }

  view(): PlayerView {
    if (!this.game) throw new Error('no game');
    showBundle(this.game.bundle);
    return playerView(this.game);
  }

  /**
   * The game once it is over, else null: the debrief reads its ideas off it (src/engine/debrief,
   * which comes with the debrief's own chunk, not with the page's first download).
   */
  finishedGame(): Game | null {
    return this.game?.isOver() ? this.game : null;
  }

  legal(): Move[] {
    return this.game ? legalMoves(this.game.bundle, this.game.state) : [];
  }

  /** Why a move is not legal now (the engine's words), or null when it is: what a screen offers beyond the listed moves (a package, calling a bluff). */
  check(move: MoveInput): Message | null {
    return this.game ? checkMove(this.game.bundle, this.game.state, move) : { key: 'ui.error.noGame' };
  }

  record(): GameRecord {
    if (!this.game) throw new Error('no game');
    return this.game.record();
  }

  getName(): string {
    return this.game?.name ?? '';
  }

  /** The name travels in the game's record, so a cleared name stays cleared after a reload. */
  setName(name: string): void {
    if (!this.game || this.catchUp()) return;
    const clean = cleanName(name);
    this.game.name = clean || undefined;
    this.save();
  }

  start(seed: string, difficulty: Difficulty, classroom?: string, bundle: ScenarioBundle = activeBundle()): void {
    keepPrevious();
    const settings = classroom ? { difficulty, session: classroom } : { difficulty };
    this.game = newGame(bundle, { seed, settings });
    showBundle(bundle);
    this.started++;
    this.save();
    this.emit(null);
  }

  /** Resume or branch from a record: replay is a fold of its moves. */
  load(record: GameRecord, upTo?: number): { ok: true } | { ok: false; error: Message } {
    const res = replayRecord(record, lookupBundle, upTo);
    if (!res.ok) return res;
    // Branching from a replay replaces the autosave: keep the game it replaces aside first.
    if (upTo !== undefined) keepPrevious();
    this.game = res.game;
    showBundle(res.game.bundle);
    this.started++;
    this.save();
    this.emit(null);
    return { ok: true };
  }

  play(move: MoveInput): MoveResult {
    if (!this.game) return { ok: false, error: { key: 'ui.error.noGame' } };
    // A stale tab's move is not made: the tab shows the stored game instead, and the player moves on from there.
    if (this.catchUp()) return { ok: false, error: { key: STALE_TAB } };
    const result = this.game.play(move);
    if (result.ok) this.save();
    this.emit(result);
    return result;
  }

  private save(): void {
    if (!this.game) return;
    const record = this.record();
    this.behind = false;
    this.written = canonical(record);
    // The store takes the save at once (its copy in memory, which this and other tabs read); a write
    // the browser refuses is kept there, retried and reported (kept-store.ts), never dropped.
    writeSave(record, stampOf(this.written));
    this.hooks.saved?.(record);
  }

  /**
   * Whether another tab has saved since this tab last did (it played on, or started another game):
   * if so, this tab takes that save up as its live game, as a reload of the page would, and returns
   * true; the caller must then not write. Called before every move (with the stored save) and on
   * another tab's word (with the record it saved, `saved`).
   */
  catchUp(saved?: GameRecord): boolean {
    if (this.behind) return true;
    if (!this.game || this.written === null) return false;
    // Another tab saved since (the stamp every tab reads at once says so), but this tab's copy of the
    // save may not have it yet (it missed the message): no move now; the save is read afresh, then taken up.
    const stamp = saved ? null : saveStamp();
    if (stamp !== null && stamp !== stampOf(this.written)) {
      this.behind = true;
      const at = this.started;
      void freshSave().then((fresh) => {
        if (at !== this.started) return;
        this.behind = false;
        if (fresh.kind === 'ok') this.catchUp(fresh.record);
      });
      return true;
    }
    let newer = saved;
    if (!newer) {
      const stored = readSave();
      if (stored.kind !== 'ok') return false;
      newer = stored.record;
    }
    const json = canonical(newer);
    if (json === this.written) return false;
    this.behind = true;
    const record = newer;
    if (lookupBundle(record.scenarioId)) this.takeUp(record, json);
    else {
      // Its scenario loads first; unless the player has started or loaded another game meanwhile.
      const at = this.started;
      void loadScenarios([record.scenarioId]).then(() => at === this.started && this.takeUp(record, json));
    }
    return true;
  }

  private takeUp(record: GameRecord, json: string): void {
    const res = replayRecord(record, lookupBundle);
    if (!res.ok) {
      // Not a game this page can play (another version's?): it is left as it is, and this tab stops writing.
      this.hooks.reloaded?.(false);
      return;
    }
    this.game = res.game;
    showBundle(res.game.bundle);
    this.started++;
    this.written = json;
    this.behind = false;
    this.emit(null);
    this.hooks.reloaded?.(true);
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(result: MoveResult | null): void {
    for (const fn of [...this.listeners]) fn(result);
  }
}

export const session = new Session();

declare global {
  interface Window {
    __vladivostok?: { view: () => PlayerView | null; record: () => GameRecord | null; drawing: () => boolean; looping: () => boolean; stage: () => StageReport };
  }
}

/** Read-only helpers for tests (`drawing`: whether the game loop is running or canvas work waits for a paint; `looping`: whether it draws frames; `stage`: what the canvas shows). */
export function exposeForTests(): void {
  const helpers = Object.freeze({
    view: () => (session.active ? session.view() : null),
    record: () => (session.active ? session.record() : null),
    drawing,
    looping,
    // What the canvas shows, with the bounds Phaser measured (src/shell/stage-report.ts).
    stage: () => JSON.parse(JSON.stringify(stageReport())) as StageReport,
  });
  Object.defineProperty(window, '__vladivostok', { value: helpers, writable: false, configurable: false });
}
