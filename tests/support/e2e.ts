// Vitest side of the browser end-to-end tests: one server and browser per file, one guarded page per test.
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { guardedPage, launchChromium, serveDist, shot, type PageGuard, type StaticServer } from './browser';

export * from './browser';

export interface E2E {
  /** The server's base URL, e.g. http://127.0.0.1:41234 */
  readonly baseURL: string;
  readonly browser: Browser;
  /** This test's page (new for every test, in its own context: fresh localStorage). */
  readonly page: Page;
  readonly context: BrowserContext;
  readonly guard: PageGuard;
  /** A full URL for a path like '/?lang=id'. */
  url(pathAndQuery?: string): string;
}

/**
 * Registers the hooks of one e2e test file: one preview server and one browser for the file,
 * one guarded page per test. After each test the guard's problems fail the test; a failing
 * test leaves a screenshot named after it in test-artifacts/.
 */
export function useE2E(contextOptions: BrowserContextOptions = {}): E2E {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let current: { context: BrowserContext; page: Page; guard: PageGuard } | undefined;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    current = await guardedPage(browser!, contextOptions);
  });
  afterEach(async (ctx) => {
    const c = current;
    current = undefined;
    if (!c) return;
    try {
      if (ctx.task.result?.state === 'fail' || c.guard.problems.length > 0) {
        await shot(c.page, `FAILED-${path.basename(ctx.task.file?.name ?? '')}-${ctx.task.name}`).catch(() => undefined);
      }
      c.guard.check();
    } finally {
      await c.context.close();
    }
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`useE2E: ${what} is only available inside a test`);
    return v;
  };
  return {
    get baseURL() {
      return need(server, 'baseURL').url;
    },
    get browser() {
      return need(browser, 'browser');
    },
    get page() {
      return need(current, 'page').page;
    },
    get context() {
      return need(current, 'context').context;
    },
    get guard() {
      return need(current, 'guard').guard;
    },
    url(p = '/') {
      return need(server, 'baseURL').url + (p.startsWith('/') ? p : `/${p}`);
    },
  };
}
