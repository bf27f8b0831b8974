// What reaches the class server: each of Kim's moves once per connection, everything the server has
// not confirmed again after a reconnection, from the server's count after a gap, nothing after a refusal.
import { describe, expect, it } from 'vitest';
import { Outbox } from '../../src/class-client/outbox';
import type { Move } from '../../src/engine/types';

const mv = (i: number): Move => ({ side: 'kim', type: 'goal.ask', goal: `g${i}` }) as Move;
const moves = (n: number) => Array.from({ length: n }, (_, i) => mv(i));
const ns = (out: { n: number }[]) => out.map((o) => o.n);

describe('the moves sent to the class server', () => {
  it('sends each new move once, numbered by its place in the game', () => {
    const box = new Outbox(0);
    expect(ns(box.take(moves(2)))).toEqual([0, 1]);
    expect(ns(box.take(moves(2)))).toEqual([]);
    expect(ns(box.take(moves(3)))).toEqual([2]);
  });

  it('starts after what the server already holds when the student joins again', () => {
    const box = new Outbox(3);
    expect(ns(box.take(moves(5)))).toEqual([3, 4]);
  });

  it('after a dropped connection, sends again every move the server has not confirmed, and only those', () => {
    const box = new Outbox(0);
    box.take(moves(4));
    box.ok(0);
    box.ok(1);
    box.reconnected();
    expect(ns(box.take(moves(5)))).toEqual([2, 3, 4]);
    expect(box.pending(moves(5))).toBe(3);
  });

  it('after a gap, sends again from the move the server expects', () => {
    const box = new Outbox(0);
    box.take(moves(6));
    box.gap(2);
    expect(ns(box.take(moves(6)))).toEqual([2, 3, 4, 5]);
  });

  it('joined again with the server holding more than was confirmed: starts from the server\'s count', () => {
    const box = new Outbox(0);
    box.take(moves(4));
    box.reconnected(3);
    expect(ns(box.take(moves(4)))).toEqual([3]);
  });

  it('sends nothing more once the server refused a move (the games differ)', () => {
    const box = new Outbox(0);
    box.take(moves(2));
    box.refuse(1);
    expect(box.take(moves(4))).toEqual([]);
    expect(box.refused).toBe(1);
  });
});
