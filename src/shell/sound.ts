// Optional sound: muted by default, a visible toggle, never autoplays. Tiny synthesized cues, no files.
const KEY = 'vladivostok-2019.sound';
let enabled = false;
let ctx: AudioContext | null = null;

export function soundOn(): boolean {
  return enabled;
}

export function initSound(): void {
  try {
    enabled = localStorage.getItem(KEY) === 'on';
  } catch {
    enabled = false;
  }
}

/** Called from a click: the AudioContext is only created after a user gesture. */
export function toggleSound(): boolean {
  enabled = !enabled;
  try {
    localStorage.setItem(KEY, enabled ? 'on' : 'off');
  } catch {
    /* storage blocked */
  }
  if (enabled) cue('tap');
  return enabled;
}

type Cue = 'tap' | 'yes' | 'no' | 'counter' | 'news';

const NOTES: Record<Cue, number[]> = {
  tap: [660],
  yes: [523, 659, 784],
  no: [330, 262],
  counter: [440, 494],
  news: [880, 660],
};

export function cue(kind: Cue): void {
  if (!enabled) return;
  try {
    if (!ctx) ctx = new AudioContext();
    const now = ctx.currentTime;
    NOTES[kind].forEach((freq, i) => {
      const osc = ctx!.createOscillator();
      const gain = ctx!.createGain();
      osc.type = 'triangle';
      osc.frequency.value = freq;
      const t0 = now + i * 0.11;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(0.08, t0 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.18);
      osc.connect(gain).connect(ctx!.destination);
      osc.start(t0);
      osc.stop(t0 + 0.2);
    });
  } catch {
    /* no audio: fine */
  }
}
