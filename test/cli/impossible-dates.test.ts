import { describe, expect, it } from 'vitest';
import { impossibleDates } from '../../src/extract/impossible-dates.js';
import { cli, cliJson, unwrap } from '../helpers/cli.js';

const CLAIM = 'By 31 April 2025, 5,000 troops had been killed or wounded';

describe('a date in text that is not a day on the calendar', () => {
  it('is found with what is wrong with it', () => {
    expect(impossibleDates(CLAIM)).toEqual([{ text: '31 April 2025', span: [3, 16], problem: 'April has 30 days' }]);
    expect(impossibleDates('on February 29, 2025 and 29 February 2024')).toEqual([
      { text: 'February 29, 2025', span: [3, 20], problem: 'February 2025 has 28 days' },
    ]);
    expect(impossibleDates('the 2025-06-31 report; 30 June 2025; April 31 soldiers; 45 Dec. 2025')).toEqual([
      { text: '2025-06-31', span: [4, 14], problem: 'June has 30 days' },
    ]);
  });

  it('is reported by check rather than silently left out', async () => {
    const run = await cli(['check', CLAIM]);
    expect(unwrap(run.stdout)).toContain(
      'Not a day on the calendar: "31 April 2025" (April has 30 days); the figures it would date are read as undated.',
    );
    const doc = await cliJson(['check', CLAIM]);
    expect(doc.input.impossibleDates).toEqual([{ text: '31 April 2025', span: [3, 16], problem: 'April has 30 days' }]);
  });

  it('is reported by extract', async () => {
    const run = await cli(['extract', '-'], { stdin: CLAIM });
    expect(unwrap(run.stdout)).toContain('Not a day on the calendar: "31 April 2025" (April has 30 days).');
    const json = await cli(['extract', '-', '--json'], { stdin: CLAIM });
    expect(JSON.parse(json.stdout).result.impossibleDates).toHaveLength(1);
    const clean = await cli(['extract', '-', '--json'], { stdin: 'By 30 April 2025, 5,000 had been killed' });
    expect(JSON.parse(clean.stdout).result).not.toHaveProperty('impossibleDates');
  });
});
