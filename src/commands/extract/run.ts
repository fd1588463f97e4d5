import * as z from 'zod/mini';
import { isoDate } from '../../core/dates.js';
import { parseDayFlag } from '../../core/parse/index.js';
import { extractFigures } from '../../extract/index.js';
import { extractDocument, renderExtract } from '../../render/extract.js';
import type { CommandContext } from '../context.js';
import { readTextArgument } from '../../shell/read-text.js';
import { flagValue, validateFlags } from '../validate.js';

export const extractFlags = z.object({
  published: z.optional(flagValue(parseDayFlag)),
});

export interface RawExtractFlags {
  published?: string;
  json?: boolean;
  /** The FILE argument: a path, "-" for standard input, or absent. */
  operands?: string[];
}

export const TERMINAL_HINT =
  'extract reads a text file or piped text; try attrition extract article.txt, or cat article.txt | attrition extract -';

/** Validates the flags, reads the text, extracts its figures, and writes the report or the JSON document. */
export async function runExtract(raw: RawExtractFlags, ctx: CommandContext): Promise<number> {
  const flags = validateFlags(extractFlags, { published: raw.published });
  const file = raw.operands?.[0];
  const text = await readTextArgument(file, ctx.io, { name: 'FILE', terminalHint: TERMINAL_HINT });
  const figures = extractFigures(text, flags.published === undefined ? {} : { published: flags.published });
  const doc = extractDocument(
    { file: file ?? '-', published: flags.published === undefined ? null : isoDate(flags.published) },
    { figures },
  );
  ctx.io.stdout.write(ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : renderExtract(doc, ctx.style));
  return 0;
}
