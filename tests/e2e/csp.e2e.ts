// The Content-Security-Policy of both pages (tools/csp.ts), end to end in headless Chromium. Each built
// page carries the strict policy in a <meta> before anything it governs (vite preview also sends it as a
// header, with frame-ancestors), with no inline script, no eval and no other host; a student plays a
// short game from a class link and hands in the code, and the teacher starts the session (QR code),
// reads the code from a photo (jsQR, loaded late), pastes it (verified in a Web Worker), shows and
// prints the handout and downloads the CSV, with no violation at all. And the guard that fails every
// page test on a violation (tests/support/browser.ts) really sees one: an inline script, eval, new
// Function, a style attribute, a <style> element, a connection and an image from another host are
// each blocked and reported.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ct } from '../../src/classroom/i18n';
import { sessionCode } from '../../src/classroom/session';
import { verifyResultCode } from '../../src/engine';
import { BUILD_POLICY, CLASS_SERVER_ORIGINS, HEADER_POLICY, parsePolicy } from '../../tools/csp';
import { lookupBundle, VLADIVOSTOK } from '../support/bundles';
import { teacherReady, tableRows } from '../support/classroom';
import { guardedPage, useE2E } from '../support/e2e';
import { pauseClock, until, waitForScene, waitForTitle } from '../support/game';
import { label, mouse, playToDebrief } from '../support/play';

const PAGES = ['/index.html', '/teacher.html'];
const SEED = 'csp-class';
const en = (key: string, params?: Record<string, string | number>) => ct('en', key, params);

/** The policy the document is under, from its <meta>. */
function metaPolicy(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
}

describe('content security policy', () => {
  const e2e = useE2E({ acceptDownloads: true });

  test('both built pages carry the strict policy in a <meta> before anything it governs; vite preview sends it as a header too', async () => {
    const { page } = e2e;
    const d = parsePolicy(BUILD_POLICY);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['style-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'", ...CLASS_SERVER_ORIGINS]);
    expect(d['worker-src']).toEqual(["'self'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['form-action']).toEqual(["'none'"]);
    // No unsafe-anything (eval, inline, hashes), no wildcard, no host: only 'self', 'none' and the
    // data:/blob: schemes for images.
    for (const [name, values] of Object.entries(d)) {
      for (const v of values) expect(["'self'", "'none'", ...(name === 'img-src' ? ['data:', 'blob:'] : []), ...(name === 'connect-src' ? CLASS_SERVER_ORIGINS : [])], `${name} ${v}`).toContain(v);
    }
    expect(parsePolicy(HEADER_POLICY)).toEqual({ ...d, 'frame-ancestors': ["'none'"] });

    for (const file of PAGES) {
      const res = await page.goto(e2e.url(file));
      expect(res?.status(), file).toBe(200);
      expect(res?.headers()['content-security-policy'], file).toBe(HEADER_POLICY);
      const html = (await res!.text()).replace(/<!--[\s\S]*?-->/g, '');
      const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
      expect(metas.map((m) => m[1]), file).toEqual([BUILD_POLICY]);
      // Nothing inline for the policy to allow: every script is a file, no <style>, no style or on…= attribute.
      expect(html.match(/<script\b[^>]*>/g)?.length, file).toBeGreaterThanOrEqual(2);
      expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? [], file).toEqual([]);
      expect(html, file).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
      // A <meta> policy governs only what comes after it: it is the head's first element after the charset.
      const head = await page.evaluate(() => [...document.head.children].map((e) => e.outerHTML.slice(0, 60)));
      expect(head[0], file).toMatch(/^<meta charset=/);
      expect(head[1], file).toMatch(/^<meta http-equiv="Content-Security-Policy"/);
      expect(await metaPolicy(page), file).toBe(BUILD_POLICY);
    }
  });

  test('a short game from a class link and the teacher’s page run with no violation', async () => {
    const { page, guard } = e2e;
    // Headless Chromium has no print dialog.
    await page.addInitScript(() => {
      window.print = () => undefined;
    });

    // The teacher starts a session: the link, its QR code.
    await page.goto(e2e.url('/teacher.html'));
    await teacherReady(page);
    await page.getByLabel(en('class.session.seed'), { exact: true }).fill(SEED);
    await page.getByRole('radio', { name: new RegExp(`^${en('class.difficulty.open')}`) }).check();
    await page.getByRole('button', { name: en('class.session.start') }).click();
    const session = sessionCode(VLADIVOSTOK.scenario.id, SEED, 'open');
    await expect.poll(() => page.locator('#session-code').textContent()).toBe(session);
    await page.locator('#qr svg').waitFor();
    const link = await page.locator('#student-link').inputValue();

    // A student plays a short game from the link, in a browser of their own: the debrief's QR code
    // (a data: image), the replay file (a blob: download), the replay viewer.
    const student = await guardedPage(e2e.browser, { acceptDownloads: true });
    let code: string;
    let photo: Buffer;
    try {
      const sp = student.page;
      await pauseClock(sp);
      await sp.goto(link);
      await waitForScene(sp, 'Briefing');
      await playToDebrief(sp, { lang: 'en', input: mouse(), movesPerGoal: 1 });
      await sp.getByRole('textbox', { name: label('en', 'ui.debrief.name'), exact: true }).fill('Rina');
      await until(
        sp,
        async () => (await sp.locator('#result-qr[data-state="ready"] img').count()) === 1 && (await sp.locator('#result-qr').getAttribute('data-code')) === (await sp.locator('#result-code').inputValue()).trim(),
        'the QR code of the result code',
      );
      expect(await sp.locator('#result-qr img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.src.startsWith('data:'))).toBe(true);
      code = (await sp.locator('#result-code').inputValue()).trim();
      photo = await sp.locator('#result-qr img').screenshot();
      const [dl] = await Promise.all([sp.waitForEvent('download'), sp.locator('#download-replay').click()]);
      expect(dl.suggestedFilename()).toMatch(/\.json$/);
      await sp.locator('#watch-replay').click();
      await waitForScene(sp, 'Replay');
      expect(await metaPolicy(sp)).toBe(BUILD_POLICY);
      expect(student.guard.cspViolations).toEqual([]);
      student.guard.check();
    } finally {
      await student.context.close();
    }
    const v = verifyResultCode(code, lookupBundle);
    if (!v.ok) throw new Error('the code on the debrief does not verify in Node');

    // The teacher reads it from a photo (the QR reader loads now), then pastes it (already handed in);
    // each is verified by replay in the Web Worker.
    await page.locator('#scan-photo').setInputFiles({ name: 'rina.png', mimeType: 'image/png', buffer: photo });
    await expect.poll(async () => (await tableRows(page)).map((r) => [r.verdict, r.name, Number(r.score)]), { timeout: 30_000 }).toEqual([['verified', 'Rina', v.score.kim]]);
    await page.getByLabel(en('class.collect.paste')).fill(`Rina: ${code}`);
    await page.getByRole('button', { name: en('class.collect.check') }).click();
    await expect.poll(() => page.locator('#notice').textContent()).toContain(en('class.collect.added', { added: 0, duplicates: 1, ms: 0 }).split(';')[0]!);
    await teacherReady(page);
    expect((await tableRows(page)).map((r) => r.verdict)).toEqual(['verified']);

    // The handout and the notes: shown, with the QR code; printed.
    await page.locator('#toggle-sheets').click();
    await page.locator('#handout .sheet-qr svg').waitFor({ state: 'visible' });
    await page.locator('#print-handout-notes').click();
    await page.locator('#print-results').click();
    // The CSV (a blob: download).
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);

    expect(await metaPolicy(page)).toBe(BUILD_POLICY);
    expect(guard.cspViolations).toEqual([]);
  });

  test('the guard sees a violation: inline script, eval, new Function, style attribute, <style>, another host are blocked and reported', async () => {
    for (const file of PAGES) {
      const { context, page, guard } = await guardedPage(e2e.browser);
      try {
        await page.goto(e2e.url(file));
        if (file === '/index.html') await waitForTitle(page);
        else await teacherReady(page);
        expect(guard.problems).toEqual([]);

        const EXPECTED = ['script-src-elem', 'script-src', 'style-src-attr', 'style-src-elem', 'connect-src', 'img-src'];
        for (const d of EXPECTED) guard.expectCspViolation(d);
        guard.expectConsole(/Content Security Policy/);
        const ran = await page.evaluate(async () => {
          const w = window as unknown as Record<string, unknown>;
          const red = 'rgb(255, 0, 0)';
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true';
          document.head.append(script);
          // From a task of the page's own: code that page.evaluate runs itself may eval (DevTools
          // allows it while it evaluates), a timer's callback may not.
          const later = <T>(f: () => T) =>
            new Promise<T | 'blocked'>((resolve) =>
              setTimeout(() => {
                try {
                  resolve(f());
                } catch {
                  resolve('blocked');
                }
              }),
            );
          const evalRan = await later(() => (0, eval)('true') as boolean);
          const functionRan = await later(() => new Function('return true')() as boolean);
          const byAttribute = document.createElement('p');
          byAttribute.setAttribute('style', `color: ${red}`);
          const bySheet = document.createElement('p');
          bySheet.id = 'csp-probe';
          document.body.append(byAttribute, bySheet);
          const sheet = document.createElement('style');
          sheet.textContent = `#csp-probe { color: ${red} }`;
          document.head.append(sheet);
          const fetched = await fetch('http://127.0.0.2:9/csp-probe').then(
            () => true,
            () => false,
          );
          const loaded = await new Promise<boolean>((resolve) => {
            const img = new Image();
            img.onload = () => resolve(true);
            img.onerror = () => resolve(false);
            img.src = 'http://127.0.0.2:9/csp-probe.png';
          });
          const styled = getComputedStyle(byAttribute).color === red;
          const sheeted = getComputedStyle(bySheet).color === red;
          byAttribute.remove();
          bySheet.remove();
          sheet.remove();
          return { inline: w.__inlineRan === true, evalRan, functionRan, styled, sheeted, fetched, loaded };
        });
        expect(ran, file).toEqual({ inline: false, evalRan: 'blocked', functionRan: 'blocked', styled: false, sheeted: false, fetched: false, loaded: false });
        await expect.poll(() => EXPECTED.filter((d) => !guard.cspViolations.some((v) => v.directive === d)), { timeout: 5_000 }).toEqual([]);
        expect(guard.cspViolations.find((v) => v.directive === 'script-src')?.blocked).toBe('eval');
        expect(guard.cspViolations.find((v) => v.directive === 'connect-src')?.blocked).toBe('http://127.0.0.2:9/csp-probe');
        // All of them were announced here: no problem.
        expect(() => guard.check()).not.toThrow();
        // One that was not (a font from another host) fails the test.
        await page.evaluate(() => new FontFace('csp-probe', 'url(http://127.0.0.2:9/csp-probe.woff2)').load().catch(() => undefined));
        await expect.poll(() => guard.problems.filter((p) => p.startsWith('CSP violation')), { timeout: 5_000 }).not.toEqual([]);
        expect(() => guard.check()).toThrow(/CSP violation \(enforce\): font-src blocked http:\/\/127\.0\.0\.2:9\/csp-probe\.woff2/);
      } finally {
        await context.close();
      }
    }
  });
});
