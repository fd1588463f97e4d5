import type { CheckField } from '../core/check/run-checks.js';

/** How a message names one of a claim's inputs: the field itself, or the flag a command takes it as. */
export type FieldNamer = (field: CheckField | 'published') => string;

/** The inputs as the library names them: the fields of `CheckInput`, and `published`. */
export const fieldName: FieldNamer = (field) => field;

/**
 * A claim that gives too little, or gives one figure several ways: one line for the user. The
 * message names fields; `describe` words it again with a command's own names for them.
 */
export class ClaimTextError extends Error {
  static readonly code = 'ATTRITION_CLAIM_TEXT';
  readonly code = ClaimTextError.code;
  constructor(readonly describe: (name: FieldNamer) => string) {
    super(describe(fieldName));
    this.name = 'ClaimTextError';
  }
}
