// Builds the bare Phaser 4 game (tools/bare-phaser/) into a temp dir: the yardstick that
// tools/bench-web.ts and tools/bench-weak.ts measure our game against, in the same run.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from '../tests/support/browser';

/** The temp dir holding the build in dist/ (the caller removes it). */
export async function buildBare(): Promise<string> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bare-phaser-'));
  await build({
    root: path.join(ROOT, 'tools/bare-phaser'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: path.join(tmp, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  return tmp;
}
