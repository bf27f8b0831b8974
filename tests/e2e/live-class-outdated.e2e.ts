// A teacher's page that the class server no longer serves, in the browser, with the real class server
// (server/main.ts, PGlite in a temporary folder). The page's join is sent as a page from before
// versions sends it (the test takes `protocol` out of the join's request, as those builds never put
// it in), so the server refuses it with `client.outdated`. The page, with no service worker
// (serviceWorkers: 'block'), reloads once to get the new build; refused again, it does not loop, and
// says in the teacher's language what to do, that nothing is lost, and offers no way to drop the
// class from its list. Once the join goes as this build sends it, the reload shows the class live.
import { describe, expect, test } from 'vitest';
import type { ClassCreated } from '../../src/class/protocol';
import { ct } from '../../src/classroom/i18n';
import { api } from '../support/class-server';
import { useClassServer } from '../support/live-server';
import { useE2E } from '../support/e2e';

// Before the preview server starts (useE2E's own hook): it proxies /class-server to this server's port.
const live = useClassServer();

describe("a teacher's page older than the class server", () => {
  const e2e = useE2E({ serviceWorkers: 'block' });

  test('is refused, reloads once to the new build, then says what to do in Indonesian, losing nothing', async () => {
    const base = `http://127.0.0.1:${live.server.port}`;
    const res = await api<ClassCreated>(base, '/api/classes', { body: { title: 'Sejarah 9A', scenario: 'vladivostok-2019', lang: 'id', minutes: 30, difficulty: 'standard', roster: ['Ani', 'Budi'] } });
    expect(res.status).toBe(201);
    const cls = res.body;
    const page = e2e.page;
    // The join as an earlier build made it: no version.
    let oldJoins = 0;
    await page.route('**/class-server/matchmake/**', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
      expect(body.protocol, 'this build sends its version').toBeTypeOf('number');
      delete body.protocol;
      oldJoins++;
      await route.continue({ postData: JSON.stringify(body) });
    });
    // The Colyseus library's own line for the refused seat; Playwright's for the service worker kept out (at each load).
    e2e.guard.allowConsole(/Room connection was closed unexpectedly/);
    e2e.guard.expectConsole(/^Service Worker registration blocked by Playwright$/);
    let loads = 0;
    page.on('load', () => loads++);
    const link = `/teacher.html?lang=id&server=${encodeURIComponent('/class-server')}#class=${cls.classId}&key=${cls.teacherKey}`;
    await page.goto(e2e.url(link));

    const stays = ct('id', 'class.live.outdated.stays');
    await page.getByRole('alert').filter({ hasText: stays }).waitFor({ timeout: 30_000 });
    // Refused, it reloaded once (no service worker: the host's build is the new one), was refused again and stopped there.
    expect(loads).toBe(2);
    expect(oldJoins).toBe(2);
    await page.waitForTimeout(1500);
    expect(loads).toBe(2);
    // The class stays in the page's list, with no button to drop it; the page is still on the class's link.
    await page.locator('#live-list').getByRole('button', { name: new RegExp(cls.code) }).waitFor();
    expect(await page.getByRole('button', { name: ct('id', 'class.live.forget'), exact: true }).count()).toBe(0);
    expect(page.url()).toContain(cls.classId);

    // The new build: its join says its version. The same link shows the class live.
    await page.unroute('**/class-server/matchmake/**');
    await page.reload();
    await page.locator('#live-connection').getByText(ct('id', 'class.live.online')).waitFor({ timeout: 30_000 });
    expect(await page.locator('#live-outdated').count()).toBe(0);
    await expect.poll(() => page.locator('#live-table tbody tr').count()).toBe(2);
  }, 180_000);
});
