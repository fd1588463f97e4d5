import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/ledger.js';
import { extractFigures } from '../../src/extract/extract.js';
import { cli, expectOneLineError } from '../helpers/cli.js';

const PAGES = new URL('../../examples/pages/', import.meta.url);
let dir: string;
let ledger: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'attrition-ledger-'));
  ledger = join(dir, 'my-ledger.json');
  for (const page of ['frontline-briefing.html', 'browser-saved.html', 'time-only.html']) {
    copyFileSync(new URL(page, PAGES), join(dir, page));
  }
});

const addJson = async (...args: string[]) => {
  const run = await cli(['claims', 'add', ...args, '--ledger', ledger, '--json']);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
};

const ledgerOnDisk = () => {
  const parsed = parseLedger(JSON.parse(readFileSync(ledger, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

describe('attrition claims add', () => {
  it('creates a valid ledger holding every figure the page gives, and says what it added', async () => {
    const page = join(dir, 'frontline-briefing.html');
    const doc = await addJson(page, '--claimant', 'Meridian Courier', '--subject', 'the foreign contingent');
    expect(doc).toMatchObject({
      schemaVersion: 1,
      command: 'claims add',
      input: { ledger, document: 'frontline-briefing.html', claimant: 'Meridian Courier', published: '2025-01-16' },
    });
    expect(doc.input.page.publishedFrom.source).toBe('article:published_time');
    expect(doc.result.created).toBe(true);
    const onDisk = ledgerOnDisk();
    expect(onDisk.subject).toBe('the foreign contingent');
    expect(onDisk.claims).toEqual(doc.result.added);
    // Every figure the article gives is either added or set aside with a reason.
    const extracted = (await cli(['extract', page, '--json'])).stdout;
    const figures = JSON.parse(extracted).result.figures as { span: [number, number] }[];
    expect(doc.result.added.length + doc.result.skipped.length).toBe(figures.length);
    expect(onDisk.baseline).toEqual(doc.result.baseline);
    expect(doc.result.baselineSet).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is idempotent: adding the same page again adds nothing and leaves the file as it was', async () => {
    const page = join(dir, 'frontline-briefing.html');
    const first = await addJson(page);
    const before = readFileSync(ledger, 'utf8');
    const run = await cli(['claims', 'add', page, '--ledger', ledger]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      `0 added, ${first.result.added.length} already present; ${ledger} unchanged`,
    );
    expect(readFileSync(ledger, 'utf8')).toBe(before);
    const again = await addJson(page);
    expect(again.result.added).toEqual([]);
    expect(again.result.skipped.map((s: { id: string }) => s.id).filter(Boolean)).toEqual(
      first.result.added.map((c: { id: string }) => c.id),
    );
  });

  it('keeps every claim of an existing ledger, and the ids stay unique', async () => {
    await addJson(join(dir, 'frontline-briefing.html'));
    const before = ledgerOnDisk().claims;
    const second = await addJson(
      join(dir, 'browser-saved.html'),
      '--claimant',
      'Defence ministry',
      '--published',
      '2025-01-23',
    );
    expect(second.input.published).toBe('2025-01-23'); // --published wins over the page's own date
    const after = ledgerOnDisk().claims;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual(second.result.added);
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
    expect(
      second.result.added.every((c: { source: { published: string } }) => c.source.published === '2025-01-23'),
    ).toBe(true);
  });

  it('lists the added claims briefly in the human report, with claimant "unknown" by default', async () => {
    const run = await cli(['claims', 'add', join(dir, 'time-only.html'), '--ledger', ledger]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^\d+ added, 0 already present; created /);
    expect(run.stdout).toContain('Claimant: unknown; published: 2025-02-03');
    for (const claim of ledgerOnDisk().claims) expect(run.stdout).toContain(claim.id);
    expect(run.stdout).toContain('No baseline yet');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('then works with claims --ledger and the audit, check --ledger', async () => {
    await addJson(join(dir, 'frontline-briefing.html'), '--claimant', 'Meridian Courier');
    await addJson(join(dir, 'browser-saved.html'), '--claimant', 'Defence ministry');
    const claims = await cli(['claims', '--ledger', ledger, '--claimant', 'defence', '--json']);
    expect(claims.code).toBe(0);
    const listed = JSON.parse(claims.stdout).result.claims as { claimant: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((c) => c.claimant === 'Defence ministry')).toBe(true);
    const audit = await cli(['check', '--ledger', ledger, '--json']);
    expect([0, 1]).toContain(audit.code);
    const result = JSON.parse(audit.stdout).result;
    expect(result.verdict === 'inconsistent' ? 1 : 0).toBe(audit.code);
    const onDisk = ledgerOnDisk();
    expect(result.baseline.claims.map((c: { id: string }) => c.id)).toEqual([
      onDisk.baseline!.force,
      onDisk.baseline!.rate,
      onDisk.baseline!.start,
    ]);
    // The killed-plus-wounded statement check runs on the page's 300 + 2,700 against its 3,000.
    expect(JSON.stringify(result)).toContain('killed + wounded');
  });

  it('refuses the audit of a ledger with no baseline yet, in one line', async () => {
    await addJson(join(dir, 'time-only.html'));
    expectOneLineError(await cli(['check', '--ledger', ledger]), /has no "baseline": \{"force", "rate", "start"\}$/);
  });

  it('leaves a ledger that fails the schema untouched', async () => {
    const broken = JSON.stringify({ schemaVersion: 1, subject: 'x', claims: [{ id: 'Bad Id' }] });
    writeFileSync(ledger, broken);
    expectOneLineError(
      await cli(['claims', 'add', join(dir, 'time-only.html'), '--ledger', ledger]),
      /^--ledger ".*\.json" is not a valid ledger: claims\[0\]/,
    );
    expect(readFileSync(ledger, 'utf8')).toBe(broken);
    writeFileSync(ledger, '{ "schemaVersion": 1,');
    expectOneLineError(
      await cli(['claims', 'add', join(dir, 'time-only.html'), '--ledger', ledger]),
      /is not valid JSON/,
    );
    expect(readFileSync(ledger, 'utf8')).toBe('{ "schemaVersion": 1,');
  });

  it('takes its options before or after FILE', async () => {
    const page = join(dir, 'time-only.html');
    const orders = [
      ['claims', 'add', page, '--ledger', ledger, '--claimant', 'C', '--published', '2025-02-04', '--json'],
      ['claims', 'add', '--published', '2025-02-04', '--json', page, '--claimant', 'C', '--ledger', ledger],
      ['claims', '--ledger', ledger, '--json', 'add', '--claimant', 'C', page, '--published', '2025-02-04'],
    ];
    const inputs = [];
    for (const args of orders) {
      const run = await cli(args);
      expect(run.code, run.stderr).toBe(0);
      inputs.push(JSON.parse(run.stdout).input);
    }
    expect(inputs[0]).toMatchObject({ ledger, claimant: 'C', published: '2025-02-04' });
    expect(inputs[1]).toEqual(inputs[0]);
    expect(inputs[2]).toEqual(inputs[0]);
  });

  it("reads plain text as text, and names each document from the ledger's folder", async () => {
    const text = 'About 4,000 soldiers have been killed or wounded since 6 December 2024, officials said.';
    writeFileSync(join(dir, 'wire.txt'), text);
    const doc = await addJson(join(dir, 'wire.txt'), '--published', '2025-01-20');
    expect(doc.input.page).toBeUndefined();
    expect(doc.result.added.map((c: { source: { document: string } }) => c.source.document)).toEqual(
      extractFigures(text)
        .filter((f) => f.kind !== 'date' || f.date?.relation === 'since')
        .map(() => 'wire.txt'),
    );
  });
});
