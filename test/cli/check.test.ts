import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echo } from '../../src/core/wording.js';
import { CHECK_ERRORS } from '../fixtures/errors.js';
import { cli, cliJson, expectOneLineError, unwrap } from '../helpers/cli.js';
import { ISW as REFERENCE, ISW_FLAGS } from '../helpers/isw.js';

const ISW = ['check', ...ISW_FLAGS, '--start', REFERENCE.start];
const SEEDS = readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8');

async function json(args: string[]) {
  const run = await cli([...args, '--json']);
  return { code: run.code, stderr: run.stderr, doc: JSON.parse(run.stdout) };
}

/** A copy of the seeds ledger with one edit, written to a temporary file. */
function ledgerFile(edit: (doc: any) => void = () => undefined, text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'attrition-ledger-'));
  const file = join(dir, 'ledger.json');
  const doc = JSON.parse(SEEDS);
  edit(doc);
  writeFileSync(file, text ?? JSON.stringify(doc));
  return file;
}

const expectUsageError = (run: { code: number; stdout: string; stderr: string }, line: string | RegExp) => {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
  if (typeof line === 'string') expect(run.stderr).toBe(`attrition: ${line}\n`);
  else expect(run.stderr).toMatch(line);
};

describe('attrition check on given figures', () => {
  it(
    'casualties above the force are never consistent: 13,000 ' + '> 12,000 printed as broken, exit 1, the rule stated',
    async () => {
      const run = await cli([
        'check',
        '--force',
        '12000',
        '--rate',
        '92',
        '--casualties',
        '13000',
        '--as-of',
        '2025-04-30',
      ]);
      expect(run.code).toBe(1);
      expect(unwrap(run.stdout)).toMatch(/inconsistent +casualties within the force +13,000 > 12,000 /);
      expect(run.stdout).not.toContain('13,000 ≤ 12,000');
      expect(unwrap(run.stdout)).toContain('Casualties within the force is a hard bound: broken, never consistent');
      const about = await cli([
        'check',
        '--force',
        'about 12000',
        '--rate',
        '92',
        '--casualties',
        '13000',
        '--as-of',
        '2025-04-30',
      ]);
      expect(about.code).toBe(0);
      expect(unwrap(about.stdout)).toMatch(/tension +casualties within the force +13,000 > about 12,000 /);
    },
  );

  it('3,800 by 16 January fits 92 a day: the overall verdict, then one row per check; exit 0', async () => {
    const run = await cli([...ISW, '--casualties', '3800', '--as-of', '2025-01-16']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Overall: consistent (2 consistent).');
    // Wider than 80 columns in one row: the verdict and title, then the arithmetic under them.
    expect(lines[3]).toMatch(/^ {2}consistent +implied rate$/);
    expect(lines[4]).toMatch(/^ {6}3,800 ÷ 42 days = 90\.5 a day +vs 92 a day +-1\.7 %$/);
    expect(unwrap(run.stdout)).toContain('Overall: consistent (2 consistent).');
    expect(run.stdout).toMatchSnapshot();
  });

  it('3,000 by 13 January is tension (exit 0); 1,000 by 16 January is inconsistent (exit 1)', async () => {
    const tension = await cli([...ISW, '--casualties', '3000', '--as-of', '2025-01-13']);
    expect(tension.code).toBe(0);
    expect(unwrap(tension.stdout)).toMatch(
      /tension +implied rate +3,000 ÷ 39 days = 76\.9 a day +vs 92 a day +-16\.4 %/,
    );
    expect(unwrap(tension.stdout)).toContain('Overall: tension');
    const inconsistent = await cli([...ISW, '--casualties', '1000', '--as-of', '2025-01-16']);
    expect(inconsistent.code).toBe(1);
    expect(unwrap(inconsistent.stdout)).toContain('Overall: inconsistent');
  });

  it('checks killed + wounded against casualties: 3,000 fits, 5,000 does not', async () => {
    const fits = await cli(['check', '--killed', '300', '--wounded', '2700', '--casualties', '3000']);
    expect(fits.code).toBe(0);
    expect(unwrap(fits.stdout)).toMatch(
      /consistent +killed \+ wounded = casualties +300 killed \+ 2,700 wounded = 3,000 +vs 3,000 +0 %/,
    );
    const off = await cli(['check', '--killed', '300', '--wounded', '2700', '--casualties', '5000']);
    expect(off.code).toBe(1);
  });

  it('checks a claimed period against the projection: mid-April holds, early March does not', async () => {
    const april = await cli([...ISW, '--by', 'mid-April 2025']);
    expect(april.code).toBe(0);
    expect(unwrap(april.stdout)).toContain(
      'The projected date 2025-04-15 (mid-April 2025) falls within mid-April 2025 (2025-04-11 to 2025-04-20).',
    );
    expect(unwrap(april.stdout)).toContain('a scenario, not a forecast');
    const march = await cli([...ISW, '--by', 'early March 2025']);
    expect(march.code).toBe(1);
    expect(unwrap(march.stdout)).toContain('36 days after the end of early March 2025');
  });

  it('gives a period written without its year the first such one on or after the start, and says so', async () => {
    const run = await json(['check', ...ISW_FLAGS, '--casualties', '1000', '--as-of', 'mid-December', '--by', 'April']);
    expect(run.code).toBe(0);
    expect(run.doc.input).toMatchObject({ asOf: 'mid-December 2024', by: 'April 2025' });
    expect(run.doc.input.readings).toEqual([
      '--as-of "mid-December" taken as mid-December 2024, the first on or after 2024-12-06',
      '--by "April" taken as April 2025, the first on or after 2024-12-20',
    ]);
    const plain = await cli(['check', ...ISW_FLAGS, '--by', 'April']);
    expect(unwrap(plain.stdout)).toContain('Read: --by "April" taken as April 2025, the first on or after 2024-12-06.');
  });

  it('reads no --claimant without a claim: who made it belongs to a claim as text', async () => {
    const run = await cli(['check', ...ISW_FLAGS, '--by', 'mid-April 2025', '--claimant', ' ']);
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('checks "12 weeks" from the as-of date against the 12.7 weeks the arithmetic gives', async () => {
    const run = await cli([...ISW, '--casualties', '3800', '--as-of', '2025-01-16', '--within', '12 weeks']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain('(12,000 − 3,800) ÷ 92 a day = 89.1 days = 12.7 weeks');
    expect(unwrap(run.stdout)).toContain('12 weeks from 2025-01-16 ends 2025-04-10 (early April 2025)');
  });

  it('takes qualifiers: at least 100 killed and at least 1,000 wounded by mid-December fit 92 a day', async () => {
    const run = await cli([
      'check',
      '--rate',
      '92',
      '--killed',
      'at least 100',
      '--wounded',
      '1000+',
      '--as-of',
      'mid-December 2024',
    ]);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain(
      '(at least 100 killed + at least 1,000 wounded) ÷ 6–15 days = at least 73.3 a day',
    );
    const tooFew = await cli(['check', '--killed', '300', '--wounded', '2700', '--casualties', 'up to 2000']);
    expect(tooFew.code).toBe(1);
  });

  it('follows --tolerance', async () => {
    const args = [...ISW, '--casualties', '3000', '--as-of', '2025-01-13'];
    expect((await cli([...args, '--tolerance', '20%'])).stdout).toContain('Overall: consistent');
    expect((await cli([...args, '--tolerance', '0.05'])).code).toBe(1);
  });

  it('prints the documented JSON document', async () => {
    const { code, doc } = await json([
      ...ISW,
      '--casualties',
      '3800',
      '--as-of',
      '2025-01-16',
      '--by',
      'mid-April 2025',
    ]);
    expect(code).toBe(0);
    expect(doc.schemaVersion).toBe(3);
    expect(doc.command).toBe('check');
    // Amounts are numbers, as in project's JSON; the text they were given as is beside them.
    expect(doc.input).toMatchObject({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      startIsDefault: false,
      casualties: 3800,
      givenAs: { force: '12000', rate: '92', casualties: '3800', killed: null, wounded: null },
      asOf: '2025-01-16',
      by: 'mid-April 2025',
      tolerance: 0.1,
    });
    expect(doc.result.verdict).toBe('consistent');
    expect(doc.result.checks.map((c: any) => c.id)).toEqual([
      'implied-rate',
      'casualties-within-force',
      'projected-date',
    ]);
    for (const c of doc.result.checks) {
      expect(Object.keys(c).slice(0, 6)).toEqual(['id', 'verdict', 'value', 'expected', 'deviation', 'explanation']);
    }
    expect(doc.result.checks[0].value).toBeCloseTo(3800 / 42, 12);
    expect(doc.result.checks[2]).toMatchObject({
      value: '2025-04-16',
      expected: { low: '2025-04-11', high: '2025-04-20' },
      deviation: 0,
    });
  });

  it('exits 1 with --json too when a check is inconsistent, writing null for open ends', async () => {
    const run = await cli([...ISW, '--by', 'early March 2025', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).result.verdict).toBe('inconsistent');
    const open = JSON.parse(
      (await cli(['check', '--rate', '92', '--casualties', 'at least 1100', '--as-of', '2024-12-20', '--json'])).stdout,
    );
    expect(open.result.checks[0].value).toEqual({ low: 1100 / 15, high: null });
  });
});

describe('attrition check: bad input', () => {
  it.each(CHECK_ERRORS)(
    '%s: names the flag, the value and what is accepted, in one line with exit 2',
    async (_name, args, expected) => {
      expectOneLineError(await cli(args), expected);
    },
  );
});

describe('attrition check --ledger: the audit', () => {
  it('audits the seeds ledger and exits 1 for the inconsistency it finds', async () => {
    const run = await cli(['check', '--ledger']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(unwrap(run.stdout)).toMatch(/^Overall: inconsistent .*\nAudit of the seeds ledger \(seeds\/ledger\.json\)/);
    expect(unwrap(run.stdout)).toContain(
      'the force is lost on 2025-04-15 (mid-April 2025), 130.4 days, if the rate holds',
    );
    for (const finding of [
      'about 3,800 ÷ 42 days = 90.5 a day, vs about 92 a day',
      '(300 killed + 2,700 wounded) ÷ 39 days = 76.9 a day, vs about 92 a day',
      'The projected date 2025-05-10 (early May 2025) is 20 days after the end of mid-April 2025',
      '12 weeks from 2025-01-16 ends 2025-04-10 (early April 2025)',
      '= 89.1 days = 12.7 weeks',
      'implies 59.1 a day, against the stated 80–90 a day',
      'about 4,000 casualties of about 11,000 troops is 36.4 %, against the stated more than a third (33.3 %)',
      '9 : 1 wounded to killed is above World War II and Vietnam, below Iraq/Afghanistan',
    ]) {
      expect(unwrap(run.stdout)).toContain(finding);
    }
    expect(unwrap(run.stdout)).toContain(
      "claims: nis-killed (South Korea's NIS: 300, as of 2025-01-13; 002_ffa921b859007070.txt)",
    );
    expect(unwrap(run.stdout)).toMatch(
      /Overall: inconsistent \(1 inconsistent, \d+ tension, \d+ consistent; 3 for context\)\./,
    );
    expect(run.stdout).toMatchSnapshot();
  });

  it('prints the audit as JSON', async () => {
    const run = await cli(['check', '--ledger', '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      schemaVersion: 2,
      command: 'check',
      input: { tolerance: 0.1 },
      result: { verdict: 'inconsistent' },
    });
    const nis = doc.result.checks.find((c: any) => c.id === 'projection-at-implied-rate:nis-killed+nis-wounded');
    expect(nis).toMatchObject({ verdict: 'tension', value: '2025-05-10', section: 'dated' });
    expect(nis.claims.map((c: any) => c.id)).toContain('nis-killed');
  });

  it('audits a ledger file, and a wider tolerance changes the verdict', async () => {
    const file = ledgerFile();
    const run = await cli(['check', '--ledger', file, '--tolerance', '30%']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Audit of ${file}:`);
    expect(run.stdout).toContain('Overall: consistent');
  });

  it('refuses a broken ledger in one line naming the entry and the field, exit 2', async () => {
    const index = JSON.parse(SEEDS).claims.findIndex((c: any) => c.id === 'nis-wounded');
    const file = ledgerFile((doc) => {
      doc.claims[index].qualifier = 'roughly';
    });
    expectUsageError(
      await cli(['check', '--ledger', file]),
      `--ledger ${echo(file)} is not a valid ledger: claims[${index}] (id nis-wounded) field ` +
        `qualifier is "roughly"; expected "exact", "approximately", "at-least", "more-than", "up-to", "range"`,
    );
    const noId = ledgerFile((doc) => {
      delete doc.claims[2].id;
    });
    expectUsageError(
      await cli(['claims', '--ledger', noId]),
      `--ledger ${echo(noId)} is not a valid ledger: claims[2] field id is missing`,
    );
  });

  it('refuses a file it cannot read or parse, and figures given beside --ledger', async () => {
    const bad = ledgerFile(undefined, '{ "schemaVersion": 1,');
    expectUsageError(await cli(['check', '--ledger', bad]), /^attrition: --ledger ".*" is not valid JSON: /);
  });
});

describe('attrition fit --ledger', () => {
  it('fits the ledger’s dated casualty figures and says how it read them', async () => {
    const run = await cli(['fit', '--ledger', '--force', '12000', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.result.reports.map((r: { date: string }) => r.date)).toEqual([
      '2024-12-15',
      '2025-01-05',
      '2025-01-13',
      '2025-01-15',
    ]);
    expect(doc.result.rate).toBeGreaterThan(0);
    expect(run.stderr).toContain('attrition: ledger: early January 2025 taken as its middle day, 2025-01-05\n');
  });
});

describe('attrition check --json: amounts are numbers', () => {
  it('echoes a qualified amount as its number and a range as its bounds, with the text beside them', async () => {
    const doc = await cliJson(['check', '--force', 'about 12,000', '--rate', '80..92', '--by', 'mid-April 2025']);
    expect(doc.input).toMatchObject({
      force: 12000,
      rate: { low: 80, high: 92 },
      givenAs: { force: 'about 12,000', rate: '80..92', casualties: null },
    });
    const text = await cliJson(['check', 'About 12,000 troops could be lost by mid-April at 92 a day']);
    expect(text.input).toMatchObject({ force: 12000, rate: 92, givenAs: { force: 'about 12,000' } });
  });
});
