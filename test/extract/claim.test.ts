import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type CheckInput } from '../../src/core/check/run-checks.js';
import { fuzzyLabel, isoDate } from '../../src/core/dates.js';
import { project } from '../../src/core/projection/project.js';
import {
  ClaimTextError,
  readClaim,
  type ClaimOptions,
  type ClaimReading,
  type FieldNamer,
} from '../../src/extract/claim.js';
import { FLAGS } from '../../src/extract/claim-needs.js';
import { day } from '../helpers/dates.js';

const BASELINE: ClaimOptions['baseline'] = {
  start: day('2024-12-06'),
  id: 'isw-start',
  claimant: 'ISW',
  note: 'the ledger start',
};

const read = (text: string, options: Partial<ClaimOptions> = {}): ClaimReading =>
  readClaim(text, { baseline: BASELINE, ...options });
const checked = (text: string, options: Partial<ClaimOptions> = {}) =>
  check({ ...read(text, options).input, tolerance: 0.1 });
const window = (r: ClaimReading, field: 'by' | 'asOf') => {
  const w = r.input[field]!;
  return `${isoDate(w.first)}..${isoDate(w.last)}`;
};
/** The refusal as `attrition check` words it: the fields named by their flags. */
const asFlags: FieldNamer = (field) => (field === 'published' ? '--published' : FLAGS[field]);
const refusal = (text: string, options: Partial<ClaimOptions> = {}, name: FieldNamer | null = asFlags): string => {
  try {
    read(text, options);
  } catch (error) {
    if (error instanceof ClaimTextError) return name ? error.describe(name) : error.message;
    throw error;
  }
  throw new Error(`no refusal for ${text}`);
};

describe('the two claims of the issue', () => {
  it(
    '"All 12,000 … by mid-April at 92 casualties a day": the sentence gives force, rate and date, the ledger the ' +
      'start',
    () => {
      const r = read('All 12,000 North Korean soldiers could be killed or wounded by mid-April at 92 casualties a day');
      expect(r.input.force).toEqual({ qualifier: 'exact', low: 12000, high: 12000 });
      expect(r.input.rate).toEqual({ qualifier: 'exact', low: 92, high: 92 });
      expect(window(r, 'by')).toBe('2025-04-11..2025-04-20');
      expect(r.input.byText).toBe('mid-April 2025');
      expect(r.sources.force).toMatchObject({ from: 'text', text: '12,000', span: [4, 10] });
      expect(r.sources.by).toMatchObject({
        from: 'text',
        text: 'mid-April',
        note: 'year: the first mid-April ending on or after the start 2024-12-06',
      });
      expect(r.sources.start).toEqual({
        from: 'ledger',
        id: 'isw-start',
        claimant: 'ISW',
        used: '2024-12-06',
        note: 'the ledger start',
      });
      expect(r.claim.kind).toBe('prediction');
      expect(r.claim.cues.map((c) => c.text)).toEqual(['could', 'by mid-April']);
      expect(check({ ...r.input, tolerance: 0.1 }).verdict).toBe('consistent');
    },
  );

  it('"At 92 casualties a day the 12,000 troops would all be lost by early February" is inconsistent', () => {
    const result = checked('At 92 casualties a day the 12,000 troops would all be lost by early February');
    expect(result.verdict).toBe('inconsistent');
    expect(result.checks[0]!.explanation).toContain('64 days after the end of early February 2025');
  });
});

describe('claims in several reporting styles', () => {
  it('a wire report of a count by a date, with the force and the rate: two checks, no prediction', () => {
    const r = read('By 16 January, 3,800 of the 12,000 troops had been killed or wounded, about 92 a day.');
    expect(r.input.casualties).toEqual({ qualifier: 'exact', low: 3800, high: 3800 });
    expect(window(r, 'asOf')).toBe('2025-01-16..2025-01-16');
    expect(r.input.by).toBeUndefined();
    expect(r.claim).toEqual({ kind: 'statement', cues: [] });
    const result = check({ ...r.input, tolerance: 0.1 });
    expect(result.checks.map((c) => [c.id, c.verdict])).toEqual([
      ['implied-rate', 'consistent'],
      ['casualties-within-force', 'consistent'],
    ]);
  });

  it('an intelligence briefing of killed and wounded: killed + wounded against the rate, 9 : 1 for context', () => {
    const r = read(
      "Seoul's spy agency said 300 had been killed and 2,700 wounded by 13 January, a pace of 92 casualties a day.",
    );
    expect(r.input.killed?.low).toBe(300);
    expect(r.input.wounded?.low).toBe(2700);
    const result = check({ ...r.input, tolerance: 0.1 });
    expect(result.checks.find((c) => c.id === 'implied-rate')).toMatchObject({ verdict: 'tension', value: 3000 / 39 });
    expect(result.checks.find((c) => c.id === 'wounded-to-killed')?.verdict).toBe('context');
  });

  it(
    'an official quoted with a range, a "-strong" force and "may": the start "since early December" is the ' +
      'ledger day it holds',
    () => {
      const r = read(
        'Kyiv says losses run at 80 to 90 a day since early December, and the 11,000-strong force may be spent ' +
          'by late March.',
      );
      expect(r.input.rate).toEqual({ qualifier: 'range', low: 80, high: 90 });
      expect(r.input.force?.low).toBe(11000);
      expect(isoDate(r.input.start)).toBe('2024-12-06');
      expect(r.sources.start).toMatchObject({ from: 'text', text: 'early December' });
      expect((r.sources.start as { note: string }).note).toContain(
        "early December 2024 holds the ledger's start 2024-12-06",
      );
      expect(r.claim.cues.map((c) => c.text)).toEqual(['may', 'by late March']);
      expect(check({ ...r.input, tolerance: 0.1 }).verdict).toBe('consistent');
    },
  );

  it('a weekly figure is read as casualties a day, and says so', () => {
    const r = read(
      'Since 6 December, the contingent of about 12,000 has lost roughly 650 troops a week, enough to exhaust ' +
        'it by mid-April.',
    );
    expect(r.input.rate?.low).toBeCloseTo(650 / 7, 10);
    expect(r.sources.rate).toMatchObject({ from: 'text', note: 'roughly 650 a week, ÷ 7 days' });
    expect(r.input.force).toEqual({ qualifier: 'approximately', low: 12000, high: 12000 });
  });

  it(
    'an analyst\'s "in roughly 12 weeks" is a time until the force is lost, counted from the start or from ' +
      '--published',
    () => {
      const text =
        'Roughly 12,000 soldiers were deployed; at around 92 casualties a day, the whole contingent could be ' +
        'wiped out in roughly 12 weeks.';
      const fromStart = read(text);
      expect(fromStart.input.within).toMatchObject({ low: 84, high: 84, unit: 'weeks', qualifier: 'approximately' });
      expect(fromStart.claim.cues.map((c) => c.text)).toEqual(['could', 'in roughly 12 weeks']);
      expect(check({ ...fromStart.input, tolerance: 0.1 }).verdict).toBe('inconsistent');
      const published = read(text, { published: day('2025-01-16') });
      expect(published.sources.asOf).toMatchObject({ from: 'flag', flag: '--published', text: '2025-01-16' });
      const row = check({ ...published.input, tolerance: 0.1 }).checks[0]!;
      expect(row).toMatchObject({ id: 'duration', verdict: 'consistent' });
      expect(row.value).toBeCloseTo((12000 - 92 * 42) / 92, 10);
    },
  );

  it('a headline with a question mark and no verb', () => {
    const r = read('12,000 troops, 92 losses a day: gone by mid-April?');
    expect([r.input.force?.low, r.input.rate?.low, window(r, 'by')]).toEqual([12000, 92, '2025-04-11..2025-04-20']);
  });

  it('a conditional with "will" and "within"', () => {
    const result = checked(
      'If losses continue at 92 a day, all 12,000 soldiers will be killed or wounded within 18 weeks.',
    );
    expect(result.checks[0]).toMatchObject({ id: 'duration', verdict: 'consistent' });
  });

  it('a day something was said "on" dates the count beside it, and a firmer "by" outranks it', () => {
    const r = read('Kyiv said on 13 January that 3,000 had been lost by 10 January at 92 a day.');
    expect(window(r, 'asOf')).toBe('2025-01-10..2025-01-10');
    expect(r.setAside).toEqual([
      {
        kind: 'date',
        text: '13 January',
        span: [13, 23],
        reason: 'a date beside "10 January", which the claim ties more firmly',
      },
    ]);
    const said = read(
      'More than 3,000 troops have been lost since early December, Kyiv said on 13 January, out of a force of ' +
        'about 11,000.',
    );
    expect(window(said, 'asOf')).toBe('2025-01-13..2025-01-13');
    expect(said.input.by).toBeUndefined();
  });
});

describe('flags beside the text', () => {
  it('fill what the sentence lacks, and say so', () => {
    const r = read('The troops could be wiped out by mid-April at 92 a day', {
      given: { force: { value: { qualifier: 'exact', low: 12000, high: 12000 }, text: '12000' } },
    });
    expect(r.sources.force).toEqual({ from: 'flag', flag: '--force', text: '12000' });
    expect(r.setAside).toEqual([]);
  });

  it('replace the figure the text gives, which is set aside with the reason', () => {
    const r = read('The 12,000 troops could be lost by mid-April at 92 a day', {
      given: { force: { value: { qualifier: 'exact', low: 11000, high: 11000 }, text: '11000' } },
    });
    expect(r.input.force?.low).toBe(11000);
    expect(r.setAside).toEqual([
      { kind: 'force', text: '12,000', span: [4, 10], reason: '--force "11000" given instead' },
    ]);
  });

  it('settle which of two figures to check', () => {
    const text =
      'Estimates of the force range from 11,000 troops to 12,000 troops; at 92 a day it could be gone by mid-April.';
    expect(refusal(text)).toBe(
      'the claim gives 2 force sizes ("11,000", "12,000"); choose the one to check with --force',
    );
    const r = read(text, {
      given: { force: { value: { qualifier: 'exact', low: 12000, high: 12000 }, text: '12000' } },
    });
    expect(r.setAside.map((s) => s.text)).toEqual(['11,000', '12,000']);
  });

  it('a --start moves the years of year-less dates with it', () => {
    const r = read('At 92 a day the 12,000 troops could be lost by mid-April.', {
      given: { start: { value: day('2025-06-01'), text: '2025-06-01' } },
    });
    expect(window(r, 'by')).toBe('2026-04-11..2026-04-20');
  });
});

describe('years the claim leaves out', () => {
  const claim = 'At 92 casualties a day the 12,000 troops would all be lost by mid-June.';

  it('without --published: the first such period ending on or after the start', () => {
    expect(window(read(claim), 'by')).toBe('2025-06-11..2025-06-20');
    expect(window(read('At 92 a day the 12,000 troops would all be lost by early December.'), 'by')).toBe(
      '2024-12-01..2024-12-10',
    );
  });

  it('with --published: the year nearest the publication day, but a prediction looks ahead', () => {
    const published = day('2025-01-16');
    const r = read(claim, { published });
    expect(window(r, 'by')).toBe('2025-06-11..2025-06-20');
    expect(r.sources.by).toMatchObject({
      note: 'year: the first mid-June after the publication day 2025-01-16, as a prediction looks ahead',
    });
    const past = read('The 12,000 troops were all lost by early February at 92 a day.', {
      published: day('2025-06-01'),
    });
    expect(window(past, 'by')).toBe('2025-02-01..2025-02-10');
    expect(past.claim).toEqual({ kind: 'statement', cues: [] });
  });

  it('a year written in the claim is kept', () => {
    expect(window(read('At 92 a day the 12,000 troops would be lost by mid-April 2026.'), 'by')).toBe(
      '2026-04-11..2026-04-20',
    );
  });
});

describe('predictions', () => {
  it.each([
    ['The 12,000 troops could be lost by mid-April at 92 a day.', ['could', 'by mid-April']],
    [
      'At that rate, 92 a day, the 12,000 troops are expected to be exhausted by mid-April.',
      ['At that rate', 'expected to', 'by mid-April'],
    ],
    ['At 92 a day, the 12,000 troops might last until mid-April.', ['might', 'until mid-April']],
  ])('%s', (text, cues) => {
    const r = read(text);
    expect(r.claim.kind).toBe('prediction');
    expect(r.claim.cues.map((c) => c.text)).toEqual(cues);
  });

  it('"May" the month is no cue', () => {
    const r = read('By 3 May, 3,000 of the 12,000 troops had been killed or wounded, about 20 a day.', {
      published: day('2025-06-01'),
    });
    expect(r.claim).toEqual({ kind: 'statement', cues: [] });
  });
});

describe('claims that give too little', () => {
  it.each([
    [
      'The troops could be wiped out by mid-April.',
      'the claim gives the date the force would be lost by (mid-April 2025), but checking it needs a force ' +
        'size and a daily rate as well: add them to the text or give --force and --rate',
    ],
    [
      '3,800 killed or wounded at 92 a day.',
      'the claim gives a daily rate (92 a day) and a casualty count (3,800), but checking it needs the day the ' +
        'casualties were counted through as well: add it to the text or give --as-of',
    ],
    [
      'The 12,000 troops are fighting at 92 losses a day.',
      'the claim gives a force size (12,000) and a daily rate (92 a day), but checking it needs the date the ' +
        'force would be lost by as well: add it to the text or give --by',
    ],
    [
      'Officials said 300 soldiers were killed.',
      'the claim gives the number killed (300), but checking it needs a force size and the number wounded ' +
        '(--force and --wounded), or the number wounded and a casualty count (--wounded and --casualties), as ' +
        'well: add them to the text or give the flags',
    ],
  ])('%s', (text, message) => {
    expect(refusal(text)).toBe(message);
  });

  it('no figures at all: what a checkable claim gives', () => {
    expect(refusal('Officials said little.')).toMatch(
      new RegExp(
        '^the claim gives no figures to check: it needs a force size, a daily rate and the date the ' +
          'force would be lost by',
      ),
    );
    expect(refusal('Dozens were killed.')).toMatch(
      /^the claim gives no figures to check \("Dozens": vague, not a number\)/,
    );
    expect(refusal('A third of the force was lost.')).toMatch(
      /^the claim gives no figures to check \("A third": a share; check compares counts, rates and dates\)/,
    );
  });

  it('a figure no check can take is set aside when another check runs', () => {
    const r = read('With 3,800 already lost, the 12,000 troops could be gone by mid-April at 92 a day.');
    expect(r.input.casualties).toBeUndefined();
    expect(r.setAside).toEqual([
      {
        kind: 'casualties',
        text: '3,800',
        span: [5, 10],
        reason: 'no day it was counted through; give --as-of to check it against the rate',
      },
    ]);
  });
});

describe('the text and the flags agree', () => {
  it('a claim written out gives the same checks as its figures given as flags', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 60_000 }),
        fc.integer({ min: 10, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (force, rate, offset) => {
          const claimed = day('2024-12-06') + offset;
          const text =
            `At ${rate.toLocaleString('en-US')} casualties a day, the ${force.toLocaleString('en-US')} troops ` +
            `could all be lost by ${fuzzyLabel(claimed)}.`;
          const r = read(text);
          const flags: CheckInput = {
            force: { qualifier: 'exact', low: force, high: force },
            rate: { qualifier: 'exact', low: rate, high: rate },
            start: day('2024-12-06'),
            by: r.input.by!,
            byText: fuzzyLabel(claimed),
            tolerance: 0.1,
          };
          expect(r.input.byText).toBe(fuzzyLabel(claimed));
          expect(check({ ...r.input, tolerance: 0.1 })).toEqual(check(flags));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a claim that names the projected period is consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 60_000 }), fc.integer({ min: 20, max: 400 }), (force, rate) => {
        const projected = project({ force, rate, start: '2024-12-06' });
        const text =
          `The ${force.toLocaleString('en-US')} soldiers would be lost by ${projected.label} at ${rate} ` +
          `casualties a day.`;
        expect(checked(text).verdict).toBe('consistent');
      }),
      { numRuns: 200 },
    );
  });
});
