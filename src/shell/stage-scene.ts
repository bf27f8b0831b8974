// A scene that seats the summit on its canvas (src/shell/stage.ts): the Summit and a Negotiation.
// The stage is drawn once a refresh, after the panel's layout, because a second draw in the same
// refresh would cut short what the first set moving (a meter's slide, the ticker's arrival); and
// once the panel has been painted (./idle.ts afterPaint), so that his answer shows in the panel
// without waiting for the canvas.
import type { GoalId } from '../engine/types';
import { afterPaint } from './idle';
import { session } from './session';
import { Stage, stageContent } from './stage';
import { type Rect, UiScene } from './ui-scene';

export abstract class StageScene extends UiScene {
  protected stage: Stage | null = null;
  private artRect: Rect | null = null;
  private refreshing = false;
  private stageDue = false;

  /** The goal whose answer Putin's bubble says (none: the day's latest exchange). */
  protected stageGoal(): GoalId | undefined {
    return undefined;
  }

  override init(): void {
    super.init();
    this.stage = null;
    this.artRect = null;
    this.stageDue = false;
  }

  protected override release(): void {
    this.stage = null;
  }

  /** Called by drawArt with the canvas's part for the art: the stage is drawn there (now, or after the refresh). */
  protected seatStage(art: Rect): void {
    this.artRect = art;
    if (!this.refreshing) this.drawStage();
  }

  override refresh(): void {
    this.refreshing = true;
    try {
      super.refresh();
    } finally {
      this.refreshing = false;
    }
    if (this.stageDue) return;
    this.stageDue = true;
    afterPaint(() => {
      this.stageDue = false;
      this.drawStage();
    });
  }

  /** Both sitters, their faces and meters, Putin's last answer in his bubble, the news. */
  protected drawStage(): void {
    if (!this.artRect || !session.active || !this.sys.isActive()) return;
    if (!this.stage) this.stage = new Stage(this, () => this.layoutArt(true));
    this.stage.draw(this.artRect, stageContent(session.view(), this.stageGoal()));
  }
}
