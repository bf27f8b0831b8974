// Running a machine as a pure function: (snapshot, event) → next snapshot, or null when the
// machine refuses the event. A game's state keeps each machine as plain data ({ value, context });
// the resolved snapshot is cached per plain object, so a game played move after move resolves
// nothing twice.
//
// Why not xstate's own transition(): it builds a new inert actor for every call (about 50 µs
// here, against 5 µs for the transition itself), which would make every move several times
// slower. We build that actor scope once per machine and reuse it. It is xstate's internal
// `_actorScope`; should a later xstate drop it, we fall back to the public transition().
import { type AnyStateMachine, type AnyMachineSnapshot, createActor, transition } from 'xstate';

export interface Plain<V = string, C = unknown> {
  value: V;
  context: C;
}

/**
 * A machine state made here: plain data to everyone else (its only enumerable fields are `value`
 * and `context`; JSON, structuredClone and the hash see nothing more), carrying the snapshot it
 * was made from, so the next step needs no resolving. A WeakMap did the same job, but with one
 * entry per move its upkeep was a large part of a move's time.
 */
class Made<V, C> implements Plain<V, C> {
  readonly #snap: AnyMachineSnapshot;
  /** What the machine answered when asked whether it takes an event now (legality asks often, with the same events). */
  #takes: Map<string, boolean> | undefined;
  static takes(plain: object, key: string, ask: () => boolean): boolean {
    if (!(#snap in plain)) return ask();
    const made = plain as Made<unknown, unknown>;
    const cache = (made.#takes ??= new Map());
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = ask()));
    return v;
  }
  constructor(
    readonly value: V,
    readonly context: C,
    snap: AnyMachineSnapshot,
  ) {
    this.#snap = snap;
  }
  static snapOf(plain: object): AnyMachineSnapshot | undefined {
    return #snap in plain ? (plain as Made<unknown, unknown>).#snap : undefined;
  }
}

/** States that came from elsewhere (a saved state read back): resolved once each. */
const resolved = new WeakMap<object, AnyMachineSnapshot>();
const scopes = new WeakMap<AnyStateMachine, unknown>();

function scopeOf(machine: AnyStateMachine, input: unknown): unknown {
  let scope = scopes.get(machine);
  if (scope === undefined) {
    const actor = createActor(machine, { input }) as unknown as { _actorScope?: { actionExecutor?: unknown } };
    scope = actor._actorScope ?? null;
    // Our machines' actions are all assign(), which xstate applies inside the transition itself.
    if (scope) (scope as { actionExecutor: () => void }).actionExecutor = () => undefined;
    scopes.set(machine, scope);
  }
  return scope;
}

function snapshotOf(machine: AnyStateMachine, plain: Plain): AnyMachineSnapshot {
  let snap = Made.snapOf(plain) ?? resolved.get(plain);
  if (!snap) {
    snap = machine.resolveState({ value: plain.value as never, context: plain.context as never });
    resolved.set(plain, snap);
  }
  return snap;
}

function toPlain<V, C>(snap: AnyMachineSnapshot): Plain<V, C> {
  return new Made(snap.value as V, snap.context as C, snap);
}

const initials = new WeakMap<AnyStateMachine, WeakMap<object, Plain>>();

/** The machine's first state for this input, as plain data: made once per machine and input (states are never changed in place, so it can be shared). */
export function initialPlain<V, C>(machine: AnyStateMachine, input: object): Plain<V, C> {
  let byInput = initials.get(machine);
  if (!byInput) {
    byInput = new WeakMap();
    initials.set(machine, byInput);
  }
  let plain = byInput.get(input);
  if (!plain) {
    plain = toPlain(createActor(machine, { input }).getSnapshot());
    byInput.set(input, plain);
  }
  return plain as Plain<V, C>;
}

/** An event's identity for the cache of answers: its type and the option it names, the only payload our guards read. */
function eventKey(event: { type: string; offer?: { option?: string }; option?: string }): string {
  return `${event.type}|${event.offer?.option ?? event.option ?? ''}`;
}

/** Whether the machine takes this event now (a guard that fails counts as a refusal). */
export function accepts(machine: AnyStateMachine, plain: Plain, event: { type: string }): boolean {
  return Made.takes(plain, eventKey(event), () => snapshotOf(machine, plain).can(event as never));
}

/** The next state, or null when the machine refuses the event: the caller reports it, never swallows it. */
export function step<V, C>(machine: AnyStateMachine, plain: Plain<V, C>, event: { type: string }, input: unknown): Plain<V, C> | null {
  const snap = snapshotOf(machine, plain as Plain);
  const scope = scopeOf(machine, input);
  if (!scope && !snap.can(event as never)) return null;
  const next = scope ? machine.transition(snap, event as never, scope as never) : transition(machine, snap, event as never)[0];
  // xstate hands back the very same snapshot when no transition takes the event (a guard failed, or none is defined).
  if (next === snap) return null;
  return toPlain<V, C>(next as AnyMachineSnapshot);
}

/** Whether a state is final (a settled goal, the day over). */
export function isFinal(machine: AnyStateMachine, plain: Plain): boolean {
  return snapshotOf(machine, plain).status === 'done';
}
