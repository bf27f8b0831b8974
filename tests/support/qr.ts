// QR pictures for the scanning tests (tests/classroom/qr.test.ts, tests/e2e/classroom-scan.e2e.ts):
// a result code drawn as the game draws it (src/shell/result-qr.ts), as RGBA pixels, a PNG, or the
// frames of a Y4M video that Chromium plays as a fake camera; and the page's own decoder to read them.
import QR from 'qrcode';
import { PNG } from 'pngjs';
import { decodeRgba, loadJsQR } from '../../src/classroom/qr-decode';
import { QR_MARGIN, resultQrSymbol } from '../../src/shell/result-qr';

export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The result code's QR symbol, as the debrief makes it, drawn `scale` pixels a module with its quiet zone. */
export function qrPicture(code: string, scale = 4): Rgba & { version: number } {
  const symbol = resultQrSymbol(QR, code);
  const { size, data: modules } = symbol.modules;
  const side = (size + 2 * QR_MARGIN) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (!modules[y * size + x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + QR_MARGIN) * scale + dy) * side + (x + QR_MARGIN) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }
  return { data, width: side, height: side, version: symbol.version };
}

/** Random grey pixels: a picture with no QR code in it. Seeded, so the same every run. */
export function noise(width: number, height: number, seed = 1): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < width * height; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const v = (x >>> 0) & 0xff;
    data.set([v, v, v, 255], i * 4);
  }
  return { data, width, height };
}

export function toPng(p: Rgba): Buffer {
  const png = new PNG({ width: p.width, height: p.height });
  png.data = Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength);
  return PNG.sync.write(png);
}

export function fromPng(buffer: Buffer): Rgba {
  const png = PNG.sync.read(buffer);
  return { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), width: png.width, height: png.height };
}

/** The text of the QR code in the picture, read with the teacher's page's own decoder (jsQR), or null. */
export async function readQr(p: Rgba): Promise<string | null> {
  return decodeRgba(await loadJsQR(), p.data, p.width, p.height, true);
}

/**
 * A Y4M video (what Chromium's --use-file-for-fake-video-capture plays, looping) of `frames` identical
 * frames: the picture in the middle of a white frame of width×height (both even), 4:2:0, no colour.
 */
export function y4m(p: Rgba, width = 640, height = 480, frames = 5): Buffer {
  const luma = Buffer.alloc(width * height, 235);
  const left = Math.floor((width - p.width) / 2);
  const top = Math.floor((height - p.height) / 2);
  for (let y = 0; y < p.height; y++)
    for (let x = 0; x < p.width; x++) {
      const tx = left + x;
      const ty = top + y;
      if (tx < 0 || ty < 0 || tx >= width || ty >= height) continue;
      const i = (y * p.width + x) * 4;
      // BT.601 luma, in the video range 16–235.
      const lum = (0.299 * p.data[i]! + 0.587 * p.data[i + 1]! + 0.114 * p.data[i + 2]!) / 255;
      luma[ty * width + tx] = Math.round(16 + lum * 219);
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]);
}
