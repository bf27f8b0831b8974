// What the game and the teacher's page keep in the browser (src/shell/kept-store.ts: IndexedDB,
// one object store "kept" per page's database), read and written as a test needs it, from outside
// the page's own code. A database that does not exist yet is not created by reading it.
import type { Page } from 'playwright-core';
import type { GameRecord, Lang } from '../../src/engine';
import { until, waitForScene } from './game';
import { SAVES_DB } from '../../src/shell/persistence';
import { CLASS_DB } from '../../src/classroom/store';

export { CLASS_DB, SAVES_DB };

/** Every key and value held in the page's database `db` ({} if there is none). */
export function keptAll(page: Page, db: string): Promise<Record<string, string>> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const req = indexedDB.open(name);
        // Not there: leave it for the page to create.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve({}) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('kept')) {
            db.close();
            resolve({});
            return;
          }
          const out: Record<string, string> = {};
          const tx = db.transaction('kept', 'readonly');
          const cursor = tx.objectStore('kept').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return;
            out[String(c.key)] = c.value as string;
            c.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    db,
  );
}

/** One key of the page's database, or null. */
export async function kept(page: Page, db: string, key: string): Promise<string | null> {
  return (await keptAll(page, db))[key] ?? null;
}

/** Puts (or, with null, removes) keys in the page's database, as an earlier visit would have left them. */
export function putKept(page: Page, db: string, changes: Record<string, string | null>): Promise<void> {
  return page.evaluate(
    ([name, ch]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onupgradeneeded = () => req.result.createObjectStore('kept');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('kept', 'readwrite');
          const os = tx.objectStore('kept');
          for (const [k, v] of Object.entries(ch)) {
            if (v === null) os.delete(k);
            else os.put(v, k);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [db, changes] as const,
  );
}

/**
 * Opens the game at the summit of a game in progress, as a player who saved it and comes back: the
 * record is put where the page keeps its save (the page must be on the game's origin), then the page
 * is loaded in the language and resumes it.
 */
export async function loadSave(page: Page, url: (p: string) => string, lang: Lang, rec: GameRecord): Promise<void> {
  await putKept(page, SAVES_DB, { 'vladivostok-2019.place': null, 'vladivostok-2019.save': JSON.stringify(rec) });
  await page.goto(url(`/?lang=${lang}`));
  await waitForScene(page, 'Summit');
  await until(page, async () => (await page.evaluate(() => document.documentElement.lang)) === lang, `the page in ${lang}`);
}
