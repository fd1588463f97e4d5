import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, without declarations
import { asciiSource } from '../../scripts/ascii-bundle.js';

const ascii = asciiSource as (source: string) => string;
/** What a bundle's source evaluates to. */
const value = (source: string): unknown => new Function(`return ${source}`)();

describe('the bundles in ASCII (scripts/ascii-bundle.js)', () => {
  it.each([
    ['a regular expression', "/['’]s$/gi"],
    ['an identity escape in a regular expression', String.raw`/a\’b/`],
    ['a regular expression with the u flag', '/[‰≥😀]/u'],
    ['a string', `"a’b"`],
    ['a template', '`a’b \u0024{1 + 1}‰`'],
    ['a String.raw template', 'String.raw`[A-Za-z\\u00C0’-]+`'],
    ['a String.raw template with substitutions', 'String.raw`’\u0024{"x"}\\s’\u0024{1}’`'],
  ])('rewrites %s as escapes that mean the same', (_, source) => {
    const rewritten = ascii(source);
    expect(rewritten).toMatch(/^[\x00-\x7f]*$/);
    const [before, after] = [value(source), value(rewritten)];
    if (before instanceof RegExp && after instanceof RegExp) {
      expect(after.flags).toBe(before.flags);
      for (const text of ['it’s', 'a’b', '‰', '≥', '😀', 'ab', "'s"])
        expect(after.test(text), text).toBe(before.test(text));
    } else {
      expect(after).toBe(before);
    }
  });

  it('leaves ASCII as it is, and refuses what it cannot rewrite without changing its meaning', () => {
    const plain = 'const a = /x/g, b = "y";';
    expect(ascii(plain)).toBe(plain);
    expect(() => ascii('tag`’`')).toThrow(/line 1|:1: a non-ASCII character is in a tagged template/);
    expect(() => ascii('const café = 1;')).toThrow(/outside a literal/);
    expect(() => ascii('String.raw`\\’`')).toThrow(/follows a backslash/);
  });
});
