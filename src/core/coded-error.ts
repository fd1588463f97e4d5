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
