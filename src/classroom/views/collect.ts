// Collecting the hand-ins: pasted codes, files (replay files, text files, photos of QR codes), and
// the scanner (../scan.ts), each added and checked the same way.
import { h } from '../../shell/dom';
import { scanPanel } from '../scan';
import { textsOf } from './common';
import type { View, ViewContext } from './view';

export function collectView({ store, fx }: ViewContext): View {
  const dropZone = () => document.getElementById('drop-zone');
  return {
    id: 'collect',
    deps: (s) => [s.lang, s.pasteVersion],
    render(s) {
      const { t } = textsOf(s);
      const onDrop = (e: DragEvent) => {
        e.preventDefault();
        dropZone()?.classList.remove('drag');
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length) void fx.addFiles(files);
      };
      return h(
        'section',
        {
          id: 'collect',
          class: 'section no-print',
          'aria-labelledby': 'collect-title',
          ondragover: (e: DragEvent) => {
            e.preventDefault();
            dropZone()?.classList.add('drag');
          },
          ondragleave: () => dropZone()?.classList.remove('drag'),
          ondrop: onDrop,
        },
        h('h2', { id: 'collect-title' }, t('class.collect.title')),
        h('p', null, t('class.collect.intro')),
        h(
          'form',
          {
            id: 'collect-form',
            class: 'card',
            onsubmit: (e: Event) => {
              e.preventDefault();
              void fx.addPasted();
            },
          },
          h('label', { for: 'codes' }, t('class.collect.paste')),
          h('textarea', {
            id: 'codes',
            rows: 6,
            spellcheck: 'false',
            autocomplete: 'off',
            value: s.draft.paste,
            oninput: (e: Event) => store.dispatch({ type: 'draft.edit', patch: { paste: (e.target as HTMLTextAreaElement).value } }),
          }),
          h('div', { class: 'row' }, h('button', { type: 'submit', class: 'btn btn-primary', id: 'check-codes' }, t('class.collect.check'))),
          h(
            'div',
            { class: 'drop', id: 'drop-zone' },
            h('p', { class: 'label', id: 'code-files-what' }, t('class.collect.files')),
            h('label', { class: 'btn file-btn', for: 'code-files' }, t('class.collect.choose')),
            h('input', {
              type: 'file',
              id: 'code-files',
              class: 'sr-only',
              'aria-describedby': 'code-files-what',
              multiple: true,
              accept: '.json,.txt,application/json,text/plain',
              onchange: (e: Event) => {
                const input = e.target as HTMLInputElement;
                const files = [...(input.files ?? [])];
                input.value = '';
                if (files.length) void fx.addFiles(files);
              },
            }),
            h('p', { class: 'hint' }, t('class.collect.drop')),
          ),
          scanPanel(fx.scan),
        ),
      );
    },
  };
}
