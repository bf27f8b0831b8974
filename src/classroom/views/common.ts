// What the views share: the page's words for the state, the class's scenario, the session's link, a QR code.
import { h } from '../../shell/dom';
import { texts, type Texts } from '../i18n';
import { scenarioOf, type ClassScenario } from '../scenario';
import { studentLink } from '../session';
import type { PageState } from '../state';

/** The class's scenario. */
export const scenarioIn = (s: PageState): ClassScenario => scenarioOf(s.cls.scenarioId);

/** The page's words, in the page's language, with the class's scenario. */
export const textsOf = (s: PageState): Texts => texts(s.lang, scenarioIn(s).catalogues);

/** The students' words (the handout), in the session's language. */
export const studentTextsOf = (s: PageState): Texts => texts(s.cls.session?.lang ?? 'en', scenarioIn(s).catalogues);

/** The students' link, if there is a session. */
export const linkOf = (s: PageState): string | null => (s.cls.session ? studentLink(s.cls.session, s.pageUrl) : null);

/** The QR code of a link as made by the effects (SVG text; '' if it failed; undefined while it is made). */
export function qrNode(svgText: string | undefined, tx: Texts, label: string): Node {
  if (svgText === undefined) return h('p', { class: 'hint' }, tx.t('class.session.qrLoading'));
  if (svgText === '') return h('p', { class: 'hint' }, tx.t('class.session.qrFailed'));
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('qr');
  return svg;
}

/** The keys of a numbered list ('x.1', 'x.2', …) as far as the English catalogue has them: a list is as long as its texts. */
export function numbered(catalogue: Readonly<Record<string, string>>, prefix: string): string[] {
  const keys: string[] = [];
  while (Object.hasOwn(catalogue, `${prefix}.${keys.length + 1}`)) keys.push(`${prefix}.${keys.length + 1}`);
  return keys;
}
