/** The outcome of reading one value a user typed: the value, or what would have been accepted. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(problem: string): Parsed<T> => ({ ok: false, problem });
