import { describe, expect, it } from 'vitest';
import { dayFromParts, type Day } from '../../src/core/dates.js';
import { readClaim, type ClaimOptions } from '../../src/extract/claim.js';

const day = (iso: string): Day => dayFromParts(...(iso.split('-').map(Number) as [number, number, number]))!;
const RATE: ClaimOptions['given'] = { rate: { value: { qualifier: 'exact', low: 92, high: 92 }, text: '92' } };
const read = (text: string, published?: string) =>
  readClaim(text, { given: RATE, ...(published && { published: day(published) }) });
const oneDay = (iso: string) => ({ first: day(iso), last: day(iso) });

describe('check reads the day a count refers to', () => {
  it('the statement\'s day: "an official said on 20 January 2025"', () => {
    const r = read('Half of the 4,000 casualties were killed, an official said on 20 January 2025.');
    expect(r.input.casualties).toMatchObject({ low: 4000, high: 4000 });
    expect(r.input.asOf).toEqual(oneDay('2025-01-20'));
  });

  it('a weekday counted back from the publication day: "NIS said on Thursday"', () => {
    const r = read('NIS said on Thursday that about 3,000 soldiers had been killed or wounded.', '2025-01-17');
    expect(r.input.asOf).toEqual(oneDay('2025-01-16'));
  });

  it('"according to a report published on 16 January"', () => {
    const r = read(
      'According to a report published on 16 January, some 3,000 soldiers had been killed or wounded.',
      '2025-01-17',
    );
    expect(r.input.asOf).toEqual(oneDay('2025-01-16'));
  });

  it('"passed 4,000, up from about 3,000 in mid-January": the 4,000 as of publication, the 3,000 set aside', () => {
    const r = read(
      'North Korea has passed 4,000 killed and wounded, up from about 3,000 in mid-January.',
      '2025-04-01',
    );
    expect(r.input.casualties).toMatchObject({ low: 4000 });
    expect(r.input.asOf).toEqual(oneDay('2025-04-01'));
    expect(r.sources.asOf).toMatchObject({ from: 'flag', flag: '--published' });
    expect(r.setAside.map((a) => a.text)).toEqual(['about 3,000', 'mid-January']);
  });

  it('a count with no date, published on a known day, stands as of that day', () => {
    const r = read(
      'More than 3,500 soldiers of the contingent have been killed or wounded, officials said.',
      '2025-01-25',
    );
    expect(r.input.casualties).toMatchObject({ low: 3500 });
    expect(r.input.asOf).toEqual(oneDay('2025-01-25'));
  });

  it('the month reinforcements were sent in is no date of loss', () => {
    const r = read(
      'About 3,000 soldiers had been killed or wounded by 10 March, and an additional 3,000 troops were sent ' +
        'in February.',
      '2025-03-12',
    );
    expect(r.input.by).toBeUndefined();
    expect(r.input.asOf).toEqual(oneDay('2025-03-10'));
    expect(r.setAside.find((a) => a.text === 'February')?.reason).toMatch(/reinforcements/);
  });
});
