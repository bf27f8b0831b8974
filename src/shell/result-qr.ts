// The result code as a QR code on the debrief, for the teacher's camera (teacher.html, "Scan codes").
//
// A result code is 'V19' and upper-case Crockford base32 (src/engine/code.ts): every character is in
// the QR alphanumeric set (0-9 A-Z space $%*+-./:), which packs 5.5 bits a character instead of the
// 8 of byte mode. With the lowest error correction (L: a screen is not a crumpled page, and the code
// carries its own 32-bit checksum that the teacher's page checks), a code of 140 characters is a
// version 5 symbol (37×37 modules) instead of version 8 (49×49) in byte mode at level M: bigger
// modules at the same size on screen, so a webcam or a phone reads it from further away.
//
// The QR library (qrcode) is loaded on first use: the game's first load does not carry it.
import type { QRCode } from 'qrcode';
import { h } from './dom';
import { t } from './i18n';

type QrLib = Pick<typeof import('qrcode'), 'create'>;

/** The quiet zone around the symbol, in modules (what the QR standard asks for). */
export const QR_MARGIN = 4;
/** CSS pixels per module on screen: 185 to 245 px for the usual codes, big enough for a webcam. */
export const QR_MODULE_PX = 5;

/** The QR symbol of a result code: alphanumeric mode, error correction L. Throws for a code too long for any QR. */
export function resultQrSymbol(lib: QrLib, code: string): QRCode {
  return lib.create([{ data: code, mode: 'alphanumeric' }], { errorCorrectionLevel: 'L' });
}

/** The symbol as an SVG document: black modules on white, the quiet zone included, one unit a module. */
export function qrSvg(symbol: Pick<QRCode, 'modules'>, margin = QR_MARGIN): string {
  const { size, data } = symbol.modules;
  const side = size + 2 * margin;
  let path = '';
  for (let y = 0; y < size; y++) {
    // One rectangle per run of dark modules on a row.
    for (let x = 0; x < size; ) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      path += `M${x + margin} ${y + margin}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}

// ---------- on the page ----------

interface Drawn {
  url: string;
  side: number;
}

/**
 * Codes drawn so far (the name typed changes the code at every key): the last few are kept, enough
 * to type a letter and take it back; more would keep past games' pictures (and the browser each
 * decoded image) for the page's life. null: a
 * code too long for a QR code; 'unloaded': the library could not be loaded (offline before it ever
 * arrived): some browsers keep a module that failed failed until the page reloads, so it offers a reload.
 */
const drawn = new Map<string, Drawn | null | 'unloaded'>();
const KEEP = 4;
let lib: Promise<QrLib> | null = null;

async function draw(code: string): Promise<void> {
  let qr: QrLib;
  try {
    lib ??= import('qrcode');
    qr = await lib;
  } catch {
    lib = null;
    drawn.set(code, 'unloaded');
    return;
  }
  try {
    const symbol = resultQrSymbol(qr, code);
    drawn.set(code, { url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(symbol))}`, side: symbol.modules.size + 2 * QR_MARGIN });
  } catch {
    // A code too long for a QR code: the code is still there to copy.
    drawn.set(code, null);
  }
  while (drawn.size > KEEP) drawn.delete(drawn.keys().next().value!);
}

function fill(figure: HTMLElement, code: string): void {
  figure.dataset.code = code;
  const done = drawn.get(code);
  figure.style.width = '';
  if (done === undefined) {
    figure.dataset.state = 'drawing';
    figure.replaceChildren(h('p', { class: 'hint' }, t('ui.debrief.qrLoading')));
    void draw(code).then(() => {
      const now = document.getElementById(figure.id);
      if (now && now.dataset.code === code) fill(now, code);
    });
    return;
  }
  if (done === 'unloaded') {
    // The code is whole without its picture: say why there is none, and how to get it.
    figure.dataset.state = 'unloaded';
    figure.replaceChildren(
      h('p', { class: 'hint', role: 'status' }, t('ui.debrief.qrUnloaded')),
      h('button', { type: 'button', class: 'btn btn-small', id: 'qr-reload', onclick: () => window.location.reload() }, t('ui.reload')),
    );
    return;
  }
  if (done === null) {
    figure.dataset.state = 'failed';
    figure.replaceChildren(h('p', { class: 'hint' }, t('ui.debrief.qrFailed')));
    return;
  }
  const px = done.side * QR_MODULE_PX;
  figure.dataset.state = 'ready';
  // As wide as the picture (the caption wraps under it), never wider than the panel.
  figure.style.width = `${px}px`;
  figure.replaceChildren(
    h('img', { src: done.url, width: px, height: px, alt: t('ui.debrief.qrAlt'), class: 'qr-img' }),
    h('figcaption', { class: 'hint' }, t('ui.debrief.qrHint')),
  );
}

/** The QR code of `code` (id="result-qr"); drawn at once if it was drawn before, else as soon as the library is there. */
export function resultQr(code: string): HTMLElement {
  const figure = h('figure', { id: 'result-qr', class: 'result-qr' });
  if (code) fill(figure, code);
  return figure;
}

/** Shows another code in the QR code on screen (the student typed a name). */
export function updateResultQr(code: string): void {
  const figure = document.getElementById('result-qr');
  if (figure && figure.dataset.code !== code) {
    if (code) fill(figure, code);
    else figure.replaceChildren();
  }
}
