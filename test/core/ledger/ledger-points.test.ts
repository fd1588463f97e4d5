import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../../src/core/dates.js';
import { parseLedger, type Ledger } from '../../../src/core/ledger/ledger.js';
import { datedCasualtyFigures } from '../../../src/core/ledger/ledger-points.js';

const seeds = (): Ledger => {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL('../../../seeds/ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

const source = { document: 'a.txt' };
const base = (claims: unknown[]): Ledger => {
  const parsed = parseLedger({
    schemaVersion: 1,
    subject: 'a force',
    baseline: { force: 'force', rate: 'rate', start: 'start' },
    claims: [
      {
        id: 'force',
        kind: 'force',
        claimant: 'A',
        statement: 'a',
        source,
        qualifier: 'exact',
        value: 10000,
        paraphrase: 'A said ten thousand troops.',
      },
      {
        id: 'rate',
        kind: 'rate',
        claimant: 'A',
        statement: 'a',
        source,
        qualifier: 'exact',
        value: 100,
        paraphrase: 'A said a hundred a day.',
      },
      {
        id: 'start',
        kind: 'date',
        claimant: 'A',
        statement: 'a',
        source,
        qualifier: 'exact',
        value: '2025-01-01',
        marks: 'losses-begin',
        paraphrase: 'A said from the first.',
      },
      ...claims,
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

describe('datedCasualtyFigures', () => {
  it("reads the seeds ledger's five dated casualty counts, in time order", () => {
    const figures = datedCasualtyFigures(seeds());
    expect(figures.map((f) => [f.claimant, f.asOfText, f.value, f.ids.join('+')])).toEqual([
      ["South Korea's NIS", 'mid-December 2024', 1100, 'nis-dec-killed+nis-dec-wounded'],
      ['Zelensky', 'early January 2025', 3800, 'zelensky-casualties'],
      ["South Korea's NIS", '2025-01-13', 3000, 'nis-killed+nis-wounded'],
      ['UK Ministry of Defence', 'mid-January 2025', 4000, 'uk-casualties'],
      ['Kovalenko', '2025-01-18', 3600, 'kovalenko-share+kovalenko-force'],
    ]);
    expect(figures[0]!.asOf).toEqual({ first: dayFromParts(2024, 12, 11), last: dayFromParts(2024, 12, 20) });
    expect(figures[2]!.text).toBe('(300 killed + 2,700 wounded)');
  });

  it('leaves out counts of another subject and undated figures', () => {
    const ids = datedCasualtyFigures(seeds()).flatMap((f) => f.ids);
    expect(ids).not.toContain('kursk-operation-38000');
    expect(ids).not.toContain('us-officials-killed');
  });

  it('plots a range at its middle and an open bound at the figure stated', () => {
    const claim = (id: string, fields: object) => ({
      id,
      kind: 'casualties',
      claimant: id.toUpperCase(),
      statement: id,
      source,
      asOf: '2025-02-01',
      paraphrase: 'Someone gave a count.',
      ...fields,
    });
    const figures = datedCasualtyFigures(
      base([
        claim('b', { qualifier: 'range', low: 2000, high: 3000 }),
        claim('c', { qualifier: 'at-least', value: 1500 }),
        claim('d', { qualifier: 'up-to', value: 4000 }),
        claim('e', { qualifier: 'more-than', value: 900 }),
      ]),
    );
    expect(figures.map((f) => [f.claimant, f.value])).toEqual([
      ['B', 2500],
      ['C', 1500],
      ['D', 4000],
      ['E', 900],
    ]);
  });

  it('finds nothing in a ledger without dated counts', () => {
    expect(datedCasualtyFigures(base([]))).toEqual([]);
  });
});
