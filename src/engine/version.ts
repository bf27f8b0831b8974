/** Bump whenever a rule, a number in the scenario or the order of draws changes: old codes then say so instead of replaying differently. */
export const ENGINE_VERSION = 10;
