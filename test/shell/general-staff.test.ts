import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERAL_STAFF } from '../../src/shell/general-staff.js';
import { isoDate } from '../../src/core/dates.js';

describe('the built-in General Staff series', () => {
  it('is the example file, day by day (npm run general-staff-seed writes it)', () => {
    const rows = JSON.parse(
      readFileSync(new URL('../../examples/general-staff/russia_losses_personnel.json', import.meta.url), 'utf8'),
    ) as { date: string; personnel: number }[];
    expect(GENERAL_STAFF.days.map(isoDate)).toEqual(rows.map((r) => r.date));
    expect(GENERAL_STAFF.counts).toEqual(rows.map((r) => r.personnel));
  });
});
