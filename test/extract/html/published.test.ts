import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import type { PageDocument } from '../../../src/extract/html/dom.js';
import { dayOfStatedDate, publishedOf } from '../../../src/extract/html/published.js';

const page = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as PageDocument;

const read = (head: string, body = '') => {
  const found = publishedOf(page(head, body));
  return found && { day: isoDate(found.day), from: found.from, written: found.written };
};

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('publishedOf: the publication date from the page metadata', () => {
  it('reads article:published_time', () => {
    expect(read('<meta property="article:published_time" content="2025-01-16T21:30:00-05:00">')).toEqual({
      day: '2025-01-16',
      from: 'article:published_time',
      written: '2025-01-16T21:30:00-05:00',
    });
  });

  it('reads JSON-LD datePublished at the top, in an @graph, in a list, and in a list inside a graph', () => {
    const article = { '@type': 'NewsArticle', datePublished: '2025-01-22T06:00:00+00:00' };
    const site = { '@type': 'WebSite', name: 'x' };
    for (const data of [article, { '@graph': [site, article] }, [site, article], [{ '@graph': [[site], [article]] }]]) {
      expect(read(ld(data))).toMatchObject({ day: '2025-01-22', from: 'json-ld datePublished' });
    }
  });

  it('passes over a broken JSON-LD block to the next one', () => {
    const head = `<script type="application/ld+json">{ not json </script>${ld({ datePublished: '2024-12-30' })}`;
    expect(read(head)).toMatchObject({ day: '2024-12-30', from: 'json-ld datePublished' });
  });

  it('reads <meta name="date">, name="pubdate" and itemprop="datePublished"', () => {
    expect(read('<meta name="date" content="2025-02-03">')).toMatchObject({ day: '2025-02-03', from: 'meta date' });
    expect(read('<meta name="pubdate" content="20 January 2025">')).toMatchObject({
      day: '2025-01-20',
      from: 'meta date',
    });
    expect(read('<meta itemprop="datePublished" content="2025-01-05T10:00Z">')).toMatchObject({ day: '2025-01-05' });
  });

  it("reads the article's <time datetime>, never a teaser's in an aside, nav or footer", () => {
    const body =
      '<aside><time datetime="2024-11-02">2 Nov</time></aside><nav><time datetime="2024-10-01"></time></nav>' +
      '<div class="related-stories"><time datetime="2024-09-09"></time></div>' +
      '<article><p>By A. Writer <time datetime="2025-02-03T07:15:00+09:00">3 February</time></p></article>' +
      '<footer><time datetime="2023-01-01"></time></footer>';
    expect(read('', body)).toEqual({ day: '2025-02-03', from: 'time datetime', written: '2025-02-03T07:15:00+09:00' });
  });

  it('takes the sources in order: article:published_time, JSON-LD, meta date, then <time>', () => {
    const meta = '<meta property="article:published_time" content="2025-01-01">';
    const json = ld({ datePublished: '2025-01-02' });
    const date = '<meta name="date" content="2025-01-03">';
    const time = '<article><time datetime="2025-01-04"></time></article>';
    expect(read(meta + json + date, time)?.day).toBe('2025-01-01');
    expect(read(json + date, time)?.day).toBe('2025-01-02');
    expect(read(date, time)?.day).toBe('2025-01-03');
    expect(read('', time)?.day).toBe('2025-01-04');
    expect(read('', '<article><p>No date.</p></article>')).toBeUndefined();
  });

  it('passes over a value that is no date to the next source', () => {
    expect(
      read('<meta property="article:published_time" content="yesterday"><meta name="date" content="2025-01-03">'),
    ).toMatchObject({
      day: '2025-01-03',
      from: 'meta date',
    });
  });
});

describe('dayOfStatedDate: the calendar day the publisher states, in its own zone', () => {
  it('takes the date part as written, whatever the offset', () => {
    // 21:30 in New York on the 16th is already the 17th in UTC; the page says the 16th.
    expect(isoDate(dayOfStatedDate('2025-01-16T21:30:00-05:00')!)).toBe('2025-01-16');
    // 07:15 in Seoul on 3 February is still 2 February in UTC; the page says the 3rd.
    expect(isoDate(dayOfStatedDate('2025-02-03T07:15:00+09:00')!)).toBe('2025-02-03');
    expect(isoDate(dayOfStatedDate('2025-02-03 07:15')!)).toBe('2025-02-03');
    expect(dayOfStatedDate('2025-02-30T10:00:00Z')).toBeUndefined();
    expect(dayOfStatedDate('soon')).toBeUndefined();
  });

  it('gives the written day for any day, hour and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: -12, max: 14 }),
        (year, month, day, hour, offset) => {
          const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
          const date = `${year}-${pad(month)}-${pad(day)}`;
          const written = `${date}T${pad(hour)}:00:00${offset < 0 ? '-' : '+'}${pad(offset)}:00`;
          expect(dayOfStatedDate(written)).toBe(dayFromParts(year, month, day));
        },
      ),
    );
  });
});
