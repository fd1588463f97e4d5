import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_TEXT_ERRORS } from '../fixtures/errors.js';
import { cli as run80, expectOneLineError } from '../helpers/cli.js';

/** These reports are read at the widest a report gets: a 100-column terminal. */
const cli: typeof run80 = (args, options = {}) => run80(args, { columns: 100, ...options });

const APRIL = 'All 12,000 North Korean soldiers could be killed or wounded by mid-April at 92 casualties a day';
const FEBRUARY = 'At 92 casualties a day the 12,000 troops would all be lost by early February';

/** The report with wrapped lines joined again, so phrases can be found whole. */
const unwrapped = (text: string): string => text.replace(/\n {2,}(?=\S)/g, ' ');

function claimFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'attrition-claim-')), 'claim.txt');
  writeFileSync(file, text);
  return file;
}

describe('attrition check "TEXT"', () => {
  it('the mid-April claim is consistent (exit 0), with the start taken from the ledger and said', async () => {
    const run = await cli(['check', '--details', APRIL]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Overall: consistent (figures against the ledger: 2 consistent; own arithmetic: consistent).',
    );
    const report = unwrapped(run.stdout);
    expect(report).toContain(`Claim: ${APRIL}`);
    expect(report).toContain(
      'A prediction ("could", "by mid-April"): its arithmetic is checked, not whether it comes true.',
    );
    expect(report).toContain('force 12,000 from the text ("12,000")');
    expect(report).toContain(
      'lost by mid-April 2025 from the text ("mid-April"; year: the first mid-April ending on or after the ' +
        'start 2024-12-06)',
    );
    expect(report).toContain('start 2024-12-06 from the ledger (isw-start, ISW)');
    expect(report).toContain('12,000 ÷ 92 a day = 130.4 days from 2024-12-06 (day 1) → 2025-04-15');
    expect(run.stdout).toMatchSnapshot();
  });

  it('the early-February claim is inconsistent: exit 1', async () => {
    const run = await cli(['check', '--details', FEBRUARY]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Overall: inconsistent (figures against the ledger: 2 consistent; own arithmetic: inconsistent).',
    );
    expect(unwrapped(run.stdout)).toContain(
      'is 64 days after the end of early February 2025 (2025-02-01 to 2025-02-10): 64 ÷ 130.4 days = +49.1 %',
    );
  });

  it('a statement of counts is not labelled a prediction', async () => {
    const run = await cli([
      'check',
      '--details',
      'By 16 January, 3,800 of the 12,000 troops had been killed or wounded, about 92 a day.',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('prediction');
    expect(run.stdout).toMatch(/consistent +implied rate +-1\.7 %\n +3,800 ÷ 42 days = 90\.5 a day\n/);
    expect(run.stdout).not.toContain('a scenario, not a forecast');
  });

  it(
    'flags fill what the sentence lacks and are named as ' + 'the source; a figure they replace is listed as set aside',
    async () => {
      const run = await cli([
        'check',
        '--details',
        'The 12,000 troops could be wiped out by mid-April at 92 a day',
        '--force',
        '11000',
        '--start',
        '2024-12-01',
      ]);
      expect(run.code).toBe(0);
      const report = unwrapped(run.stdout);
      expect(report).toContain('force 11,000 from --force;');
      expect(report).toContain('start 2024-12-01 from --start;');
      expect(report).toContain('Not used by it: "12,000" at 4–10: --force "11000" given instead.');
      expect(report).not.toContain('from the ledger (isw-start');
    },
  );

  it('--published resolves a year-less date against the publication day and says so', async () => {
    const run = await cli([
      'check',
      '--details',
      'At 92 a day, the 12,000 troops would be gone by mid-April',
      '--published',
      '2026-01-10',
    ]);
    expect(unwrapped(run.stdout)).toContain(
      'lost by mid-April 2026 from the text ("mid-April"; year from the publication day 2026-01-10)',
    );
    expect(run.code).toBe(1);
  });

  it('--tolerance applies to the text as to flags', async () => {
    expect((await cli(['check', '--details', FEBRUARY, '--tolerance', '50%'])).code).toBe(0);
  });

  it("a prediction that names no force is checked with the ledger's, and says so", async () => {
    const run = await cli(['check', '--details', 'At 92 a day the troops could be gone by mid-April']);
    expect(run.code).toBe(0);
    expect(unwrapped(run.stdout)).toContain('force about 12,000 from the ledger (isw-force, ISW)');
    const early = await cli(['check', '--details', 'At 92 a day the troops could be gone by early February']);
    expect(early.code).toBe(1);
    expect(
      (await cli(['check', '--details', 'At 92 a day the troops could be gone by mid-April', '--force', '12000'])).code,
    ).toBe(0);
  });

  it.each(CHECK_TEXT_ERRORS)('%s: one line, exit 2', async (_name, args, expected) => {
    expectOneLineError(await cli(args), expected);
  });
});

describe('attrition check --text FILE|-', () => {
  it('reads the claim from a file', async () => {
    const run = await cli(['check', '--details', '--text', claimFile(`${FEBRUARY}\n`)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Claim: ${FEBRUARY}\n`);
  });

  it('reads piped text with --text - and with - as the claim', async () => {
    for (const args of [
      ['check', '--details', '--text', '-'],
      ['check', '--details', '-'],
    ]) {
      const run = await cli(args, { stdin: `${APRIL}\n` });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Overall: consistent');
    }
  });

  it('a terminal on standard input gets one line of help instead of a wait', async () => {
    for (const args of [
      ['check', '--details', '--text', '-'],
      ['check', '--details', '-'],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^attrition: --text - reads piped text, but stdin is a terminal; pipe the claim in\n$/,
      );
    }
  });

  it('empty piped text says so', async () => {
    const run = await cli(['check', '--details', '--text', '-'], { stdin: '  \n' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'attrition: the claim in --text "-" is empty; give a sentence such as "12,000 troops lost by mid-April"\n',
    );
  });

  it('a paragraph of several sentences checks what they say together', async () => {
    const text =
      'The contingent numbered about 12,000 troops.\nSince 6 December it has lost 92 a day.\nAt that rate it ' +
      'could be gone by mid-April.';
    const run = await cli(['check', '--details', '--text', claimFile(text)]);
    expect(run.code).toBe(0);
    expect(unwrapped(run.stdout)).toContain(
      'Claim: The contingent numbered about 12,000 troops. Since 6 December it has lost 92 a day. At that rate ' +
        'it could be gone by mid-April.',
    );
    expect(unwrapped(run.stdout)).toContain('start 2024-12-06 from the text ("6 December"');
  });
});

describe('attrition check "TEXT" --json', () => {
  it("check's document, plus the text, the extracted figures, each input's source and the claim's kind", async () => {
    const run = await cli(['check', '--details', APRIL, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'command', 'input', 'result']);
    expect(doc).toMatchObject({ schemaVersion: 3, command: 'check' });
    const flags = await cli([
      'check',
      '--details',
      '--force',
      '12000',
      '--rate',
      '92',
      '--by',
      'mid-April 2025',
      '--json',
    ]);
    const flagDoc = JSON.parse(flags.stdout);
    expect(Object.keys(doc.input)).toEqual([
      ...Object.keys(flagDoc.input),
      'text',
      'file',
      'published',
      'figures',
      'sources',
      'setAside',
      'ledger',
    ]);
    expect(doc.result.checks).toEqual(flagDoc.result.checks);
    expect(doc.input).toMatchObject({
      force: 12000,
      rate: 92,
      givenAs: { force: '12,000', rate: '92 a day' },
      by: 'mid-April 2025',
      start: '2024-12-06',
      startIsDefault: true,
      text: APRIL,
      file: null,
      published: null,
    });
    expect(doc.input.figures.map((f: { kind: string }) => f.kind)).toEqual(['force', 'date', 'rate']);
    expect(doc.input.sources).toEqual({
      force: { from: 'text', text: '12,000', span: [4, 10], used: '12,000' },
      rate: { from: 'text', text: '92', span: [76, 78], used: '92 a day' },
      by: {
        from: 'text',
        text: 'mid-April',
        span: [63, 72],
        used: 'mid-April 2025',
        note: 'year: the first mid-April ending on or after the start 2024-12-06',
      },
      start: {
        from: 'ledger',
        id: 'isw-start',
        claimant: 'ISW',
        used: '2024-12-06',
        note: 'the day large-scale combat began according to the ISW assessment of 16 January 2025',
      },
    });
    expect(doc.result.claim).toEqual({
      kind: 'prediction',
      cues: [
        { text: 'could', span: [APRIL.indexOf('could'), APRIL.indexOf('could') + 5], reason: 'modal' },
        { text: 'by mid-April', span: [APRIL.indexOf('by mid'), APRIL.indexOf('by mid') + 12], reason: 'date-of-loss' },
      ],
    });
  });

  it('the file it read is echoed', async () => {
    const file = claimFile(FEBRUARY);
    const run = await cli(['check', '--details', '--text', file, '--json', '--published', '2025-01-16']);
    const doc = JSON.parse(run.stdout);
    expect(doc.input).toMatchObject({ file, published: '2025-01-16', text: FEBRUARY });
    expect(doc.result.verdict).toBe('inconsistent');
  });
});
