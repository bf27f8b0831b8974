// npm run icons: renders assets/icon.svg into the PNG icons of the web app manifest (public/icons/),
// with Debian's Chromium through playwright-core. The PNGs are committed; run this again after
// changing the SVG. Sizes: 192 and 512 (any), 512 maskable (the art on a full bleed, already
// inside the safe circle), 180 (apple-touch-icon), 32 (favicon fallback).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, ROOT } from '../tests/support/browser';

const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const out = path.join(ROOT, 'public/icons');
mkdirSync(out, { recursive: true });

const targets: { file: string; size: number; pad: number }[] = [
  { file: 'icon-192.png', size: 192, pad: 0 },
  { file: 'icon-512.png', size: 512, pad: 0 },
  { file: 'icon-maskable-512.png', size: 512, pad: 0 },
  { file: 'apple-touch-icon-180.png', size: 180, pad: 0 },
  { file: 'icon-32.png', size: 32, pad: 0 },
];

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  for (const t of targets) {
    await page.setViewportSize({ width: t.size, height: t.size });
    const html = `<!doctype html><html><body style="margin:0;background:#0b1220">
      <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${t.size}" height="${t.size}" style="display:block"></body></html>`;
    await page.setContent(html);
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
    await page.screenshot({ path: path.join(out, t.file), clip: { x: 0, y: 0, width: t.size, height: t.size }, omitBackground: false });
    console.log(`public/icons/${t.file} (${t.size}×${t.size})`);
  }
} finally {
  await browser.close();
}
