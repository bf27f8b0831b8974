// Codes and secrets. A class code and a rejoin code are short and read off a projector; a teacher's
// key and a student's token are 256-bit random secrets, stored only as their SHA-256 (a secret that
// long cannot be guessed from its hash, so a slow password hash would buy nothing here).
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CLASS_CODE_LENGTH, CODE_ALPHABET, REJOIN_CODE_LENGTH } from '../src/class/protocol';

export function shortCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}
export const classCode = () => shortCode(CLASS_CODE_LENGTH);
export const rejoinCode = () => shortCode(REJOIN_CODE_LENGTH);

/** 43 characters of base64url: 256 bits. */
export const secret = () => randomBytes(32).toString('base64url');

export const hashSecret = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Whether `given` is the secret whose hash is stored (compared in constant time). */
export function secretMatches(given: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(given), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A student's game seed: chosen by the server, one per student. */
export const gameSeed = () => randomBytes(9).toString('base64url');
