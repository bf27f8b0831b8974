// A small, strict reader of --flag value pairs: an unknown or malformed flag is named, not ignored.
export function parseArgs(argv: string[], spec: Record<string, 'string' | 'number' | 'boolean'>): { ok: true; args: Record<string, string | number | boolean> } | { ok: false; error: string } {
  const args: Record<string, string | number | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (!raw.startsWith('--')) return { ok: false, error: `unexpected argument "${raw}"` };
    const [name, inline] = raw.slice(2).split('=', 2) as [string, string | undefined];
    const kind = spec[name];
    if (!kind) return { ok: false, error: `unknown option --${name} (known: ${Object.keys(spec).map((k) => `--${k}`).join(', ')})` };
    if (kind === 'boolean') {
      args[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, error: `--${name} needs a value` };
    if (kind === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return { ok: false, error: `--${name} must be a whole number of at least 1, not "${value}"` };
      args[name] = n;
    } else args[name] = value;
  }
  return { ok: true, args };
}

export interface BenchArgs {
  build: boolean;
  dist: string;
  runs: number;
  /** How many moves or games each run plays (the flag is named by the bench). */
  count: number;
  json: string;
  /** The bench's own flags (`extra`), as given. */
  more: Record<string, string | number | boolean>;
}

/** The flags both browser benches take: --build, --dist DIR, --runs N, --<count> N, --json FILE, and a bench's own (`extra`). */
export function benchArgs(
  name: string,
  argv: string[],
  countFlag: string,
  defaults: { dist: string; runs: number; count: number; json: string; resolve: (p: string) => string },
  extra: Record<string, 'string' | 'number' | 'boolean'> = {},
): BenchArgs {
  const parsed = parseArgs(argv, { ...extra, build: 'boolean', dist: 'string', runs: 'number', [countFlag]: 'number', json: 'string' });
  if (!parsed.ok) {
    console.error(`${name}: ${parsed.error}`);
    process.exit(2);
  }
  const o = parsed.args;
  return {
    build: o.build === true,
    dist: defaults.resolve(String(o.dist ?? defaults.dist)),
    runs: Number(o.runs ?? defaults.runs),
    count: Number(o[countFlag] ?? defaults.count),
    json: defaults.resolve(String(o.json ?? defaults.json)),
    more: Object.fromEntries(Object.keys(extra).filter((k) => o[k] !== undefined).map((k) => [k, o[k]!])),
  };
}
