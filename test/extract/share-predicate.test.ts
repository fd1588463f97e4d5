import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/index.js';

describe('a share whose clause says its people are now casualties', () => {
  it('is a share of the force that counts casualties', () => {
    for (const text of [
      '30 % of the 11,000-strong contingent are now casualties',
      '30 % of the 11,000-strong contingent were casualties by then',
      'A third of the troops have become casualties.',
    ]) {
      const share = extractFigures(text).find((f) => f.kind === 'share');
      expect(share, text).toMatchObject({ of: 'force', counts: 'casualties' });
    }
  });

  it('counts nothing when the clause names no loss', () => {
    const share = extractFigures('30 % of the contingent are now near Kursk.').find((f) => f.kind === 'share');
    expect(share).toBeDefined();
    expect(share).not.toHaveProperty('counts');
  });
});
