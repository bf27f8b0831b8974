// npx tsx tools/heap-diff.ts [--dist DIR] [--from N] [--to N]
//
// What a game leaves in the page's heap: plays full games in one page (as bench:web's heap measure
// does: paused clock, mouse, back to the title after each), takes a Chromium heap snapshot (CDP) at
// the title after game `from` (0: before the first) and after game `to`, and prints what grew
// between them, by kind (compiled code, strings, each constructor's objects, each closure scope),
// biggest first. Needs dist/ (npm run build). A look-up for issue 14's heap budget, not a test.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, ROOT, serveDist } from '../tests/support/browser';
import { pauseClock, waitForTitle } from '../tests/support/game';
import { label, mouse, playToDebrief, startNewGame } from '../tests/support/play';
import { PAGE_SHIM } from './bench-util';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

async function snapshot(page: Page): Promise<{ used: number; byKind: Map<string, { count: number; bytes: number }> }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const used = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const s = JSON.parse(chunks.join('')) as Snapshot;
    const f = s.snapshot.meta.node_fields;
    const [type, name, size] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size')];
    const types = s.snapshot.meta.node_types[0];
    const byKind = new Map<string, { count: number; bytes: number }>();
    for (let i = 0; i < s.nodes.length; i += f.length) {
      const t = types[s.nodes[i + type]!]!;
      const n = s.strings[s.nodes[i + name]!]!;
      const kind = /string/.test(t) ? '(strings)' : t === 'code' ? `(code) ${n.split(' ').slice(0, 3).join(' ')}` : t === 'object' || t === 'closure' || t === 'native' ? `${t === 'object' ? '' : `(${t}) `}${n.slice(0, 60)}` : `(${t})`;
      const k = byKind.get(kind) ?? { count: 0, bytes: 0 };
      k.count++;
      k.bytes += s.nodes[i + size]!;
      byKind.set(kind, k);
    }
    return { used, byKind };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const dist = path.resolve(arg('dist', path.join(ROOT, 'dist')));
  const from = Number(arg('from', '1'));
  const to = Number(arg('to', '4'));
  const server = await serveDist({ outDir: dist });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(PAGE_SHIM);
    const page = await context.newPage();
    await pauseClock(page);
    await page.goto(`${server.url}/?lang=en`);
    await waitForTitle(page);
    const input = mouse();
    let a = from === 0 ? await snapshot(page) : null;
    for (let g = 1; g <= to; g++) {
      await startNewGame(page, { lang: 'en', input, seed: `bench-${g}`, difficulty: g % 2 ? 'open' : 'standard' });
      await playToDebrief(page, { lang: 'en', input });
      await input.press(page.getByRole('button', { name: label('en', 'ui.debrief.again'), exact: true }));
      await waitForTitle(page);
      if (g === from) a = await snapshot(page);
      process.stderr.write(`  game ${g}/${to}\n`);
    }
    const b = await snapshot(page);
    const rows = [...new Set([...a!.byKind.keys(), ...b.byKind.keys()])]
      .map((k) => ({ k, count: (b.byKind.get(k)?.count ?? 0) - (a!.byKind.get(k)?.count ?? 0), bytes: (b.byKind.get(k)?.bytes ?? 0) - (a!.byKind.get(k)?.bytes ?? 0) }))
      .sort((x, y) => y.bytes - x.bytes);
    console.log(`V8 heap used: ${Math.round(a!.used / 1024)} KB after game ${from}, ${Math.round(b.used / 1024)} KB after game ${to}`);
    console.log('growth (KB)  objects  kind');
    for (const r of rows.slice(0, 30)) console.log(`${(r.bytes / 1024).toFixed(1).padStart(11)}  ${String(r.count).padStart(7)}  ${r.k}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
