import { describe, expect, it } from 'vitest';
import { cli, cliJson } from '../helpers/cli.js';

describe('attrition claims', () => {
  it('lists the seeds ledger as a table: id, kind, claimant, figure, date, source', async () => {
    const run = await cli(['claims']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ {2}id +kind +claimant +figure +refers to +source$/);
    expect(lines.length).toBeGreaterThanOrEqual(31);
    expect(run.stdout).toMatch(/isw-rate +rate +ISW +about 92 a day +since 2024-12-06 through 2025-01-16 +002_ffa921b859007070\.txt/);
    expect(run.stdout).toMatch(/uk-share-third +share +UK Ministry of Defence +more than a third \(33\.3 %\) of the force +as of mid-January 2025/);
    expect(run.stdout).toMatch(/kovalenko-rate +rate +Kovalenko +80–90 a day/);
    expect(run.stdout).toMatchSnapshot();
  });

  it('filters by claimant and kind', async () => {
    const run = await cli(['claims', '--claimant', 'NIS', '--kind', 'killed']);
    const rows = run.stdout.trimEnd().split('\n').slice(1);
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['nis-killed', 'nis-dec-killed']);
  });

  it('prints the documented JSON document with the claims as the ledger holds them', async () => {
    const doc = await cliJson(['claims', '--kind', 'rate']);
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'claims', input: { kind: 'rate', claimant: null } });
    expect(doc.result.claims.map((c: any) => c.id)).toEqual(['isw-rate', 'kovalenko-rate']);
    expect(doc.result.claims[0]).toMatchObject({ id: 'isw-rate', kind: 'rate', claimant: 'ISW', value: 92, qualifier: 'approximately', source: { document: '002_ffa921b859007070.txt' } });
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
    expect(run.stderr).toBe('attrition: --kind "rates" is not a kind of claim; expected one of force, casualties, killed, wounded, rate, share, duration, date\n');
  });
});
