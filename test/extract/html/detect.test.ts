import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../src/extract/html/detect.js';

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>'],
    ['<!doctype HTML>\n<html>'],
    ['<html lang="en">'],
    ['<HEAD><title>t</title></HEAD>'],
    ['<body>'],
    ['\uFEFF  \n\t<!doctype html>'],
    ['<!-- saved from url=(0061)https://example.org/a -->\n<!DOCTYPE html><html>'],
    ['\n<!-- one -->\n<!-- two -->\n<html>'],
  ])('reads %j as a web page by its content', (content) => {
    expect(looksLikeHtml(content)).toBe(true);
    expect(looksLikeHtml(content, 'saved-page')).toBe(true);
  });

  it.each([
    ['About 12,000 troops were sent.'],
    ['<p>About 12,000 troops</p>'],
    ['<htmlish>'],
    ['<!doctype xml>'],
    ['The tag <html> appears later in this text.'],
    [''],
  ])('reads %j as plain text', (content) => {
    expect(looksLikeHtml(content)).toBe(false);
    expect(looksLikeHtml(content, 'article.txt')).toBe(false);
  });

  it('takes a .html or .htm name as a web page whatever it holds', () => {
    for (const name of ['page.html', 'page.HTM', 'dir.d/Page.Html'])
      expect(looksLikeHtml('plain words', name)).toBe(true);
    for (const name of ['page.html.txt', 'html', 'page.xhtml']) expect(looksLikeHtml('plain words', name)).toBe(false);
  });

  it('never takes text that does not start with a tag for a web page', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^[\s\uFEFF]*</.test(text));
        expect(looksLikeHtml(text)).toBe(false);
      }),
    );
  });
});
