// The student's short written justification, handed in with the game after the debrief. Checked
// here only to help the student (the server keeps whatever is handed in, up to its limit): an empty
// box or text that is not yet words is pointed out politely once, and can then be handed in as it is.
import { LIMITS_CLASS } from '../class/protocol';

export const MAX_JUSTIFICATION = LIMITS_CLASS.justification;

export type Draft = 'empty' | 'not-words' | 'ok';

/** Whitespace collapsed, control characters dropped, cut at the limit (by code points, not halves of them). */
export function cleanJustification(text: string): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return [...flat].slice(0, MAX_JUSTIFICATION).join('').slice(0, MAX_JUSTIFICATION);
}

/**
 * Whether the text reads as words: at least three words of two or more letters, letters making most
 * of it, no one character filling it ("aaaaaa", "!!!!", a keyboard row mashed). A short honest
 * sentence in either language passes.
 */
export function judgeDraft(text: string): Draft {
  const clean = cleanJustification(text);
  if (!clean) return 'empty';
  const chars = [...clean.replace(/\s/g, '')];
  const letters = chars.filter((c) => /\p{L}/u.test(c)).length;
  const words = clean.split(/\s+/).filter((w) => (w.match(/\p{L}/gu) ?? []).length >= 2);
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c.toLowerCase(), (counts.get(c.toLowerCase()) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const vowels = (clean.match(/[aeiouy]/giu) ?? []).length;
  if (words.length < 3 || letters < chars.length * 0.6 || most > chars.length * 0.4 || vowels < letters * 0.15) return 'not-words';
  return 'ok';
}
