// Scanning the students' result codes: the QR code on each student's debrief, read by this device's
// camera (getUserMedia, the back camera if there is one) or from a photo or screenshot. Each code read
// is handed to the page's usual path (`add`, the same as a pasted code: verified by replay, a duplicate
// shown once). The camera loop reads a frame every FRAME_MS; a code is handed on only the first time it
// is read in a run, so that a screen held up for two seconds is not handed in twenty times.
// The reader (./qr-decode.ts, and jsQR where the browser has no QR reader of its own) loads on first use.
import { CODE_PREFIX } from '../engine';
import { h, replace } from '../shell/dom';
import type { QrReader, ReaderKind } from './qr-decode';
import { splitCodes } from './reader';

/** 'unloaded': the QR code reader's code could not be loaded (offline before it ever arrived): only a reload helps. */
export type CameraProblem = 'insecure' | 'no-camera' | 'denied' | 'busy' | 'failed' | 'unloaded';

const FRAME_MS = 150;
const PROBLEM_KEY: Record<CameraProblem, string> = {
  insecure: 'class.scan.insecure',
  'no-camera': 'class.scan.noCamera',
  denied: 'class.scan.denied',
  busy: 'class.scan.busy',
  failed: 'class.scan.failed',
  unloaded: 'class.scan.unloaded',
};

/** Why getUserMedia failed, from the error's name (the names of the standard, and older Chrome's). */
export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

const PREFIX_RE = new RegExp(`^${CODE_PREFIX}`, 'i');

/** The result codes in a QR code's text (a QR code of anything else, such as a link, holds none). */
export function resultCodes(text: string): string[] {
  return splitCodes(text).filter((c) => PREFIX_RE.test(c));
}

// ---------- the page's side ----------

export interface ScanOptions {
  /** The page's text for a key, in its language. */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Adds codes as if pasted. */
  add: (codes: string[]) => void;
  /** Whether codes can be added now (a session is open); if not, the page says why. */
  ready: () => boolean;
}

interface Run {
  stream: MediaStream;
  seen: Set<string>;
  timer: number;
}

let options: ScanOptions | null = null;
let run: Run | null = null;
let starting = false;
let runs = 0;
let count = 0;
let kind: ReaderKind | null = null;
let status: { error: boolean; key: string; params?: Record<string, string | number> } | null = null;
let reader: Promise<QrReader> | null = null;

function loadReader(): Promise<QrReader> {
  if (!reader) {
    reader = import('./qr-decode').then((m) => m.qrReader());
    reader.then(
      (r) => (kind = r.kind),
      () => (reader = null), // offline on the first visit: tried again next time, and the page offers a reload (some browsers keep the failure until then)
    );
  }
  return reader;
}

function say(error: boolean, key: string, params?: Record<string, string | number>): void {
  status = { error, key, params };
  const el = document.getElementById('scan-status');
  if (el) statusInto(el);
}

function statusInto(el: HTMLElement): void {
  el.className = status ? `notice${status.error ? ' notice-error' : ''}` : 'notice';
  el.setAttribute('role', status?.error ? 'alert' : 'status');
  replace(
    el,
    status && options ? options.t(status.key, status.params) : '',
    status?.key === PROBLEM_KEY.unloaded && options
      ? [' ', h('button', { type: 'button', class: 'btn btn-small', id: 'scan-reload', onclick: () => window.location.reload() }, options.t('class.reload'))]
      : null,
  );
}

function countText(): string {
  return options ? options.t('class.scan.count', { n: count }) : '';
}

function attach(video: HTMLVideoElement, stream: MediaStream): void {
  video.muted = true;
  video.srcObject = stream;
  // A redraw of the page may replace the element while it starts: that rejection is no error.
  void video.play().catch(() => undefined);
}

async function frame(r: Run, read: QrReader): Promise<void> {
  if (run !== r) return;
  const video = document.getElementById('scan-video') as HTMLVideoElement | null;
  if (video && video.srcObject !== r.stream) attach(video, r.stream);
  else if (video && video.readyState >= 2 && video.videoWidth > 0) {
    for (const text of await read.read(video, video.videoWidth, video.videoHeight)) if (run === r) take(r, text);
  }
  if (run === r) r.timer = window.setTimeout(() => void frame(r, read), FRAME_MS);
}

function take(r: Run, text: string): void {
  if (r.seen.has(text)) return;
  r.seen.add(text);
  const codes = resultCodes(text);
  if (codes.length === 0) {
    say(true, 'class.scan.notCode');
    return;
  }
  count += codes.length;
  const el = document.getElementById('scan-count');
  if (el) el.textContent = countText();
  if (status?.error) say(false, 'class.scan.on');
  options?.add(codes);
}

async function open(): Promise<CameraProblem | null> {
  if (!window.isSecureContext) return 'insecure';
  const media = navigator.mediaDevices;
  if (!media || typeof media.getUserMedia !== 'function') return 'no-camera';
  let read: QrReader;
  try {
    read = await loadReader();
  } catch {
    return 'unloaded';
  }
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia({ audio: false, video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } });
  } catch (e) {
    return cameraProblem(e);
  }
  const r: Run = { stream, seen: new Set(), timer: 0 };
  run = r;
  runs += 1;
  count = 0;
  for (const track of stream.getVideoTracks()) track.addEventListener('ended', () => run === r && stop('class.scan.lost'));
  void frame(r, read);
  return null;
}

async function start(): Promise<void> {
  if (run || starting || !options?.ready()) return;
  starting = true;
  say(false, 'class.scan.starting');
  redraw();
  const problem = await open();
  starting = false;
  if (problem) say(true, PROBLEM_KEY[problem]);
  else say(false, 'class.scan.on');
  redraw();
  document.getElementById(run ? 'scan-stop' : 'scan-start')?.focus();
}

/** Turns the camera off (the Stop button, the page hidden, the camera lost). */
export function stop(why = 'class.scan.stopped'): void {
  const r = run;
  if (!r) return;
  run = null;
  clearTimeout(r.timer);
  for (const track of r.stream.getTracks()) track.stop();
  const video = document.getElementById('scan-video') as HTMLVideoElement | null;
  if (video) video.srcObject = null;
  say(why !== 'class.scan.stopped', why, { n: count });
  const focused = document.activeElement?.id === 'scan-stop';
  redraw();
  if (focused) document.getElementById('scan-start')?.focus();
}

/** Reads the QR codes in photos or screenshots and adds the result codes found in them. */
export async function scanPhotos(files: readonly File[]): Promise<void> {
  if (!options?.ready() || files.length === 0) return;
  let read: QrReader;
  try {
    read = await loadReader();
  } catch {
    say(true, PROBLEM_KEY.unloaded);
    return;
  }
  redraw(); // the reader's kind, now known
  const codes: string[] = [];
  const none: string[] = [];
  const others: string[] = [];
  for (const file of files) {
    let texts: string[] = [];
    try {
      const bitmap = await createImageBitmap(file);
      try {
        texts = await read.read(bitmap, bitmap.width, bitmap.height, true);
      } finally {
        bitmap.close();
      }
    } catch {
      texts = []; // not a picture the browser can open
    }
    const found = texts.flatMap(resultCodes);
    if (found.length) codes.push(...found);
    else (texts.length ? others : none).push(`“${file.name.slice(0, 80)}”`);
  }
  if (none.length) say(true, 'class.scan.photoNone', { files: none.join(', ') });
  else if (others.length) say(true, 'class.scan.photoNotCode', { files: others.join(', ') });
  else say(false, 'class.scan.photoRead', { n: codes.length });
  if (codes.length) options.add(codes);
}

function build(): HTMLElement {
  const t = options!.t;
  const on = run !== null;
  const panel = h(
    'div',
    { id: 'scan-panel', class: 'scan', 'data-state': on ? 'on' : starting ? 'starting' : 'off', 'data-reader': kind },
    h('p', { class: 'label', id: 'scan-what' }, t('class.scan.title')),
    h('p', { class: 'hint' }, t('class.scan.intro')),
    h(
      'div',
      { class: 'row' },
      on
        ? h('button', { type: 'button', class: 'btn', id: 'scan-stop', onclick: () => stop() }, t('class.scan.stop'))
        : h('button', { type: 'button', class: 'btn btn-primary', id: 'scan-start', disabled: starting, onclick: () => void start() }, t('class.scan.start')),
      h('label', { class: 'btn file-btn', for: 'scan-photo' }, t('class.scan.photo')),
      h('input', {
        type: 'file',
        id: 'scan-photo',
        class: 'sr-only',
        accept: 'image/*',
        multiple: true,
        'aria-describedby': 'scan-what',
        onchange: (e: Event) => {
          const input = e.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          void scanPhotos(files);
        },
      }),
    ),
    on ? h('video', { id: 'scan-video', class: 'scan-video', playsinline: true, autoplay: true, muted: true, 'aria-label': t('class.scan.video') }) : null,
    runs > 0 ? h('p', { id: 'scan-count', class: 'scan-count', 'aria-live': 'polite' }, countText()) : null,
    h('p', { id: 'scan-status' }),
  );
  statusInto(panel.querySelector('#scan-status')!);
  const video = panel.querySelector('video');
  if (video && run) attach(video, run.stream);
  return panel;
}

function redraw(): void {
  const old = document.getElementById('scan-panel');
  if (old && options) old.replaceWith(build());
}

let watching = false;

/** The scanner's part of the page, as it is now (the camera stays on across a redraw of the page). */
export function scanPanel(opts: ScanOptions): HTMLElement {
  options = opts;
  if (!watching) {
    watching = true;
    // A hidden page (another tab, the phone locked) lets go of the camera.
    document.addEventListener('visibilitychange', () => document.hidden && stop());
  }
  return build();
}
