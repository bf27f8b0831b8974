// Entry of the game's page (index.html): the DOM overlay, then the Phaser game that draws the art
// behind it. It sits on top of the layers (tests/architecture/layers.test.ts): it may import the
// scenes and the shell; nothing imports it.
import Phaser from 'phaser';
import '../src/shell/style.css';
import { detectLang, setLang } from '../src/shell/i18n';
import { initIdle } from '../src/shell/idle';
import { initOverlay, notify } from '../src/shell/overlay';
import { lazyLoadFailed, registerScenes } from '../src/shell/router';
import { exposeForTests } from '../src/shell/session';
import { initSound } from '../src/shell/sound';
import { initTabs } from '../src/shell/tabs';
import { classServerAllowed, readClassLink } from '../src/shell/class-link';
import { beginOpeningSaves, setClassStart } from '../src/shell/startup';
import { startUrl } from '../src/shell/url-params';
import { Boot } from './Boot';
import { Preloader } from './Preloader';
import { Title } from './Title';

// Only the title is needed at start (issue 14, "Keep the budgets": the first download at most 1.3×
// a bare Phaser game's). The game's scenes, the debrief and the replay viewer are chunks of their
// own, loaded when first shown and prefetched once the title is up (src/shell/router.ts), and
// precached by the service worker like every built file.
registerScenes({
  Briefing: () => import('./Briefing').then((m) => m.Briefing),
  Summit: () => import('./Summit').then((m) => m.Summit),
  Negotiation: () => import('./Negotiation').then((m) => m.Negotiation),
  Press: () => import('./Press').then((m) => m.Press),
  Debrief: () => import('./Debrief').then((m) => m.Debrief),
  Replay: () => import('./Replay').then((m) => m.Replay),
});

// A live class's link (?server=…&class=CODE): the class client, with its network library, is a chunk
// of its own, loaded only then (never part of the game's first download).
const classLink = readClassLink(window.location.search, window.location.origin);
if (classLink && 'bad' in classLink) {
  const bad = classLink.bad;
  // A class link that cannot be read joins nothing: the page says which part is wrong, and the game plays alone.
  setClassStart(async () => {
    notify('error', [{ key: 'ui.url.intro' }, { key: 'ui.class.badLink', params: { param: bad } }]);
    return { scene: 'Title' };
  });
} else if (classLink) {
  const link = classLink.link;
  setClassStart(() =>
    import('../src/class-client/student').then(
      (m) => m.startClass(link, classServerAllowed(link.server, window.location.origin)),
      // Not loaded (offline before it ever arrived): the page says so with a Reload button; the game plays alone meanwhile.
      () => {
        lazyLoadFailed();
        return { scene: 'Title' as const };
      },
    ),
  );
}

// The saves are read from IndexedDB while Phaser starts, not after it (the Boot scene awaits them).
beginOpeningSaves();
const url = startUrl();
setLang(url.lang ?? detectLang(), url.lang !== undefined);
initSound();
initOverlay();
exposeForTests();
initTabs();

const game = new Phaser.Game({
  // Canvas 2D, not WebGL: the art is a few still pictures and a tween or two. Where there is no
  // graphics card (many school laptops, headless Chromium) WebGL runs in software and every frame
  // crosses to the GPU process and back; measured with npm run bench:web, Canvas 2D missed under
  // 1% of frames against 4% for WebGL, and the title was ready sooner (README, Numbers). With a
  // graphics card the browser draws Canvas 2D on it too. Phaser 4 calls its Canvas renderer
  // deprecated but keeps it; nothing here needs WebGL.
  type: Phaser.CANVAS,
  parent: 'game',
  // Transparent: the background picture behind it is the browser's (src/shell/backdrop.ts).
  transparent: true,
  banner: false,
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  render: { antialias: true },
  scene: [Boot, Preloader, Title],
});

initIdle(game);
