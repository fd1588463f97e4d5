import type { Day } from '../../core/dates.js';
import { isError } from '../../core/coded-error.js';
import type { PageDocument, PageElement } from './dom.js';
import { publishedOf, type PublishedSource } from './published.js';

/** A saved news page read as its article: the text a reader would read, its title and its date. */
export interface PageArticle {
  text: string;
  title: string | null;
  /** The publication day the page's metadata states, if any. */
  published: Day | null;
  /** Where that day was read, and how the page wrote it. */
  publishedFrom: { source: PublishedSource; written: string } | null;
}

/**
 * The largest page read, in characters, and the deepest nesting of its elements. Finding the article
 * costs time that grows with both (at 2,000 nested elements, minutes): beyond them a page is refused
 * at once, before any of that work.
 */
export const PAGE_LIMITS = { characters: 5_000_000, depth: 256 } as const;

/** A page beyond PAGE_LIMITS: what was over, how far, and the limit. */
export class PageLimitError extends Error {
  static readonly code = 'page-limit';
  readonly code = PageLimitError.code;
  constructor(
    readonly over: 'characters' | 'depth',
    readonly found: number,
    readonly limit: number,
  ) {
    super(
      over === 'characters'
        ? `a page of ${found} characters is over the limit of ${limit}`
        : `a page nesting elements ${found} deep is over the limit of ${limit}`,
    );
    this.name = 'PageLimitError';
  }
}

/** Whether an error is a PageLimitError (told by its code: each bundle has its own copy of the class). */
export const isPageLimitError = (error: unknown): error is PageLimitError => isError(error, PageLimitError);

// Elements whose text stands on lines of its own in the article.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, tr, dt, dd, br, div, section, article';

/**
 * The article in an HTML page, found by Mozilla's Readability (Firefox's Reader View) on a
 * linkedom DOM: navigation, teasers, footers, scripts and styles are left behind. Null when the
 * page holds no article. Pure (string in, article out); the two libraries are loaded on first use,
 * so reading plain text never pays for them.
 */
export async function readArticle(html: string): Promise<PageArticle | null> {
  if (html.length > PAGE_LIMITS.characters) throw new PageLimitError('characters', html.length, PAGE_LIMITS.characters);
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const document = parseHTML(html).document as unknown as PageDocument;
  if (document.documentElement === null || document.body === null) return null; // an empty file
  const depth = depthOf(document.documentElement);
  if (depth > PAGE_LIMITS.depth) throw new PageLimitError('depth', depth, PAGE_LIMITS.depth);
  const published = publishedOf(document); // before Readability, which rewrites the document
  const pageTitle = document.title.trim();
  const parsed = new Readability(document as never).parse();
  if (parsed === null || typeof parsed.content !== 'string') return null;
  const text = textOfContent(
    (parseHTML(`<html><body>${parsed.content}</body></html>`).document as unknown as PageDocument).body,
  );
  if (!hasProse(text)) return null;
  const title = parsed.title?.trim() || pageTitle || null;
  return {
    text,
    title,
    published: published?.day ?? null,
    publishedFrom: published ? { source: published.from, written: published.written } : null,
  };
}

/** How deep elements nest under `root` (root alone: 1), walked without recursion. */
function depthOf(root: PageElement): number {
  let deepest = 0;
  const stack: [PageElement, number][] = [[root, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [element, depth] = next;
    if (depth > deepest) deepest = depth;
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Readability falls back to whatever text a page has; a sign-in form or an index of links is not an
 * article. An article has at least one paragraph of prose: a sentence of a dozen words or more.
 */
function hasProse(text: string): boolean {
  return text
    .split('\n\n')
    .some((paragraph) => /[.!?]["'”’)]?$/.test(paragraph) && paragraph.split(' ').length >= MIN_PROSE_WORDS);
}

const MIN_PROSE_WORDS = 12;

/** The content's text with one blank line between blocks and single spaces within them. */
function textOfContent(body: PageElement | null): string {
  if (body === null) return '';
  for (const block of body.querySelectorAll(BLOCKS)) block.after('\n\n');
  return (body.textContent ?? '')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
