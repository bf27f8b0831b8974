// Putin's memories of what Kim did today. Each fades with a half-life, so an early insult
// weighs less by the evening; their sum is the goodwill term of his utility.

export interface Memory {
  kind: 'sweetener' | 'insult' | 'walkAway' | 'deal';
  at: number;
  weight: number;
}

export function goodwill(memories: readonly Memory[], clock: number, halfLife: number): number {
  let sum = 0;
  for (const m of memories) sum += m.weight * 0.5 ** ((clock - m.at) / halfLife);
  return Math.round(sum * 100) / 100;
}
