import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditLedger, type AuditResult, type AuditRow } from '../../../src/core/check/audit.js';
import { parseLedger, type Ledger } from '../../../src/core/ledger/ledger.js';

function seeds(): Ledger {
  const parsed = parseLedger(JSON.parse(readFileSync(new URL('../../../seeds/ledger.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}

const audit = auditLedger(seeds(), 0.1);
const row = (result: AuditResult, id: string): AuditRow => {
  const found = result.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no row ${id}; rows: ${result.checks.map((c) => c.id).join(', ')}`);
  return found;
};
const claimIds = (r: AuditRow) => r.claims.map((c) => c.id);

describe('the seeds audit: the findings a reader should get', () => {
  it('projects the ISW baseline, 12,000 at 92 a day from 6 December, to 15 April 2025', () => {
    expect(audit.baseline).toMatchObject({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      projection: { date: '2025-04-15', label: 'mid-April 2025' },
    });
    expect(audit.baseline.projection.days).toBeCloseTo(12000 / 92, 12);
    expect(row(audit, 'projected-date:isw-by-mid-april')).toMatchObject({
      verdict: 'consistent',
      value: '2025-04-15',
      deviation: 0,
    });
  });

  it("ISW's 92 a day fits Zelensky's 3,800 over about six weeks", () => {
    const r = row(audit, 'rate-basis:isw-rate');
    expect(r.value).toBeCloseTo(3800 / 42, 12);
    expect(r.deviation).toBeCloseTo(3800 / 42 / 92 - 1, 12);
    expect(r.verdict).toBe('consistent');
    expect(r.explanation).toContain('42 days (6 weeks)');
    expect(claimIds(r)).toEqual(expect.arrayContaining(['isw-rate', 'zelensky-casualties']));
  });

  it(
    "the NIS's 300 killed and 2,700 wounded of 13 January imply about 77 a day over 39 days, and full loss in " +
      'early May, not mid-April',
    () => {
      const rate = row(audit, 'implied-rate:nis-killed+nis-wounded');
      expect(rate.value).toBeCloseTo(3000 / 39, 12);
      expect(rate.arithmetic).toContain('÷ 39 days = 76.9 a day');
      expect(rate.verdict).toBe('tension');
      const date = row(audit, 'projection-at-implied-rate:nis-killed+nis-wounded');
      expect(date.value).toBe('2025-05-10');
      expect(date.explanation).toContain('2025-05-10 (early May 2025)');
      expect(date.expected).toEqual({ low: '2025-04-11', high: '2025-04-20' });
      expect(date.deviation).toBeCloseTo(20 / 156, 12);
      expect(date.verdict).toBe('tension');
      expect(claimIds(date)).toEqual(expect.arrayContaining(['nis-killed', 'nis-wounded', 'isw-by-mid-april']));
    },
  );

  it('"12 weeks" from 16 January ends 10 April; the arithmetic gives 12.7 weeks, still mid-April', () => {
    const r = row(audit, 'duration:isw-within-12-weeks');
    expect(r.value).toBeCloseTo(8200 / 92, 12);
    expect((r.value as number) / 7).toBeCloseTo(12.73, 2);
    expect(r.expected).toBe(84);
    expect(r.explanation).toContain('ends 2025-04-10 (early April 2025)');
    expect(r.explanation).toContain('to 2025-04-16 (mid-April 2025)');
    expect(r.arithmetic).toContain('12.7 weeks');
    expect(r.verdict).toBe('consistent');
  });

  it("Kovalenko's 80–90 a day does not square with his 30 % lost in two months", () => {
    const r = row(audit, 'rate-from-share:kovalenko-share');
    expect(r.value).toBeCloseTo((0.3 * 12000) / (2 * (365.2425 / 12)), 12);
    expect(r.expected).toEqual({ low: 80, high: 90 });
    expect(r.deviation).toBeCloseTo((0.3 * 12000) / (2 * (365.2425 / 12)) / 80 - 1, 12);
    expect(r.verdict).toBe('inconsistent');
    expect(claimIds(r)).toEqual(expect.arrayContaining(['kovalenko-rate', 'kovalenko-share', 'kovalenko-two-months']));
  });

  it("the UK's 4,000 of about 11,000 is 36 %, more than a third", () => {
    const r = row(audit, 'share:uk-share-third');
    expect(r.value).toBeCloseTo(4000 / 11000, 12);
    expect(r.qualifier).toBe('more-than');
    expect(r.deviation).toBe(0);
    expect(r.verdict).toBe('consistent');
    expect(r.explanation).toContain('36.4 %');
  });

  it("sets the NIS's 9 : 1 wounded to killed against history, as context", () => {
    const r = row(audit, 'wounded-to-killed:nis-killed+nis-wounded');
    expect(r).toMatchObject({ verdict: 'context', value: 9, deviation: null, section: 'history' });
    expect(r.explanation).toMatch(
      /9 : 1 .*World War II about 4\.9 : 1, Vietnam about 6\.2 : 1, Iraq\/Afghanistan about 12\.8 : 1/,
    );
  });

  it('checks every dated casualty figure against the baseline', () => {
    const dated = audit.checks
      .filter((c) => c.section === 'dated' && c.id.startsWith('implied-rate:'))
      .map((c) => c.id);
    expect(dated).toEqual([
      'implied-rate:zelensky-casualties',
      'implied-rate:nis-killed+nis-wounded',
      'implied-rate:nis-dec-killed+nis-dec-wounded',
      'implied-rate:uk-casualties',
      'implied-rate:kovalenko-share+kovalenko-force',
    ]);
    // Zelensky's 3,800 dated early January (days 27–36) runs above 92 a day.
    expect(row(audit, 'implied-rate:zelensky-casualties').value).toEqual({ low: 3800 / 36, high: 3800 / 27 });
    // The December NIS figures are lower bounds that 92 a day satisfies.
    expect(row(audit, 'implied-rate:nis-dec-killed+nis-dec-wounded')).toMatchObject({
      verdict: 'consistent',
      deviation: 0,
    });
  });

  it('names the claims and their sources in every row, and says why the rest were not checked', () => {
    for (const r of audit.checks) {
      expect(r.claims.length, r.id).toBeGreaterThan(0);
      for (const c of r.claims) expect(c.document).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    }
    const used = new Set(audit.checks.flatMap(claimIds));
    const unchecked = new Set(audit.unchecked.map((u) => u.id));
    for (const claim of seeds().claims) expect(used.has(claim.id) !== unchecked.has(claim.id), claim.id).toBe(true);
    expect(audit.unchecked.find((u) => u.id === 'kursk-operation-38000')?.reason).toMatch(
      /^counts Russian forces in Kursk/,
    );
  });

  it('is inconsistent overall at 10 %, and consistent at a tolerance wide enough for every check', () => {
    expect(audit.verdict).toBe('inconsistent');
    const wide = auditLedger(seeds(), 0.3);
    expect(wide.verdict).toBe('consistent');
    expect(wide.checks.map((c) => c.id)).toEqual(audit.checks.map((c) => c.id));
  });
});

describe('an audit of another ledger', () => {
  const claim = (fields: Record<string, unknown>) => ({
    claimant: 'Someone',
    statement: 'report',
    source: { document: 'report.txt' },
    qualifier: 'exact',
    paraphrase: 'A figure from a report about another war.',
    ...fields,
  });
  const ledger = (claims: Record<string, unknown>[]): Ledger => {
    const parsed = parseLedger({
      schemaVersion: 1,
      subject: 'A brigade',
      baseline: { force: 'force', rate: 'rate', start: 'start' },
      claims: [
        claim({ id: 'force', kind: 'force', value: 3000 }),
        claim({ id: 'rate', kind: 'rate', value: 50 }),
        claim({ id: 'start', kind: 'date', value: '2023-06-01', marks: 'losses-begin' }),
        ...claims,
      ],
    });
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.value;
  };

  it('checks killed plus wounded against a total stated with them, and a dated total against the baseline', () => {
    const result = auditLedger(
      ledger([
        claim({ id: 'dead', kind: 'killed', value: 100, asOf: '2023-06-10', statement: 'briefing' }),
        claim({ id: 'hurt', kind: 'wounded', value: 400, asOf: '2023-06-10', statement: 'briefing' }),
        claim({ id: 'total', kind: 'casualties', value: 800, asOf: '2023-06-10', statement: 'briefing' }),
      ]),
    );
    expect(row(result, 'killed-plus-wounded:total')).toMatchObject({
      value: 500,
      expected: 800,
      verdict: 'inconsistent',
    });
    expect(row(result, 'implied-rate:total').value).toBeCloseTo(80, 12);
    expect(row(result, 'wounded-to-killed:dead+hurt').value).toBe(4);
    expect(result.verdict).toBe('inconsistent');
  });

  it('leaves out what it cannot check and is consistent when nothing disagrees', () => {
    const result = auditLedger(ledger([claim({ id: 'guess', kind: 'killed', value: 40 })]));
    expect(result.checks).toEqual([]);
    expect(result.verdict).toBe('consistent');
    expect(result.unchecked.map((u) => u.id)).toEqual(['force', 'rate', 'start', 'guess']);
  });
});
