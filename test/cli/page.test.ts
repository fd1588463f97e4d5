import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echo } from '../../src/core/wording.js';
import { readArticle } from '../../src/extract/html/article.js';
import { extractFigures } from '../../src/extract/extract.js';
import { cli as run80, cliJson } from '../helpers/cli.js';

/** These reports are read at the widest a report gets: a 100-column terminal. */
const cli: typeof run80 = (args, options = {}) => run80(args, { columns: 100, ...options });

const PAGES = 'examples/pages';
const BRIEFING = `${PAGES}/frontline-briefing.html`;

describe('extract and check --text read a saved web page as its article', () => {
  it(
    "extract lists the article's figures, read against " + "the page's own date, and says where the date came from",
    async () => {
      const doc = await cliJson(['extract', BRIEFING]);
      const article = (await readArticle(readFileSync(BRIEFING, 'utf8')))!;
      expect(doc.input).toEqual({
        file: BRIEFING,
        published: '2025-01-16',
        page: {
          title: article.title,
          published: '2025-01-16',
          publishedFrom: { source: 'article:published_time', written: '2025-01-16T21:30:00-05:00' },
        },
      });
      expect(doc.result.figures).toEqual(extractFigures(article.text, { published: article.published! }));
      const values = doc.result.figures.map((f: { value?: number }) => f.value);
      for (const teaser of [5000, 120, 40000, 842]) expect(values).not.toContain(teaser);
    },
  );

  it('states the page and its date in the human report', async () => {
    const run = await cli(['extract', BRIEFING]);
    const [title, date] = run.stdout.split('\n');
    expect(title).toMatch(/^Article read from a web page: "Allied contingent/);
    expect(date).toBe("Published 2025-01-16 (the page's article:published_time: 2025-01-16T21:30:00-05:00)");
    const undated = await cli(['extract', `${PAGES}/no-date.html`]);
    expect(undated.stdout.split('\n')[1]).toBe('The page states no publication date (give --published to set one)');
  });

  it('lets --published override the page, and says so', async () => {
    const doc = await cliJson(['extract', BRIEFING, '--published', '2025-01-17']);
    expect(doc.input.published).toBe('2025-01-17');
    expect(doc.input.page.published).toBe('2025-01-16');
    const run = await cli(['extract', BRIEFING, '--published', '2025-01-17']);
    expect(run.stdout.split('\n')[1]).toBe(
      "Published 2025-01-17 (--published; the page's article:published_time says 2025-01-16)",
    );
  });

  it('knows a page by its content, with another name or piped in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrition-page-'));
    copyFileSync(`${PAGES}/browser-saved.html`, join(dir, 'saved-page'));
    const named = await cliJson(['extract', join(dir, 'saved-page')]);
    expect(named.input.page.publishedFrom.source).toBe('json-ld datePublished');
    const piped = await cli(['extract', '-', '--json'], { stdin: readFileSync(`${PAGES}/browser-saved.html`, 'utf8') });
    expect(JSON.parse(piped.stdout).result.figures).toEqual(named.result.figures);
  });

  it('leaves plain text exactly as it was read before: no page in the document', async () => {
    const text = 'About 12,000 troops were sent, and 92 a day were lost by mid-April 2025.';
    const run = await cli(['extract', '-', '--json'], { stdin: text });
    const doc = JSON.parse(run.stdout);
    expect(doc.input).toEqual({ file: '-', published: null });
    expect(doc.result.figures).toEqual(extractFigures(text));
  });

  it("check --text reads the article and takes the page's date for --published", async () => {
    const page = await cli(['check', '--text', `${PAGES}/no-date.html`, '--json']);
    const doc = JSON.parse(page.stdout);
    const article = (await readArticle(readFileSync(`${PAGES}/no-date.html`, 'utf8')))!;
    expect(doc.input.text).toBe(article.text);
    expect(doc.input.published).toBeNull();
    expect(doc.input.page).toEqual({ title: article.title, published: null, publishedFrom: null });
    const dated = await cli(['check', '--text', BRIEFING, '--json']);
    const checked = JSON.parse(dated.stdout);
    expect(dated.code).toBe(checked.result.verdict === 'inconsistent' ? 1 : 0);
    expect(checked.input.published).toBe('2025-01-16');
    expect(checked.input.page.publishedFrom.source).toBe('article:published_time');
    const human = await cli(['check', '--text', BRIEFING]);
    expect(human.stdout).toContain(
      "Published 2025-01-16 (the page's article:published_time: 2025-01-16T21:30:00-05:00)",
    );
  });
});

describe('a hostile or huge web page is refused at once, naming the limit', () => {
  const paragraph = '<p>About 12,000 troops were sent in early December and 300 were killed by 13 January.</p>\n';
  const pageOf = (article: string) => `<!doctype html><html><body><article>${article}</article></body></html>`;
  const nested = (depth: number) => pageOf(`${'<div>'.repeat(depth)}${paragraph}${'</div>'.repeat(depth)}`);

  // How soon the refusal comes is measured by npm run bench, not here: a timed test fails on a loaded machine.
  it('refuses a page nesting 20,000 elements', async () => {
    const page = nested(20_000);
    const run = await cli(['extract', '-'], { stdin: page });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('attrition: FILE "-" nests 20,004 deep (at most 256); give its text as a file\n');
  });

  it('refuses a page of 24 MB, and claims add and check --text refuse it too', async () => {
    const page = pageOf(paragraph.repeat(24_000_000 / paragraph.length));
    const dir = mkdtempSync(join(tmpdir(), 'attrition-huge-'));
    const file = join(dir, 'huge.html');
    writeFileSync(file, page);
    const refusal = `is a web page of over 5,000,000 characters, the limit; give its text as a file\n`;
    const run = await cli(['extract', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`attrition: FILE ${echo(file)} ${refusal}`);
    const check = await cli(['check', '--text', file]);
    expect(check.stderr).toBe(`attrition: --text ${echo(file)} ${refusal}`);
    const add = await cli(['claims', 'add', file, '--ledger', join(dir, 'ledger.json')]);
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/is a web page of over 5,000,000 characters, the limit/);
  });

  it('reads a page nested as deep as the limit', async () => {
    const page = nested(250);
    const run = await cli(['extract', '-', '--json'], { stdin: page });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).result.figures.map((f: { kind: string }) => f.kind)).toContain('force');
  }, 30_000);
});
