import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/core/dates.js';
import { addClaims, emptyLedger, slug, type FigureSource } from '../../src/extract/add-claims.js';
import { parseLedger, type Claim, type Ledger } from '../../src/core/ledger/ledger.js';
import { extractFigures } from '../../src/extract/extract.js';

const PUBLISHED = dayFromParts(2025, 1, 16)!;

// Invented reporting, in the forms the extractor reads.
const BRIEFING =
  'The contingent has suffered about 3,000 casualties since 6 December 2024, officials said. ' +
  'Of those, 300 soldiers were killed and 2,700 wounded by 13 January. ' +
  'The contingent numbered roughly 11,000 troops. ' +
  'Analysts said it was losing about 90 soldiers a day, and could be exhausted by early May.';

const SOURCE: FigureSource = { document: 'articles/briefing.html', claimant: 'Courier', published: PUBLISHED };

const add = (text: string, source: FigureSource = SOURCE, ledger: Ledger = emptyLedger('a contingent')) =>
  addClaims(ledger, extractFigures(text, { published: PUBLISHED }), source);

const valid = (ledger: Ledger): Ledger => {
  const parsed = parseLedger(JSON.parse(JSON.stringify(ledger)));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

const byKind = (claims: readonly Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);

describe('addClaims: figures of one source as ledger claims', () => {
  it('adds each figure with its kind, value, qualifier, dates, source, span and claimant', () => {
    const figures = extractFigures(BRIEFING, { published: PUBLISHED });
    const { ledger, added } = addClaims(emptyLedger('a contingent'), figures, SOURCE);
    valid(ledger);
    const [casualties] = byKind(added, 'casualties');
    expect(casualties).toMatchObject({
      qualifier: 'approximately',
      value: 3000,
      since: '2024-12-06',
      claimant: 'Courier',
    });
    expect(byKind(added, 'killed')[0]).toMatchObject({ qualifier: 'exact', value: 300, asOf: '2025-01-13' });
    expect(byKind(added, 'wounded')[0]).toMatchObject({ value: 2700, asOf: '2025-01-13' });
    expect(byKind(added, 'force')[0]).toMatchObject({ qualifier: 'approximately', value: 11000 });
    // "could be exhausted by early May" is a projection: the rate is not a count as of May.
    const [rate] = byKind(added, 'rate');
    expect(rate).toMatchObject({ value: 90 });
    expect(rate!.asOf).toBeUndefined();
    expect(byKind(added, 'date').map((d) => [d.value, (d as { marks: string }).marks])).toEqual([
      ['2024-12-06', 'losses-begin'],
      ['early May 2025', 'force-lost'],
    ]);
    for (const claim of added) {
      const figure = figures.find((f) => f.span[0] === claim.source.span![0])!;
      expect(claim.source).toEqual({
        document: SOURCE.document,
        published: '2025-01-16',
        span: figure.span,
        text: figure.text,
      });
      expect(BRIEFING.slice(...claim.source.span!)).toBe(claim.source.text);
      expect(claim.statement).toBe('briefing');
      expect(claim.id).toBe(`briefing-${claim.kind}-${figure.span[0]}`);
      expect(claim.note).toContain(figure.sentence);
    }
  });

  it('names "unknown" claimants and leaves a day out when none is known', () => {
    const { added } = add('About 4,000 were killed or wounded.', { document: 'wire.txt', claimant: 'unknown' });
    expect(added).toHaveLength(1);
    expect(added[0]!.source.published).toBeUndefined();
    expect(added[0]!.paraphrase).toMatch(/^An unnamed source: casualties about 4,000/);
  });

  it('sets the baseline once the ledger has a force, a rate and a start day, and keeps it after', () => {
    const first = add('The contingent numbered roughly 11,000 troops.');
    expect(first.ledger.baseline).toBeUndefined();
    expect(first.baselineSet).toBe(false);
    const second = add(
      'It has lost about 90 a day since 6 December 2024.',
      { ...SOURCE, document: 'second.txt' },
      first.ledger,
    );
    const ids = (kind: string) => second.ledger.claims.find((c) => c.kind === kind)!.id;
    expect(second.ledger.baseline).toEqual({ force: ids('force'), rate: ids('rate'), start: ids('date') });
    expect(second.baselineSet).toBe(true);
    const third = add('Another 12,000 troops were sent.', { ...SOURCE, document: 'third.txt' }, valid(second.ledger));
    expect(third.ledger.baseline).toEqual(second.ledger.baseline);
    expect(third.baselineSet).toBe(false);
  });

  it('never adds the same figure from the same source twice', () => {
    const once = add(BRIEFING);
    const twice = add(BRIEFING, SOURCE, valid(once.ledger));
    expect(twice.added).toEqual([]);
    expect(twice.ledger.claims).toEqual(once.ledger.claims);
    const present = twice.skipped.filter((s) => s.reason === 'already in the ledger');
    expect(present.map((s) => s.id)).toEqual(once.added.map((c) => c.id));
  });

  it('adds the same words from another source, with ids of their own', () => {
    const once = add(BRIEFING);
    const other = add(BRIEFING, { ...SOURCE, document: 'elsewhere/briefing.html' }, valid(once.ledger));
    expect(other.added).toHaveLength(once.added.length);
    const ids = other.ledger.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    valid(other.ledger);
  });

  it('sets aside what a ledger cannot hold: vague amounts, dates that mark nothing, rates of the dead', () => {
    const { added, skipped } = add('Dozens were killed on 3 January. Some 40 were killed a day.');
    expect(added).toEqual([]);
    expect(skipped.map((s) => [s.text, s.reason])).toEqual([
      ['Dozens', 'a vague amount, with no number to record'],
      ['3 January', 'dates the figures beside it (their asOf); marks no event'],
      ['Some 40', "a rate of killed a day; the ledger's rates are casualties a day"],
    ]);
  });

  it('turns a weekly rate into a daily one', () => {
    const { added } = add('Losses ran at about 630 a week.');
    expect(byKind(added, 'rate').map((r) => r.value)).toEqual([630 / 7]);
  });

  it('reads a share of the troops as a share of the force, and one of them as a share of the casualties', () => {
    const { added } = add('More than a third of the 11,000 troops were lost, and about a quarter of them were killed.');
    expect(byKind(added, 'share').map((s) => [s.value, (s as { of: string }).of])).toEqual([
      [1 / 3, 'force'],
      [0.25, 'casualties'],
    ]);
  });

  it('takes what a share is of from the extracted figure: "30 % of its strength" is of the force', () => {
    const { added } = add('The contingent has lost some 30 % of its strength.');
    expect(byKind(added, 'share').map((s) => (s as { of: string }).of)).toEqual(['force']);
  });

  it("marks claims about another subject than the ledger's", () => {
    const { added } = add('About 4,000 were killed or wounded.', { ...SOURCE, subject: 'another army' });
    expect(added[0]!.subject).toBe('another army');
    const same = add('About 4,000 were killed or wounded.', { ...SOURCE, subject: 'a contingent' });
    expect(same.added[0]!.subject).toBeUndefined();
  });

  it('always gives a ledger that passes the schema, and adding again changes nothing', () => {
    const sentences = [
      'About 12,000 troops were sent.',
      'Some 3,800 have been killed or wounded since early December 2024.',
      'They lost 92 a day by 16 January 2025.',
      '300 were killed and 2,700 wounded.',
      'At least half of the force could be lost within 12 weeks.',
      'Losses ran at 600 a week.',
      'Between 80 and 90 a day were lost as of mid-January 2025.',
      'Several hundred were wounded.',
    ];
    fc.assert(
      fc.property(
        fc.subarray(sentences, { minLength: 1 }),
        fc.constantFrom('a.txt', 'dir/b.html', 'C D.htm'),
        (chosen, document) => {
          const text = chosen.join(' ');
          const first = add(text, { ...SOURCE, document });
          if (first.added.length === 0) return;
          const ledger = valid(first.ledger);
          expect(first.added.length + first.skipped.length).toBe(extractFigures(text, { published: PUBLISHED }).length);
          const again = add(text, { ...SOURCE, document }, ledger);
          expect(again.added).toEqual([]);
          expect(again.ledger.claims).toEqual(ledger.claims);
        },
      ),
    );
  });
});

describe('slug', () => {
  it('writes lower-case words joined by hyphens', () => {
    expect(slug('Frontline Briefing (2)')).toBe('frontline-briefing-2');
    expect(slug('Été à Kyiv')).toBe('ete-a-kyiv');
    expect(slug('???')).toBe('source');
    expect(slug('x'.repeat(60))).toHaveLength(40);
  });
});

describe('addClaims: a count with no date of its own', () => {
  it("counts through the page's publication day, as check --text reads it; without one it stays undated", () => {
    const text = 'About 4,000 soldiers of the contingent have been killed or wounded, officials said.';
    const [dated] = byKind(add(text).added, 'casualties');
    expect(dated).toMatchObject({ value: 4000, asOf: '2025-01-16' });
    const undated = addClaims(emptyLedger('a contingent'), extractFigures(text), {
      document: 'articles/undated.html',
      claimant: 'Courier',
    });
    expect(byKind(undated.added, 'casualties')[0]!.asOf).toBeUndefined();
  });
});
