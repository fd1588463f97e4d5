import type { Day } from '../../core/dates.js';
import { parseDay } from '../../core/parse/days.js';
import type { PageDocument, PageElement } from './dom.js';

/** Where a page states its publication date, in the order they are trusted. */
export const PUBLISHED_SOURCES = [
  'article:published_time',
  'json-ld datePublished',
  'meta date',
  'time datetime',
] as const;
export type PublishedSource = (typeof PUBLISHED_SOURCES)[number];

export interface PagePublished {
  day: Day;
  from: PublishedSource;
  /** The value as the page writes it: 2025-01-16T21:30:00-05:00. */
  written: string;
}

/**
 * A publication date is the calendar day the publisher states, in its own zone: the date part of
 * 2025-01-16T21:30:00-05:00 is 16 January, although it is already the 17th in UTC. Other forms
 * ("16 January 2025") are read as attrition reads a day.
 */
export function dayOfStatedDate(written: string): Day | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(written);
  const parsed = parseDay(iso ? iso[1]! : written.trim());
  return parsed.ok ? parsed.value : undefined;
}

/** The page's publication date from its metadata, or undefined when it states none that can be read. */
export function publishedOf(document: PageDocument): PagePublished | undefined {
  const candidates: [PublishedSource, string | undefined][] = [
    [
      'article:published_time',
      metaContent(document, 'meta[property="article:published_time"], meta[name="article:published_time"]'),
    ],
    ['json-ld datePublished', jsonLdDatePublished(document)],
    ['meta date', metaContent(document, 'meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')],
    ['time datetime', articleTime(document)],
  ];
  for (const [from, written] of candidates) {
    if (written === undefined) continue;
    const day = dayOfStatedDate(written);
    if (day !== undefined) return { day, from, written: written.trim() };
  }
  return undefined;
}

function metaContent(document: PageDocument, selector: string): string | undefined {
  for (const meta of document.querySelectorAll(selector)) {
    const content = meta.getAttribute('content');
    if (content && content.trim() !== '') return content;
  }
  return undefined;
}

/** The first datePublished in the page's JSON-LD blocks, looking through arrays and @graph lists. */
function jsonLdDatePublished(document: PageDocument): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block does not hide the others
    }
    const found = findDatePublished(data, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findDatePublished(node: unknown, depth: number): string | undefined {
  if (depth > 6 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1);
}

/**
 * A <time datetime> of the article itself: inside <article> when the page has one, and never in
 * navigation, asides, headers of the site or footers, where teasers carry their own dates.
 */
function articleTime(document: PageDocument): string | undefined {
  const outside = 'nav, aside, footer, [class*="related"], [class*="teaser"]';
  const usable = (time: PageElement) =>
    time.closest(outside) === null && (time.getAttribute('datetime') ?? '').trim() !== '';
  const times = [...document.querySelectorAll('time[datetime]')].filter(usable);
  const inArticle = times.find((time) => time.closest('article') !== null);
  return (inArticle ?? times[0])?.getAttribute('datetime') ?? undefined;
}
