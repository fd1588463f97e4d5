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
