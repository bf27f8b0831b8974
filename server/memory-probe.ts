// The server's own memory, for the load bench (tools/bench-server.ts), which starts it as a child
// with an IPC channel and --expose-gc. Asked over that channel only (never over the network: a
// forced collection stops the server for a moment, which nobody outside should be able to cause),
// it collects its garbage and answers process.memoryUsage(). Read from outside (/proc's VmRSS) a
// server's memory swings with when the collector last ran, so the difference between two readings
// was sometimes negative; after a full collection it is what the students' games really hold.
export interface MemoryReading {
  type: 'memory';
  /** Whether the garbage was collected first (the process was started with --expose-gc). */
  collected: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export const MEMORY_QUESTION = { type: 'memory?' } as const;

export function answerMemoryQuestions(): void {
  if (!process.send) return;
  process.on('message', (m: unknown) => {
    if ((m as { type?: unknown } | null)?.type !== MEMORY_QUESTION.type) return;
    const gc = (globalThis as { gc?: () => void }).gc;
    // Twice: what the first collection's finalizers let go is collected by the second.
    gc?.();
    gc?.();
    const reading: MemoryReading = { type: 'memory', collected: gc !== undefined, ...process.memoryUsage() };
    process.send?.(reading);
  });
  // The channel does not keep the process alive (the server's own sockets do); after the listener, which refs it.
  process.channel?.unref();
}
