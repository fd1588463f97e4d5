import { isError } from './core/coded-error.js';

/** Exit codes: 0 ok, 1 a check found an inconsistency, 2 usage or input error, 70 internal bug. */
export const EXIT = { ok: 0, inconsistent: 1, usage: 2, internal: 70 } as const;

/** The code every UsageError carries. */
export const USAGE_ERROR_CODE = 'ATTRITION_USAGE';

/**
 * Bad input from the user: one line on stderr, exit 2. The CLI's bundles each hold their own copy
 * of this class, so tell it by its code (isUsageError), never by instanceof.
 */
export class UsageError extends Error {
  static readonly code = USAGE_ERROR_CODE;
  readonly code = UsageError.code;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Whether an error is a UsageError, from whichever bundle threw it. */
export const isUsageError = (error: unknown): error is UsageError => isError(error, UsageError);

/** "asOf" → "--as-of". */
export const flagName = (field: string): string => `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
