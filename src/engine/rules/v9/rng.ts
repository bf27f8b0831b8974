// The one seeded generator of a game. Its state is plain data kept in the game state,
// so a game can be hashed and every chance is reproduced by replaying the moves.
import seedrandom from 'seedrandom';

export type RngState = seedrandom.State.Alea;

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [lo, hi]. */
  between(lo: number, hi: number): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A new array in a seeded order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  state(): RngState;
}

function wrap(prng: seedrandom.StatefulPRNG<seedrandom.State.Alea>): Rng {
  const next = () => prng();
  return {
    next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    int: (n) => Math.floor(next() * n),
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      return out;
    },
    state: () => prng.state() as RngState,
  };
}

export function seededRng(seed: string): Rng {
  return wrap(seedrandom.alea(seed, { state: true }));
}


/** A generator that continues from a saved state. */
export function restoredRng(state: RngState): Rng {
  return wrap(seedrandom.alea('', { state }));
}
