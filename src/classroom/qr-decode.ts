// Reading QR codes in a picture (a camera frame, a photo): the browser's own BarcodeDetector where it
// has one that reads QR codes (Android, ChromeOS, macOS), else jsQR, loaded only then. The teacher's
// page loads this file on the first scan (src/classroom/scan.ts), so neither is in its first load.
import type jsQRFunction from 'jsqr';

export type JsQR = typeof jsQRFunction;

/** Pure: RGBA pixels (4 bytes a pixel, row by row) → the text of a QR code in them, or null. Never throws. */
export function decodeRgba(jsQR: JsQR, rgba: Uint8ClampedArray, width: number, height: number, invert = false): string | null {
  try {
    if (width <= 0 || height <= 0 || rgba.length < width * height * 4) return null;
    const hit = jsQR(rgba, width, height, { inversionAttempts: invert ? 'attemptBoth' : 'dontInvert' });
    return hit && hit.data !== '' ? hit.data : null;
  } catch {
    return null;
  }
}

/** jsQR, loaded on first use. Its file is a CommonJS bundle: the function is its export or that export's `default`. */
export async function loadJsQR(): Promise<JsQR> {
  const m = (await import('jsqr')) as unknown as { default: JsQR | { default: JsQR } };
  const f = typeof m.default === 'function' ? m.default : m.default.default;
  if (typeof f !== 'function') throw new Error('jsQR did not load');
  return f;
}

/** The part of the Barcode Detection API used here. */
interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options?: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
}

export type ReaderKind = 'native' | 'jsqr';

/** Which reader a scope offers: 'native' only if its BarcodeDetector says it reads qr_code. */
export async function readerKind(scope: object): Promise<ReaderKind> {
  const Native = (scope as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (typeof Native !== 'function' || typeof Native.getSupportedFormats !== 'function') return 'jsqr';
  try {
    const formats = await Native.getSupportedFormats();
    return Array.isArray(formats) && formats.includes('qr_code') ? 'native' : 'jsqr';
  } catch {
    return 'jsqr';
  }
}

/** A picture the readers take: a <video> (its current frame), an ImageBitmap, a canvas. */
export type Picture = HTMLVideoElement | ImageBitmap | HTMLCanvasElement;

export interface QrReader {
  readonly kind: ReaderKind;
  /**
   * The texts of the QR codes in the picture (none: an empty list). `photo`: a still picture, worth
   * more effort (light on dark too, and a second, smaller look) than one frame of many.
   */
  read(picture: Picture, width: number, height: number, photo?: boolean): Promise<string[]>;
}

function nativeReader(Native: DetectorClass): QrReader {
  const detector = new Native({ formats: ['qr_code'] });
  return {
    kind: 'native',
    async read(picture) {
      try {
        return (await detector.detect(picture)).map((b) => b.rawValue).filter((v) => typeof v === 'string' && v !== '');
      } catch {
        return []; // a frame that is not ready yet, a picture it cannot take: nothing read
      }
    },
  };
}

function jsqrReader(jsQR: JsQR): QrReader {
  let canvas: HTMLCanvasElement | null = null;
  /** The picture's pixels, its longer side brought down to at most `maxSide` (jsQR's time grows with the area). */
  const pixels = (picture: Picture, width: number, height: number, maxSide: number): ImageData | null => {
    const scale = Math.min(1, maxSide / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale));
    const hgt = Math.max(1, Math.round(height * scale));
    canvas ??= document.createElement('canvas');
    if (canvas.width !== w || canvas.height !== hgt) {
      canvas.width = w;
      canvas.height = hgt;
    }
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(picture, 0, 0, w, hgt);
    return ctx.getImageData(0, 0, w, hgt);
  };
  return {
    kind: 'jsqr',
    async read(picture, width, height, photo = false) {
      if (width <= 0 || height <= 0) return [];
      for (const maxSide of photo ? [1600, 800] : [960]) {
        try {
          const img = pixels(picture, width, height, maxSide);
          const text = img ? decodeRgba(jsQR, img.data, img.width, img.height, photo) : null;
          if (text !== null) return [text];
        } catch {
          /* a picture that cannot be drawn: nothing read */
        }
        if (Math.max(width, height) <= maxSide) break;
      }
      return [];
    },
  };
}

/** The best reader this browser has. Rejects only if jsQR is needed and cannot be loaded (offline, first visit). */
export async function qrReader(scope: object = globalThis): Promise<QrReader> {
  if ((await readerKind(scope)) === 'native') {
    try {
      return nativeReader((scope as { BarcodeDetector: DetectorClass }).BarcodeDetector);
    } catch {
      /* a detector that cannot be made after all: jsQR */
    }
  }
  return jsqrReader(await loadJsQR());
}
