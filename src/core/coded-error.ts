/**
 * An error class told apart by its code: `static readonly code`, which each of its errors carries
 * as `code` too. The CLI's bundles each hold their own copy of a module several of them import,
 * classes included, so `instanceof` on an error from another bundle is false and its name can be
 * anyone's: every error of attrition's own is told by `isError` (npm run lint refuses the others).
 */
export interface ErrorKind<T extends Error> {
  readonly code: string;
  readonly prototype: T;
}

/** Whether an error is one of this kind, from whichever bundle threw it. */
export const isError = <T extends Error>(error: unknown, kind: ErrorKind<T>): error is T =>
  error instanceof Error && (error as { code?: unknown }).code === kind.code;

/**
 * A problem with one input: the field to blame (null: none) and what is wrong with it, which
 * completes "FIELD …"; the message is both. Each kind declares its code and name:
 * `class DuelError extends FieldError { static readonly code = 'ATTRITION_DUEL'; … }`.
 */
export abstract class FieldError extends Error {
  abstract readonly code: string;
  constructor(
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(field === null ? problem : `${field} ${problem}`);
  }
}
