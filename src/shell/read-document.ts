import { looksLikeHtml } from '../extract/html/detect.js';
import type { PageArticle } from '../extract/html/article.js';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { readTextArgument, type PipedArgument } from './files.js';

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
  const { readArticle } = await import('../extract/html/article.js');
  const page = await readArticle(content);
  if (page === null) {
    throw new UsageError(
      `${argument.name} ${JSON.stringify(file ?? '-')} is a web page with no article text in it; ` +
        "save the article's own page, or give its text as a plain text file",
    );
  }
  return { text: page.text, page };
}
