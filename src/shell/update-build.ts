// A page that its class server no longer serves (`client.outdated`: the page is an earlier build than
// the server) moves to the build its host serves now. The service worker is asked to look for an
// update; a new one, once installed, is told to take over at once (SKIP_WAITING, which the worker
// that vite-plugin-pwa generates answers) and the page reloads on it. Elsewhere a new version waits
// until no tab is left on the old one (vite.config.ts, issue #13); here waiting gains nothing: this
// page cannot work with its server at all until it is new, and a reload alone would not bring the new
// version (a reloaded tab stays with the worker that served it). Without a service worker, a reload is
// the new build. Never twice in a minute: a host that still serves the earlier build would otherwise
// make a reload loop; then the page's message stays and says what to do. Nothing is lost by the
// reload: a live class is kept on the server and its link in the address bar and the page's list.

export interface UpdateEnv {
  serviceWorker: Pick<ServiceWorkerContainer, 'getRegistration' | 'addEventListener'> | undefined;
  /** Before it, the page keeps what is typed and not yet sent (it is given back after the reload). */
  reload(): void;
  /** When this page last reloaded for an update (sessionStorage): the loop's guard. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  now(): number;
}

/** reloading: the new build is coming; no-new-build: the host serves nothing newer (or cannot be reached); reloaded-already: it did, a moment ago. */
export type UpdateOutcome = 'reloading' | 'no-new-build' | 'reloaded-already';

const RELOADED_AT = 'vladivostok.updateReloadAt';
const MIN_GAP_MS = 60_000;

export function browserUpdateEnv(reload: () => void = () => location.reload()): UpdateEnv {
  let storage: Storage | null = null;
  try {
    storage = sessionStorage;
  } catch {
    /* storage blocked: no guard kept across the reload, the page's own state still is */
  }
  return { serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined, reload, storage, now: () => Date.now() };
}

export async function updateToNewBuild(env: UpdateEnv): Promise<UpdateOutcome> {
  const last = Number(env.storage?.getItem(RELOADED_AT) ?? 0);
  if (env.now() - last < MIN_GAP_MS) return 'reloaded-already';
  const reload = () => {
    try {
      env.storage?.setItem(RELOADED_AT, String(env.now()));
    } catch {
      /* storage full or blocked: reload all the same */
    }
    env.reload();
  };
  const registration = await env.serviceWorker?.getRegistration().catch(() => undefined);
  if (!registration) {
    reload();
    return 'reloading';
  }
  try {
    await registration.update();
  } catch {
    // Offline, or the host is down: whatever was installed before may still be waiting.
  }
  const worker = registration.waiting ?? (await installed(registration.installing));
  if (!worker) return 'no-new-build';
  env.serviceWorker!.addEventListener('controllerchange', reload, { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
  return 'reloading';
}

/** The worker being installed, once it is (null if its install fails). */
function installed(worker: ServiceWorker | null): Promise<ServiceWorker | null> {
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const check = () => {
      if (worker.state === 'installing') return;
      worker.removeEventListener('statechange', check);
      resolve(worker.state === 'redundant' ? null : worker);
    };
    worker.addEventListener('statechange', check);
    check();
  });
}
