// Putin's face answers too: brows and mouth drawn in code over his portrait (assets/putin.svg), for
// what just happened on the goal in view. The expression is read from the engine's view only (the
// goal's last answer, whether a deal was made, his patience): pleased at a deal, considering a
// counter or a question, cold at a refusal, impatient at a refusal when his patience runs low. A
// bluff looks like any refusal: Kim's view has no mark of it, and the face tells nothing the engine
// has not said.
import type Phaser from 'phaser';
import type { GoalView } from '../engine/view-types';
import { meterBand } from './panels';

export type Expression = 'neutral' | 'pleased' | 'considering' | 'cold' | 'impatient';


export function expressionOf(goal: GoalView | undefined, patience: number): Expression {
  const last = goal?.answers[goal.answers.length - 1];
  if (goal?.deal || last?.kind === 'accept') return 'pleased';
  if (!last) return 'neutral';
  if (last.kind === 'refuse') return meterBand(patience) === 'low' ? 'impatient' : 'cold';
  return 'considering';
}

// The portrait's own coordinates (its viewBox is 600×720).
const VIEW_W = 600;
const SKIN = 0xf0d1b8;
const BROW = 0x9a8060;
const LIPS = 0xa36a5c;

type P = [number, number];

/** A quadratic curve from a through control c to b, as a polyline. */
function curve(g: Phaser.GameObjects.Graphics, a: P, c: P, b: P, width: number, colour: number): void {
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
  // Round ends, as the portrait's strokes have.
  g.fillStyle(colour, 1);
  g.fillCircle(a[0], a[1], width / 2);
  g.fillCircle(b[0], b[1], width / 2);
}

/** Brows (left, right) and mouth of each expression: each a curve [from, control, to]. */
const FACES: Record<Exclude<Expression, 'neutral'>, { brows: [P, P, P][]; mouth: [P, P, P]; lips: number }> = {
  pleased: { brows: [[[222, 252], [249, 238], [276, 250]], [[324, 250], [351, 238], [378, 252]]], mouth: [[264, 400], [300, 432], [336, 400]], lips: 7 },
  considering: { brows: [[[222, 260], [249, 258], [276, 260]], [[324, 252], [351, 236], [378, 250]]], mouth: [[272, 410], [302, 412], [330, 402]], lips: 6 },
  cold: { brows: [[[224, 264], [250, 262], [276, 264]], [[324, 264], [350, 262], [376, 264]]], mouth: [[274, 408], [300, 408], [326, 408]], lips: 5 },
  impatient: { brows: [[[222, 252], [250, 256], [278, 268]], [[322, 268], [350, 256], [378, 252]]], mouth: [[266, 416], [300, 394], [334, 416]], lips: 7 },
};

/**
 * Draw `e` on `g`, laid over `portrait` (the image of assets/putin.svg as placed on the canvas):
 * the portrait's own brows and mouth are painted over with skin, and the expression's drawn.
 * Neutral draws nothing (the portrait's own face).
 */
export function drawExpression(g: Phaser.GameObjects.Graphics, portrait: Phaser.GameObjects.Image, e: Expression): void {
  g.clear();
  g.setVisible(portrait.visible && e !== 'neutral');
  if (!portrait.visible || e === 'neutral') return;
  const scale = portrait.displayWidth / VIEW_W;
  g.setPosition(portrait.x - portrait.displayWidth * portrait.originX, portrait.y - portrait.displayHeight * portrait.originY);
  g.setScale(scale);
  g.setAngle(portrait.angle);
  g.setDepth(portrait.depth + 1);
  const face = FACES[e];
  g.fillStyle(SKIN, 1);
  g.fillRect(218, 238, 64, 34);
  g.fillRect(318, 238, 64, 34);
  g.fillEllipse(300, 408, 96, 40);
  for (const [a, c, b] of face.brows) curve(g, a, c, b, 7, BROW);
  curve(g, face.mouth[0], face.mouth[1], face.mouth[2], face.lips, LIPS);
}
