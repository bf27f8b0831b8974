// The per-client message limit: at most `max` messages in any window of `windowMs` (a fixed window,
// reset when it has passed). LIMITS_CLASS.messagesPerSecond (20 a second) for a room's client: a
// student makes a move every few seconds, so only a broken or hostile client comes near it.
export class RateLimit {
  private windowStart = -Infinity;
  private count = 0;
  /** True on the first refusal of a window: the client is told once, not once per message. */
  firstRefusal = false;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  take(now: number): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count++;
    this.firstRefusal = this.count === this.max + 1;
    return this.count <= this.max;
  }
}
