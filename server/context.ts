// What the rooms and the HTTP routes of one process share: the store, the presence (local, or Redis
// across processes), the settings. Set once at start (app.ts); a room cannot be handed objects
// through its options, which may cross processes as JSON.
import type { Presence } from '@colyseus/core';
import type { Config } from './config';
import type { Store } from './store';

export interface Context {
  store: Store;
  presence: Presence;
  config: Config;
}

let current: Context | null = null;
export function setContext(c: Context | null): void {
  current = c;
}
export function ctx(): Context {
  if (!current) throw new Error('class server context not set');
  return current;
}

/** The topic a class's changes made over HTTP are published on, for its room wherever it lives. */
export const classTopic = (classId: string) => `class:${classId}`;
/** The set of a class's students with a connection open (kept by the room, read over HTTP). */
export const onlineKey = (classId: string) => `class-online:${classId}`;
export type ClassEvent = { type: 'changed' } | { type: 'deleted' };
