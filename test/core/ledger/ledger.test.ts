import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_START, DEFAULT_START_SOURCE } from '../../../src/core/projection/baseline.js';
import { selectClaims, parseKind } from '../../../src/core/ledger/select-claims.js';
import { isoDate } from '../../../src/core/dates.js';
import { CLAIM_KINDS } from '../../../src/core/figures/vocabulary.js';
import { ledgerJsonSchema, parseLedger, type Ledger } from '../../../src/core/ledger/ledger.js';

const seedsText = readFileSync(new URL('../../../seeds/ledger.json', import.meta.url), 'utf8');
const seedsDocument = (): any => JSON.parse(seedsText);

function seeds(): Ledger {
  const parsed = parseLedger(seedsDocument());
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}

const SEED_FILES = [
  '000_58eb57e3a8a725fd.txt',
  '001_9e04fdc20c0cd994.txt',
  '002_ffa921b859007070.txt',
  '003_7b1a5f658f926e25.txt',
  '004_1d24b5449bc5604f.txt',
];

describe('the seeds ledger', () => {
  it('passes the schema and holds 30 or more claims from the five seed documents', () => {
    const ledger = seeds();
    expect(ledger.claims.length).toBeGreaterThanOrEqual(30);
    const documents = new Set(ledger.claims.flatMap((c) => [c.source.document, ...(c.source.alsoIn ?? [])]));
    expect([...documents].sort()).toEqual(SEED_FILES);
  });

  it('holds isw-start: ISW dates large-scale combat from 6 December 2024, the default start', () => {
    const start = seeds().claims.find((c) => c.id === DEFAULT_START_SOURCE.ledgerId);
    expect(start).toMatchObject({
      id: 'isw-start',
      kind: 'date',
      claimant: 'ISW',
      value: '2024-12-06',
      marks: 'losses-begin',
    });
    expect(start?.value).toBe(isoDate(DEFAULT_START));
    expect(seeds().baseline).toEqual({ force: 'isw-force', rate: 'isw-rate', start: 'isw-start' });
  });

  it('uses every kind of claim and gives each one a paraphrase', () => {
    const ledger = seeds();
    expect(new Set(ledger.claims.map((c) => c.kind))).toEqual(new Set(CLAIM_KINDS));
    for (const claim of ledger.claims) expect(claim.paraphrase.length, claim.id).toBeGreaterThan(20);
  });

  it('records the figures the checks rest on, as the documents give them', () => {
    const byId = new Map(seeds().claims.map((c) => [c.id, c]));
    expect(byId.get('isw-force')).toMatchObject({ kind: 'force', value: 12000, qualifier: 'approximately' });
    expect(byId.get('isw-rate')).toMatchObject({ kind: 'rate', value: 92, since: '2024-12-06', asOf: '2025-01-16' });
    expect(byId.get('zelensky-casualties')).toMatchObject({
      kind: 'casualties',
      value: 3800,
      asOf: 'early January 2025',
    });
    expect(byId.get('nis-killed')).toMatchObject({ value: 300, asOf: '2025-01-13' });
    expect(byId.get('nis-wounded')).toMatchObject({ value: 2700, asOf: '2025-01-13' });
    expect(byId.get('uk-share-third')).toMatchObject({
      kind: 'share',
      of: 'force',
      qualifier: 'more-than',
      value: 1 / 3,
    });
    expect(byId.get('kovalenko-rate')).toMatchObject({ qualifier: 'range', low: 80, high: 90 });
    expect(byId.get('kovalenko-two-months')).toMatchObject({ kind: 'duration', value: 2, unit: 'months' });
    expect(byId.get('isw-within-12-weeks')).toMatchObject({
      kind: 'duration',
      value: 12,
      unit: 'weeks',
      since: '2025-01-16',
    });
    expect(byId.get('jones-share')).toMatchObject({ qualifier: 'range', low: 1 / 3, high: 0.5 });
    expect(byId.get('nis-dec-killed')).toMatchObject({ qualifier: 'at-least', value: 100 });
    expect(byId.get('jones-killed')).toMatchObject({ qualifier: 'up-to', value: 1000 });
  });

  it('filters claims by claimant text and kind', () => {
    const ledger = seeds();
    const nis = selectClaims(ledger, { claimant: 'nis' });
    expect(nis.length).toBeGreaterThanOrEqual(5);
    expect(nis.every((c) => c.claimant.includes('NIS'))).toBe(true);
    expect(selectClaims(ledger, { kind: 'rate' }).map((c) => c.id)).toEqual(['isw-rate', 'kovalenko-rate']);
    expect(selectClaims(ledger, { claimant: 'NIS', kind: 'killed' }).map((c) => c.id)).toEqual([
      'nis-killed',
      'nis-dec-killed',
    ]);
    expect(selectClaims(ledger, { claimant: 'nobody' })).toEqual([]);
    // Matched at the start of a word: "nis" is not the UK Ministry of Defence.
    expect(selectClaims(ledger, { claimant: 'nis' }).some((c) => c.claimant.startsWith('UK'))).toBe(false);
    expect(selectClaims(ledger, { claimant: 'seth' }).every((c) => c.claimant === 'CSIS/Seth Jones')).toBe(true);
    expect(selectClaims(ledger, { claimant: 'uk ministry' }).length).toBe(4);
    expect(parseKind('Rate')).toEqual({ ok: true, value: 'rate' });
    expect(parseKind('rates').ok).toBe(false);
  });
});

describe('the committed JSON Schema', () => {
  it('is the one the zod schema generates (run npm run ledger-schema after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../seeds/ledger.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(ledgerJsonSchema());
  });

  it('is where the seeds ledger points its $schema', () => {
    expect(seedsDocument().$schema).toBe('./ledger.schema.json');
  });
});

describe('a broken ledger', () => {
  const problem = (edit: (doc: any) => void): string => {
    const doc = seedsDocument();
    edit(doc);
    const parsed = parseLedger(doc);
    if (parsed.ok) throw new Error('expected the ledger to be refused');
    return parsed.problem;
  };
  const at = (doc: any, id: string) => doc.claims.find((c: any) => c.id === id);
  const indexOf = (id: string) => seedsDocument().claims.findIndex((c: any) => c.id === id);

  it('names the entry by id and index, and the field', () => {
    const i = indexOf('nis-killed');
    expect(problem((d) => (at(d, 'nis-killed').qualifier = 'sometimes'))).toBe(
      `claims[${i}] (id nis-killed) field qualifier is "sometimes"; expected "exact", "approximately", ` +
        `"at-least", "more-than", "up-to", "range"`,
    );
    expect(problem((d) => delete at(d, 'nis-killed').paraphrase)).toBe(
      `claims[${i}] (id nis-killed) field paraphrase is missing`,
    );
    expect(problem((d) => (at(d, 'nis-killed').value = '300'))).toBe(
      `claims[${i}] (id nis-killed) field value is "300"; expected a number`,
    );
    expect(problem((d) => (at(d, 'nis-killed').qualifer = 'exact'))).toBe(
      `claims[${i}] (id nis-killed) field qualifer is not a field the ledger knows`,
    );
    expect(problem((d) => (at(d, 'nis-killed').kind = 'dead'))).toMatch(
      new RegExp(`^claims\\[${i}\\] \\(id nis-killed\\) field kind is "dead"; expected one of force, casualties`),
    );
    expect(problem((d) => (at(d, 'nis-killed').asOf = '13th of Jan'))).toMatch(
      new RegExp(`^claims\\[${i}\\] \\(id nis-killed\\) field asOf must be a date \\(2024-12-06\\) or a period`),
    );
    expect(problem((d) => (at(d, 'nis-killed').source = { outlet: 'x' }))).toBe(
      `claims[${i}] (id nis-killed) field source.document is missing`,
    );
  });

  it('names the entry by index when it has no id', () => {
    expect(problem((d) => delete d.claims[3].id)).toBe('claims[3] field id is missing');
    expect(problem((d) => (d.claims[3] = 'a claim'))).toBe('claims[3] is "a claim"; expected an object');
  });

  it('refuses a value beside a range, a range without its ends, and shares above 1', () => {
    const kovalenko = indexOf('kovalenko-rate');
    expect(problem((d) => (at(d, 'kovalenko-rate').value = 85))).toBe(
      `claims[${kovalenko}] (id kovalenko-rate) field value must be left out when the qualifier is range: give ` +
        `low and high`,
    );
    expect(problem((d) => delete at(d, 'kovalenko-rate').high)).toBe(
      `claims[${kovalenko}] (id kovalenko-rate) field high is required when the qualifier is range`,
    );
    expect(problem((d) => (at(d, 'kovalenko-rate').low = 95))).toBe(
      `claims[${kovalenko}] (id kovalenko-rate) field low is above high`,
    );
    expect(problem((d) => delete at(d, 'nis-killed').value)).toMatch(/\(id nis-killed\) field value is required/);
    expect(problem((d) => (at(d, 'kovalenko-share').value = 30))).toMatch(
      /\(id kovalenko-share\) field value must be a share above 0 and at most 1/,
    );
    expect(problem((d) => (at(d, 'isw-force').value = 0))).toMatch(
      /\(id isw-force\) field value must be above zero for a force/,
    );
  });

  it('refuses repeated ids and references to claims that do not exist', () => {
    const second = indexOf('isw-rate');
    expect(problem((d) => (at(d, 'isw-rate').id = 'isw-force'))).toBe(
      `claims[${second}] (id isw-force) field id repeats the id isw-force`,
    );
    expect(problem((d) => (d.baseline.rate = 'nobody-rate'))).toBe(
      'field baseline.rate names nobody-rate, which is not a claim in the ledger',
    );
    expect(problem((d) => (d.baseline.rate = 'isw-force'))).toBe(
      'field baseline.rate names isw-force, a force claim; expected a rate claim',
    );
    expect(problem((d) => (d.baseline.start = 'isw-early-december'))).toMatch(
      /^field baseline.start names isw-early-december, which must give one day/,
    );
    expect(problem((d) => (at(d, 'isw-rate').cites = ['missing-claim']))).toBe(
      `claims[${second}] (id isw-rate) field cites.0 names missing-claim, which is not a claim in the ledger`,
    );
  });

  it('refuses documents that are not ledgers', () => {
    expect(parseLedger([])).toEqual({ ok: false, problem: 'the document is a list; expected an object' });
    expect(parseLedger({ schemaVersion: 2 })).toMatchObject({
      ok: false,
      problem: 'field schemaVersion is 2; expected 1',
    });
  });
});
