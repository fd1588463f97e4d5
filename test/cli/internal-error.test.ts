import { describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli.js';

vi.mock('../../src/core/projection/project.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/core/projection/project.js')>()),
  project: () => {
    throw new TypeError('cannot read properties of undefined');
  },
}));

describe('an internal error', () => {
  it('exits 70 with one line saying how to report it', async () => {
    const run = await cli(['project', '--force', '12000', '--rate', '92']);
    expect(run.code).toBe(70);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'attrition: internal error: cannot read properties of undefined; this is a bug in attrition: please ' +
        'report it with the command you ran (--debug shows the stack)\n',
    );
  });

  it('shows the stack with --debug', async () => {
    const run = await cli(['project', '--force', '12000', '--rate', '92', '--debug']);
    expect(run.code).toBe(70);
    expect(run.stderr).toMatch(/^TypeError: cannot read properties of undefined\n\s+at /);
  });
});
