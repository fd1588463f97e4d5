import * as z from 'zod/mini';
import { isoDate } from '../../core/dates.js';
import { parseDayFlag } from '../../core/parse/index.js';
import { extractFigures } from '../../extract/index.js';
import { extractDocument, renderExtract } from '../../render/extract.js';
import { impossibleDates } from '../../extract/impossible-dates.js';
import type { CommandContext } from '../context.js';
import { readDocumentArgument } from '../../shell/read-document.js';
import { pageEcho } from '../../render/page.js';
import { flagValue, validateGiven } from '../validate.js';

const extractFlags = {
  published: () => z.optional(flagValue(parseDayFlag)),
};

export interface RawExtractFlags {
  published?: string;
  json?: boolean;
  /** The FILE argument: a path, "-" for standard input, or absent. */
  operands?: string[];
}

const ARTICLE_FILE = {
  name: 'FILE',
  accepts: 'a text file, or - to read piped text',
  instead: 'try attrition extract article.txt, or cat article.txt | attrition extract -',
};

/** Validates the flags, reads the text, extracts its figures, and writes the report or the JSON document. */
export async function runExtract(raw: RawExtractFlags, ctx: CommandContext): Promise<number> {
  const flags = validateGiven(extractFlags, { published: raw.published });
  const file = raw.operands?.[0];
  const { text, page } = await readDocumentArgument(file, ctx.io, ARTICLE_FILE);
  // A saved page's own date stands in for --published when none is given.
  const published = flags.published ?? page?.published ?? undefined;
  const figures = extractFigures(text, published === undefined ? {} : { published });
  const impossible = impossibleDates(text);
  const doc = extractDocument(
    {
      file: file ?? '-',
      published: published === undefined ? null : isoDate(published),
      ...(page && { page: pageEcho(page) }),
    },
    { figures, ...(impossible.length > 0 && { impossibleDates: impossible }) },
  );
  ctx.io.stdout.write(ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : renderExtract(doc, ctx.style, ctx.width));
  return 0;
}
