/** Exit codes: 0 ok, 1 a check found an inconsistency, 2 usage or input error, 70 internal bug. */
export const EXIT = { ok: 0, inconsistent: 1, usage: 2, internal: 70 } as const;

/** Bad input from the user: one line on stderr, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** "asOf" → "--as-of". */
export const flagName = (field: string): string =>
  `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
