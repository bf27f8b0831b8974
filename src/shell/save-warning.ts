// The game's lasting warning when the browser refuses to save: it stays until the player dismisses
// it (and comes back with the next refused write), offers everything the game keeps as one file, and
// a way to try again once there is room. When a later write lands, it goes, and the player is told.
import { download } from './dom';
import type { KeptStore, StoreStatus } from './kept-store';
import { dismissNotice, notify, noticeShown } from './overlay';
import { everythingFile } from './persistence';

export function watchSaves(store: KeptStore): void {
  let shown: number | null = null;
  const show = (s: StoreStatus) => {
    if (s.failing) {
      if (shown !== null && noticeShown(shown)) return;
      shown = notify('error', [{ key: 'ui.storage.failed' }, { key: s.backend === 'memory' ? 'ui.storage.nowhere' : 'ui.storage.full' }], [
        {
          id: 'download-everything',
          label: { key: 'ui.storage.download' },
          run: () => {
            const file = everythingFile(new Date());
            download(file.name, file.text);
          },
        },
        { id: 'retry-save', label: { key: 'ui.storage.retry' }, run: () => void store.retry() },
      ]);
    } else if (shown !== null) {
      dismissNotice(shown);
      shown = null;
      notify('info', [{ key: 'ui.storage.saved' }]);
    }
  };
  store.subscribe(show);
  if (store.status().failing) show(store.status());
}
