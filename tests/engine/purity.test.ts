// The engine is the functional core: no clock, no Math.random, no Phaser, no DOM in src/engine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('src/engine reads no clock, draws no unseeded chance and touches no Phaser or DOM', () => {
  const root = new URL('../../src/engine', import.meta.url).pathname;
  const offenders: string[] = [];
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        if (/Math\.random|Date\.now|new Date\(|performance\.now|from ['"]phaser|\bdocument\.|\bwindow\.|localStorage|setTimeout|setInterval/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(offenders).toEqual([]);
});
