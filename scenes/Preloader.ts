import Phaser from 'phaser';
import flagKpUrl from '../assets/flag-kp.svg?url';
import flagRuUrl from '../assets/flag-ru.svg?url';
import kimUrl from '../assets/kim.svg?url';
import pressUrl from '../assets/press.svg?url';
import putinUrl from '../assets/putin.svg?url';
import trainUrl from '../assets/train.svg?url';
import { ART, ART_LOADED, artRasterScale } from '../src/shell/art';
import { poke } from '../src/shell/idle';

/**
 * Loads the SVG art in the background, alongside the first screen (launched by Boot, in parallel):
 * the panel is interactive at once and each picture appears as soon as it is rasterized. Its real
 * progress is a thin bar along the bottom of the canvas, gone when everything is in. The fonts are
 * plain CSS @font-face rules (font-display: swap) in src/shell/style.css: nothing waits for them.
 */
export class Preloader extends Phaser.Scene {
  private progress = 0;
  private bar?: Phaser.GameObjects.Graphics;

  constructor() {
    super('Preloader');
  }

  init(): void {
    this.progress = 0;
    this.bar = undefined;
  }

  private drawBar(): void {
    const { width, height } = this.scale;
    const g = this.bar ?? (this.bar = this.add.graphics());
    g.clear();
    g.fillStyle(0x26324a, 0.9).fillRect(0, height - 4, width, 4);
    g.fillStyle(0xf2c14e, 1).fillRect(0, height - 4, width * this.progress, 4);
    poke();
  }

  preload(): void {
    // Above the first screen's art, whichever scene that is.
    this.scene.bringToTop();
    this.drawBar();
    const onResize = () => this.drawBar();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
    this.load.on('progress', (v: number) => {
      this.progress = v;
      this.drawBar();
    });
    // Each picture, as it lands: the scenes on screen lay their art out again.
    this.load.on('filecomplete', (key: string) => this.game.events.emit(ART_LOADED, key));
    // Rasterize the art no larger than the screen needs: SVG rasterizing and texture upload are
    // most of the start-up time on a weak machine. The scenes draw it at the same size whatever
    // the raster scale (src/shell/art.ts). The title's train first; the backgrounds are not
    // Phaser's (src/shell/backdrop.ts).
    const svg = (key: string, url: string, width: number, height: number) => {
      const k = artRasterScale();
      this.load.svg(key, url, { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) });
    };
    svg(ART.train, trainUrl, 1600, 260);
    svg(ART.kim, kimUrl, 600, 720);
    svg(ART.putin, putinUrl, 600, 720);
    svg(ART.press, pressUrl, 1000, 700);
    svg(ART.flagRu, flagRuUrl, 300, 200);
    svg(ART.flagKp, flagKpUrl, 300, 150);
  }

  create(): void {
    // Everything is in: the bar goes, and so does this scene (the textures stay with the game).
    this.scene.stop();
    poke();
  }
}
