import * as z from 'zod/mini';
import { parseDay } from '../core/parse/index.js';
import { flagValue } from './validate.js';
import { echo } from '../core/wording.js';

/** The flags of a command that reads a series, its columns and its span, as flag fields (validate.ts). */
export const seriesFlags = {
  dateColumn: () => z.optional(z.string()),
  valueColumn: () => z.optional(z.string()),
  value: () => z.optional(z.string()),
  qualifierColumn: () => z.optional(z.string()),
  unit: () =>
    z.optional(
      z.string().check(
        z.refine((text) => text.trim() !== '', {
          error: (issue) => `${echo(issue.input)} is empty; give what the count counts, such as tanks`,
        }),
      ),
    ),
  since: () => z.optional(flagValue(parseDay)),
  until: () => z.optional(flagValue(parseDay)),
};
