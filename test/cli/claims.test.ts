import { describe, expect, it } from 'vitest';
import { renderClaims } from '../../src/render/claims.js';
import { plainStyle } from '../../src/render/style.js';
import { cli, cliJson } from '../helpers/cli.js';

describe('attrition claims', () => {
  it('lists the seeds ledger as a table: id, kind, figure, date, claimant, source', async () => {
    // Where the width allows (the renderer's default), the whole table: one claim a line.
    const doc = await cliJson(['claims']);
    const table = renderClaims(doc, plainStyle, Number.POSITIVE_INFINITY);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ {2}id +kind +figure +refers to +claimant +source$/);
    expect(lines.length).toBeGreaterThanOrEqual(31);
    expect(table).toMatch(
      /isw-rate +rate +about 92 a day +since 2024-12-06 through 2025-01-16 +ISW +002_ffa921b859007070\.txt/,
    );
    expect(table).toMatch(
      new RegExp(
        String.raw`uk-share-third +share +more than a third \(33\.3 %\) of the force +as of mid-January 2025 +UK ` +
          'Ministry of Defence',
      ),
    );
    expect(table).toMatch(/kovalenko-rate +rate +80–90 a day/);
  });

  it('gives each claim two lines where the table would be wider than the report (80 columns piped)', async () => {
    const run = await cli(['claims']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ {2}id +kind +figure$/);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(run.stdout).toMatch(
      / {2}isw-rate +rate +about 92 a day\n {6}since 2024-12-06 through 2025-01-16; ISW; 002_ffa921b859007070\.txt\n/,
    );
    expect(run.stdout).toMatchSnapshot();
  });

  it('filters by claimant and kind', async () => {
    const run = await cli(['claims', '--claimant', 'NIS', '--kind', 'killed']);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .filter((r) => !r.startsWith('      '));
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['nis-killed', 'nis-dec-killed']);
  });

  it('prints the documented JSON document with the claims as the ledger holds them', async () => {
    const doc = await cliJson(['claims', '--kind', 'rate']);
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'claims', input: { kind: 'rate', claimant: null } });
    expect(doc.result.claims.map((c: any) => c.id)).toEqual(['isw-rate', 'kovalenko-rate']);
    expect(doc.result.claims[0]).toMatchObject({
      id: 'isw-rate',
      kind: 'rate',
      claimant: 'ISW',
      value: 92,
      qualifier: 'approximately',
      source: { document: '002_ffa921b859007070.txt' },
    });
    expect(typeof doc.result.claims[0].paraphrase).toBe('string');
    expect((await cliJson(['claims'])).result.claims.length).toBeGreaterThanOrEqual(30);
  });

  it('takes --ledger as check and fit do: alone it is the seeds ledger, with a file that file', async () => {
    const seeds = await cli(['claims', '--json']);
    expect(await cli(['claims', '--ledger', '--json'])).toEqual(seeds);
    const small = await cliJson(['claims', '--ledger', 'test/fixtures/ledger-small.json']);
    expect(small.input.ledger).toBe('test/fixtures/ledger-small.json');
    expect(small.result.claims).not.toEqual(JSON.parse(seeds.stdout).result.claims);
  });

  it('says on stderr when nothing matches, and exits 0', async () => {
    const run = await cli(['claims', '--claimant', 'nobody']);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe('attrition: no claims in the seeds ledger (seeds/ledger.json) match --claimant "nobody"\n');
    expect(JSON.parse((await cli(['claims', '--claimant', 'nobody', '--json'])).stdout).result.claims).toEqual([]);
  });

  it('refuses an unknown kind in one line, exit 2', async () => {
    const run = await cli(['claims', '--kind', 'rates']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'attrition: --kind "rates" is none of force|casualties|killed|wounded|rate|share|duration|date\n',
    );
  });
});
