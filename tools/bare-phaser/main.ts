// The smallest Phaser 4 game: one scene that shows a text. tools/bench-web.ts builds it with
// Vite into a temp dir and compares it with our game (bundle size, time to first scene).
import Phaser from 'phaser';

declare global {
  interface Window {
    /** performance.now() when the first scene's create() ran. */
    __bareReady?: number;
  }
}

class Hello extends Phaser.Scene {
  constructor() {
    super('Hello');
  }

  create(): void {
    this.add.text(this.scale.width / 2, this.scale.height / 2, 'Bare Phaser 4', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    window.__bareReady = performance.now();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1280,
  height: 720,
  backgroundColor: '#1d2b3a',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Hello],
});
