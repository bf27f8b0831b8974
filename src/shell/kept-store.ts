// Where the game's saves and the teacher's class are kept in the browser: IndexedDB where the browser
// allows it (far more room than localStorage's few megabytes), through idb-keyval (a few hundred
// bytes, one well-kept dependency: jakearchibald/idb-keyval), else localStorage, else nothing.
//
// The page reads synchronously from a copy in memory, loaded once at start (openKept); every write
// changes that copy at once and goes on to the browser's storage in the background. A write the
// browser refuses (storage full, private mode, blocked) is never swallowed: the store says so to its
// subscribers (the page shows a lasting warning with a way to download everything), keeps the
// refused values in memory, and tries them again with the next write or on retry(). A batch of
// changes (write) lands whole or not at all, so that a refused write never leaves half a change.
//
// On the first load, the keys a page owns that are still in localStorage (saved by an earlier
// version) are carried over into IndexedDB and removed from localStorage only once IndexedDB holds
// them: nothing is left behind, nothing is lost.
import { createStore, entries, get, type UseStore } from 'idb-keyval';

export type Backend = 'indexeddb' | 'localstorage' | 'memory';

export interface StoreStatus {
  backend: Backend;
  /** The last write was refused and what it held is, so far, only in this page's memory. */
  failing: boolean;
  /** The browser's name for what went wrong (e.g. QuotaExceededError), when failing. */
  error: string | null;
}

export interface KeptStore {
  readonly backend: Backend;
  getItem(key: string): string | null;
  /** Every key held (in memory, whether or not it has reached the browser's storage yet). */
  keys(): string[];
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Several changes as one: all land or none does (null removes the key). */
  write(changes: Readonly<Record<string, string | null>>): void;
  /** Resolves when every write so far has been tried: true if nothing is left unsaved. */
  settled(): Promise<boolean>;
  /** The key as the browser's storage holds it now (another tab may have written it), taken into this copy. */
  fresh(key: string): Promise<string | null>;
  /** Tries again what was refused; true if everything is now saved. */
  retry(): Promise<boolean>;
  status(): StoreStatus;
  /** Told after every refused write and when writing works again. Returns the way to stop. */
  subscribe(fn: (status: StoreStatus) => void): () => void;
  close(): void;
}

export interface KeptOptions {
  /** The IndexedDB database (one object store, "kept", in it). */
  db: string;
  /** The localStorage keys that belong to this store: carried over into IndexedDB on load. */
  owns(key: string): boolean;
  /**
   * When localStorage and IndexedDB both hold a key with different values (an older version of the
   * page, open in another tab, went on saving in localStorage), localStorage's is the newer and is
   * taken; the one IndexedDB held goes to the key this returns (given which keys are taken), or is
   * dropped if it returns null.
   */
  asideOnConflict?(key: string, taken: (key: string) => boolean): string | null;
  /** Defaults to the page's localStorage (null: none). */
  local?: Storage | null;
  /** How long to wait for IndexedDB to open before using localStorage instead. */
  timeoutMs?: number;
}

const OBJECT_STORE = 'kept';

type Batch = Map<string, string | null>;

function errorName(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && typeof (e as { name: unknown }).name === 'string') return (e as { name: string }).name;
  return String(e).slice(0, 80);
}

/** Status and subscribers, shared by the kinds of store below. */
abstract class Reporting {
  /** Several changes as one: all land or none does (null removes the key). */
  abstract write(changes: Readonly<Record<string, string | null>>): void;

  setItem(key: string, value: string): void {
    this.write({ [key]: String(value) });
  }

  removeItem(key: string): void {
    this.write({ [key]: null });
  }

  abstract readonly backend: Backend;
  private listeners = new Set<(s: StoreStatus) => void>();
  private failing = false;
  private error: string | null = null;
  private askedToPersist = false;

  status(): StoreStatus {
    return { backend: this.backend, failing: this.failing, error: this.error };
  }

  subscribe(fn: (s: StoreStatus) => void): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  protected refused(e: unknown): void {
    this.failing = true;
    this.error = errorName(e);
    this.tell();
  }

  protected landed(): void {
    if (!this.failing) return;
    this.failing = false;
    this.error = null;
    this.tell();
  }

  private tell(): void {
    const s = this.status();
    for (const fn of [...this.listeners]) {
      try {
        fn(s);
      } catch (e) {
        console.error(e);
      }
    }
  }

  /**
   * Asks the browser once to keep this origin's storage under pressure (navigator.storage.persist):
   * on the first write, so that a page that only looks asks nothing. Its answer changes nothing here.
   */
  protected askToPersist(): void {
    if (this.askedToPersist) return;
    this.askedToPersist = true;
    try {
      const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
      if (!storage?.persist) return;
      void storage
        .persisted()
        .then((already) => (already ? true : storage.persist()))
        .catch(() => false);
    } catch {
      /* no StorageManager: nothing to ask */
    }
  }
}

/** IndexedDB, read from a copy in memory, written in the background one batch at a time. */
class IdbKept extends Reporting implements KeptStore {
  readonly backend = 'indexeddb' as const;
  /** What IndexedDB holds, as far as this page knows. */
  private cache = new Map<string, string>();
  /** Changes not yet sent. */
  private pending: Batch = new Map();
  /** Changes being written now. */
  private inflight: Batch = new Map();
  /** Changes the browser refused: sent again with the next batch. */
  private dirty: Batch = new Map();
  private running: Promise<void> | null = null;
  /** Keys carried over from localStorage: removed there once IndexedDB holds them. */
  private fromLocal = new Map<string, string>();
  private channel: BroadcastChannel | null = null;
  private onHide = () => {
    if (document.visibilityState === 'hidden' && this.dirty.size > 0) void this.retry();
  };

  private constructor(
    private readonly use: UseStore,
    private readonly local: Storage | null,
    db: string,
  ) {
    super();
    // Other tabs of the same page hear of every change that lands, so that their copies stay true.
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`kept:${db}`);
      this.channel.onmessage = (ev: MessageEvent<[string, string | null][]>) => {
        if (!Array.isArray(ev.data)) return;
        for (const [k, v] of ev.data) {
          if (v === null) this.cache.delete(k);
          else this.cache.set(k, v);
        }
      };
      (this.channel as unknown as { unref?: () => void }).unref?.();
    }
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onHide);
  }

  async fresh(key: string): Promise<string | null> {
    await this.settled();
    const v = await get<unknown>(key, this.use).catch(() => undefined);
    if (typeof v === 'string') this.cache.set(key, v);
    return this.cache.get(key) ?? null;
  }

  static async open(opts: KeptOptions, local: Storage | null): Promise<IdbKept> {
    const use = createStore(opts.db, OBJECT_STORE);
    const stored = await entries<string, unknown>(use);
    const store = new IdbKept(use, local, opts.db);
    for (const [k, v] of stored) if (typeof k === 'string' && typeof v === 'string') store.cache.set(k, v);
    store.carryOver(opts);
    await store.settled();
    return store;
  }

  /** Moves this store's keys from localStorage into IndexedDB (see KeptOptions.asideOnConflict). */
  private carryOver(opts: KeptOptions): void {
    const local = this.local;
    if (!local) return;
    const found: [string, string][] = [];
    try {
      for (let i = 0; i < local.length; i++) {
        const k = local.key(i);
        if (k === null || !opts.owns(k)) continue;
        const v = local.getItem(k);
        if (v !== null) found.push([k, v]);
      }
    } catch {
      return;
    }
    const changes: Record<string, string | null> = {};
    const taken = (k: string) => k in changes || this.getItem(k) !== null;
    for (const [k, v] of found) {
      const have = this.cache.get(k);
      if (have === v) {
        // Already carried over by an earlier visit that could not remove it.
        this.removeLocal(k, v);
        continue;
      }
      if (have !== undefined) {
        const aside = opts.asideOnConflict?.(k, taken) ?? null;
        if (aside) changes[aside] = have;
      }
      changes[k] = v;
      this.fromLocal.set(k, v);
    }
    if (Object.keys(changes).length) this.queue(changes);
  }

  private removeLocal(k: string, v: string): void {
    try {
      // Only if it still holds what was carried over (an older page may have saved again since).
      if (this.local?.getItem(k) === v) this.local.removeItem(k);
    } catch {
      /* left for the next visit, which finds it already carried over */
    }
  }

  getItem(key: string): string | null {
    for (const layer of [this.pending, this.inflight, this.dirty]) if (layer.has(key)) return layer.get(key) ?? null;
    return this.cache.get(key) ?? null;
  }

  keys(): string[] {
    const all = new Set([...this.cache.keys(), ...this.dirty.keys(), ...this.inflight.keys(), ...this.pending.keys()]);
    return [...all].filter((k) => this.getItem(k) !== null);
  }

  write(changes: Readonly<Record<string, string | null>>): void {
    this.askToPersist();
    this.queue(changes);
  }

  private queue(changes: Readonly<Record<string, string | null>>): void {
    for (const [k, v] of Object.entries(changes)) this.pending.set(k, v);
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    this.running = (async () => {
      try {
        while (this.pending.size > 0) {
          // Writes made in the same task go in one batch.
          await Promise.resolve();
          const batch: Batch = new Map([...this.dirty, ...this.pending]);
          this.dirty = new Map();
          this.pending = new Map();
          this.inflight = batch;
          try {
            await this.commit(batch);
          } catch (e) {
            this.inflight = new Map();
            this.dirty = batch;
            this.refused(e);
            continue;
          }
          for (const [k, v] of batch) {
            if (v === null) this.cache.delete(k);
            else this.cache.set(k, v);
            const carried = this.fromLocal.get(k);
            if (carried !== undefined) {
              this.fromLocal.delete(k);
              this.removeLocal(k, carried);
            }
          }
          this.inflight = new Map();
          this.channel?.postMessage([...batch]);
          if (this.dirty.size === 0) this.landed();
        }
      } finally {
        this.running = null;
      }
    })();
  }

  /** One transaction: every put and delete of the batch, or (aborted) none of them. */
  private commit(batch: Batch): Promise<void> {
    return this.use('readwrite', (os) => {
      const tx = os.transaction;
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The write was aborted', 'AbortError'));
      });
      try {
        for (const [k, v] of batch) {
          if (v === null) os.delete(k);
          else os.put(v, k);
        }
      } catch (e) {
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        done.catch(() => undefined);
        throw e;
      }
      return done;
    });
  }

  async settled(): Promise<boolean> {
    while (this.running) await this.running;
    return this.dirty.size === 0 && this.pending.size === 0;
  }

  retry(): Promise<boolean> {
    for (const [k, v] of this.dirty) if (!this.pending.has(k)) this.pending.set(k, v);
    this.dirty = new Map();
    this.pump();
    return this.settled();
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onHide);
  }
}

/** A Storage that keeps nothing: where the browser allows neither IndexedDB nor localStorage. */
const NOWHERE: Storage = {
  length: 0,
  clear: () => undefined,
  key: () => null,
  getItem: () => null,
  setItem: () => {
    throw new DOMException('This browser keeps nothing for this page', 'SecurityError');
  },
  removeItem: () => undefined,
};

/**
 * localStorage, written at once (it is synchronous); what it refuses stays in memory over it, is
 * read from there, and is tried again with the next write.
 */
class LocalKept extends Reporting implements KeptStore {
  readonly backend: Backend;
  private dirty: Batch = new Map();

  constructor(
    private readonly local: Storage,
    private readonly owns: (key: string) => boolean,
    backend: Backend,
  ) {
    super();
    this.backend = backend;
  }

  getItem(key: string): string | null {
    if (this.dirty.has(key)) return this.dirty.get(key) ?? null;
    try {
      return this.local.getItem(key);
    } catch {
      return null;
    }
  }

  keys(): string[] {
    const all = new Set(this.dirty.keys());
    try {
      for (let i = 0; i < this.local.length; i++) {
        const k = this.local.key(i);
        if (k !== null && this.owns(k)) all.add(k);
      }
    } catch {
      /* nothing more to list */
    }
    return [...all].filter((k) => this.getItem(k) !== null);
  }

  async fresh(key: string): Promise<string | null> {
    return this.getItem(key);
  }

  write(changes: Readonly<Record<string, string | null>>): void {
    this.askToPersist();
    const batch: Batch = new Map([...this.dirty, ...Object.entries(changes)]);
    const before: [string, string | null][] = [];
    try {
      for (const [k, v] of batch) {
        before.push([k, this.local.getItem(k)]);
        if (v === null) this.local.removeItem(k);
        else this.local.setItem(k, v);
      }
    } catch (e) {
      // Put back what this batch had changed: all or nothing.
      for (const [k, v] of before.reverse()) {
        try {
          if (v === null) this.local.removeItem(k);
          else this.local.setItem(k, v);
        } catch {
          /* it was there a moment ago: it fits */
        }
      }
      this.dirty = batch;
      this.refused(e);
      return;
    }
    this.dirty = new Map();
    this.landed();
  }

  settled(): Promise<boolean> {
    return Promise.resolve(this.dirty.size === 0);
  }

  retry(): Promise<boolean> {
    if (this.dirty.size > 0) this.write({});
    return this.settled();
  }

  close(): void {}
}

function pageLocalStorage(): Storage | null {
  try {
    const ls = globalThis.localStorage;
    if (!ls) return null;
    ls.getItem('');
    return ls;
  } catch {
    return null;
  }
}

/** A store over localStorage alone (or over nothing, if the browser refuses that too). */
export function localKept(owns: (key: string) => boolean, local: Storage | null = pageLocalStorage()): KeptStore {
  return local ? new LocalKept(local, owns, 'localstorage') : new LocalKept(NOWHERE, owns, 'memory');
}

/**
 * Opens the store: IndexedDB with localStorage's keys carried over; where IndexedDB cannot be
 * opened (none, private mode of some browsers, blocked, or no answer in time), localStorage.
 */
export async function openKept(opts: KeptOptions): Promise<KeptStore> {
  const local = opts.local === undefined ? pageLocalStorage() : opts.local;
  if (typeof indexedDB !== 'undefined') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const opening = IdbKept.open(opts, local);
      const late = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), opts.timeoutMs ?? 10_000);
      });
      const store = await Promise.race([opening, late]);
      if (store) return store;
      // Too late: if it opens after all, it is not used.
      void opening.then((s) => s.close()).catch(() => undefined);
    } catch {
      /* fall back below */
    } finally {
      clearTimeout(timer);
    }
  }
  return localKept(opts.owns, local);
}
