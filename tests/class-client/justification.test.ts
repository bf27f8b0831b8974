// The debrief's justification: an honest short answer in either language passes; an empty box or
// keyboard mashing is pointed out (once: the student may hand it in as it is); the text is kept to the limit.
import { describe, expect, it } from 'vitest';
import { cleanJustification, judgeDraft, MAX_JUSTIFICATION } from '../../src/class-client/justification';

describe('the justification handed in with a live class game', () => {
  it('takes a short sentence in English or Indonesian', () => {
    expect(judgeDraft('I asked for the lifeline first because Putin wanted it too.')).toBe('ok');
    expect(judgeDraft('Saya memilih jalur diplomatik karena Putin juga menginginkannya.')).toBe('ok');
  });

  it('says when the box is empty or only spaces', () => {
    expect(judgeDraft('')).toBe('empty');
    expect(judgeDraft('  \n\t ')).toBe('empty');
  });

  it('says when the text is not words', () => {
    for (const s of ['asdfghjkl', 'aaaaaaaaaaaaaaaa', '!!!!!!!!', '12345 67890 1111', 'ok', 'qwrtp zxcvb mnbvc', '.... ,,,, ;;;;']) expect(judgeDraft(s), s).toBe('not-words');
  });

  it('keeps at most the limit, counted in characters, without control characters', () => {
    const long = 'é'.repeat(MAX_JUSTIFICATION + 50);
    expect([...cleanJustification(long)].length).toBe(MAX_JUSTIFICATION);
    expect(cleanJustification('a\u0000b\u200Bc   d')).toBe('a b c d');
    const emoji = '😀'.repeat(MAX_JUSTIFICATION);
    expect(cleanJustification(emoji).length).toBeLessThanOrEqual(MAX_JUSTIFICATION);
    expect(cleanJustification(emoji).endsWith('\uD83D')).toBe(false);
  });
});
