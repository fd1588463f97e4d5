import { looksLikeHtml } from '../extract/html/detect.js';
import type { PageArticle } from '../extract/html/article.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { readTextArgument, type PipedArgument } from './files.js';
import { readTextPieces, type TextPiece } from './text-pieces.js';
import { echo } from '../core/wording.js';

export interface ReadDocument {
  /** The text to read figures from: the file's text, or the article of a saved web page. */
  text: string;
  /** The page's article, title and date; null for plain text. */
  page: PageArticle | null;
}

/**
 * A text file or piped text, as readTextArgument reads it; a saved web page (by its .html or .htm
 * name, or by how it begins) is read as its article. The page reader is imported only then.
 */
export async function readDocumentArgument(
  file: string | undefined,
  io: Io,
  argument: PipedArgument,
): Promise<ReadDocument> {
  const content = await readTextArgument(file, io, argument);
  if (!looksLikeHtml(content, file)) return { text: content, page: null };
  return pageDocument(content, file, argument);
}

/** A document whose plain text goes on past its first piece: the other pieces follow in `rest`. */
export interface PiecedDocument extends ReadDocument {
  more: boolean;
  rest: AsyncIterable<TextPiece>;
}

/**
 * readDocumentArgument for a text of any length: plain text comes a piece of at most `size`
 * characters at a time (readTextPieces); a web page is read whole, and refused as soon as it is
 * longer than the page reader reads.
 */
export async function readDocumentPieces(
  file: string | undefined,
  io: Io,
  argument: PipedArgument,
  size: number,
): Promise<PiecedDocument> {
  const pieced = await readTextPieces(file, io, argument, size);
  if (!looksLikeHtml(pieced.first, file)) return { text: pieced.first, page: null, ...pieced };
  let content = pieced.first;
  const { PAGE_LIMITS } = await import('../extract/html/article.js');
  for await (const piece of pieced.rest) {
    content += piece.text;
    if (content.length > PAGE_LIMITS.characters) {
      throw pageRefusal(file, argument, 'characters', PAGE_LIMITS.characters);
    }
  }
  return { ...(await pageDocument(content, file, argument)), more: false, rest: pieced.rest };
}

async function pageDocument(content: string, file: string | undefined, argument: PipedArgument): Promise<ReadDocument> {
  const { readArticle, isPageLimitError } = await import('../extract/html/article.js');
  let page: PageArticle | null;
  try {
    page = await readArticle(content);
  } catch (error) {
    if (isPageLimitError(error)) throw pageRefusal(file, argument, error.over, error.limit, error.found);
    throw error;
  }
  if (page === null) {
    throw new UsageError(
      `${argument.name} ${echo(file ?? '-')} is a web page with no article; give its text as a file`,
    );
  }
  return { text: page.text, page };
}

/** A web page too large or too deep to read: one line naming the limit, and what to give instead. */
function pageRefusal(
  file: string | undefined,
  argument: PipedArgument,
  over: 'characters' | 'depth',
  limit: number,
  found?: number,
): UsageError {
  const n = (x: number): string => x.toLocaleString('en-US');
  const why =
    over === 'depth'
      ? `nests ${n(found ?? limit)} deep (at most ${n(limit)})`
      : `is a web page of over ${n(limit)} characters, the limit`;
  return new UsageError(`${argument.name} ${echo(file ?? '-')} ${why}; give its text as a file`);
}
