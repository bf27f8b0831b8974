import Phaser from 'phaser';
import { h } from '../src/shell/dom';
import { t } from '../src/shell/i18n';
import { panel } from '../src/shell/overlay';

/** First scene: shows that the page is alive, then hands over to the Preloader. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    panel().dataset.scene = 'Boot';
    panel().replaceChildren(h('h1', null, 'Vladivostok 2019'), h('p', { class: 'muted', role: 'status' }, t('ui.loading')));
    this.scene.start('Preloader');
  }
}
