import * as z from 'zod/mini';
import { flagReading, type FlagKind, type Parsed } from '../core/parse/index.js';
import { flagName, UsageError } from '../errors.js';

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
      ctx.issues.push({ code: 'custom', message: `${JSON.stringify(text)} ${parsed.problem}`, input: text });
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
 * How each flag given was read where it said less than the flag needs (a period for a day, a
 * qualified figure for a projection), named by its flag: `--as-of "early January 2025" taken as
 * its middle day, 2025-01-05`. For the assumptions of the report, human and JSON.
 */
export function flagReadings(raw: Record<string, unknown>, kinds: Record<string, FlagKind>): string[] {
  return Object.entries(kinds).flatMap(([field, kind]) => {
    const text = raw[field];
    const reading = typeof text === 'string' ? flagReading(kind, text) : null;
    return reading === null ? [] : [`${flagName(field)} ${reading}`];
  });
}
