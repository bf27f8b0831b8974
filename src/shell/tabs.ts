// One writer per game across the browser's tabs (issue #13: "a move made in one tab vanishes when a
// stale second tab moves"). Every tab autosaves the whole game after each move; a tab whose game is
// older than the stored one must take the stored one up, not write over it.
//
// How: the session compares the stored save with the one it last wrote before every write
// (session.catchUp, src/shell/session.ts), so a stale tab never overwrites, whatever else happens.
// A BroadcastChannel tells the other tabs at once that a save was made, and focus, a shown page and a
// page back from the back/forward cache make the same check: a stale tab takes the stored game up as
// soon as it can, not only when its player moves, and says so.
//
// Why not Web Locks: a move is applied and saved in the same task as the click (no await between
// them, so that closing the tab a moment later never loses it); a lock is granted asynchronously, so
// the move would have to wait for it, and a tab that never asks (an older page, a frozen tab) would
// still write. The compare-before-write needs no lock for what a person does with two tabs, and the
// channel only shortens how long a tab stays stale.
import type { GameRecord, Message } from '../engine/types';
import { notify, reloadAction } from './overlay';
import { looksLikeRecord } from './persistence';
import { session, STALE_TAB } from './session';

/** Per origin: the game's tabs only (the teacher's page does not listen). */
const CHANNEL = 'game-saves';

export function initTabs(): void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null;
  }
  const check = () => void session.catchUp();
  // The message carries the record saved: the other tab's copy of the storage may not have it yet
  // when the message comes (they travel apart), and the record itself cannot be out of date.
  session.hooks.saved = (record) => {
    try {
      channel?.postMessage({ saved: record });
    } catch {
      /* closed: the check before every write still holds */
    }
  };
  if (channel) {
    channel.onmessage = (e: MessageEvent<{ saved?: GameRecord }>) => {
      const record = e.data?.saved;
      void session.catchUp(looksLikeRecord(record) ? record : undefined);
    };
  }
  window.addEventListener('focus', check);
  window.addEventListener('pageshow', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  session.hooks.reloaded = (ok) => {
    if (ok) notify('info', [{ key: STALE_TAB }], undefined, 'tabs');
    else {
      const messages: Message[] = [{ key: 'ui.tabs.unreadable' }];
      notify('error', messages, [reloadAction('tabs-reload')], 'tabs');
    }
    // The notices are at the top of the page: in sight, however far the player had scrolled.
    document.getElementById('notices')?.scrollIntoView?.({ block: 'nearest' });
  };
}
