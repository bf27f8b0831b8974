// The teacher's page: start a session, print the handout, collect and verify the result codes, see
// the class, and keep it all in this browser. Plain DOM; the QR library loads only when needed.
//
// One state (./state.ts: a reducer and a store), drawn by the views (./views/), changed by the
// effects (./effects.ts: storage, verifying, files) and by the views' own actions. This file only
// puts them together and starts the page.
import '@fontsource-variable/atkinson-hyperlegible-next';
import { readScenario } from '../shell/input-rules';
import '@fontsource-variable/source-serif-4';
import './classroom.css';
import { loadEngines } from '../engine';
import type { Lang } from '../engine/types';
import { isLang } from '../shell/input-rules';
import { openKept } from '../shell/kept-store';
import { createEffects, LANG_KEY, pageStorage, previousClass } from './effects';
import { drawSeed } from './session';
import { createStore, initialState, notice, type Draft, type Notice, type Unreadable } from './state';
import { CLASS_DB, emptyState, loadState, ownsClassKey, REPLACED_PREFIX, saveState, type ClassState, type KeyValueStore } from './store';
import { noticeView, pageView } from './views/page';
import { storageView } from './views/storage';
import { collectView } from './views/collect';
import { keepView } from './views/keep';
import { classAreaView, classSectionView } from './views/results';
import { qrView, sessionCardView, sessionFormView, sessionSectionView, timerView } from './views/session';
import { sheetsView } from './views/sheets';
import { Renderer, type ViewContext } from './views/view';
import { liveView } from './views/live';
import { LiveClasses } from './live/live';

/** The page's address may name the language (teacher.html?lang=id): it comes first; then the last choice; then the browser's. */
function detectLang(storage: KeyValueStore): Lang {
  try {
    const asked = new URLSearchParams(location.search).get('lang');
    if (isLang(asked)) return asked;
  } catch {
    /* no address to read */
  }
  const stored = storage.getItem(LANG_KEY);
  if (isLang(stored)) return stored;
  const nav = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return nav.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** teacher.html?scenario=<id>: the scenario of the next session started here. */
function askedScenario(): string | null {
  try {
    const r = readScenario(new URLSearchParams(location.search).get('scenario') ?? '');
    return r.ok ? r.value : null;
  } catch {
    return null;
  }
}

async function boot(): Promise<void> {
  const prefs = pageStorage();
  const lang = detectLang(prefs);
  // The class, loaded once (IndexedDB answers asynchronously, carrying over what an earlier version
  // kept in localStorage); from then on it is read from memory and written through. Meanwhile the
  // engines of earlier versions load: the class's hand-ins, and any code pasted later, are read by
  // the engine of their version (one that cannot load says so on the rows that need it).
  const [storage] = await Promise.all([
    openKept({
      db: CLASS_DB,
      owns: ownsClassKey,
      asideOnConflict: (key, taken) => {
        let n = 1;
        while (taken(`${REPLACED_PREFIX}${n}`)) n++;
        return `${REPLACED_PREFIX}${n}`;
      },
    }),
    loadEngines(),
  ]);
  const loaded = loadState(storage, new Date());
  const cls: ClassState = loaded.kind === 'ok' ? loaded.state : emptyState();
  // Hand-ins an earlier version kept whole are kept as their codes from now on.
  if (loaded.kind === 'ok' && loaded.compacted > 0) saveState(storage, cls);
  let start: Notice | null = null;
  let unreadable: Unreadable | null = null;
  if (loaded.kind === 'corrupt') {
    // Set aside, or (no room for a second copy) offered as a download before anything is saved over
    // it: until then every write carries the setting aside with it, and lands only with it.
    if (loaded.keptAs && (await storage.settled())) start = notice('error', { key: 'class.store.corrupt', params: { key: loaded.keptAs } });
    else unreadable = { raw: loaded.raw, keptAs: loaded.keptAs ?? `${CLASS_DB}.unreadable` };
  }
  const s = cls.session;
  const draft: Draft = s
    ? { seed: s.seed, difficulty: s.difficulty, lang: s.lang, minutes: s.minutes ? String(s.minutes) : '', paste: '' }
    : { seed: drawSeed(), difficulty: 'standard', lang, minutes: '', paste: '' };

  const store = createStore(
    initialState({ lang, pageUrl: location.href, cls, draft, notice: start, hasPrevious: previousClass(storage) !== null, now: Date.now(), newScenario: askedScenario() ?? cls.scenarioId, storage: storage.status(), unreadable }),
  );
  const fx = createEffects(store, storage, prefs);
  const renderer = new Renderer();
  const ctx: ViewContext = { store, fx, draw: (view, state) => renderer.draw(view, state) };

  // The parts, outermost first.
  const notices = noticeView();
  const warnings = storageView(ctx);
  const qr = qrView();
  const timer = timerView();
  const form = sessionFormView(ctx);
  const card = sessionCardView(ctx, { qr, timer });
  const session = sessionSectionView(ctx, { form, card });
  const keep = keepView(ctx);
  const handout = sheetsView(ctx);
  const collect = collectView(ctx);
  const area = classAreaView(ctx);
  const results = classSectionView(ctx, { area });
  // The live class (a class server): its own section, which keeps its list of classes in localStorage.
  const live = liveView(new LiveClasses(prefs, location.href, lang));
  const page = pageView(ctx, { notice: notices, storage: warnings, live, session, keep, handout, collect, results });
  renderer.use([page, notices, warnings, live, session, form, card, qr, timer, keep, handout, collect, results, area]);

  const root = document.getElementById('classroom');
  if (root) renderer.mount(page, root, store.get());
  store.subscribe((state) => renderer.update(state));
  fx.start();
}

void boot();
