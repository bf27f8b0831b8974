// The layers (engine ← content ← shell ← pages ← entries; the class server beside them) and no import cycles, checked with
// dependency-cruiser against the rules in .dependency-cruiser.mjs — the same check as
// `npm run lint:layers`. A failure names each cycle (a → b → a) and each import that breaks a rule.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECKED = ['src', 'scenes', 'server'];

async function options(): Promise<ICruiseOptions> {
  return extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.mjs'));
}

async function check(baseDir: string, dirs: string[]): Promise<ICruiseResult> {
  const out = await cruise(dirs, { ...(await options()), baseDir });
  if (typeof out.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  return out.output;
}

/** One line per violation: the files of a cycle, or the import and the rule it breaks. */
function describeViolation(v: IViolation): string {
  if (v.cycle?.length) return `${v.rule.name}: ${[v.from, ...v.cycle.map((d) => d.name)].join(' → ')}`;
  // A package is named from node_modules/ on, wherever the folder is.
  return `${v.rule.name}: ${v.from} → ${v.to.replace(/^\S*?node_modules\//, 'node_modules/')}`;
}

function lines(result: ICruiseResult, which: (rule: string) => boolean): string[] {
  return (result.summary.violations ?? []).filter((v) => which(v.rule.name)).map(describeViolation).sort();
}

function codeFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))
    .map((f) => join(dir, f).split('\\').join('/'));
}

describe('the code of the game, the teacher\'s page and the class server', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await check(ROOT, CHECKED);
  }, 60_000);

  it('is all read by the checker, dynamic imports included', () => {
    // Guards against a check that passes because it read nothing (dependency-cruiser skips
    // TypeScript files when it has no parser for them).
    const seen = new Set(result.modules.map((m) => m.source));
    const missing = CHECKED.flatMap(codeFiles).filter((f) => !seen.has(f));
    expect(missing, 'files the checker did not read').toEqual([]);
    const entry = result.modules.find((m) => m.source === 'scenes/main.ts');
    const lazy = entry?.dependencies.filter((d) => d.dynamic).map((d) => d.resolved).sort();
    expect(lazy).toEqual(['scenes/Briefing.ts', 'scenes/Debrief.ts', 'scenes/Negotiation.ts', 'scenes/Press.ts', 'scenes/Replay.ts', 'scenes/Summit.ts', 'src/class-client/student.ts']);
  });

  it('has no import cycles', () => {
    expect(lines(result, (rule) => rule === 'no-cycle'), 'import cycles').toEqual([]);
  });

  it('imports only downwards through the layers', () => {
    expect(lines(result, (rule) => rule !== 'no-cycle'), 'imports that break a layer rule').toEqual([]);
  });
});

describe('the check itself', () => {
  // A small tree with one of each fault, so that a check that can no longer fail shows up.
  const FIXTURE: Record<string, string> = {
    'src/engine/game.ts': "import { legal } from './legal';\nexport const game = legal;\n",
    'src/engine/legal.ts': "export const legal = 1;\nexport const later = () => import('./game');\n",
    'src/engine/messages.ts': "import en from '../content/en.json';\nexport const messages = en;\n",
    'src/engine/types.ts': 'export type Id = string;\n',
    'src/engine/limits.ts': "import data from './limits.json';\nexport const limits = data;\n",
    'src/engine/limits.json': '{}\n',
    'src/engine/replay.ts': "export const v1 = () => import('./rules/v1/game');\n",
    'src/engine/versions.ts': "export { game } from './rules/v1/game';\n",
    'src/engine/rules/v1/game.ts': "import type { Id } from '../../types';\nimport data from './data.json';\nexport const game: Id = String(data);\n",
    'src/engine/rules/v1/data.json': '{}\n',
    'src/content/en.json': '{}\n',
    'src/content/bundle.ts': "import type { Id } from '../engine/types';\nexport * from '../shell/i18n';\nexport const id: Id = 'a';\n",
    'src/shell/i18n.ts': "export const t = 1;\n",
    'src/shell/router.ts': "export const load = () => import('../../scenes/Debrief');\n",
    'src/shell/missing.ts': "export { gone } from './gone';\n",
    'src/shell/replay.ts': "export const v1 = () => import('../engine/rules/v1/game');\n",
    'src/main.ts': "import '../scenes/Title';\n",
    'src/classroom/main.ts': "import { t } from '../shell/i18n';\nexport const page = t;\n",
    'src/classroom/table.ts': "import { Title } from '../../scenes/Title';\nexport const table = Title;\n",
    'scenes/Debrief.ts': "import { load } from '../src/shell/router';\nexport const Debrief = load;\n",
    'scenes/Title.ts': "import { page } from '../src/classroom/main';\nexport const Title = page;\n",
    'scenes/main.ts': "import { Title } from './Title';\nexport const main = Title;\n",
    // The class server and what it shares with the pages.
    'src/engine/index.ts': "export type { Id } from './types';\n",
    'src/engine/apply.ts': "import { room } from '../../server/room';\nexport const apply = room;\n",
    'src/shell/text.ts': "import { t } from './i18n';\nexport const format = t;\n",
    'src/classroom/csv.ts': 'export const csv = 1;\n',
    'src/class/protocol.ts': "import * as v from 'valibot';\nimport fc from 'fast-check';\nimport { createHash } from 'node:crypto';\nexport const p = [v, fc, createHash];\n",
    'src/class-client/room.ts': "import { api } from '../../server/api';\nexport const r = api;\n",
    'server/api.ts': "import type { Id } from '../src/engine';\nimport { format } from '../src/shell/text';\nimport { csv } from '../src/classroom/csv';\nimport { p } from '../src/class/protocol';\nimport { createHash } from 'node:crypto';\nexport const api: Id = String([format, csv, p, createHash]);\n",
    'server/room.ts': "import { t } from '../src/shell/i18n';\nimport { legal } from '../src/engine/legal';\nimport { Debrief } from '../scenes/Debrief';\nexport const room = [t, legal, Debrief];\n",
  };
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'layers-'));
    for (const [file, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(base, file)), { recursive: true });
      writeFileSync(join(base, file), text);
    }
    // The packages, for the rule on which of them the protocol may import.
    symlinkSync(join(ROOT, 'node_modules'), join(base, 'node_modules'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('finds cycles through dynamic imports and each kind of import that breaks a layer', async () => {
    const result = await check(base, CHECKED);
    expect(lines(result, () => true)).toEqual(
      [
        'no-cycle: src/engine/game.ts → src/engine/legal.ts → src/engine/game.ts',
        'no-cycle: scenes/Debrief.ts → src/shell/router.ts → scenes/Debrief.ts',
        'engine-imports-only-engine: src/engine/messages.ts → src/content/en.json',
        'frozen-engine-imports-only-itself: src/engine/rules/v1/game.ts → src/engine/types.ts',
        'live-engine-imports-no-frozen-one: src/engine/replay.ts → src/engine/rules/v1/game.ts',
        'frozen-engines-load-lazily: src/engine/versions.ts → src/engine/rules/v1/game.ts',
        'live-engine-imports-no-data: src/engine/limits.ts → src/engine/limits.json',
        'only-the-engine-reaches-a-frozen-one: src/shell/replay.ts → src/engine/rules/v1/game.ts',
        'content-imports-only-engine: src/content/bundle.ts → src/shell/i18n.ts',
        'shell-imports-no-page: src/shell/router.ts → scenes/Debrief.ts',
        'scenes-import-no-classroom: scenes/Title.ts → src/classroom/main.ts',
        'classroom-imports-no-scene: src/classroom/table.ts → scenes/Title.ts',
        'nothing-imports-an-entry: scenes/Title.ts → src/classroom/main.ts',
        'code-in-a-layer: src/main.ts → scenes/Title.ts',
        'resolvable: src/shell/missing.ts → ./gone',
        'engine-imports-only-engine: src/engine/apply.ts → server/room.ts',
        'nothing-imports-the-server: src/engine/apply.ts → server/room.ts',
        'nothing-imports-the-server: src/class-client/room.ts → server/api.ts',
        'protocol-imports-only-valibot: src/class/protocol.ts → node_modules/fast-check/lib/fast-check.js',
        'pure-layers-import-no-node: src/class/protocol.ts → crypto',
        'server-imports-no-page: server/room.ts → scenes/Debrief.ts',
        'server-imports-no-page: server/room.ts → src/shell/i18n.ts',
        'server-reaches-the-engine-by-its-index: server/room.ts → src/engine/legal.ts',
        'shared-with-the-server-stays-pure: src/shell/text.ts → src/shell/i18n.ts',
      ].sort(),
    );
  }, 60_000);
});
