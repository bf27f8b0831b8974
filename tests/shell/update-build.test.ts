// A page refused by its class server as too old (client.outdated) moves to the new build: with a
// service worker, the new one is asked to take over and the page reloads when it has; without one,
// it reloads; never twice in a minute (a host still serving the old build would make a loop); and
// with nothing newer to take, it stays (its message says what to do). The browser's service worker
// objects are stood in for by event targets with the same few members the page uses.
import { describe, expect, it } from 'vitest';
import { updateToNewBuild, type UpdateEnv } from '../../src/shell/update-build';

class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  updates = 0;
  constructor(private readonly onUpdate: (r: FakeRegistration) => void = () => {}) {}
  async update() {
    this.updates++;
    this.onUpdate(this);
  }
}

function env(registration: FakeRegistration | undefined, now = 1_000_000) {
  const container = new EventTarget();
  const stored = new Map<string, string>();
  const reloads: number[] = [];
  const e: UpdateEnv = {
    serviceWorker: { getRegistration: async () => registration as unknown as ServiceWorkerRegistration, addEventListener: container.addEventListener.bind(container) } as UpdateEnv['serviceWorker'],
    reload: () => reloads.push(now),
    storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
    now: () => now,
  };
  return { e, container, reloads, stored };
}

describe('a page too old for its class server updates itself', () => {
  it('asks a new service worker found by the update to take over, and reloads once it has', async () => {
    const worker = new FakeWorker('installing');
    const reg = new FakeRegistration((r) => (r.installing = worker));
    const { e, container, reloads } = env(reg);
    const outcome = updateToNewBuild(e);
    // Installing: nothing asked of it yet.
    await Promise.resolve();
    expect(worker.posted).toEqual([]);
    worker.become('installed');
    expect(await outcome).toBe('reloading');
    expect(reg.updates).toBe(1);
    expect(worker.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    // Not before the new worker controls the page: a reload now would come back to the old one.
    expect(reloads).toEqual([]);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toHaveLength(1);
  });

  it('takes a new version that was already waiting', async () => {
    const reg = new FakeRegistration();
    reg.waiting = new FakeWorker('installed');
    const { e, container, reloads } = env(reg);
    expect(await updateToNewBuild(e)).toBe('reloading');
    expect(reg.waiting.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toHaveLength(1);
  });

  it('without a service worker, reloads (the host serves the new build)', async () => {
    const { e, reloads } = env(undefined);
    expect(await updateToNewBuild(e)).toBe('reloading');
    expect(reloads).toHaveLength(1);
  });

  it('does not reload when nothing newer is there, nor when a new worker fails to install', async () => {
    const none = env(new FakeRegistration());
    expect(await updateToNewBuild(none.e)).toBe('no-new-build');
    const broken = new FakeWorker('installing');
    const failing = env(new FakeRegistration((r) => (r.installing = broken)));
    const outcome = updateToNewBuild(failing.e);
    await Promise.resolve();
    broken.become('redundant');
    expect(await outcome).toBe('no-new-build');
    failing.container.dispatchEvent(new Event('controllerchange'));
    expect([...none.reloads, ...failing.reloads]).toEqual([]);
  });

  it('does not reload twice in a minute: a host still serving the old build would make a loop', async () => {
    const first = env(undefined, 1_000_000);
    await updateToNewBuild(first.e);
    const again: UpdateEnv = { ...env(undefined, 1_030_000).e, storage: first.e.storage, reload: () => first.reloads.push(-1) };
    expect(await updateToNewBuild(again)).toBe('reloaded-already');
    expect(first.reloads).toHaveLength(1);
    const later: UpdateEnv = { ...again, now: () => 1_070_000 };
    expect(await updateToNewBuild(later)).toBe('reloading');
    expect(first.reloads).toHaveLength(2);
  });
});
