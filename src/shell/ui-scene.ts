// Base for the scenes with a DOM panel: Phaser draws the art, the overlay holds every control.
// A scene renders session.view() and sends moves; it holds no rules of the game.
import Phaser from 'phaser';
import type { Move, MoveResult, PutinAnswer } from '../engine/types';
import type { PlayerView } from '../engine/view-types';
import { ART_LOADED, type Rect, reducedMotion } from './art';
import { releaseFreeCanvases } from './canvas-pool';
import { onClassChange } from './class-hooks';
import { focusFirstHeading, patch } from './dom';
import { endMomentView, heldEnd } from './moment';
import { msg, onLangChange, t } from './i18n';
import { afterPaint, poke } from './idle';
import { notify, panel, setHome, speak } from './overlay';
import { goTo, prefetchLazy, sceneFits, sceneForPhase, type SceneKey } from './router';
import { session, STALE_TAB } from './session';
import { cue } from './sound';

export type Child = Node | string | number | null | undefined | false | Child[];

export type { Rect } from './art';

export abstract class UiScene extends Phaser.Scene {
  private cleanups: (() => void)[] = [];
  private leaving = false;
  /** The screen and art rectangles the art was last laid out for: no change, nothing to redraw. */
  private laidOut = '';
  protected lastError: string | null = null;
  /** The live game this scene was started with (session.generation). */
  private shown = 0;

  /** Build the panel's DOM from the current view. */
  protected abstract renderPanel(): Child[];
  /** (Re)draw the art for the free area of the screen. */
  protected drawArt(_art: Rect, _full: Rect): void {}
  /**
   * The scene has stopped: let go of what it drew (its objects are destroyed, but a field holding
   * them would keep their canvases, and all Chromium measured on them, until the scene starts again).
   */
  protected release(): void {}
  /** Cosmetic reaction of the art to Putin's answer (a nod, a shake). */
  protected react(_answer: PutinAnswer): void {}
  /** Whether this scene follows the game's phase (the Title and Replay do not). */
  protected followsPhase = true;
  /** Whether the top bar shows the Menu button. */
  protected showHome = true;

  init(): void {
    this.cleanups = [];
    this.leaving = false;
    this.lastError = null;
    this.laidOut = '';
    this.shown = session.generation;
  }

  create(): void {
    // The last scene's texts are gone: their canvases, and all Chromium measured on them, with them.
    releaseFreeCanvases();
    this.cleanups.push(onLangChange(() => this.refresh()));
    this.cleanups.push(onClassChange(() => this.refresh()));
    this.cleanups.push(session.subscribe((r) => this.afterMove(r)));
    const onResize = () => this.layoutArt();
    this.scale.on('resize', onResize);
    this.cleanups.push(() => this.scale.off('resize', onResize));
    // The art loads in the background (scenes/Preloader.ts): draw each picture as it arrives.
    const onArt = () => this.layoutArt(true);
    this.game.events.on(ART_LOADED, onArt);
    this.cleanups.push(() => this.game.events.off(ART_LOADED, onArt));
    // The panel and the top bar change size as fonts swap in (font-display: swap), as the panel's
    // content changes and as the window turns: the art keeps to the space they leave.
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(onResize);
      observer.observe(panel());
      const bar = document.getElementById('topbar');
      if (bar) observer.observe(bar);
      this.cleanups.push(() => observer.disconnect());
    }
    this.events.once('shutdown', () => {
      for (const c of this.cleanups) c();
      this.cleanups = [];
      this.release();
    });
    setHome(this.showHome ? () => void this.go('Title') : null);
    panel().dataset.scene = this.scene.key;
    patch(panel(), () => this.renderPanel());
    focusFirstHeading(panel());
    panel().scrollIntoView?.({ block: 'start' });
    document.getElementById('ui')?.scrollTo?.(0, 0);
    this.layoutArt(true);
    markReady(this);
    // The game moved on while this scene was on its way (a live class's time-up plays the day's last
    // moves at once): the phase's own scene follows.
    if (this.followsPhase && session.active && !sceneFits(session.view(), this.scene.key as SceneKey)) void this.go(sceneForPhase(session.view().phase));
  }

  refresh(): void {
    if (this.leaving || !this.sys.isActive()) return;
    patch(panel(), () => this.renderPanel());
    this.layoutArt();
  }

  protected async go(key: SceneKey, data: Record<string, unknown> = {}): Promise<void> {
    this.leaving = true;
    // Not loaded (the page said so, with a Reload button): this scene stays, and stays usable.
    if (!(await goTo(this, key, data)) && this.sys.isActive()) {
      this.leaving = false;
      this.refresh();
    }
  }

  /** Send a move; show the error if it is illegal; speak Putin's words. */
  protected send(move: Move): MoveResult {
    this.lastError = null;
    const result = session.play(move);
    // A stale tab's move (another tab played on): the notice says so, and the scene shows the game taken up.
    if (!result.ok && result.error.key !== STALE_TAB) {
      this.lastError = msg(result.error);
      this.refresh();
    }
    return result;
  }

  private afterMove(result: MoveResult | null): void {
    if (result && result.ok) {
      if (result.answer) {
        speak(t('ui.putin'), [msg(result.answer.says), ...result.answer.reasons.filter((r) => r.weight === 'binding').map((r) => msg(r.message))].join(' '));
        cue(result.answer.kind === 'accept' ? 'yes' : result.answer.kind === 'counter' ? 'counter' : result.answer.kind === 'refuse' ? 'no' : 'tap');
      }
      for (const n of result.news) {
        speak(t('ui.news'), n.effect ? `${msg(n.message)} ${msg(n.effect)}` : msg(n.message));
        cue('news');
      }
    }
    if (this.leaving || !this.sys.isActive()) return;
    if (result && result.ok && result.answer && !reducedMotion()) {
      // His nod or shake once the panel shows his answer (the canvas follows the page).
      const answer = result.answer;
      afterPaint(() => {
        if (this.leaving || !this.sys.isActive()) return;
        this.react(answer);
        poke();
      });
    }
    if (this.followsPhase && session.active) {
      const view = session.view();
      const key = this.scene.key as SceneKey;
      const want = sceneForPhase(view.phase);
      // Another game became the live one under this scene (taken up from another tab): its phase's scene shows it.
      const another = session.generation !== this.shown;
      // The talks ended under this very scene (not by the player's choice): it stays, to show the moment.
      const held = !another && key !== want && heldEnd(view) !== null && sceneFits(view, key);
      if (held) {
        this.refresh();
        const moment = document.getElementById('end-moment-h');
        if (moment) {
          moment.setAttribute('tabindex', '-1');
          moment.focus({ preventScroll: true });
          moment.scrollIntoView?.({ block: 'nearest' });
          document.getElementById('ui')?.scrollTo?.(0, 0);
        }
        return;
      }
      if (another ? want !== key : !sceneFits(view, key)) {
        void this.go(want);
        return;
      }
    }
    this.refresh();
  }

  /** The end of the talks, when they ended under this scene: the reason and the way on (src/shell/moment.ts). */
  protected endMoment(view: PlayerView): Child {
    const reason = session.active ? heldEnd(view) : null;
    if (!reason) return null;
    return endMomentView(view, reason, () => void this.go(sceneForPhase(view.phase)));
  }

  protected errorBox(): Child {
    if (!this.lastError) return null;
    return notifyBox(this.lastError);
  }

  /**
   * Lay the art out in the part of the screen the panel leaves free, and draw it if that part
   * moved (or `force`: a picture arrived, the scene started). The canvas covers only that part:
   * on a software renderer every frame costs in proportion to the canvas, and the background
   * picture under the rest of the screen is the browser's (src/shell/backdrop.ts).
   */
  protected layoutArt(force = false): void {
    if (!this.sys.isActive()) return;
    const screen = document.getElementById('app')?.getBoundingClientRect();
    const W = screen?.width || window.innerWidth;
    const H = screen?.height || window.innerHeight;
    // Where the top bar ends on the page as it first shows, however far the player has scrolled:
    // on small screens the bar scrolls away with the panel, and the art stays put behind both.
    const barEl = document.getElementById('topbar');
    const scrolled = document.getElementById('ui')?.scrollTop ?? 0;
    const top = barEl ? barEl.getBoundingClientRect().bottom + (getComputedStyle(barEl).position === 'sticky' ? 0 : scrolled) : 0;
    const p = panel();
    const r = p.getBoundingClientRect();
    let art: Rect;
    // A column beside the panel: a quarter of a wide screen, or on a phone held sideways the 9rem or so the panel leaves.
    if (r.left > Math.min(W * 0.28, 140)) art = { x: 0, y: top, w: r.left, h: H - top };
    else {
      // Narrow screens: the art fills the band above the panel (where the panel starts unscrolled).
      art = { x: 0, y: top, w: W, h: Math.min(H - top, Math.max(H * 0.22, p.offsetTop - top)) };
    }
    const box = { x: Math.round(art.x), y: Math.round(art.y), w: Math.max(1, Math.round(art.w)), h: Math.max(1, Math.round(art.h)) };
    const key = [W, H, box.x, box.y, box.w, box.h].map(Math.round).join(',');
    if (!force && key === this.laidOut) return;
    this.laidOut = key;
    placeCanvas(this, box);
    // The scenes draw in the canvas's coordinates: the art area is all of it, the screen around it.
    this.drawArt({ x: 0, y: 0, w: box.w, h: box.h }, { x: -box.x, y: -box.y, w: W, h: H });
    poke();
  }
}

/** Move and size the canvas's parent to `box` (page pixels) and let Phaser follow its size. */
function placeCanvas(scene: Phaser.Scene, box: Rect): void {
  const parent = document.getElementById('game');
  if (!parent) return;
  Object.assign(parent.style, { left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px`, right: 'auto', bottom: 'auto' });
  // Phaser reads its parent's size only every half second while running: read it now.
  if (scene.scale.getParentBounds()) scene.scale.refresh();
}

export function notifyBox(text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'notice notice-error';
  el.setAttribute('role', 'alert');
  el.id = 'move-error';
  const icon = document.createElement('span');
  icon.className = 'notice-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '⚠';
  const p = document.createElement('p');
  p.textContent = text;
  el.append(icon, p);
  return el;
}

export { notify };

/**
 * The first interactive screen is up: a signal for tests and benchmarks. Only now does the art
 * start loading (scenes/Preloader.ts): rasterizing it competes with the first screen for the
 * main thread, and the first screen matters more.
 */
function markReady(scene: Phaser.Scene): void {
  const w = window as unknown as { __vladivostokReady?: boolean };
  if (w.__vladivostokReady) return;
  w.__vladivostokReady = true;
  document.body.dataset.ready = 'true';
  scene.scene.launch('Preloader');
  // Then, when the page has a moment, load the scenes that are not needed yet (debrief, replay):
  // a game in progress keeps working if the connection drops or a new version replaces the files.
  setTimeout(prefetchLazy, 1500);
}
