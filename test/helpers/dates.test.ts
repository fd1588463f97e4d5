import { describe, expect, it } from 'vitest';
import { day } from './dates.js';

describe('day (the test helper)', () => {
  it('counts days since 1970-01-01 from an ISO date or its parts', () => {
    expect(day('2024-12-06')).toBe(Date.UTC(2024, 11, 6) / 86_400_000);
    expect(day(2024, 12, 6)).toBe(day('2024-12-06'));
  });

  it.each(['2025-02-30', '6 Dec 2024', '2024-12-6', ''])('refuses %j', (text) => {
    expect(() => day(text)).toThrow(/not a calendar date/);
  });
});
