// A tiny DOM kit for the game's overlay UI and the teacher's page: real HTML elements, no framework.

export type Child = Node | string | number | null | undefined | false | Child[];
/** An event handler: typed by the event it takes (`(e: DragEvent) => …` is fine for 'ondrop'). */
type Handler = (ev: never) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
      } else if (name === 'class') {
        el.className = String(value);
      } else if (name === 'style') {
        // Through the CSSOM, not as a style attribute: the pages' Content-Security-Policy
        // (style-src 'self', tools/csp.ts) blocks style attributes in markup, not the CSSOM.
        el.style.cssText = String(value);
      } else if (name === 'value' && 'value' in el) {
        (el as HTMLInputElement).value = String(value);
      } else if (name === 'checked' && 'checked' in el) {
        (el as HTMLInputElement).checked = Boolean(value);
      } else if (name === 'selected' && 'selected' in el) {
        (el as HTMLOptionElement).selected = Boolean(value);
      } else if (value === true) {
        el.setAttribute(name, '');
      } else {
        el.setAttribute(name, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function replace(el: Element | null, ...children: Child[]): void {
  if (!el) return;
  el.replaceChildren();
  append(el, children);
}

/**
 * Puts `next` in the place of `old`. If the focus was inside `old` on an element with an id, the
 * element with that id in `next` takes it (with the caret where it was, in a text field).
 */
export function swap(old: Element, next: Element): void {
  const active = document.activeElement as HTMLElement | null;
  const focusId = active && old.contains(active) ? active.id : '';
  const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? caretOf(active) : null;
  old.replaceWith(next);
  if (!focusId) return;
  const target = document.getElementById(focusId);
  if (!target || !next.contains(target)) return;
  target.focus({ preventScroll: true });
  if (caret !== null && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
    try {
      target.setSelectionRange(caret, caret);
    } catch {
      /* not a text field */
    }
  }
}

function caretOf(el: HTMLInputElement | HTMLTextAreaElement): number | null {
  try {
    return el.selectionStart;
  } catch {
    return null;
  }
}

/** Replace a container's children, keeping focus (by element id) and the scroll position. */
export function patch(container: HTMLElement, build: () => Child[]): void {
  const active = document.activeElement as HTMLElement | null;
  const focusId = active && container.contains(active) ? active.id : '';
  const selStart = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active.selectionStart : null;
  const scroller = document.getElementById('ui');
  const top = scroller?.scrollTop ?? 0;
  // A fold the player opened (or closed) stays so when the panel is built again (by id).
  const folds = new Map(Array.from(container.querySelectorAll<HTMLDetailsElement>('details[id]')).map((d) => [d.id, d.open]));
  const frag = document.createDocumentFragment();
  append(frag, build());
  for (const d of Array.from(frag.querySelectorAll<HTMLDetailsElement>('details[id]'))) {
    const open = folds.get(d.id);
    if (open !== undefined) d.open = open;
  }
  container.replaceChildren(frag);
  if (focusId) {
    const next = document.getElementById(focusId);
    if (next && !next.hasAttribute('disabled')) {
      next.focus({ preventScroll: true });
      if (selStart !== null && (next instanceof HTMLInputElement || next instanceof HTMLTextAreaElement)) {
        try {
          next.setSelectionRange(selStart, selStart);
        } catch {
          /* not a text input */
        }
      }
    } else if (next) {
      focusFirstHeading(container);
    }
  }
  if (scroller) scroller.scrollTop = top;
}

export function focusFirstHeading(container: HTMLElement): void {
  const heading = container.querySelector<HTMLElement>('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

/** A visually labelled meter: bar + text value, never colour alone. */
export function meterBar(id: string, label: string, value: number, max: number, text: string, tone: 'good' | 'bad' | 'neutral', short?: string, shortLabel?: string): HTMLElement {
  const pct = Math.max(0, Math.min(100, max > 0 ? (value / max) * 100 : 0));
  // `short`: the value alone, where space is scarce (the full text stays the meter's spoken value).
  return h(
    'div',
    { class: `meter meter-${tone}`, id },
    h('div', { class: 'meter-head' }, h(
      'span',
      { class: 'meter-label', id: `${id}-label` },
      // `shortLabel`: the word a small screen shows (the whole label stays the meter's name).
      shortLabel ? [h('span', { class: 'label-long' }, label), h('span', { class: 'label-short', 'aria-hidden': 'true' }, shortLabel)] : label,
    ), h('span', { class: 'meter-value', 'aria-hidden': short !== undefined ? 'true' : undefined }, short ?? text)),
    h(
      'div',
      {
        class: 'meter-track',
        role: 'meter',
        'aria-labelledby': `${id}-label`,
        'aria-valuemin': 0,
        'aria-valuemax': max,
        'aria-valuenow': Math.round(value),
        'aria-valuetext': text,
      },
      h('div', { class: 'meter-fill', style: `width:${pct.toFixed(1)}%` }),
    ),
  );
}

export function download(filename: string, text: string, type = 'application/json'): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, class: 'sr-only' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Kept a while: a slow device may start reading the file after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string, fallbackField?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through */
  }
  if (fallbackField) {
    fallbackField.focus();
    fallbackField.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
  return false;
}
