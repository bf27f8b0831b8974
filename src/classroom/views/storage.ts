// The lasting warnings about keeping the class, apart from the notice line (which the next "added"
// replaces): the browser refuses to save (download the class, try again), or a stored class that
// could not be read could not be set aside either (download it before anything is saved over it).
import { h, replace } from '../../shell/dom';
import { textsOf } from './common';
import type { View, ViewContext } from './view';

export function storageView({ fx }: ViewContext): View {
  return {
    id: 'storage-warning',
    deps: (s) => [s.lang, s.storage.failing, s.storage.backend, s.unreadable],
    render: () => h('div', { id: 'storage-warning', class: 'notice no-print' }),
    patch(el, s) {
      const { t } = textsOf(s);
      const warn = (...parts: (HTMLElement | string)[]) => {
        el.className = 'notice no-print notice-error';
        el.setAttribute('role', 'alert');
        replace(el, ...parts);
      };
      if (s.unreadable) {
        warn(
          h('p', null, t('class.store.unreadable')),
          h('div', { class: 'row' }, h('button', { type: 'button', class: 'btn', id: 'download-unreadable', onclick: () => fx.downloadUnreadable() }, t('class.store.downloadUnreadable'))),
        );
      } else if (s.storage.failing) {
        warn(
          h('p', null, t('class.store.failed'), ' ', t(s.storage.backend === 'memory' ? 'class.store.nowhere' : 'class.store.full')),
          h(
            'div',
            { class: 'row' },
            h('button', { type: 'button', class: 'btn', id: 'download-everything', onclick: () => fx.exportFile() }, t('class.store.download')),
            h('button', { type: 'button', class: 'btn', id: 'retry-save', onclick: () => void fx.retrySave() }, t('class.store.retry')),
          ),
        );
      } else {
        el.className = 'notice no-print';
        el.removeAttribute('role');
        replace(el);
      }
    },
  };
}
