import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { isoDate } from '../core/dates.js';
import { parseDay } from '../core/parse.js';
import { UsageError } from '../errors.js';
import { extractFigures } from '../extract/index.js';
import type { Io } from '../io.js';
import { extractDocument, renderExtract } from '../render/extract.js';
import type { CommandContext } from './context.js';
import { flagValue, validateFlags } from './validate.js';

export const extractFlags = z.object({
  published: z.optional(flagValue(parseDay)),
});

export interface RawExtractFlags {
  published?: string;
  json?: boolean;
  /** The FILE argument: a path, "-" for standard input, or absent. */
  operands?: string[];
}

const TRY = 'give a text file, or - to read piped text';
export const TERMINAL_HINT =
  'extract reads a text file or piped text; try attrition extract article.txt, or cat article.txt | attrition extract -';

/** Validates the flags, reads the text, extracts its figures, and writes the report or the JSON document. */
export async function runExtract(raw: RawExtractFlags, ctx: CommandContext): Promise<number> {
  const flags = validateFlags(extractFlags, { published: raw.published });
  const file = raw.operands?.[0];
  const text = file === undefined || file === '-' ? await readPiped(ctx.io) : await readTextFile(file);
  const figures = extractFigures(text, flags.published === undefined ? {} : { published: flags.published });
  const doc = extractDocument(
    { file: file ?? '-', published: flags.published === undefined ? null : isoDate(flags.published) },
    { figures },
  );
  ctx.io.stdout.write(ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : renderExtract(doc, ctx.style));
  return 0;
}

/** Standard input, unless it is a terminal: then nobody is piping anything, and waiting would hang. */
async function readPiped(io: Io): Promise<string> {
  const stdin = io.stdin;
  if (!stdin || stdin.isTTY) throw new UsageError(TERMINAL_HINT);
  return asText(Buffer.from(await stdin.bytes()), '-');
}

async function readTextFile(file: string): Promise<string> {
  try {
    return asText(await readFile(file), file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`FILE ${JSON.stringify(file)} ${whyUnreadable(error)}; ${TRY}`);
  }
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ENAMETOOLONG') return 'is too long for a file name';
  return `cannot be read${code ? ` (${code})` : ''}`;
}

/** UTF-8 text; a NUL byte in the first 8 KB means a binary file, whose "figures" would be noise. */
function asText(bytes: Buffer, file: string): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UsageError(`FILE ${JSON.stringify(file)} is not text (it has NUL bytes); ${TRY}`);
  }
  return bytes.toString('utf8');
}
