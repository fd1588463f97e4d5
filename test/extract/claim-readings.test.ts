import { describe, expect, it } from 'vitest';
import { dayFromParts, type Day } from '../../src/core/dates.js';
import { ClaimTextError, readClaim, type ClaimOptions } from '../../src/extract/claim.js';
import { extractFigures } from '../../src/extract/extract.js';
import { cli, cliJson } from '../helpers/cli.js';

const day = (iso: string): Day => dayFromParts(...(iso.split('-').map(Number) as [number, number, number]))!;
const BASELINE: ClaimOptions['baseline'] = {
  start: day('2024-12-06'),
  id: 'isw-start',
  claimant: 'ISW',
  note: 'the ledger start',
};
const brief = (text: string) =>
  extractFigures(text)
    .filter((f) => f.kind !== 'date')
    .map((f) => `${f.kind} ${f.value}`);

describe('"N troops have lost R a day": a force and a rate', () => {
  it('extract reads the troops as the force', async () => {
    expect(brief('About 12,000 troops have lost 92 a day since 10 December.')).toEqual(['force 12000', 'rate 92']);
    const run = await cli(['extract', '-', '--json'], {
      stdin: 'About 12,000 troops have lost 92 a day since 10 December.',
    });
    expect(JSON.parse(run.stdout).result.figures.map((f: { kind: string }) => f.kind)).toEqual([
      'force',
      'rate',
      'date',
    ]);
  });

  it('check takes "could all be lost by mid-April" as the date of loss, not the day of a count', () => {
    const r = readClaim(
      'About 12,000 troops have lost 92 a day since 10 December and could all be lost by mid-April.',
      {
        baseline: BASELINE,
        published: day('2025-01-16'),
      },
    );
    expect(r.input.asOf).toBeUndefined();
    expect(r.input.by).toEqual({ first: day('2025-04-11'), last: day('2025-04-20') });
    expect(r.input.start).toBe(day('2024-12-10'));
    expect(r.sources.force).toMatchObject({ from: 'text', text: 'About 12,000' });
  });
});

const ISW =
  'ISW calculates that North Korean forces have sustained approximately 92 casualties per day since beginning ' +
  'significant ' +
  'combat operations in early December 2024. At this rate, the entire contingent of roughly 12,000 North ' +
  'Korean personnel ' +
  'in Kursk Oblast could be killed or wounded within about 12 weeks, by mid-April 2025.';

describe('"92 casualties per day since beginning … in early December 2024"', () => {
  it('the date is what the rate runs since', () => {
    const december = extractFigures(ISW).find((f) => f.kind === 'date' && f.text === 'early December 2024');
    expect(december?.date?.relation).toBe('since');
    const rate = extractFigures(ISW).find((f) => f.kind === 'rate');
    expect(rate?.date?.relation).toBe('since');
  });

  it('check takes it as the start rather than setting it aside', () => {
    const r = readClaim(ISW, { baseline: BASELINE, published: day('2025-01-16') });
    expect(r.sources.start).toMatchObject({ from: 'text', text: 'early December 2024' });
    expect(r.setAside.map((s) => s.text)).not.toContain('early December 2024');
  });

  it('every number a check uses is in the Figures table with where it came from', async () => {
    const doc = await cliJson(['check', ISW, '--published', '2025-01-16']);
    const duration = doc.result.checks.find((c: { id: string }) => c.id === 'duration');
    const counted = doc.input.sources.casualties;
    // 92 a day over the 42 days from 2024-12-06 through 2025-01-16
    expect(counted).toMatchObject({ from: 'rate', used: `about ${(92 * 42).toLocaleString('en-US')}` });
    expect(duration.arithmetic).toContain(counted.used);
    const run = await cli(['check', '--details', ISW, '--published', '2025-01-16']);
    const figures = run.stdout.slice(run.stdout.indexOf('Figures:'), run.stdout.indexOf('duration'));
    expect(figures.replace(/\s+/g, ' ')).toContain('casualties about 3,864 (about 92 a day × 42 days from 2024-12-06');
  });
});

describe('errors from reading a claim', () => {
  const refusal = (text: string): ClaimTextError => {
    try {
      readClaim(text, { baseline: BASELINE });
    } catch (error) {
      if (error instanceof ClaimTextError) return error;
      throw error;
    }
    throw new Error(`no refusal for ${text}`);
  };

  it('name the fields, not the flags of a command', () => {
    const error = refusal('The troops could be wiped out by mid-April.');
    expect(error.message).not.toContain('--');
    expect(error.message).toMatch(/give force and rate$/);
    expect(refusal('The 12,000 troops are fighting at 92 losses a day.').message).not.toContain('--');
  });

  it("are no refusal for check, which takes a prediction's missing force and rate from the ledger", async () => {
    const run = await cli(['check', '--details', 'The troops could be wiped out by mid-April.']);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'force about 12,000 from the ledger (isw-force, ISW); rate about 92 a day from the ledger (isw-rate, ISW)',
    );
  });
});
