import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ledgerView } from '../../src/core/check/against-ledger/ledger-view.js';
import type { Ledger } from '../../src/core/ledger/ledger.js';
import { figureSubjects } from '../../src/extract/subject.js';
import { SEEDS_SUBJECT, SEEDS_VIEW } from '../../src/shell/seeds-view.js';

const seeds = JSON.parse(readFileSync(new URL('../../seeds/ledger.json', import.meta.url), 'utf8')) as Ledger;

describe('the seeds ledger view shipped as data', () => {
  it('is ledgerView of the seeds ledger, written by this test (vitest -u) and checked by it', async () => {
    await expect(`${JSON.stringify(ledgerView(seeds), null, 1)}\n`).toMatchFileSnapshot('../../seeds/ledger-view.json');
  });

  it('is what claim checks read', () => {
    expect(SEEDS_VIEW).toEqual(ledgerView(seeds));
  });

  it('comes with the subject its description names, as the description reads', () => {
    expect(figureSubjects(seeds.subject, [[0, 0]])).toEqual([SEEDS_SUBJECT]);
  });
});
