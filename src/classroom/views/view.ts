// How the page's parts are drawn from the state. Each part (a View) is an element with an id, and
// says what in the state it is drawn from; after every change of state, a part whose inputs changed
// is drawn again (swapped in, or patched in place: a live region keeps its node), keeping the focus.
// A part drawn inside another is drawn with it: the renderer then knows it is up to date.
import { swap } from '../../shell/dom';
import type { Effects } from '../effects';
import type { PageState, Store } from '../state';

export interface View {
  /** The id of the element it draws. */
  id: string;
  /** What it is drawn from: it is drawn again when one of these changes (compared with ===). */
  deps(s: PageState): readonly unknown[];
  render(s: PageState): HTMLElement;
  /** If given, a change is drawn into the element already on the page (render then draws a new one with it). */
  patch?(el: HTMLElement, s: PageState): void;
}

/** What every view is made with: the store to read and send to, the effects, and a way to draw the parts it holds. */
export interface ViewContext {
  store: Store;
  fx: Effects;
  /** A part's element, drawn now, for the part that holds it. */
  draw(view: View, s: PageState): HTMLElement;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class Renderer {
  private readonly drawn = new Map<string, readonly unknown[]>();
  private views: readonly View[] = [];

  /** The parts, outermost first (a part is looked at after the parts that hold it). */
  use(views: readonly View[]): void {
    this.views = views;
  }

  draw(view: View, s: PageState): HTMLElement {
    this.drawn.set(view.id, view.deps(s));
    const el = view.render(s);
    view.patch?.(el, s);
    return el;
  }

  /** Draws a part (one with a patch) into an element already on the page: the page's first drawing. */
  mount(view: View, el: HTMLElement, s: PageState): void {
    this.drawn.set(view.id, view.deps(s));
    if (view.patch) view.patch(el, s);
    else swap(el, view.render(s));
  }

  /** Draws again every part whose inputs changed. */
  update(s: PageState): void {
    for (const view of this.views) {
      const deps = view.deps(s);
      const last = this.drawn.get(view.id);
      if (last && same(last, deps)) continue;
      const el = document.getElementById(view.id);
      if (!el) continue; // not on the page now (its holder does not show it)
      if (view.patch) {
        this.drawn.set(view.id, deps);
        const focusId = el.contains(document.activeElement) ? (document.activeElement as HTMLElement).id : '';
        view.patch(el, s);
        if (focusId && !el.contains(document.activeElement)) document.getElementById(focusId)?.focus({ preventScroll: true });
      } else swap(el, this.draw(view, s));
    }
  }
}
