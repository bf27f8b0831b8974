import Phaser from 'phaser';
import atkinsonUrl from '@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2?url';
import serifUrl from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2?url';
import bayUrl from '../assets/bay.svg?url';
import flagKpUrl from '../assets/flag-kp.svg?url';
import flagRuUrl from '../assets/flag-ru.svg?url';
import kimUrl from '../assets/kim.svg?url';
import pressUrl from '../assets/press.svg?url';
import putinUrl from '../assets/putin.svg?url';
import roomUrl from '../assets/room.svg?url';
import trainUrl from '../assets/train.svg?url';
import { ART } from '../src/shell/art';
import { h } from '../src/shell/dom';
import { onLangChange, t } from '../src/shell/i18n';
import { panel } from '../src/shell/overlay';
import { goTo } from '../src/shell/router';
import { planStart } from '../src/shell/startup';

/** 1 for a full-HD screen, down to 0.5 for a phone (the longer side of the window, in device pixels). */
function artScale(): number {
  const longest = Math.max(window.innerWidth, window.innerHeight, window.screen?.width ?? 0, window.screen?.height ?? 0) * (window.devicePixelRatio || 1);
  return Math.min(1, Math.max(0.5, longest / 1920));
}

/** Loads the SVG art and the fonts with a real progress bar, then starts the right scene. */
export class Preloader extends Phaser.Scene {
  private progress = 0;
  private bar?: Phaser.GameObjects.Graphics;

  constructor() {
    super('Preloader');
  }

  init(): void {
    this.progress = 0;
  }

  private renderDom(): void {
    const pct = Math.round(this.progress * 100);
    panel().dataset.scene = 'Preloader';
    panel().replaceChildren(
      h('h1', null, 'Vladivostok 2019'),
      h('label', { for: 'load-progress' }, t('ui.loading')),
      h('progress', { id: 'load-progress', max: 100, value: pct, 'aria-valuetext': t('ui.loading.pct', { pct }) }),
      h('p', { class: 'muted', 'aria-hidden': 'true' }, t('ui.loading.pct', { pct })),
    );
  }

  private drawBar(): void {
    const { width, height } = this.scale;
    const w = Math.min(520, width * 0.7);
    const x = (width - w) / 2;
    const y = height * 0.12;
    const g = this.bar ?? (this.bar = this.add.graphics());
    g.clear();
    g.fillStyle(0x26324a, 1).fillRoundedRect(x, y, w, 10, 5);
    g.fillStyle(0xf2c14e, 1).fillRoundedRect(x, y, Math.max(10, w * this.progress), 10, 5);
  }

  preload(): void {
    this.renderDom();
    this.drawBar();
    const offLang = onLangChange(() => this.renderDom());
    this.events.once('shutdown', offLang);
    this.load.on('progress', (v: number) => {
      this.progress = v;
      const bar = document.getElementById('load-progress') as HTMLProgressElement | null;
      const pct = Math.round(v * 100);
      if (bar) {
        bar.value = pct;
        bar.setAttribute('aria-valuetext', t('ui.loading.pct', { pct }));
        const label = bar.nextElementSibling;
        if (label) label.textContent = t('ui.loading.pct', { pct });
      }
      this.drawBar();
    });
    this.load.font('Atkinson Hyperlegible Next', atkinsonUrl, 'woff2', { weight: '200 800', style: 'normal', display: 'swap' });
    this.load.font('Source Serif 4', serifUrl, 'woff2', { weight: '200 900', style: 'normal', display: 'swap' });
    // Rasterize the art no larger than the screen needs (a phone: half size, a quarter of the
    // pixels): SVG rasterizing and texture upload are most of the start-up time on a weak machine.
    const k = artScale();
    const px = (n: number) => Math.round(n * k);
    this.load.svg(ART.bay, bayUrl, { width: px(1920), height: px(1080) });
    this.load.svg(ART.room, roomUrl, { width: px(1920), height: px(1080) });
    this.load.svg(ART.kim, kimUrl, { width: px(600), height: px(720) });
    this.load.svg(ART.putin, putinUrl, { width: px(600), height: px(720) });
    this.load.svg(ART.train, trainUrl, { width: px(1600), height: px(260) });
    this.load.svg(ART.press, pressUrl, { width: px(1000), height: px(700) });
    this.load.svg(ART.flagRu, flagRuUrl, { width: px(300), height: px(200) });
    this.load.svg(ART.flagKp, flagKpUrl, { width: px(300), height: px(150) });
  }

  create(): void {
    const plan = planStart();
    void goTo(this, plan.scene, plan.data ?? {});
  }
}
