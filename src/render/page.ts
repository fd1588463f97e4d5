import { isoDate } from '../core/dates.js';
import type { PageArticle } from '../extract/html/article.js';

/** How --json echoes a saved web page: its title and the publication date its metadata states. */
export interface PageEcho {
  title: string | null;
  published: string | null;
  /**
   * Where the page states it (article:published_time, json-ld datePublished, meta date, time datetime) and as written.
   */
  publishedFrom: { source: string; written: string } | null;
}

export const pageEcho = (page: PageArticle): PageEcho => ({
  title: page.title,
  published: page.published === null ? null : isoDate(page.published),
  publishedFrom: page.publishedFrom,
});

/** The text, cut to `width` characters with an ellipsis. */
export const cut = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

/**
 * Two lines on a web page read as its article: its title, and the publication date used with
 * where it came from ("Published 2025-01-16 (the page's article:published_time:
 * 2025-01-16T21:30:00-05:00)"), saying when --published (the day used, when not the page's) overrode it.
 */
export function pageLines(page: PageEcho, published: string | null): string[] {
  const title = `Article read from a web page${page.title === null ? '' : `: "${cut(page.title, 44)}"`}`;
  const from = page.publishedFrom && `the page's ${page.publishedFrom.source}`;
  const stated = page.publishedFrom && `${from}: ${cut(page.publishedFrom.written, 30)}`;
  const date =
    published === null
      ? 'The page states no publication date (give --published to set one)'
      : published === page.published && stated
        ? `Published ${published} (${stated})`
        : `Published ${published} (--published${stated ? `; ${from} says ${page.published}` : ''})`;
  return [title, date];
}
