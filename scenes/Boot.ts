import Phaser from 'phaser';
import { h } from '../src/shell/dom';
import { msg, t } from '../src/shell/i18n';
import { panel } from '../src/shell/overlay';
import { goTo } from '../src/shell/router';
import { prepareStart } from '../src/shell/startup';

/**
 * First scene: shows that the page is alive and goes straight to the first screen: the panel does
 * not wait for art, which starts loading once that screen is up (src/shell/ui-scene.ts).
 */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    panel().dataset.scene = 'Boot';
    panel().replaceChildren(h('h1', null, msg({ key: 'scenario.title' })), h('p', { class: 'muted', role: 'status' }, t('ui.loading')));
    void prepareStart().then((plan) => goTo(this, plan.scene, plan.data ?? {}));
  }
}
