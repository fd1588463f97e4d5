import * as z from 'zod/mini';
import type { Parsed } from '../core/parse/parsed.js';
import { flagName, UsageError } from '../errors.js';
import { echo } from '../core/wording.js';

/**
 * A zod schema for one flag's text, read by a parser from the core. `missing` is what a user
 * is told when a required flag is absent.
 */
export function flagValue<T>(read: (text: string) => Parsed<T>, missing = 'is required') {
  return z.pipe(
    z.string({ error: missing }),
    z.transform((text: string, ctx) => {
      const parsed = read(text);
      if (parsed.ok) return parsed.value;
      ctx.issues.push({ code: 'custom', message: `${echo(text)} ${parsed.problem}`, input: text });
      return z.NEVER;
    }),
  );
}

/** Validates raw flags against a schema; the first problem becomes one line naming the flag. */
export function validateFlags<S extends z.ZodMiniType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? `${flagName(String(issue.path[0]))} ` : '';
  throw new UsageError(`${field}${issue.message}`);
}

/**
 * A command's flags, each as the zod schema it is read with, built by a function when needed: how
 * `check`, which has no flag table yet (flag-table.ts), declares its flags to zod.
 */
export type FlagFields = Record<string, () => z.ZodMiniType>;

/** What flag fields validate to, as one object (a flag table's is FlagsOf, in flag-table.ts). */
export type FieldsOf<F extends FlagFields> = z.infer<z.ZodMiniObject<{ [K in keyof F]: ReturnType<F[K]> }>>;

/** Marks a flag field a run must give: it is validated, and its absence reported, given or not. */
export const required = <B extends () => z.ZodMiniType>(build: B): B => Object.assign(build, { required: true });

const isRequired = (build: () => z.ZodMiniType): boolean => (build as { required?: boolean }).required === true;

/**
 * Validates the flags a run gave (and the required ones, given or not) against their fields'
 * schemas, in the fields' order. Only those schemas are built: building a command's whole schema
 * is most of what zod costs a run, and a run gives few of its flags.
 */
export function validateGiven<F extends FlagFields>(fields: F, raw: Record<string, unknown>): FieldsOf<F> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, build] of Object.entries(fields)) {
    if (raw[key] !== undefined || isRequired(build)) shape[key] = build();
  }
  return validateFlags(z.object(shape), raw) as FieldsOf<F>;
}
