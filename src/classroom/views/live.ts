// The live class's section (../live/live.ts): drawn anew in the page's language, its own changes
// drawn by itself into the same element.
import { h } from '../../shell/dom';
import type { LiveClasses } from '../live/live';
import type { View } from './view';

export function liveView(live: LiveClasses): View {
  return {
    id: 'live',
    deps: (s) => [s.lang],
    render: () => h('section', { id: 'live', 'aria-labelledby': 'live-h' }),
    patch: (el, s) => live.mount(el, s.lang),
  };
}
