// Keeping the class: save it as a file, open one, bring back the class kept aside.
import { h } from '../../shell/dom';
import { textsOf } from './common';
import type { View, ViewContext } from './view';

export function keepView({ fx }: ViewContext): View {
  return {
    id: 'keep',
    deps: (s) => [s.lang, s.cls.session !== null, s.hasPrevious],
    render(s) {
      const { t } = textsOf(s);
      return h(
        'section',
        { id: 'keep', class: 'section no-print', 'aria-labelledby': 'keep-title' },
        h('h2', { id: 'keep-title' }, t('class.file.title')),
        h('p', null, t('class.file.intro')),
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'button', class: 'btn', id: 'export-session', onclick: () => fx.exportFile(), disabled: !s.cls.session }, t('class.file.export')),
          h('label', { class: 'btn file-btn', for: 'import-session' }, t('class.file.import')),
          h('input', {
            type: 'file',
            id: 'import-session',
            class: 'sr-only',
            accept: '.json,application/json',
            onchange: (e: Event) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void fx.importFile(file);
            },
          }),
          s.hasPrevious ? h('button', { type: 'button', class: 'btn', id: 'restore-previous', onclick: () => fx.restorePrevious() }, t('class.session.restore')) : null,
        ),
      );
    },
  };
}
