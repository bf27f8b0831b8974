// Where the page starts: a URL game, the autosave, a fresh game after an unreadable save, or the title.
import type { Message } from '../engine/types';
import { notify } from './overlay';
import { langReady } from './i18n';
import { download } from './dom';
import { moveSaveAside, openSaves, readPlace, readPrevious, readSave } from './persistence';
import { watchSaves } from './save-warning';
import { loadReplayText, parseReplayText } from './replay-input';
import { defaultScenario, loadScenarios, lookupBundle } from './scenario';
import { heldEnd } from './moment';
import { sceneFits, sceneForPhase, type SceneKey } from './router';
import { session } from './session';
import { freshSeed, startUrl, type UrlStart } from './url-params';
import { startClassTimer } from './class-timer';

export interface StartPlan {
  scene: SceneKey;
  data?: Record<string, unknown>;
}

/** Load the scenarios the address, the save and the kept previous game name, then plan the start. */
/** The saves being opened: begun as early as the page can (beginOpeningSaves), awaited by prepareStart. */
let opening: ReturnType<typeof openSaves> | null = null;

/** Start reading the saves from IndexedDB while the rest of the page starts up (it answers asynchronously). */
export function beginOpeningSaves(): void {
  opening ??= openSaves();
}

/**
 * A live class's start (src/class-client/, loaded only when the page was opened from a class link):
 * the entry hands it in, so that the shell never imports the class client and its network library.
 */
type ClassStart = () => Promise<StartPlan>;
let classStart: ClassStart | null = null;

export function setClassStart(start: ClassStart): void {
  classStart = start;
}

export async function prepareStart(): Promise<StartPlan> {
  // The saves first: from here on they are read from memory.
  beginOpeningSaves();
  watchSaves(await opening!);
  // The first screen in the page's language (Indonesian is loaded as the page starts, see i18n.ts).
  await langReady();
  if (classStart) {
    // The class's game is the class server's to name (seed, scenario, difficulty): the join screen first.
    const save = readSave();
    await loadScenarios([save.kind === 'ok' ? save.record.scenarioId : null]);
    return classStart();
  }
  const url = startUrl();
  const save = readSave();
  const previous = readPrevious();
  await loadScenarios([url.scenario, save.kind === 'ok' ? save.record.scenarioId : null, previous.kind === 'ok' ? previous.record.scenarioId : null]);
  if (url.replay !== undefined) await loadReplayText(url.replay);
  return planStart();
}

export function planStart(): StartPlan {
  const url = startUrl();
  stripHandledParams();
  const save = readSave();
  if (url.errors.length) {
    // A link with a bad value starts nothing: the title shows what is wrong, with the seed filled in.
    notify('error', [{ key: 'ui.url.intro' }, ...url.errors]);
    if (save.kind === 'unreadable') {
      const aside = moveSaveAside(save.raw);
      notify('error', unreadable(aside).slice(0, -1));
    }
    return { scene: 'Title' };
  }
  startLimit(url);

  if (url.replay !== undefined) {
    // Watching a replay leaves the autosave alone.
    const parsed = parseReplayText(url.replay);
    if (parsed.ok) {
      if (save.kind === 'ok') session.load(save.record);
      return { scene: 'Replay', data: { record: parsed.record } };
    }
    notify('error', [{ key: 'ui.url.intro' }, { key: 'ui.url.badReplay', params: { reason: parsed.error } }]);
    return { scene: 'Title' };
  }

  if (save.kind === 'ok') {
    const sameAsUrl =
      !url.seed ||
      (save.record.seed === url.seed && (!url.difficulty || save.record.settings.difficulty === url.difficulty) && (!url.scenario || save.record.scenarioId === url.scenario));
    if (sameAsUrl) {
      const res = session.load(save.record);
      if (res.ok) return resumePlace();
      const aside = moveSaveAside(save.raw);
      if (res.error.key === 'record.error.version') {
        // Saved by an older (or newer) version of the game: explain it in plain words, keep it, offer it.
        oldVersion(save.raw, aside, res.error);
        return url.seed ? startFresh(url) : { scene: 'Title' };
      }
      notify('error', unreadable(aside, res.error));
      return startFresh(url);
    }
  } else if (save.kind === 'unreadable') {
    const aside = moveSaveAside(save.raw);
    notify('error', unreadable(aside));
    return startFresh(url);
  }

  if (url.seed) return startFresh(url);
  return { scene: 'Title' };
}

/** A class link's time limit runs from the first time this class game is opened. */
function startLimit(url: UrlStart): void {
  if (url.minutes !== undefined && url.seed) startClassTimer(`${url.session ?? ''}/${url.seed}/${url.difficulty ?? ''}`, url.minutes);
}

function oldVersion(raw: string, aside: string | null, why: Message): void {
  const params = why.params ?? {};
  const messages: Message[] = [{ key: 'ui.save.oldVersion', params: { found: params.found ?? '?', expected: params.expected ?? '?' } }];
  messages.push(aside ? { key: 'ui.save.oldKept', params: { key: aside } } : { key: 'ui.save.notKept' });
  messages.push({ key: 'ui.save.oldStart' });
  notify('info', messages, [
    {
      id: 'download-old-save',
      label: { key: 'ui.save.downloadOld' },
      run: () => download(`vladivostok-2019-old-save-v${String(params.found ?? 'x')}.json`, raw),
    },
  ]);
}

function unreadable(aside: string | null, why?: Message): Message[] {
  const out: Message[] = [{ key: 'ui.save.unreadable' }];
  if (why) out.push(why);
  out.push(aside ? { key: 'ui.save.keptAs', params: { key: aside } } : { key: 'ui.save.notKept' });
  out.push({ key: 'ui.save.newGame' });
  return out;
}

function startFresh(url: UrlStart): StartPlan {
  const bundle = (url.scenario && lookupBundle(url.scenario)) || defaultScenario();
  session.start(url.seed ?? freshSeed(), url.difficulty ?? 'standard', url.session, bundle);
  return { scene: 'Briefing' };
}

function resumePlace(): StartPlan {
  const place = readPlace();
  if (place?.menu) return { scene: 'Title' };
  return gamePlace();
}

/** The game scene the player was in: the phase's scene, or the open negotiation. */
export function gamePlace(): StartPlan {
  const view = session.view();
  const phaseScene = sceneForPhase(view.phase);
  const place = readPlace();
  // A negotiation during the talks, or the scene that held the moment the talks ended by themselves
  // (the player had not yet gone on): shown again where it was.
  if (place && place.scene !== phaseScene && sceneFits(view, place.scene as SceneKey)) {
    if (place.scene !== 'Negotiation') return { scene: place.scene as SceneKey };
    if (place.goal) return { scene: 'Negotiation', data: { goal: place.goal } };
    return { scene: heldEnd(view) ? 'Summit' : phaseScene };
  }
  return { scene: phaseScene };
}

/** Once applied, the start parameters leave the address bar, so a reload resumes the autosave. */
function stripHandledParams(): void {
  try {
    const u = new URL(window.location.href);
    let changed = false;
    for (const k of ['seed', 'difficulty', 'lang', 'session', 'minutes', 'replay', 'scenario']) {
      if (u.searchParams.has(k)) {
        u.searchParams.delete(k);
        changed = true;
      }
    }
    if (changed) window.history.replaceState(window.history.state, '', u.toString());
  } catch {
    /* history blocked: harmless */
  }
}
