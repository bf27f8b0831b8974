// Result codes as a student and a teacher meet them: pasted with spaces, mistyped, cut off, old.
import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, formatMessage, makeStrategy, newGame, playOut, verifyResultCode } from '../../src/engine';

const game = playOut(newGame({ seed: 'classroom-7', settings: { difficulty: 'standard', session: 'KELAS-9B' }, name: 'Siti Nurhaliza' }), makeStrategy('greedy', 'x'));
const code = encodeResultCode(game.record());
const say = (r: { ok: boolean; error?: unknown }) => (r.ok ? 'ok' : formatMessage('en', (r as { error: Parameters<typeof formatMessage>[1] }).error));

describe('a result code', () => {
  it('is short enough for a chat message and carries the name and the session', () => {
    expect(code.length).toBeLessThan(200);
    expect(code).toMatch(/^V19[0-9A-Z]+$/);
    const d = decodeResultCode(code);
    expect(d.ok && d.record.name).toBe('Siti Nurhaliza');
    expect(d.ok && d.record.settings.session).toBe('KELAS-9B');
  });

  it('verifies to the score and hash of the game it came from', () => {
    const v = verifyResultCode(code);
    expect(v.ok && v.hash).toBe(game.hash());
    expect(v.ok && v.finished).toBe(true);
  });

  it('survives spaces, line breaks, dashes and lower case around and inside it', () => {
    const messy = `\n  ${code.slice(0, 20).toLowerCase()} ${code.slice(20, 40)}\r\n-${code.slice(40)}  \n`;
    expect(verifyResultCode(messy).ok).toBe(true);
  });

  it('says it was changed when one character is changed', () => {
    for (let i = 3; i < code.length; i++) {
      const ch = code[i] === 'Z' ? 'Y' : 'Z';
      const r = verifyResultCode(code.slice(0, i) + ch + code.slice(i + 1));
      expect(r.ok, `position ${i}`).toBe(false);
      expect(say(r), `position ${i}`).toMatch(/changed or mistyped/);
    }
  });

  it('says it is incomplete when cut off', () => {
    expect(say(verifyResultCode(code.slice(0, code.length - 7)))).toMatch(/incomplete/);
  });

  it('says what is wrong with things that are not codes', () => {
    expect(say(verifyResultCode(''))).toMatch(/empty/);
    expect(say(verifyResultCode('hello world'))).toMatch(/start with "V19"/);
    expect(say(verifyResultCode('V19 ABC!'))).toMatch(/characters/);
  });

  it('says which version made it when another engine version made it', () => {
    // A code as a later version of the game would write it: the same game, engine version 99.
    const text = encodeResultCode({ ...game.record(), engineVersion: 99 });
    expect(say(verifyResultCode(text))).toMatch(/another version of the game \(engine 99, this is 1\)/);
  });
});
