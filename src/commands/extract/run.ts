import { EXIT } from '../../errors.js';
import { writeDocument } from '../write-document.js';
import { isoDate } from '../../core/dates.js';
import { extractFigures } from '../../extract/extract.js';
import { shiftFigure } from '../../extract/pieces.js';
import type { ExtractOptions } from '../../extract/types.js';
import {
  extractDocument,
  extractJsonEnd,
  extractJsonFigure,
  extractJsonHead,
  renderExtract,
  renderExtractEnd,
  renderExtractHead,
  renderExtractPiece,
  type ExtractEcho,
  type PieceState,
} from '../../render/extract.js';
import { impossibleDates } from '../../extract/impossible-dates.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../../shell/io.js';
import { readDocumentPieces } from '../../shell/read-document.js';
import type { TextPiece } from '../../shell/text-pieces.js';
import { pageEcho } from '../../render/page.js';
import type { ExtractFlags } from './definition.js';

const ARTICLE_FILE = {
  name: 'FILE',
  accepts: 'a text file, or - for stdin',
  instead: 'give a file, or pipe text in',
};

/**
 * Text longer than this many characters is read a piece at a time (cut where a sentence ends), and
 * its report written as each piece is read, so memory stays bounded however long the text is.
 */
export const EXTRACT_PIECE = 1 << 18;

/** Validates the flags, reads the text, extracts its figures, and writes the report or the JSON document. */
export async function runExtract(flags: ExtractFlags, ctx: CommandContext, pieceSize = EXTRACT_PIECE): Promise<number> {
  const file = flags.operands?.[0];
  const { text, page, more, rest } = await readDocumentPieces(file, ctx.io, ARTICLE_FILE, pieceSize);
  // A saved page's own date stands in for --published when none is given.
  const published = flags.published ?? page?.published ?? undefined;
  const options: ExtractOptions = published === undefined ? {} : { published };
  const input: ExtractEcho = {
    file: file ?? '-',
    published: published === undefined ? null : isoDate(published),
    ...(page && { page: pageEcho(page) }),
  };
  if (more) {
    await writePieces({ text, offset: 0 }, rest, input, options, ctx);
    return EXIT.ok;
  }
  const impossible = impossibleDates(text);
  const doc = extractDocument(input, {
    figures: extractFigures(text, options),
    ...(impossible.length > 0 && { impossibleDates: impossible }),
  });
  return writeDocument(doc, renderExtract, ctx);
}

/** A long text's report or JSON document, written a piece at a time as each piece is read. */
async function writePieces(
  first: TextPiece,
  rest: AsyncIterable<TextPiece>,
  input: ExtractEcho,
  options: ExtractOptions,
  ctx: CommandContext,
): Promise<void> {
  const out = ctx.io.stdout;
  let count = 0;
  const state: PieceState = {};
  await send(out, ctx.json ? extractJsonHead(input) : renderExtractHead(input.published, ctx.style));
  const read = async (piece: TextPiece): Promise<void> => {
    const figures = extractFigures(piece.text, options).map((f) => shiftFigure(f, piece.offset));
    if (ctx.json) {
      await send(out, figures.map((f, i) => extractJsonFigure(f, count + i === 0)).join(''));
    } else {
      await send(out, renderExtractPiece(figures, ctx.style, ctx.width, state));
    }
    count += figures.length;
  };
  await read(first);
  for await (const piece of rest) await read(piece);
  await send(out, ctx.json ? extractJsonEnd(count) : renderExtractEnd(count, ctx.style));
}

/** Writes text, waiting while the reader catches up. */
async function send(out: Output, text: string): Promise<void> {
  if (text !== '' && !out.write(text) && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
}
