// Both faces answer: brows and mouth drawn in code over each portrait (assets/putin.svg,
// assets/kim.svg), for what just happened. An expression is a function of what the player sees
// anyway, and of nothing else: the kind of the last answer (accept, counter, refuse, hint), whether
// the goal ended in a deal, and the meters on screen. The answer itself never reaches the face (a
// refusal's reasons, its claim, or the mark of a bluff that only the debrief shows): a bluff looks
// like any refusal, and the faces tell nothing the engine has not said. Cosmetic only.
import type Phaser from 'phaser';
import type { AnswerKind } from '../engine/types';
import type { GoalView, PlayerView } from '../engine/view-types';
import { meterBand } from './panels';

export type Expression = 'neutral' | 'pleased' | 'considering' | 'cold' | 'impatient';
export type Sitter = 'putin' | 'kim';

/** What the faces may read: the last answer's kind on the goal, whether it holds a deal, and the meters. */
export interface Seen {
  last: AnswerKind | null;
  deal: boolean;
  /** Putin's patience and Kim's face, 0 to 100, as the meters show them. */
  patience: number;
  face: number;
}

/** What is seen on a goal (or, with none, before any answer). Reads the answer's kind only. */
export function seenOn(goal: GoalView | undefined, meters: { patience: number; face: number }): Seen {
  const last = goal?.answers[goal.answers.length - 1];
  return { last: last?.kind ?? null, deal: goal?.deal !== undefined, patience: meters.patience, face: meters.face };
}

/**
 * What is seen of the day's latest exchange (the summit's view): the goal of the last move that
 * Putin answered, or none yet.
 */
export function seenLatest(view: PlayerView): Seen {
  const answered = new Set(['offer.propose', 'offer.accept', 'offer.call', 'goal.ask', 'goods.list']);
  const last = [...view.moves].reverse().find((m) => m.side === 'kim' && answered.has(m.type) && 'goal' in m);
  const goal = last && 'goal' in last ? view.goals.find((g) => g.id === last.goal) : undefined;
  return seenOn(goal, view.meters);
}

/** Putin: pleased at a deal, considering a counter or a question, cold at a refusal, impatient at a refusal once his patience is low. */
export function putinExpression(s: Seen): Expression {
  if (s.deal || s.last === 'accept') return 'pleased';
  if (s.last === null) return 'neutral';
  if (s.last === 'refuse') return meterBand(s.patience) === 'low' ? 'impatient' : 'cold';
  return 'considering';
}

/** Kim: pleased at a deal, considering a counter or a hint, cold at a refusal, impatient at a refusal once his face is low. */
export function kimExpression(s: Seen): Expression {
  if (s.deal || s.last === 'accept') return 'pleased';
  if (s.last === null) return 'neutral';
  if (s.last === 'refuse') return meterBand(s.face) === 'low' ? 'impatient' : 'cold';
  return 'considering';
}

type P = [number, number];
type Curve = [P, P, P];
interface Face {
  brows: Curve[];
  mouth: Curve;
  lips: number;
}

/** Each portrait's own drawing: its colours, where its own brows and mouth are (painted over), and each expression. */
interface Portrait {
  viewW: number;
  skin: number;
  brow: number;
  browWidth: number;
  lips: number;
  /** Skin painted over the portrait's own brows (rects x, y, w, h) and mouth (ellipse cx, cy, w, h). */
  covers: { brows: [number, number, number, number][]; mouth: [number, number, number, number] };
  /** Neutral absent: the portrait's own face. */
  faces: Partial<Record<Expression, Face>>;
}

const PORTRAITS: Record<Sitter, Portrait> = {
  // The portrait's coordinates (its viewBox is 600×720).
  putin: {
    viewW: 600,
    skin: 0xf0d1b8,
    brow: 0x9a8060,
    browWidth: 7,
    lips: 0xa36a5c,
    covers: { brows: [[218, 238, 64, 34], [318, 238, 64, 34]], mouth: [300, 408, 96, 40] },
    faces: {
      pleased: { brows: [[[222, 252], [249, 238], [276, 250]], [[324, 250], [351, 238], [378, 252]]], mouth: [[264, 400], [300, 432], [336, 400]], lips: 7 },
      considering: { brows: [[[222, 260], [249, 258], [276, 260]], [[324, 252], [351, 236], [378, 250]]], mouth: [[272, 410], [302, 412], [330, 402]], lips: 6 },
      cold: { brows: [[[224, 264], [250, 262], [276, 264]], [[324, 264], [350, 262], [376, 264]]], mouth: [[274, 408], [300, 408], [326, 408]], lips: 5 },
      impatient: { brows: [[[222, 252], [250, 256], [278, 268]], [[322, 268], [350, 256], [378, 252]]], mouth: [[266, 416], [300, 394], [334, 416]], lips: 7 },
    },
  },
  // Kim's portrait smiles; his neutral face is drawn too, so that he smiles only when pleased.
  kim: {
    viewW: 600,
    skin: 0xecc6a2,
    brow: 0x1b1b1f,
    browWidth: 9,
    lips: 0x9c5a4c,
    covers: { brows: [[204, 240, 82, 32], [314, 240, 82, 32]], mouth: [301, 415, 100, 30] },
    faces: {
      neutral: { brows: [[[212, 262], [245, 252], [278, 262]], [[322, 262], [355, 252], [388, 262]]], mouth: [[268, 416], [300, 419], [334, 416]], lips: 8 },
      pleased: { brows: [[[212, 256], [245, 244], [278, 256]], [[322, 256], [355, 244], [388, 256]]], mouth: [[258, 406], [300, 434], [342, 406]], lips: 8 },
      considering: { brows: [[[212, 264], [245, 258], [278, 264]], [[322, 256], [355, 244], [388, 256]]], mouth: [[270, 420], [300, 419], [332, 411]], lips: 7 },
      cold: { brows: [[[214, 266], [245, 264], [276, 266]], [[324, 266], [355, 264], [386, 266]]], mouth: [[274, 418], [300, 418], [326, 418]], lips: 7 },
      impatient: { brows: [[[212, 254], [248, 258], [280, 270]], [[320, 270], [352, 258], [388, 254]]], mouth: [[264, 424], [300, 404], [336, 424]], lips: 8 },
    },
  },
};

/** A quadratic curve from a through control c to b, as a polyline with round ends. */
function curve(g: Phaser.GameObjects.Graphics, [a, c, b]: Curve, width: number, colour: number): void {
  g.lineStyle(width, colour, 1);
  g.beginPath();
  for (let i = 0; i <= 12; i++) {
    const t = i / 12;
    const x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t ** 2 * b[0];
    const y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t ** 2 * b[1];
    if (i === 0) g.moveTo(x, y);
    else g.lineTo(x, y);
  }
  g.strokePath();
  g.fillStyle(colour, 1);
  g.fillCircle(a[0], a[1], width / 2);
  g.fillCircle(b[0], b[1], width / 2);
}

/**
 * Draw `e` on `g`, laid over `portrait` (the sitter's picture as placed on the canvas): the
 * portrait's own brows and mouth are painted over with skin, and the expression's drawn. An
 * expression the sitter has no drawing for is the portrait's own face.
 */
export function drawExpression(g: Phaser.GameObjects.Graphics, portrait: Phaser.GameObjects.Image, e: Expression, who: Sitter = 'putin'): void {
  const p = PORTRAITS[who];
  const face = p.faces[e];
  g.clear();
  // Laid over the portrait even when there is nothing to draw: a nod or a shake moves both from here.
  g.setPosition(portrait.x - portrait.displayWidth * portrait.originX, portrait.y - portrait.displayHeight * portrait.originY);
  g.setScale(portrait.displayWidth / p.viewW);
  g.setAngle(portrait.angle);
  g.setDepth(portrait.depth + 1);
  g.setVisible(portrait.visible && face !== undefined);
  if (!portrait.visible || !face) return;
  g.fillStyle(p.skin, 1);
  for (const [x, y, w, h] of p.covers.brows) g.fillRect(x, y, w, h);
  const [cx, cy, w, h] = p.covers.mouth;
  g.fillEllipse(cx, cy, w, h);
  for (const b of face.brows) curve(g, b, p.browWidth, p.brow);
  curve(g, face.mouth, face.lips, p.lips);
}
