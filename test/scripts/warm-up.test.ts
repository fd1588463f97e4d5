import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { main } from '../../src/main.js';
import { bufferOutput } from '../../src/shell/io.js';
// @ts-expect-error: a plain JavaScript script, without declarations
import { PROFILES, profileNames } from '../../scripts/warm-up.js';

const profiles = PROFILES as Record<string, string[][]>;

describe('the runs the code caches are made from (scripts/warm-up.js)', () => {
  it('cover every command of the registry, and attrition itself', () => {
    const names = COMMANDS.map((spec) => spec.name);
    expect(profileNames(names)).toEqual(['attrition', ...names]);
  });

  it('stop the build, saying what to add, when a command of the registry has no runs', () => {
    expect(() => profileNames(['project', 'tally'])).toThrow(
      /^the command tally of the registry has no runs in PROFILES of scripts\/warm-up\.js: add the usual runs/,
    );
    expect(() => profileNames(['project'])).toThrow(/has runs for sweep, check, .*which the registry does not hold$/);
  });

  it.each(Object.keys(profiles).filter((name) => name !== 'attrition'))(
    'run %s without a usage error',
    async (name) => {
      for (const argv of profiles[name]!) {
        expect(argv[0], JSON.stringify(argv)).toBe(name);
        const io = { stdout: bufferOutput(false), stderr: bufferOutput(false), env: {} };
        expect(await main(argv, io), argv.join(' ')).toBeLessThan(2);
      }
    },
  );
});
