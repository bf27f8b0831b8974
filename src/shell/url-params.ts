// ?seed=...&lang=...&difficulty=...&session=...&minutes=...&scenario=... : start that game. Bad values are reported by name.
// The rules are the teacher's page's too (./input-rules.ts): every class link it makes opens here.
import type { Difficulty, Lang, Message } from '../engine/types';
import { ALLOWED, readDifficulty, readLang, readMinutes, readScenario, readSeed, readSession, type Read } from './input-rules';

export { isValidSeed, SEED_PATTERN } from './input-rules';

export interface UrlStart {
  seed?: string;
  lang?: Lang;
  difficulty?: Difficulty;
  session?: string;
  /** ?minutes=N: the lesson's time limit from the teacher's link. */
  minutes?: number;
  /** ?scenario=<id>: the scenario to play (by default the game's own). */
  scenario?: string;
  /** ?replay=<result code>: open the replay viewer on it (the teacher's page links these). */
  replay?: string;
  /** One message per bad parameter, naming it. */
  errors: Message[];
}

/** Reads a query string (location.search): pure, so that the tests read the teacher's links with it. */
export function parseUrl(search: string): UrlStart {
  const p = new URLSearchParams(search);
  const out: UrlStart = { errors: [] };
  const bad = (param: string, value: string, allowed: string | Message) =>
    out.errors.push({ key: 'ui.url.bad', params: { param, value: value.slice(0, 80), allowed } });

  /** A parameter read by its rule: its value, or a message naming it. */
  const read = <T>(param: keyof typeof ALLOWED, rule: (raw: string) => Read<T>, take: (value: T) => void) => {
    if (!p.has(param)) return;
    const raw = p.get(param) ?? '';
    const r = rule(raw);
    if (r.ok) take(r.value);
    else bad(param, raw, ALLOWED[param]);
  };
  read('seed', readSeed, (v) => (out.seed = v));
  read('lang', readLang, (v) => (out.lang = v));
  read('difficulty', readDifficulty, (v) => (out.difficulty = v));
  read('session', readSession, (v) => (out.session = v));
  read('minutes', readMinutes, (v) => (out.minutes = v));
  read('scenario', readScenario, (v) => (out.scenario = v));
  if (p.has('replay')) {
    const v = p.get('replay') ?? '';
    if (v.trim()) out.replay = v;
    else bad('replay', v, ALLOWED.replay);
  }
  return out;
}

/** A fresh, readable seed. Chosen once by the shell; the game itself is a pure function of it. */
export function freshSeed(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return `vlad-${s}`;
}

let cached: UrlStart | null = null;

/** The page's start parameters as they were when it loaded (the address bar is cleaned afterwards). */
export function startUrl(): UrlStart {
  if (!cached) cached = parseUrl(window.location.search);
  return cached;
}
