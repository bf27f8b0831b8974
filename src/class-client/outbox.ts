// Which of the game's moves still have to reach the class server. Pure: the room (./room.ts) asks it
// what to send and tells it what the server answered. The server keeps the game as Kim's moves,
// each with its number (its index in the record): a move sent twice changes nothing there, so
// everything not yet confirmed is sent again after a reconnection, and from `expected` after a gap.
import type { Move } from '../engine/types';

export interface Outgoing {
  n: number;
  move: Move;
}

export class Outbox {
  /** The server is known to hold the moves before this index. */
  private confirmed = 0;
  /** Moves before this index were sent on the current connection (answered or not). */
  private sent = 0;
  /** The server refused move n: nothing after it is sent (the game here and there differ). */
  private refusedAt: number | null = null;

  /** The server's game as it was on joining (its length): what it holds already. */
  constructor(serverLength = 0) {
    this.confirmed = serverLength;
    this.sent = serverLength;
  }

  get held(): number {
    return this.confirmed;
  }

  get refused(): number | null {
    return this.refusedAt;
  }

  /** Moves not yet confirmed, as the game stands: what is lost if this browser's storage is. */
  pending(moves: readonly Move[]): number {
    return Math.max(0, moves.length - this.confirmed);
  }

  /** The moves to send now (connected), each once per connection. */
  take(moves: readonly Move[]): Outgoing[] {
    if (this.refusedAt !== null) return [];
    const out: Outgoing[] = [];
    for (let n = this.sent; n < moves.length; n++) out.push({ n, move: moves[n]! });
    this.sent = Math.max(this.sent, moves.length);
    return out;
  }

  /** A new connection: whatever the server has not confirmed goes again. */
  reconnected(serverLength?: number): void {
    if (serverLength !== undefined) this.confirmed = serverLength;
    this.sent = this.confirmed;
  }

  ok(n: number): void {
    if (n + 1 > this.confirmed) this.confirmed = n + 1;
  }

  /** The server holds `expected` moves and waits for that one: send again from there. */
  gap(expected: number): void {
    this.confirmed = expected;
    this.sent = expected;
  }

  refuse(n: number): void {
    this.refusedAt = n;
  }
}
