// ?seed=...&lang=...&difficulty=...&session=...&minutes=...&scenario=... : start that game. Bad values are reported by name.
import { isScenarioId } from '../content/registry';
import { DIFFICULTIES, type Difficulty, type Lang, type Message } from '../engine/types';

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

export const SEED_PATTERN = /^[\p{L}\p{N} ._\-]{1,64}$/u;

export function isValidSeed(seed: string): boolean {
  return SEED_PATTERN.test(seed) && seed.trim().length > 0;
}

export function parseUrl(search: string = window.location.search): UrlStart {
  const p = new URLSearchParams(search);
  const out: UrlStart = { errors: [] };
  const bad = (param: string, value: string, allowed: string) =>
    out.errors.push({ key: 'ui.url.bad', params: { param, value: value.slice(0, 80), allowed } });

  if (p.has('seed')) {
    const v = p.get('seed') ?? '';
    if (isValidSeed(v)) out.seed = v;
    else bad('seed', v, '1–64 letters, digits, space . _ -');
  }
  if (p.has('lang')) {
    const v = (p.get('lang') ?? '').trim();
    if (v === 'en' || v === 'id') out.lang = v;
    else bad('lang', v, 'en, id');
  }
  if (p.has('difficulty')) {
    const v = (p.get('difficulty') ?? '').trim();
    if ((DIFFICULTIES as readonly string[]).includes(v)) out.difficulty = v as Difficulty;
    else bad('difficulty', v, DIFFICULTIES.join(', '));
  }
  if (p.has('session')) {
    const v = p.get('session') ?? '';
    if (/^[\p{L}\p{N}._\-]{1,32}$/u.test(v)) out.session = v;
    else bad('session', v, '1–32 letters, digits . _ -');
  }
  if (p.has('minutes')) {
    const v = (p.get('minutes') ?? '').trim();
    const n = Number(v);
    if (/^\d{1,3}$/.test(v) && n >= 1 && n <= 180) out.minutes = n;
    else bad('minutes', v, '1–180');
  }
  if (p.has('scenario')) {
    const v = (p.get('scenario') ?? '').trim();
    if (isScenarioId(v)) out.scenario = v;
    else bad('scenario', v, 'a scenario of this game');
  }
  if (p.has('replay')) {
    const v = p.get('replay') ?? '';
    if (v.trim()) out.replay = v;
    else bad('replay', v, 'a result code');
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
  if (!cached) cached = parseUrl();
  return cached;
}
