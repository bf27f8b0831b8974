// The end of the day as headlines on the canvas (the debrief): KCNA's line as Pyongyang chose it,
// then each capital's reaction (the engine's end of the day, src/engine/end-of-day.ts), each on a
// card of newsprint with its masthead. Every line is fitted to its card (./fit-text.ts) and the
// cards to the space the panel leaves; the whole text is in the panel too. Loaded with the debrief
// only. Cards are laid out where they stay: nothing moves, with or without reduced motion.
import type Phaser from 'phaser';
import type { Rect } from './art';
import { CANVAS_HEAD_FONT, fitText } from './fit-text';
import { poke } from './idle';
import { boundsOf, resetStage, type TextBox } from './stage-report';
import { relayoutOnFonts } from './fonts-ready';
import { getLang } from './i18n';

export interface Headline {
  from: string;
  masthead: string;
  text: string;
}

type Card = { g: Phaser.GameObjects.Graphics; head: Phaser.GameObjects.Text; body: Phaser.GameObjects.Text };

const PAPER = 0xf1ece0;
const INK = '#1d1f24';

/** The cards' rectangles: a column where the space is tall, else a grid of two columns. */
export function headlineCards(art: Rect, n: number): Rect[] {
  if (n === 0) return [];
  const gap = Math.max(6, Math.round(Math.min(art.w, art.h) * 0.02));
  const cols = art.h >= art.w * 1.1 || n === 1 ? 1 : art.w > art.h * 3.2 ? n : 2;
  const rows = Math.ceil(n / cols);
  const w = (art.w - gap * (cols + 1)) / cols;
  const h = (art.h - gap * (rows + 1)) / rows;
  return Array.from({ length: n }, (_, i) => ({ x: art.x + gap + (i % cols) * (w + gap), y: art.y + gap + Math.floor(i / cols) * (h + gap), w, h }));
}

export class Headlines {
  private cards: Card[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    relayout: () => void,
  ) {
    relayoutOnFonts(scene, relayout);
  }

  draw(art: Rect, lines: Headline[]): void {
    const report = resetStage(this.scene.scene.key, { w: this.scene.scale.width, h: this.scene.scale.height });
    const rects = headlineCards(art, lines.length);
    const shown: (TextBox & { from: string; masthead: Rect })[] = [];
    const base = Math.max(11, Math.min(22, Math.round(Math.min(art.w / 18, art.h / 20))));
    lines.forEach((line, i) => {
      const r = rects[i]!;
      let c = this.cards[i];
      if (!c || !c.g.active) {
        c = {
          g: this.scene.add.graphics(),
          head: this.scene.add.text(0, 0, '', { fontFamily: CANVAS_HEAD_FONT, color: '#7a1f1f', fontStyle: 'bold' }),
          body: this.scene.add.text(0, 0, '', { fontFamily: CANVAS_HEAD_FONT, color: INK, fontStyle: 'bold', lineSpacing: 1 }),
        };
        this.cards[i] = c;
      }
      const pad = Math.max(5, Math.round(Math.min(r.w, r.h) * 0.06));
      c.g.clear().setVisible(true);
      c.g.fillStyle(PAPER, 0.97).fillRect(r.x, r.y, r.w, r.h);
      c.g.lineStyle(1, 0x1d1f24, 0.5).strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
      const headSize = Math.max(9, Math.round(base * 0.7));
      fitText(c.head, line.masthead.toLocaleUpperCase(getLang()), r.w - pad * 2, headSize * 1.6, headSize, 8, 1);
      c.head.setPosition(r.x + pad, r.y + pad * 0.6);
      const ruleY = c.head.y + (c.head.visible ? c.head.height : 0) + 2;
      c.g.fillStyle(0x1d1f24, 0.8).fillRect(r.x + pad, ruleY, r.w - pad * 2, 1.5);
      const body = { x: r.x + pad, y: ruleY + 4, w: r.w - pad * 2, h: r.y + r.h - pad * 0.6 - (ruleY + 4) };
      fitText(c.body, line.text, body.w, body.h, base, 8);
      c.body.setPosition(body.x, body.y);
      if (c.body.visible) shown.push({ from: line.from, box: r, masthead: boundsOf(c.head), text: boundsOf(c.body), shown: c.body.text, full: line.text });
    });
    for (const c of this.cards.slice(lines.length)) {
      c.g.clear().setVisible(false);
      c.head.setVisible(false);
      c.body.setVisible(false);
    }
    report.headlines = shown;
    poke();
  }
}
