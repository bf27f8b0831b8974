// Browser plumbing for the end-to-end tests (tests/e2e/*.e2e.ts, through ./e2e.ts) and tools/bench-web.ts.
// No Vitest here, so that tools can use it too.
//
// It builds nothing: it serves an existing build (dist/) with Vite's preview() API on
// 127.0.0.1 and a free port, drives Debian's /usr/bin/chromium through playwright-core, and
// hands each test a fresh page that FAILS the test on any console error or warning, uncaught
// page error, failed request, request to a host other than 127.0.0.1, or Content-Security-Policy
// violation.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INTERACTIVE_ROLES = new Set([
  'button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'listbox', 'slider',
  'spinbutton', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'treeitem',
]);

/**
 * Controls in the page's accessibility tree (as Chromium computes it) that have no accessible
 * name: what a screen reader would announce as just "button". Each as "role <tag> #id".
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number }[];
    };
    const out: string[] = [];
    for (const n of nodes) {
      const role = String(n.role?.value ?? '');
      if (n.ignored || !INTERACTIVE_ROLES.has(role) || String(n.name?.value ?? '').trim() !== '') continue;
      let where = '';
      if (n.backendDOMNodeId !== undefined) {
        const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId })) as {
          node: { localName?: string; attributes?: string[] };
        };
        const attrs = node.attributes ?? [];
        const id = attrs[attrs.indexOf('id') + 1];
        where = ` <${node.localName ?? '?'}>${attrs.includes('id') && id ? ` #${id}` : ''}`;
      }
      out.push(`${role}${where}`);
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** Serves an existing build with Vite's preview server on 127.0.0.1, on a free port. */
export async function serveDist(options: { root?: string; outDir?: string; configFile?: string | false } = {}): Promise<StaticServer> {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? process.env.E2E_DIST ?? 'dist';
  const index = path.join(path.resolve(root, outDir), 'index.html');
  if (!existsSync(index)) {
    throw new Error(`No build at ${index}: run \`npm run build\` first (npm test does it before the e2e tests).`);
  }
  const server = await preview({
    root,
    configFile: options.configFile,
    logLevel: 'warn',
    // Like a static host: a missing file is a 404, not index.html (Vite's SPA fallback would
    // answer every path, even /assets/missing.js, with the page and a 200).
    appType: 'mpa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('The preview server is not listening');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it with \`apt-get install -y chromium\` (.ci/run does).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Browser noise, not the game's: Chromium's software GL (SwiftShader, under --disable-gpu) logs a
 * console warning the first few times any WebGL page reads pixels back (Phaser 4 does at boot, and
 * every screenshot does). Kept to this one exact message so that nothing of the game's is hidden.
 */
export const BROWSER_NOISE: RegExp[] = [
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels( \(this message will no longer repeat\))?$/,
];

/** A `securitypolicyviolation` event, as the page saw it. */
export interface CspViolation {
  /** The directive that blocked it, e.g. 'script-src-elem'. */
  directive: string;
  /** What was blocked: a URL, or 'inline', 'eval', 'data', 'blob'... */
  blocked: string;
  /** 'enforce' or 'report'. */
  disposition: string;
  /** Where it happened, and the first characters of an inline script or style. */
  source: string;
  line: number;
  sample: string;
}

/** The page's name for the binding through which the init script below reports a violation. */
const CSP_BINDING = '__e2eCspViolation';

/**
 * Runs in every document of a guarded page before its own scripts (Playwright's init scripts are not
 * subject to the page's policy): every violation of the page's Content-Security-Policy, blocked or
 * only reported, goes to the guard. The event bubbles (and is composed) from the element that
 * caused it; a capturing listener on the document sees them all.
 */
function listenForCspViolations(binding: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const report = (window as unknown as Record<string, ((v: unknown) => void) | undefined>)[binding];
      report?.({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        disposition: e.disposition,
        source: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      });
    },
    true,
  );
}

/** What went wrong on a page that the test did not ask for. */
export class PageGuard {
  readonly problems: string[] = [];
  /** Every Content-Security-Policy violation on the page (each is also a problem). */
  readonly cspViolations: CspViolation[] = [];
  /** Console texts that a test declared it expects; each must occur (see expectConsole). */
  private readonly expected: { pattern: RegExp; seen: number; optional?: boolean }[] = [];
  /** CSP violations that a test declared it expects, by directive; each must occur (see expectCspViolation). */
  private readonly expectedCsp: { directive: string; seen: number }[] = [];
  /** URLs of requests that a test makes fail on purpose; each must fail (see expectFailedRequest). */
  private readonly failing: { pattern: RegExp; seen: number }[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      const type = msg.type();
      if (type !== 'error' && type !== 'warning') return;
      const text = msg.text();
      if (type === 'warning' && BROWSER_NOISE.some((re) => re.test(text))) return;
      // The browser's own line for a request that the test makes fail on purpose (expectFailedRequest).
      if (/^Failed to load resource: /.test(text) && this.failing.some((e) => e.pattern.test(msg.location()?.url ?? ''))) return;
      const hit = this.expected.find((e) => e.pattern.test(text));
      if (hit) hit.seen += 1;
      else this.problems.push(`console.${type}: ${text}${where(msg.location())}`);
    });
    page.on('pageerror', (err) => this.problems.push(`pageerror: ${err.stack ?? err.message}`));
    // A navigation (goto, reload) cancels what the old document was still loading: no error of the game.
    let navigatedAt = -Infinity;
    page.on('request', (req) => {
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigatedAt = Date.now();
    });
    page.on('requestfailed', (req) => {
      const why = req.failure()?.errorText ?? '?';
      if (why === 'net::ERR_ABORTED' && Date.now() - navigatedAt < 5_000 && !req.isNavigationRequest()) return;
      const meant = this.failing.find((e) => e.pattern.test(req.url()));
      if (meant) {
        meant.seen += 1;
        return;
      }
      // A request we aborted for going off the machine is reported once, by the route below.
      if (isLocal(req.url())) this.problems.push(`requestfailed: ${req.method()} ${req.url()} (${why})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) this.problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
    });
  }

  /** Allow (and require) console errors/warnings matching `pattern` in this test, e.g. a deliberate warning. */
  expectConsole(pattern: RegExp): void {
    this.expected.push({ pattern, seen: 0 });
  }

  /**
   * Allow console errors/warnings matching `pattern` without requiring them: what the browser says a
   * number of times that depends on timing (a websocket tried again once or not at all while a test
   * has taken the connection away).
   */
  allowConsole(pattern: RegExp): void {
    this.expected.push({ pattern, seen: 0, optional: true });
  }

  /** Allow (and require) Content-Security-Policy violations of `directive` (e.g. 'script-src-elem') in this test. */
  expectCspViolation(directive: string): void {
    this.expectedCsp.push({ directive, seen: 0 });
  }

  cspViolation(v: CspViolation): void {
    this.cspViolations.push(v);
    const hit = this.expectedCsp.find((e) => e.directive === v.directive);
    if (hit) {
      hit.seen += 1;
      return;
    }
    const at = v.source ? ` (at ${v.source}:${v.line})` : '';
    this.problems.push(`CSP violation (${v.disposition}): ${v.directive} blocked ${v.blocked || '?'}${v.sample ? ` "${v.sample}"` : ''}${at}`);
  }

  /**
   * Allow (and require) failed requests whose URL matches `pattern` in this test: a file the test
   * keeps from the page (offline, aborted). The browser's "Failed to load resource" line for it goes too.
   */
  expectFailedRequest(pattern: RegExp): void {
    this.failing.push({ pattern, seen: 0 });
  }

  offHost(url: string): void {
    this.problems.push(`request to a host other than 127.0.0.1: ${url}`);
  }

  /** Throws if anything went wrong; called after every test by useE2E(). */
  check(): void {
    const missing = [
      ...this.expected.filter((e) => e.seen === 0 && !e.optional).map((e) => `expected console message never came: ${e.pattern}`),
      ...this.expectedCsp.filter((e) => e.seen === 0).map((e) => `expected CSP violation never came: ${e.directive}`),
      ...this.failing.filter((e) => e.seen === 0).map((e) => `expected failed request never came: ${e.pattern}`),
    ];
    const all = [...this.problems, ...missing];
    if (all.length > 0) throw new Error(`The page reported ${all.length} problem(s):\n  ${all.join('\n  ')}`);
  }
}

function where(loc: { url: string; lineNumber: number } | undefined): string {
  return loc?.url ? ` (at ${loc.url}:${loc.lineNumber})` : '';
}

/** Only 127.0.0.1 (and inline data:/blob: URLs) may be fetched by the page. */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.hostname === '127.0.0.1';
}

/** A new context and page with the guard, the CSP violation listener and the off-host block installed. */
export async function guardedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; guard: PageGuard }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  const guard = new PageGuard(page);
  await page.exposeBinding(CSP_BINDING, (_source, v: CspViolation) => guard.cspViolation(v));
  await page.addInitScript(listenForCspViolations, CSP_BINDING);
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      guard.offHost(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, page, guard };
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'shot';
}

/** A screenshot of the page as test-artifacts/<name>.png; returns the path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${safeName(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

