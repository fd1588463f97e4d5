import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/dates.js';
import { readArticle, type PageArticle } from '../../../src/extract/html/article.js';
import { extractFigures } from '../../../src/extract/extract.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../examples/pages/${name}`, import.meta.url), 'utf8');
const read = async (name: string): Promise<PageArticle> => {
  const article = await readArticle(fixture(name));
  if (article === null) throw new Error(`${name}: no article`);
  return article;
};

/** Words of each page's chrome that must never reach the article text. */
const CHROME: Record<string, string[]> = {
  'frontline-briefing.html': [
    '842 partners', // cookie banner
    'Live: 24 hours', // navigation
    '5,000 more troops',
    '120 in a single night',
    '40,000 casualties', // related stories
    '1200 Harbour Road', // footer
    '48213',
    'scrollDepth',
    'grid-template-columns', // scripts and styles
  ],
  'browser-saved.html': [
    '12 more stories',
    'markets fall 2.3%',
    '3 stories you need',
    '600 prisoners',
    '1.2 million',
    '01234567',
    '77123',
    'min-height',
  ],
  'time-only.html': ['2,000 displaced', '77 Quay Street', 'Sport'],
  'no-date.html': ['25,000 readers', 'Newsletter'],
};

/** Sentences of each article that must be read whole. */
const ARTICLE: Record<string, string[]> = {
  'frontline-briefing.html': [
    'The foreign contingent fighting alongside the northern army has suffered about 3,000 casualties since 6 ' +
      'December 2024,',
    'Of those, 300 soldiers were killed and 2,700 wounded,',
    'had been losing about 90 soldiers a day',
  ],
  'browser-saved.html': [
    'More than 3,500 soldiers of the foreign contingent have been killed or wounded',
    'up to 95 troops a day',
  ],
  'time-only.html': ['losses among the deployed units had passed 4,000 killed and wounded'],
  'no-date.html': ['With some 12,000 soldiers committed and losses running at around 100 a day,'],
};

describe('readArticle: a saved news page read as its article', () => {
  it.each(Object.keys(CHROME))(
    '%s: the article, without navigation, teasers, banners, footers, scripts or styles',
    async (name) => {
      const { text } = await read(name);
      for (const sentence of ARTICLE[name]!) expect(text).toContain(sentence);
      for (const chrome of CHROME[name]!) expect(text).not.toContain(chrome);
      expect(text).not.toMatch(/<\/?[a-z][^>]*>/i); // no markup
      expect(text).not.toMatch(/[ \t]{2,}|\n{3,}/); // whitespace folded, paragraphs apart
    },
  );

  it('keeps paragraphs apart, so sentences never run together', async () => {
    const { text } = await read('frontline-briefing.html');
    const paragraphs = text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('Of those, 300 soldiers'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Analysts at the Bastion Institute'))).toBe(true);
  });

  it("takes no figure from a teaser: every figure found stands in the article's own sentences", async () => {
    for (const name of Object.keys(CHROME)) {
      const { text } = await read(name);
      const page = fixture(name);
      for (const figure of extractFigures(text)) {
        // Each figure's sentence is in the article's text, and none of the chrome holds it.
        expect(text.slice(...figure.span)).toBe(figure.text);
        expect(CHROME[name]!.some((chrome) => chrome.includes(figure.text))).toBe(false);
        expect(page.replace(/\s+/g, ' ')).toContain(figure.text);
      }
    }
  });

  it('gives the title and the publication date with where it was read', async () => {
    const briefing = await read('frontline-briefing.html');
    expect(briefing.title).toMatch(/^Allied contingent has lost a quarter of its troops/);
    expect(isoDate(briefing.published!)).toBe('2025-01-16');
    expect(briefing.publishedFrom).toEqual({ source: 'article:published_time', written: '2025-01-16T21:30:00-05:00' });

    const saved = await read('browser-saved.html');
    expect(isoDate(saved.published!)).toBe('2025-01-22');
    expect(saved.publishedFrom?.source).toBe('json-ld datePublished');

    const timeOnly = await read('time-only.html');
    expect(isoDate(timeOnly.published!)).toBe('2025-02-03');
    expect(timeOnly.publishedFrom).toEqual({ source: 'time datetime', written: '2025-02-03T07:15:00+09:00' });

    const undated = await read('no-date.html');
    expect(undated.published).toBeNull();
    expect(undated.publishedFrom).toBeNull();
  });

  it('finds no article in a sign-in page, an empty page or a page of links', async () => {
    expect(await readArticle(fixture('no-article.html'))).toBeNull();
    expect(await readArticle('')).toBeNull();
    expect(await readArticle('<html><body></body></html>')).toBeNull();
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/${i}">Story number ${i} about 1,000 troops</a></li>`,
    ).join('');
    expect(await readArticle(`<html><body><ul>${links}</ul></body></html>`)).toBeNull();
  });

  it('reads a short article of one paragraph', async () => {
    const html =
      '<html><body><article><p>Officials said on Monday that about 4,000 soldiers had been killed or wounded ' +
      'since December.</p></article></body></html>';
    expect((await readArticle(html))?.text).toBe(
      'Officials said on Monday that about 4,000 soldiers had been killed or wounded since December.',
    );
  });
});
