import { describe, expect, it } from 'vitest';
import { echo, shorten } from '../../src/core/wording.js';
import * as catalogue from '../fixtures/errors.js';
import { cli } from '../helpers/cli.js';

describe('every error message', () => {
  it('is one line of at most 100 columns on stderr, for every refused input in the catalogue', async () => {
    const over: string[] = [];
    for (const cases of Object.values(catalogue)) {
      if (!Array.isArray(cases)) continue;
      for (const [name, args, , options] of cases as catalogue.ErrorCase[]) {
        const run = await cli(args, options);
        const lines = run.stderr.trimEnd().split('\n');
        expect(lines, name).toHaveLength(1);
        if ([...lines[0]!].length > 100) over.push(`${[...lines[0]!].length}: ${lines[0]}`);
      }
    }
    expect(over).toEqual([]);
  });
});

describe('echo', () => {
  it('quotes a short value whole', () => {
    expect(echo('12000')).toBe('"12000"');
    expect(echo('')).toBe('""');
  });

  it('keeps the start and the end of a long value around an ellipsis', () => {
    const path = 'test/fixtures/scenarios/unknown-field.json';
    const echoed = echo(path);
    expect([...JSON.parse(echoed)].length).toBe(20);
    expect(echoed).toBe('"test/fixt…field.json"');
    expect(echo(path, 12)).toBe('"test/…d.json"');
  });

  it('counts characters, not UTF-16 units, and writes other values as JSON', () => {
    expect([...shorten('🎯'.repeat(30), 9)]).toHaveLength(9);
    expect(echo(12000)).toBe('12000');
    expect(echo([1, 2])).toBe('[1,2]');
    expect(echo({ long: 'x'.repeat(40) })).toMatch(/^\{"long":"x+…x+"}$/);
  });
});
