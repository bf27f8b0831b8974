// The register of facts (src/content/<id>/facts.json) and the claims of a scenario's texts
// (src/content/<id>/claims.json): their shapes, and which message keys state something.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface RegisterFact {
  id: string;
  source: string;
  statement: string;
}

/** When a source may be cited: any time, only after play (the outcome), or only in the teacher's notes. */
export type Shown = 'any time' | 'after play' | "teacher's notes";

export interface HistoryEntry {
  deal: string | null;
  facts?: string[];
  invention?: string;
}

export interface Register {
  /** The article a real scenario rests on: its title, language and date (P0 is the title). */
  article?: { title: string; language: string; translatedFrom: string; published: string };
  sources: Record<string, { cite: string; shown: Shown }>;
  facts: RegisterFact[];
  history: { deals: Record<string, HistoryEntry> };
}

/** What a text rests on: facts of the register, an invention of the game said as such, or nothing of the events at all. */
export interface Claim {
  facts?: string[];
  invention?: string;
  general?: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8')) as T;

export const registerPath = (scenarioId: string) => `src/content/${scenarioId}/facts.json`;
export const claimsPath = (scenarioId: string) => `src/content/${scenarioId}/claims.json`;
export const readRegister = (scenarioId: string) => read<Register>(registerPath(scenarioId));
export const readClaims = (scenarioId: string) => read<Record<string, Claim>>(claimsPath(scenarioId));
export const readJson = read;

/** The article's paragraphs are cited as P0 (its title) to P18; every other source is listed in the register. */
export const isParagraph = (ref: string) => /^P\d+$/.test(ref);

/**
 * The keys of a scenario's catalogue whose text states something: the briefing, the goals, the
 * options, Putin's limits and reasons, the concessions and arguments, the news, the ways to face
 * the press (the state media's lines), the counterpart's words to reporters and the reactions
 * abroad at the end of the day, the debrief and the teacher's notes. A name (an option's title, a
 * capital's name) states nothing; a headline (an event's title) does.
 */
export function states(key: string): boolean {
  if (!/^(scenario\.intro$|scenario\.press\.(intro|note)$|briefing\.|goal\.|option\.|constraint\.|sweetener\.|framing\.|event\.|stance\.|press\.|reaction\.|reason\.|hint\.|debrief\.|notes\.)/.test(key)) return false;
  return !/^(goal|option|constraint|sweetener|framing|stance)\..*\.title$|^debrief\.idea\..*\.title$|^reaction\.from\./.test(key);
}

/** Keys shown only after play (the end of the day, once the talks are over, and the debrief) or only to the teacher (the notes). */
export const afterPlay = (key: string) => /^(scenario\.press\.|press\.|reaction\.|debrief\.|notes\.)/.test(key);
export const teacherOnly = (key: string) => /^notes\./.test(key);
