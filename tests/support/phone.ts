// Phone checks for the e2e tests: text that spills out of its box, text smaller than 16 px, touch
// targets smaller than 44×44 CSS px, horizontal scrolling; and a touch Input (taps) for play.ts.
import type { Locator, Page } from 'playwright-core';
import type { Input } from './play';

export const PHONE_LANDSCAPE = { width: 640, height: 360 } as const;
export const PHONE_PORTRAIT = { width: 360, height: 640 } as const;
export const MIN_TARGET = 44;
export const MIN_FONT_PX = 16;

/** Context options of a phone held one way or the other: touch, mobile viewport rules. */
export function phone(size: { width: number; height: number }, deviceScaleFactor = 1) {
  return { viewport: { ...size }, screen: { ...size }, isMobile: true, hasTouch: true, deviceScaleFactor };
}

/**
 * Everything wrong with the layout on screen now, one line each (empty when all is well).
 * Looks inside `root` (a selector): every visible element that holds text directly.
 */
export function layoutProblems(page: Page, root = '#ui'): Promise<string[]> {
  return page.evaluate(
    ({ root, minTarget, minFont }) => {
      const out: string[] = [];
      const top = document.querySelector(root);
      if (!top) return [`no ${root}`];
      const name = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
        // A select shows its chosen option.
        const shown = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.label ?? '') : el.textContent;
        const text = (shown ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${el.localName}${id}${cls}> "${text}"`;
      };
      const hidden = (el: Element): boolean => {
        if (el.closest('.sr-only, [hidden], noscript, [aria-hidden="true"] canvas')) return true;
        // Folded away (inside a closed <details>): laid out, not shown.
        if (typeof (el as HTMLElement).checkVisibility === 'function' && !(el as HTMLElement).checkVisibility()) return true;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return true;
        // Visually hidden for screen readers only (a 1×1 clipped box, as .sr-only, or a word a media query hides so).
        if (r.width <= 1 && r.height <= 1) return true;
        const cs = getComputedStyle(el);
        return cs.visibility === 'hidden' || cs.display === 'none';
      };
      // The width of a line of text in an element's font, as the element would draw it.
      const ctx = document.createElement('canvas').getContext('2d')!;
      const textWidth = (text: string, cs: CSSStyleDeclaration): number => {
        ctx.font = cs.font;
        ctx.letterSpacing = cs.letterSpacing === 'normal' ? '0px' : cs.letterSpacing;
        ctx.fontKerning = cs.fontKerning === 'none' ? 'none' : 'normal';
        const t = cs.textTransform === 'uppercase' ? text.toUpperCase() : cs.textTransform === 'lowercase' ? text.toLowerCase() : text;
        return ctx.measureText(t.replace(/\s+/g, ' ').trim()).width;
      };
      // The room a closed select gives its chosen option's text, measured in Chromium 150 (Debian's)
      // from screenshots: with the native look the text starts 4 px after the start padding and is
      // cut at the end padding, and the drop-down arrow is drawn from 12 px to 4 px before the
      // padding box's end whatever the padding and font size, over the text (with the game's .6rem
      // padding the text runs under the arrow before it is cut, so the arrow is what limits it).
      // With appearance: none the whole content box is the text's. (With base-select the text wraps
      // and is checked as any box's.)
      const SELECT_TEXT_INSET = 4;
      const SELECT_ARROW_FROM_END = 12;
      const selectRoom = (el: HTMLSelectElement, cs: CSSStyleDeclaration): number => {
        const rtl = cs.direction === 'rtl';
        const start = parseFloat(rtl ? cs.paddingRight : cs.paddingLeft);
        const end = parseFloat(rtl ? cs.paddingLeft : cs.paddingRight);
        if (cs.appearance === 'none') return el.clientWidth - start - end;
        return el.clientWidth - Math.max(end, SELECT_ARROW_FROM_END) - start - SELECT_TEXT_INSET;
      };

      // The page itself must not scroll sideways.
      const scroller = top as HTMLElement;
      if (scroller.scrollWidth > scroller.clientWidth + 1) out.push(`${root} scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
      if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push(`the page is wider than the screen: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);

      for (const el of Array.from(top.querySelectorAll('*'))) {
        if (hidden(el)) continue;
        const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        const isField = (el instanceof HTMLInputElement && el.type !== 'radio' && el.type !== 'checkbox') || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
        if (el instanceof SVGTextElement) {
          // Chart text: its size on screen is its font size times the drawing's scale.
          const svg = el.ownerSVGElement;
          const vb = svg?.viewBox.baseVal;
          if (svg && vb && vb.width > 0) {
            const box = svg.getBoundingClientRect();
            const px = parseFloat(getComputedStyle(el).fontSize) * (box.width / vb.width);
            if (px < minFont - 0.01) out.push(`chart text of ${px.toFixed(1)}px: ${name(el)}`);
            const r = el.getBoundingClientRect();
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) out.push(`chart text outside its chart: ${name(el)}`);
          }
          continue;
        }
        if (ownText || isField) {
          const cs = getComputedStyle(el);
          const px = parseFloat(cs.fontSize);
          if (px < minFont - 0.01) out.push(`text of ${px}px: ${name(el)}`);
          const h = el as HTMLElement;
          // A native select's scrollWidth says nothing (Chromium 150, Debian's today, gives the width
          // of its longest option, which the open picker shows in full): what it shows closed is
          // measured below. A customizable one (appearance: base-select) lays its text out as a box does.
          const nativeSelect = el instanceof HTMLSelectElement && cs.appearance !== 'base-select';
          if (!nativeSelect && cs.display !== 'inline' && h.clientWidth > 0 && h.scrollWidth > h.clientWidth + 1 && cs.overflowX !== 'auto' && cs.overflowX !== 'scroll')
            out.push(`text spills out of its box (${h.scrollWidth} > ${h.clientWidth}): ${name(el)}`);
          const chosen = nativeSelect && !el.multiple && el.size <= 1 ? el.selectedOptions[0] : undefined;
          if (nativeSelect && chosen && h.clientWidth > 0) {
            const w = textWidth(chosen.label, cs);
            const room = selectRoom(el, cs);
            if (w > room + 1) out.push(`selected option clipped (${Math.ceil(w)} > ${Math.floor(room)}): ${name(el)}`);
          }
          // Inline text must stay inside the block that holds it.
          const block = el.closest('p, li, dd, dt, h1, h2, h3, label, legend, td, th, button, a, summary, div, section, blockquote, span.badge');
          if (block && block !== el) {
            const a = el.getBoundingClientRect();
            const b = block.getBoundingClientRect();
            if (a.right > b.right + 1 || a.left < b.left - 1) out.push(`text runs past ${name(block)}: ${name(el)}`);
          }
        }
        // Touch targets.
        const interactive = el.matches('button, a[href], select, textarea, summary, input:not([type=radio]):not([type=checkbox]):not([type=hidden])');
        const tickable = el.matches('input[type=radio], input[type=checkbox]');
        if (interactive || tickable) {
          const target = tickable ? (el.closest('label') ?? el) : el;
          const r = target.getBoundingClientRect();
          if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5)
            out.push(`touch target ${Math.round(r.width)}×${Math.round(r.height)} px: ${name(target)}`);
        }
      }
      return [...new Set(out)];
    },
    { root, minTarget: MIN_TARGET, minFont: MIN_FONT_PX },
  );
}

/** Taps (touch events), checking each time that the thing tapped is at least 44×44 CSS px. */
export function touch(problems: string[]): Input {
  const big = async (t: Locator, label = false) => {
    await t.scrollIntoViewIfNeeded();
    const box = await t.evaluate((el, useLabel) => {
      const target = useLabel ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      return { w: r.width, h: r.height, what: `${target.localName}#${target.id} ${(target.textContent ?? '').trim().slice(0, 30)}` };
    }, label);
    if (box.w < MIN_TARGET - 0.5 || box.h < MIN_TARGET - 0.5) problems.push(`tapped a ${Math.round(box.w)}×${Math.round(box.h)} target: ${box.what}`);
  };
  return {
    // Reported as 'mouse' (the kinds play.ts knows): a pointer, here a finger.
    kind: 'mouse',
    async press(t) {
      await big(t);
      await t.tap();
    },
    async choose(t) {
      await big(t, true);
      await t.tap();
    },
    async tick(t) {
      await big(t, true);
      if (!(await t.isChecked())) await t.tap();
    },
    async type(t, value) {
      await big(t);
      await t.tap();
      await t.fill(value);
    },
  };
}
