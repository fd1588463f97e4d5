import { describe, it } from 'vitest';
import { SERIES_ERRORS } from '../fixtures/errors.js';
import { cli, expectOneLineError } from '../helpers/cli.js';

describe('attrition fit and backtest on a series: bad input is one line on stderr, exit 2', () => {
  it.each(SERIES_ERRORS)('%s', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });
});
