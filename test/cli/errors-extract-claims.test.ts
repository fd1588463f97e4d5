import { describe, it } from 'vitest';
import { CLAIMS_ADD_ERRORS, CLAIMS_ERRORS, EXTRACT_ERRORS } from '../fixtures/errors.js';
import { cli, expectOneLineError } from '../helpers/cli.js';

describe.each([
  ['attrition extract', EXTRACT_ERRORS],
  ['attrition claims', CLAIMS_ERRORS],
  ['attrition claims add', CLAIMS_ADD_ERRORS],
])('%s: bad input is one line on stderr, exit 2', (_command, cases) => {
  it.each(cases)('%s', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });
});
