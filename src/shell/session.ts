// The one live game of the page: a thin adapter between scenes and the engine. No rules here.
import { legalMoves, newGame, playerView, replayRecord, type Game, type ScenarioBundle } from '../engine';
import type { Difficulty, GameRecord, Message, Move, MoveInput, MoveResult } from '../engine/types';
import type { PlayerView } from '../engine/view-types';
import { drawing } from './idle';
import { cleanName } from './input-rules';
import { keepPrevious, writeSave } from './persistence';
import { activeBundle, lookupBundle, showBundle } from './scenario';

type Listener = (result: MoveResult | null) => void;

class Session {
  private game: Game | null = null;
  private listeners = new Set<Listener>();
  private started = 0;

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

  legal(): Move[] {
    return this.game ? legalMoves(this.game.bundle, this.game.state) : [];
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
    if (!this.game) return;
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
    const result = this.game.play(move);
    if (result.ok) this.save();
    this.emit(result);
    return result;
  }

  private save(): void {
    if (this.game) writeSave(this.record());
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
    __vladivostok?: { view: () => PlayerView | null; record: () => GameRecord | null; drawing: () => boolean };
  }
}

/** Read-only helpers for tests (`drawing`: whether the game loop is running, not asleep). */
export function exposeForTests(): void {
  const helpers = Object.freeze({
    view: () => (session.active ? session.view() : null),
    record: () => (session.active ? session.record() : null),
    drawing,
  });
  Object.defineProperty(window, '__vladivostok', { value: helpers, writable: false, configurable: false });
}
