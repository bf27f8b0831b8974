// The life of the summit on the canvas (the summit and a negotiation): Kim and Putin across the
// table, each face answering what just happened (./expression.ts), Putin's last answer in a speech
// bubble beside him, each one's meter on a plate that moves to its new value, and the latest news
// arriving on a ticker along the foot. Every animation is short and ends, so that the loop sleeps
// again (./idle.ts); under reduced motion nothing moves and everything is drawn where it ends.
// Cosmetic only: everything said here is also in the panel, and nothing here is a rule.
import type Phaser from 'phaser';
import { ART, image, reducedMotion, type Rect } from './art';
import type { GoalId } from '../engine/types';
import type { PlayerView } from '../engine/view-types';
import { drawExpression, kimExpression, putinExpression, seenLatest, seenOn, type Seen, type Sitter } from './expression';
import { msg, t } from './i18n';
import { clockAt, meterBand } from './panels';
import { CANVAS_FONT, fitText } from './fit-text';
import { poke } from './idle';
import { faceOf, stageLayout, type StageLayout } from './stage-layout';
import { boundsOf, resetStage, type StageReport, type TextBox } from './stage-report';
import { relayoutOnFonts } from './fonts-ready';

export interface StageContent {
  seen: Seen;
  /** Putin's last words on the goal in view (a negotiation), or null: no bubble. */
  says: string | null;
  /** Whether the stage keeps room for a bubble (a negotiation), said or not yet. */
  bubble: boolean;
  /** The latest news, and its label ("News · 11:00"), or null. */
  news: { id: string; label: string; text: string } | null;
  meters: { patience: number; face: number };
  /** The plates' words: "Putin's patience", "Kim's face". */
  labels: { patience: string; face: string };
}

/** What the stage shows of the view: on a goal (a negotiation), its last answer; else the day's latest exchange, and no bubble. */
export function stageContent(view: PlayerView, goal?: GoalId): StageContent {
  const g = goal ? view.goals.find((x) => x.id === goal) : undefined;
  const last = g?.answers[g.answers.length - 1];
  const news = view.news[view.news.length - 1];
  return {
    seen: goal ? seenOn(g, view.meters) : seenLatest(view),
    says: goal ? (last ? msg(last.says) : null) : null,
    bubble: goal !== undefined,
    news: news ? { id: `${news.id}@${news.at}`, label: `${t('ui.news')} · ${clockAt(view, news.at)}`, text: msg(news.message) } : null,
    meters: { patience: view.meters.patience, face: view.meters.face },
    labels: { patience: t('ui.meter.patience'), face: t('ui.meter.face') },
  };
}

const INK = 0x121b2c;
const PAPER = 0xf4f1ea;
const ACCENT = 0xf2c14e;
const GOOD = 0x7fd8a4;
const BAD = 0xf08a7e;

// Carried from scene to scene: what the plates and the ticker last showed, so that only a change moves.
const shown: { patience?: number; face?: number; news?: string } = {};

type Plate = { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text; value: { v: number }; to?: number; box: Rect; label: string; size: number; fitted?: string };

/** A plate at value `v`: its box, the bar filled to v, its name and v in words. */
function paintPlate(p: Plate, v: number): void {
  const box = p.box;
  p.g.clear().setVisible(true);
  p.g.fillStyle(INK, 0.88).fillRoundedRect(box.x, box.y, box.w, box.h, 5);
  const bar = { x: box.x + 6, y: box.y + box.h - 8, w: box.w - 12, h: 4 };
  p.g.fillStyle(0x3a4a66, 1).fillRect(bar.x, bar.y, bar.w, bar.h);
  p.g.fillStyle(meterBand(v) === 'low' ? BAD : GOOD, 1).fillRect(bar.x, bar.y, (bar.w * Math.max(0, Math.min(100, v))) / 100, bar.h);
  // Fitted once to its name and a value wider than any (888) while its box stays: as the value moves, only
  // the number changes. A name too long to show whole is fitted again with each value.
  const words = `${p.label} ${Math.round(v)}`;
  const key = `${p.label}|${box.w}|${box.h}|${p.size}`;
  if (key !== p.fitted) {
    const fit = fitText(p.t, `${p.label} 888`, box.w - 12, box.h - 12, p.size, 8, 1);
    p.fitted = fit && !fit.cut ? key : undefined;
  }
  if (p.fitted === key) p.t.setText(words);
  else fitText(p.t, words, box.w - 12, box.h - 12, p.size, 8, 1);
  p.t.setPosition(box.x + 6, box.y + 3);
}

export class Stage {
  private art = new Map<string, Phaser.GameObjects.Image>();
  private faces = new Map<Sitter, Phaser.GameObjects.Graphics>();
  private plates = new Map<'patience' | 'face', Plate>();
  private bubble?: { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text };
  private ticker?: { g: Phaser.GameObjects.Graphics; label: Phaser.GameObjects.Text; t: Phaser.GameObjects.Text };
  private report: StageReport | null = null;
  /** The news item sliding in, if one is. */
  private arriving = '';

  /** `relayout` draws the art again: the text is measured again once the page's fonts have come in. */
  constructor(
    private readonly scene: Phaser.Scene,
    relayout: () => void,
  ) {
    relayoutOnFonts(scene, relayout);
  }

  /** Putin's portrait (for the scene's own nod or shake), and the face drawn over it. */
  putin(): { portrait?: Phaser.GameObjects.Image; face?: Phaser.GameObjects.Graphics } {
    return { portrait: this.art.get(ART.putin), face: this.faces.get('putin') };
  }

  /** Lay the stage out in `art` and draw it for `c`. */
  draw(art: Rect, c: StageContent): StageLayout {
    const L = stageLayout(art, c.bubble);
    this.report = resetStage(this.scene.scene.key, { w: this.scene.scale.width, h: this.scene.scale.height });
    // Kim behind, Putin in front (where they overlap, in a narrow column), each face over its portrait.
    const kim = this.place(image(this.scene, this.art, ART.kim), L.kim, 0);
    const putin = this.place(image(this.scene, this.art, ART.putin), L.putin, 2);
    this.face('kim', kim, kimExpression(c.seen));
    this.face('putin', putin, putinExpression(c.seen));
    this.plate('face', L.plates.face, c.labels.face, c.meters.face, L.plates.size);
    this.plate('patience', L.plates.patience, c.labels.patience, c.meters.patience, L.plates.size);
    this.drawBubble(L, c.says);
    this.drawTicker(L, c.news);
    poke();
    return L;
  }

  private place(img: Phaser.GameObjects.Image, r: Rect, depth: number): Phaser.GameObjects.Image {
    const s = Math.min(r.w / img.width, r.h / img.height);
    img.setOrigin(0.5, 1).setScale(Math.max(0.01, s)).setPosition(r.x + r.w / 2, r.y + r.h).setDepth(depth);
    return img;
  }

  private face(who: Sitter, portrait: Phaser.GameObjects.Image, e: ReturnType<typeof putinExpression>): void {
    let g = this.faces.get(who);
    if (!g || !g.active) {
      g = this.scene.add.graphics();
      this.faces.set(who, g);
    }
    drawExpression(g, portrait, e, who);
    if (portrait.visible) {
      this.report!.faces[who] = e;
      this.report!.faceBoxes = { ...this.report!.faceBoxes, [who]: faceOf(boundsOf(portrait)) };
    }
    // The canvas's parent names the faces too (data-putin, data-kim), as it did for Putin's.
    const parent = document.getElementById('game');
    if (parent) parent.dataset[who] = portrait.visible ? e : '';
  }

  /** A sitter's meter on a plate across the foot of the portrait: its name, its value, a bar; a change moves to the new value. */
  private plate(which: 'patience' | 'face', box: Rect, label: string, value: number, size: number): void {
    let p = this.plates.get(which);
    if (!p || !p.g.active) {
      p = { g: this.scene.add.graphics().setDepth(5), t: this.scene.add.text(0, 0, '', { fontFamily: CANVAS_FONT, color: '#f4f1ea' }).setDepth(6), value: { v: shown[which] ?? value }, box: { x: 0, y: 0, w: 1, h: 1 }, label: '', size: 10 };
      this.plates.set(which, p);
    }
    const plate = p;
    plate.box = box;
    plate.label = label;
    plate.size = size;
    const from = shown[which];
    shown[which] = value;
    // Already on its way to this value (drawn again meanwhile): it goes on, in its new place.
    if (plate.to === value && this.scene.tweens.isTweening(plate.value)) {
      paintPlate(plate, plate.value.v);
    } else if (from === undefined || from === value || reducedMotion()) {
      this.scene.tweens.killTweensOf(plate.value);
      plate.value.v = value;
      paintPlate(plate, value);
    } else {
      this.scene.tweens.killTweensOf(plate.value);
      plate.value.v = from;
      paintPlate(plate, from);
      this.scene.tweens.add({ targets: plate.value, v: value, duration: 450, ease: 'Cubic.easeOut', onUpdate: () => paintPlate(plate, plate.value.v), onComplete: () => paintPlate(plate, value) });
    }
    plate.to = value;
    this.report!.meters = { ...this.report!.meters, [which]: value };
    this.report!.plates = { ...this.report!.plates, [which]: box };
  }

  /** Putin's words in a bubble beside him, its tail towards his mouth; none before he has answered. */
  private drawBubble(L: StageLayout, says: string | null): void {
    if (!this.bubble || !this.bubble.g.active) this.bubble = newBubble(this.scene);
    const shown = L.bubble && says !== null && this.scene.textures.exists(ART.putin) ? speechBubble(this.bubble, L.bubble, L.tail, says, L.font, L.mode === 'band' ? 'end' : 'tail') : speechBubble(this.bubble, null, null, '', L.font);
    if (shown) this.report!.bubble = shown;
  }

  /** The latest news along the foot: its label, then its words; a new item slides in from the right, once. */
  private drawTicker(L: StageLayout, news: StageContent['news']): void {
    if (!this.ticker || !this.ticker.g.active)
      this.ticker = {
        g: this.scene.add.graphics().setDepth(20),
        label: this.scene.add.text(0, 0, '', { fontFamily: CANVAS_FONT, color: '#121b2c', fontStyle: 'bold' }).setDepth(21),
        t: this.scene.add.text(0, 0, '', { fontFamily: CANVAS_FONT, color: '#f4f1ea', lineSpacing: 1 }).setDepth(21),
      };
    const { g, label, t } = this.ticker;
    // Drawn again while the item arrives (the page laid out again): it arrives all the same, where the ticker now is.
    const arriving = news !== null && this.arriving === news.id && this.scene.tweens.isTweening(t);
    this.scene.tweens.killTweensOf(t);
    t.setCrop();
    g.clear();
    if (!news) {
      // Nothing yet: the first item will arrive.
      shown.news = '';
      g.setVisible(false);
      label.setVisible(false);
      t.setVisible(false);
      return;
    }
    const r = L.ticker;
    g.setVisible(true).fillStyle(INK, 0.92).fillRect(r.x, r.y, r.w, r.h);
    g.fillStyle(ACCENT, 1).fillRect(r.x, r.y, r.w, 2);
    const size = Math.max(10, L.font - 2);
    fitText(label, news.label, Math.min(r.w * 0.35, size * 9), r.h - 6, size, 8, 1);
    const lw = label.visible ? Math.ceil(label.width) + 12 : 0;
    g.fillStyle(ACCENT, 1).fillRect(r.x, r.y, lw, r.h);
    label.setPosition(r.x + 6, r.y + (r.h - label.height) / 2);
    const win = { x: r.x + lw + 6, y: r.y + 3, w: Math.max(1, r.w - lw - 12), h: r.h - 6 };
    fitText(t, news.text, win.w, win.h, size, Math.min(size, Math.max(10, size - 3)), 2);
    const rest = { x: win.x, y: win.y + (win.h - t.height) / 2 };
    t.setPosition(rest.x, rest.y);
    const report = { box: r, text: boundsOf(t), shown: t.text, full: news.text, moving: false };
    this.report!.ticker = report;
    const fresh = arriving || (shown.news !== undefined && shown.news !== news.id);
    shown.news = news.id;
    if (!fresh || reducedMotion() || !t.visible) return;
    this.arriving = news.id;
    // Arriving: from the right edge of its window to where it rests, seen only within the window.
    const crop = () => {
      const from = Math.max(0, win.x - t.x);
      const to = Math.min(t.width, win.x + win.w - t.x);
      t.setCrop(from, 0, Math.max(0, to - from), t.height);
    };
    t.x = win.x + win.w;
    crop();
    report.moving = true;
    this.scene.tweens.add({
      targets: t,
      x: rest.x,
      duration: 900,
      ease: 'Cubic.easeOut',
      onUpdate: crop,
      onComplete: () => {
        t.setCrop();
        report.moving = false;
      },
    });
  }
}

export type Bubble = { g: Phaser.GameObjects.Graphics; t: Phaser.GameObjects.Text };

/** A speech bubble's parts, above the art. */
export function newBubble(scene: Phaser.Scene): Bubble {
  return { g: scene.add.graphics().setDepth(10), t: scene.add.text(0, 0, '', { fontFamily: CANVAS_FONT, color: '#121b2c', lineSpacing: 2 }).setDepth(11) };
}

/**
 * Words in a bubble within `area`, hugging its text (fitted: ./fit-text.ts), its tail towards
 * `tail` (the speaker's mouth); placed at the area's end, or under the tail. Hidden with no area.
 * What it shows, for the tests (stage-report.ts), or null.
 */
export function speechBubble(b: Bubble, area: Rect | null, tail: { x: number; y: number } | null, says: string, font: number, align: 'start' | 'end' | 'tail' = 'tail'): TextBox | null {
  const { g, t } = b;
  g.clear();
  const pad = Math.max(6, Math.round(font * 0.6));
  if (!area || !says || !fitText(t, says, area.w - pad * 2, area.h - pad * 2, font, 10)) {
    g.setVisible(false);
    t.setVisible(false);
    return null;
  }
  // The bubble hugs its text: no wider or taller than it needs, within the space it was given.
  const w = Math.min(area.w, Math.ceil(t.width) + pad * 2);
  const h = Math.min(area.h, Math.ceil(t.height) + pad * 2);
  const box = align === 'start' ? { x: area.x, y: area.y, w, h } : align === 'end' ? { x: area.x + area.w - w, y: area.y, w, h } : { x: tail ? Math.max(area.x, Math.min(area.x + area.w - w, tail.x - w * 0.7)) : area.x, y: area.y, w, h };
  g.setVisible(true);
  g.fillStyle(PAPER, 0.97).lineStyle(2, INK, 0.8);
  if (tail) {
    // A short tail from the edge nearest him, pointing at him.
    const right = tail.x > box.x + box.w;
    const beside = right || tail.x < box.x;
    const y = Math.max(box.y + 10, Math.min(box.y + box.h - 10, tail.y));
    const base = beside ? { x: right ? box.x + box.w - 1 : box.x + 1, y } : { x: Math.max(box.x + 12, Math.min(box.x + box.w - 12, tail.x)), y: box.y + box.h - 1 };
    const dx = tail.x - base.x;
    const dy = tail.y - base.y;
    const len = Math.hypot(dx, dy) || 1;
    const reach = Math.min(len, font * 1.6);
    const tip = { x: base.x + (dx / len) * reach, y: base.y + (dy / len) * reach };
    const side = beside ? [{ x: base.x, y: base.y - 7 }, { x: base.x, y: base.y + 7 }] : [{ x: base.x - 8, y: base.y }, { x: base.x + 8, y: base.y }];
    g.fillTriangle(side[0]!.x, side[0]!.y, side[1]!.x, side[1]!.y, tip.x, tip.y);
    g.strokeTriangle(side[0]!.x, side[0]!.y, side[1]!.x, side[1]!.y, tip.x, tip.y);
  }
  g.fillRoundedRect(box.x, box.y, box.w, box.h, Math.min(12, h / 3));
  g.strokeRoundedRect(box.x, box.y, box.w, box.h, Math.min(12, h / 3));
  t.setPosition(box.x + pad, box.y + pad);
  return { box, text: boundsOf(t), shown: t.text, full: says };
}
