// Scanning result codes: the QR code the debrief draws of a real result code reads back, with the
// teacher's page's decoder, as the same code, which verifies; a picture with no QR code reads as none
// and never throws; the page picks the browser's own QR reader only where it reads QR codes; a QR code
// of something else is not taken for a code; the camera's failures are told apart.
import QR from 'qrcode';
import { describe, expect, test } from 'vitest';
import { decodeRgba, loadJsQR, qrReader, readerKind } from '../../src/classroom/qr-decode';
import { cameraProblem, resultCodes } from '../../src/classroom/scan';
import { verifyResultCode } from '../../src/engine';
import { QR_MARGIN, qrSvg, resultQrSymbol } from '../../src/shell/result-qr';
import { noise, qrPicture, readQr } from '../support/qr';
import { lookupBundle } from '../support/bundles';
import { play, SESSION } from './fixtures';

const ana = play({ name: 'Ana Putri', strategy: 'greedy' });
const budi = play({ name: 'Budi Santoso', strategy: 'random' });

describe('the QR code of a result code', () => {
  test('reads back as the same code, which verifies with its name and score', async () => {
    for (const { code } of [ana, budi]) {
      const text = await readQr(qrPicture(code, 3));
      expect(text).toBe(code);
      const v = verifyResultCode(text!, lookupBundle);
      expect(v.ok).toBe(true);
      if (v.ok) expect(v.record.settings.session).toBe(SESSION);
    }
    const v = verifyResultCode((await readQr(qrPicture(ana.code, 2)))!, lookupBundle);
    expect(v.ok && v.record.name).toBe('Ana Putri');
  });

  test('is as small as QR codes go: alphanumeric mode, error correction L', () => {
    for (const { code } of [ana, budi]) {
      expect(code).toMatch(/^V19[0-9A-Z]+$/);
      const symbol = resultQrSymbol(QR, code);
      expect(symbol.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
      expect(symbol.errorCorrectionLevel.bit).toBe(QR.create('x', { errorCorrectionLevel: 'L' }).errorCorrectionLevel.bit);
      // The same code in byte mode needs a bigger symbol, and so does level M.
      expect(symbol.version).toBeLessThan(QR.create([{ data: Buffer.from(code), mode: 'byte' }], { errorCorrectionLevel: 'L' }).version);
      expect(symbol.version).toBeLessThanOrEqual(QR.create(code, { errorCorrectionLevel: 'M' }).version);
    }
    // A usual code (about 140 characters) is a version 5 or 6 symbol: 37 or 41 modules a side.
    expect(resultQrSymbol(QR, ana.code).version).toBeLessThanOrEqual(6);
  });

  test('the SVG the debrief shows has the quiet zone and one square a dark module', () => {
    const symbol = resultQrSymbol(QR, ana.code);
    const svg = qrSvg(symbol);
    const side = symbol.modules.size + 2 * QR_MARGIN;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    const dark = [...symbol.modules.data].filter(Boolean).length;
    const drawn = [...svg.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(drawn).toBe(dark);
  });
});

describe('the decoder', () => {
  test('a picture with no QR code in it, or no picture at all, reads as none and does not throw', async () => {
    const jsQR = await loadJsQR();
    expect(decodeRgba(jsQR, noise(320, 240).data, 320, 240, true)).toBeNull();
    expect(decodeRgba(jsQR, new Uint8ClampedArray(64 * 64 * 4).fill(255), 64, 64)).toBeNull();
    expect(decodeRgba(jsQR, new Uint8ClampedArray(10), 64, 64)).toBeNull();
    expect(decodeRgba(jsQR, new Uint8ClampedArray(0), 0, 0)).toBeNull();
    const thrower = (() => {
      throw new Error('boom');
    }) as unknown as typeof jsQR;
    expect(decodeRgba(thrower, new Uint8ClampedArray(16), 2, 2)).toBeNull();
  });

  test('a QR code in a bigger, busier picture is still found', async () => {
    const qr = qrPicture(ana.code, 3);
    const bg = noise(qr.width + 200, qr.height + 120, 7);
    for (let y = 0; y < qr.height; y++) bg.data.set(qr.data.subarray(y * qr.width * 4, (y + 1) * qr.width * 4), ((y + 60) * bg.width + 100) * 4);
    expect(await readQr(bg)).toBe(ana.code);
  });
});

describe('which reader the page uses', () => {
  const detector = (formats: string[] | (() => never), found: string[] = []) =>
    class {
      static getSupportedFormats = async () => (typeof formats === 'function' ? formats() : formats);
      constructor(readonly options?: { formats: string[] }) {}
      async detect() {
        return found.map((rawValue) => ({ rawValue }));
      }
    };

  test("the browser's BarcodeDetector only where it reads qr_code; jsQR everywhere else", async () => {
    expect(await readerKind({})).toBe('jsqr');
    expect(await readerKind({ BarcodeDetector: detector(['qr_code', 'ean_13']) })).toBe('native');
    expect(await readerKind({ BarcodeDetector: detector(['ean_13']) })).toBe('jsqr');
    expect(await readerKind({ BarcodeDetector: detector([]) })).toBe('jsqr');
    expect(
      await readerKind({
        BarcodeDetector: detector(() => {
          throw new Error('no');
        }),
      }),
    ).toBe('jsqr');
    expect(await readerKind({ BarcodeDetector: class {} })).toBe('jsqr');
  });

  test("the native reader hands on what the browser's detector reads", async () => {
    const reader = await qrReader({ BarcodeDetector: detector(['qr_code'], [ana.code, '']) });
    expect(reader.kind).toBe('native');
    expect(await reader.read({} as ImageBitmap, 10, 10)).toEqual([ana.code]);
    const fallback = await qrReader({});
    expect(fallback.kind).toBe('jsqr');
  });
});

describe('what a scan hands on', () => {
  test('a result code, in any case, is a code; a link or other text is not', () => {
    expect(resultCodes(ana.code)).toEqual([ana.code]);
    expect(resultCodes(ana.code.toLowerCase())).toEqual([ana.code.toLowerCase()]);
    expect(resultCodes(`Ana: ${ana.code}`)).toEqual([ana.code]);
    expect(resultCodes('http://127.0.0.1/index.html?seed=x&session=ABC123')).toEqual([]);
    expect(resultCodes('')).toEqual([]);
  });

  test("the camera's failures are told apart by the error's name", () => {
    const e = (name: string) => Object.assign(new Error(name), { name });
    expect(cameraProblem(e('NotAllowedError'))).toBe('denied');
    expect(cameraProblem(e('SecurityError'))).toBe('denied');
    expect(cameraProblem(e('NotFoundError'))).toBe('no-camera');
    expect(cameraProblem(e('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblem(e('NotReadableError'))).toBe('busy');
    expect(cameraProblem(e('TypeError'))).toBe('failed');
    expect(cameraProblem('nonsense')).toBe('failed');
    expect(cameraProblem(null)).toBe('failed');
  });
});
