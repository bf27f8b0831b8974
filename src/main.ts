// Entry: the DOM overlay, then the Phaser game that draws the art behind it.
import Phaser from 'phaser';
import './shell/style.css';
import { Boot } from '../scenes/Boot';
import { Briefing } from '../scenes/Briefing';
import { Negotiation } from '../scenes/Negotiation';
import { Preloader } from '../scenes/Preloader';
import { Press } from '../scenes/Press';
import { Summit } from '../scenes/Summit';
import { Title } from '../scenes/Title';
import { detectLang, setLang } from './shell/i18n';
import { initIdle } from './shell/idle';
import { initOverlay } from './shell/overlay';
import { exposeForTests } from './shell/session';
import { initSound } from './shell/sound';
import { startUrl } from './shell/url-params';

const url = startUrl();
setLang(url.lang ?? detectLang(), url.lang !== undefined);
initSound();
initOverlay();
exposeForTests();

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
  scene: [Boot, Preloader, Title, Briefing, Summit, Negotiation, Press],
});

initIdle(game);
