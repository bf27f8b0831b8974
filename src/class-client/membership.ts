// What this browser keeps of a live class it joined: the token that lets this student (only) back
// into their game, the rejoin code to show, and whether the game was handed in. One entry per class
// server and class code, in localStorage (as the language and the class clock are); the game itself
// is the game's autosave (src/shell/persistence.ts), whose moves the server holds too.
import * as v from 'valibot';
import type { ClassLink } from '../shell/class-link';

const PREFIX = 'vladivostok-2019.class.';

const MembershipSchema = v.object({
  token: v.string(),
  rejoinCode: v.string(),
  label: v.string(),
  studentId: v.string(),
  seed: v.string(),
  handedIn: v.optional(v.boolean(), false),
  /** The justification being written (kept across reloads until handed in). */
  draft: v.optional(v.string(), ''),
});
export type Membership = v.InferOutput<typeof MembershipSchema>;

const keyOf = (link: ClassLink) => `${PREFIX}${link.server}|${link.code}`;

export function readMembership(link: ClassLink, storage: Storage = localStorage): Membership | null {
  try {
    const raw = storage.getItem(keyOf(link));
    if (!raw) return null;
    const parsed = v.safeParse(MembershipSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** False when the browser refused (a private window, no room): the student then keeps the rejoin code shown. */
export function writeMembership(link: ClassLink, m: Membership, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(keyOf(link), JSON.stringify(m));
    return true;
  } catch {
    return false;
  }
}

export function forgetMembership(link: ClassLink, storage: Storage = localStorage): void {
  try {
    storage.removeItem(keyOf(link));
  } catch {
    /* nothing kept */
  }
}
