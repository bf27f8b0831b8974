export const bundle = undefined as never;
