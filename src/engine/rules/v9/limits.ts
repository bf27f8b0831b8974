// How long the texts a result code carries may be.
export const LIMITS = { seed: 64, name: 40, session: 32, moves: 400 } as const;
