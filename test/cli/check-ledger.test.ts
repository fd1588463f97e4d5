import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/extract/check-claim.js';
import { claimCheckJson } from '../../src/extract/check-claim-json.js';
import { checkClaim as libraryCheckClaim } from '../../src/index.js';
import { LEDGER_CLAIMS } from '../fixtures/ledger-claims.js';
import { cli as run80, expectOneLineError } from '../helpers/cli.js';

/** These reports are read at the widest a report gets: a 100-column terminal. */
const cli: typeof run80 = (args, options = {}) => run80(args, { columns: 100, ...options });
import { ledgerAt, seedsLedger } from '../helpers/seeds-ledger.js';

const EXAMPLES = [
  ['By 25 January 2025, 2,500 North Korean soldiers had been killed', 1, 'inconsistent'],
  ['On 3 February 2025 officials said losses had reached 9,000', 1, 'inconsistent'],
  ['A spokesman said on 10 January 2025 that about 3,500 had been killed or wounded', 0, 'consistent'],
  ['Half of the 4,000 casualties were killed, an official said on 20 January 2025', 1, 'inconsistent'],
] as const;

describe('attrition check "TEXT" against the ledger', () => {
  it.each(EXAMPLES)('%s: exit %i, %s', async (text, code, verdict) => {
    const run = await cli(['check', '--details', text]);
    expect(run.code).toBe(code);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^Overall: ${verdict} `));
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('no line over 100 columns, a prediction with its own arithmetic included', async () => {
    const run = await cli([
      'check',
      'All 12,000 North Korean soldiers could be killed or wounded by mid-April at 92 casualties a day',
    ]);
    expect(run.stdout).toMatch(
      /^consistent: both figures fit the references, and so does the claim.s own\s+arithmetic\.\n/,
    );
    expect(run.stdout.split('\n').length).toBeLessThanOrEqual(30);
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('no line over 100 columns for any claim of the corpus, shares of a ledger base included', async () => {
    const texts = [
      ...LEDGER_CLAIMS.map((c) => c.text),
      'About two-thirds of them died, officials said',
      'Almost half of the troops were killed or wounded',
    ];
    for (const text of texts) {
      const run = await cli(['check', '--details', text]);
      for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });

  it('leads with the verdict, then one block per figure, then the assumptions', async () => {
    const run = await cli(['check', '--details', EXAMPLES[0][0]]);
    const headings = run.stdout.split('\n').filter((l) => /^(Overall|Claim|Against|killed|Assumptions)/.test(l));
    expect(headings.map((h) => h.split(/[ :]/)[0])).toEqual(['Overall', 'Claim', 'Against', 'killed', 'Assumptions']);
    expect(run.stdout).toContain('killed 2,500, through 25 January 2025: inconsistent');
    // Killed grow by at most ISW's 92 a day times the largest killed share quoted (the UK's quarter).
    expect(run.stdout).toContain('2,500 > 576 (300 + 23 a day (92 × 25 % killed) × 12 days)');
    expect(run.stdout).toContain('Counts grow by at most 92 a day');
  });

  it(
    '--json prints what the library returns, with each comparison, its ledger entry, inputs, bound, deviation ' +
      'and verdict',
    async () => {
      const run = await cli(['check', '--details', EXAMPLES[3][0], '--json']);
      expect(run.code).toBe(1);
      const doc = JSON.parse(run.stdout);
      expect(doc).toMatchObject({
        schemaVersion: 3,
        command: 'check',
        input: { ledger: 'the seeds ledger (seeds/ledger.json)', text: EXAMPLES[3][0] },
      });
      expect(doc.result).toEqual(JSON.parse(JSON.stringify(claimCheckJson(checkClaim(EXAMPLES[3][0], seedsLedger())))));
      expect(doc.result).toEqual(JSON.parse(JSON.stringify(libraryCheckClaim(EXAMPLES[3][0], seedsLedger()))));
      const comparison = doc.result.figures[1].comparisons.find(
        (c: { source: { ids: string[] } | null }) => c.source?.ids.join('+') === 'nis-killed',
      );
      expect(Object.keys(comparison)).toEqual(
        expect.arrayContaining([
          'figure',
          'source',
          'inputs',
          'value',
          'expected',
          'deviation',
          'verdict',
          'arithmetic',
        ]),
      );
      expect(comparison.source).toEqual({
        ids: ['nis-killed'],
        claimant: "South Korea's NIS",
        date: '2025-01-13',
        figure: '300',
      });
      expect(comparison.expected).toEqual({ low: 300, high: 300 + 92 * 0.25 * 7 });
    },
  );

  it('the library takes a parsed JSON ledger and a publication day written YYYY-MM-DD', async () => {
    const document = JSON.parse(readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8'));
    const claim = 'About 4,000 had been killed or wounded, officials said.';
    const library = libraryCheckClaim(claim, document, { published: '2025-01-20' });
    const run = await cli(['check', '--details', claim, '--published', '2025-01-20', '--json']);
    expect(JSON.parse(JSON.stringify(library))).toEqual(JSON.parse(run.stdout).result);
    expect(library.figures[0]!.figure.asOf).toEqual({ first: '2025-01-20', last: '2025-01-20' });
    expect(() => libraryCheckClaim(claim, { schemaVersion: 1 })).toThrow(/^checkClaim: ledger\.subject is required/);
    expect(() => libraryCheckClaim(claim, document, { published: 'soon' })).toThrow(/^published "soon" /);
  });

  it('--ledger FILE checks the claim against that ledger instead', async () => {
    const file = 'test/fixtures/ledger-small.json';
    const run = await cli([
      'check',
      '--details',
      'About 5,500 casualties by 1 February 2025',
      '--ledger',
      file,
      '--json',
    ]);
    const doc = JSON.parse(run.stdout);
    expect(doc.input.ledger).toBe(file);
    const ids = doc.result.figures.flatMap((f: { comparisons: { source: { ids: string[] } | null }[] }) =>
      f.comparisons.map((c) => c.source?.ids[0]),
    );
    expect(ids).toContain('monitor-count');
    expect(ids).not.toContain('nis-killed');
    expect(doc.result).toEqual(
      JSON.parse(
        JSON.stringify(claimCheckJson(checkClaim('About 5,500 casualties by 1 February 2025', ledgerAt(file)))),
      ),
    );
    expect((await cli(['check', '--details', '--ledger', file])).stdout).toMatch(/^Overall: /);
  });

  it('a claim with no comparable figure: one line naming what it set aside, exit 2', async () => {
    expectOneLineError(await cli(['check', '--details', 'Dozens were killed']), /"Dozens" \(vague, not a number\)$/);
  });
});
