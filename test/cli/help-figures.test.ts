import { describe, expect, it } from 'vitest';
import { WOUNDED_TO_KILLED } from '../../src/core/check/history.js';
import { isoDate } from '../../src/core/dates.js';
import { DEFAULT_TOLERANCE, TENSION_FACTOR } from '../../src/core/figures/verdict.js';
import { DEFAULT_START, DEFAULT_START_SOURCE } from '../../src/core/projection/baseline.js';
import { cli } from '../helpers/cli.js';

/** Help as one line, so a figure is found wherever commander wraps it. */
const help = async (command: string) => (await cli([command, '--help'])).stdout.replace(/\s+/g, ' ');

describe('help states the figures the code uses', () => {
  it.each(['project', 'sweep', 'check'])('%s --help gives the default start the projection uses', async (command) => {
    expect(await help(command)).toContain(
      `(default: ${isoDate(DEFAULT_START)}, from ${DEFAULT_START_SOURCE.claimant})`,
    );
  });

  it('check --help gives the wounded-to-killed ratios, the tolerance and the tension band the checks use', async () => {
    const text = await help('check');
    for (const { war, ratio } of WOUNDED_TO_KILLED)
      expect(text).toMatch(new RegExp(`${war.replace('/', '\\/')} (about )?${ratio} : 1`));
    expect(text).toContain(`(default: ${DEFAULT_TOLERANCE * 100} %)`);
    expect(text).toContain(`within ${TENSION_FACTOR} × the tolerance`);
  });
});
