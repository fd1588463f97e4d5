import { echo } from './wording.js';
/**
 * The shape of what a library caller passes, checked before any arithmetic: a missing or wrongly typed field throws
 * InputError naming the function and the field (`project: input.start is required: a date string such as
 * 2024-12-06`), never a TypeError from deep inside. Values of the right type that the arithmetic refuses are the
 * functions' own errors (ProjectionError, CheckError, …).
 */

export class InputError extends Error {
  static readonly code = 'ATTRITION_INPUT';
  readonly code = InputError.code;
  constructor(
    /** The library function called. */
    readonly fn: string,
    /** The field as a path from the argument: input.start, input.phases[0].rate, reports[2].date. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${fn}: ${field} ${problem}`);
    this.name = 'InputError';
  }
}

/** A shape: the problem with `value` at `path` as [path, problem], or null when it fits. */
export type Shape = (value: unknown, path: string) => [string, string] | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What was found instead, for the message: "got undefined", "got the string \"12000\"". */
function got(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${echo(value.length > 40 ? `${value.slice(0, 39)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

/** "is required: a number" for a field left out, "must be a number; got the string "12000"" for one of another type. */
const problemFor = (value: unknown, expected: string): string =>
  value === undefined ? `is required: ${expected}` : `must be ${expected}; got ${got(value)}`;

const simple =
  (test: (value: unknown) => boolean, expected: string): Shape =>
  (value, path) =>
    test(value) ? null : [path, problemFor(value, expected)];

export const number: Shape = simple((v) => typeof v === 'number' && !Number.isNaN(v), 'a number');
export const text: Shape = simple((v) => typeof v === 'string', 'a string');
export const date: Shape = simple((v) => typeof v === 'string', 'a date string such as 2024-12-06');
export const func: Shape = simple((v) => typeof v === 'function', 'a function');
export const day: Shape = simple(
  (v) => typeof v === 'number' && Number.isInteger(v),
  'a day number (days since 1970-01-01, UTC)',
);
export const range: Shape = simple(
  (v) => isObject(v) && typeof v.low === 'number' && typeof v.high === 'number',
  'a range { low, high } of numbers',
);
export const numberOrRange: Shape = simple(
  (v) => typeof v === 'number' || (isObject(v) && typeof v.low === 'number' && typeof v.high === 'number'),
  'a number or a range { low, high }',
);
export const dateOrRange: Shape = simple(
  (v) => typeof v === 'string' || (isObject(v) && typeof v.low === 'string' && typeof v.high === 'string'),
  'a date string or a range { low, high } of date strings',
);
export const oneOf = (...values: readonly string[]): Shape =>
  simple((v) => typeof v === 'string' && values.includes(v), `one of ${values.join(', ')}`);

/** Left out, or of the shape (null counts as left out when `nullable`). */
export const optional =
  (shape: Shape, nullable = false): Shape =>
  (value, path) =>
    value === undefined || (nullable && value === null) ? null : shape(value, path);

export const either =
  (expected: string, ...shapes: Shape[]): Shape =>
  (value, path) =>
    shapes.some((s) => s(value, path) === null) ? null : [path, problemFor(value, expected)];

export const arrayOf =
  (item: Shape): Shape =>
  (value, path) => {
    if (!Array.isArray(value)) return [path, problemFor(value, 'an array')];
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };

/** An object with these fields (others are let through). */
export const object =
  (fields: Record<string, Shape>): Shape =>
  (value, path) => {
    if (!isObject(value)) return [path, problemFor(value, 'an object')];
    for (const [name, shape] of Object.entries(fields)) {
      const problem = shape(value[name], `${path}.${name}`);
      if (problem) return problem;
    }
    return null;
  };

/** Throws InputError for the first argument, or field of one, that does not fit its shape. */
export function checkArguments(fn: string, args: readonly unknown[], shapes: readonly [string, Shape][]): void {
  shapes.forEach(([name, shape], i) => {
    const problem = shape(args[i], name);
    if (problem) throw new InputError(fn, problem[0], problem[1]);
  });
}
