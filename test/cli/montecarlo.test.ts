import { describe, expect, it } from 'vitest';
import { cli, cliJson, expectOneLineError, unwrap } from '../helpers/cli.js';
import { MONTE_CARLO_ERRORS } from '../fixtures/errors.js';

const MC = ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '20000'];

describe('attrition project --samples', () => {
  it('reports the 90 % interval and the median first, then weeks, then the assumptions', async () => {
    const run = await cli([...MC, '--seed', '7', '--by', '2025-04-30']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(unwrap(run.stdout).split('\n')[0]).toMatch(
      new RegExp(
        String.raw`^The force is fully lost between 2025-04-\d\d and 2025-0[45]-\d\d in 90 % of 20,000 ` +
          String.raw`scenarios; median 2025-04-\d\d \(.*April 2025\)\.$`,
      ),
    );
    expect(run.stdout).toContain('bounds            2025-04-04 to 2025-05-04');
    expect(run.stdout).toMatch(/after 2025-04-30\s+[\d.]+ % of scenarios/);
    expect(run.stdout.indexOf('By week')).toBeLessThan(run.stdout.indexOf('Assumptions'));
    expect(run.stdout).toContain('Seed 7: --seed 7 repeats this run exactly.');
    expect(run.stdout).toMatchSnapshot();
  });

  it('gives the same bytes for the same seed', async () => {
    const a = await cli([...MC, '--seed', '123', '--json']);
    const b = await cli([...MC, '--seed', '123', '--json']);
    expect(a.stdout).toBe(b.stdout);
    expect((await cli([...MC, '--seed', '124', '--json'])).stdout).not.toBe(a.stdout);
  });

  it('chooses and prints a seed when none is given, so the run can be repeated', async () => {
    const human = await cli(MC);
    const seed = /^attrition: seed (\d+) chosen; add --seed \1 to repeat this run\n$/.exec(human.stderr)?.[1];
    expect(seed).toBeDefined();
    const again = await cli([...MC, '--seed', seed!]);
    expect(again.stdout.split('\n')[0]).toBe(human.stdout.split('\n')[0]);
    const json = await cli([...MC, '--json']);
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout);
    expect(doc.result.seed).toBe(doc.input.seed);
    expect(doc.input.seedIsChosen).toBe(true);
  });

  it('adds quantiles, samples and seed to the JSON result', async () => {
    const doc = await cliJson([...MC, '--seed', '1', '--dist', 'triangular']);
    expect(doc.command).toBe('project');
    expect(doc.input).toMatchObject({ samples: 20000, seed: 1, seedIsChosen: false, dist: 'triangular', by: null });
    expect(Object.keys(doc.result.quantiles)).toEqual(['p5', 'p50', 'p95']);
    for (const q of Object.values(doc.result.quantiles)) expect(q).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.result).toMatchObject({
      samples: 20000,
      seed: 1,
      dist: 'triangular',
      earliest: { date: '2025-04-04' },
      latest: { date: '2025-05-04' },
    });
  });

  it('draws start dates and casualties from ranges', async () => {
    const doc = await cliJson([
      'project',
      '--force',
      '12000',
      '--rate',
      '92',
      '--start',
      '2024-12-01..2024-12-10',
      '--samples',
      '5000',
      '--seed',
      '3',
    ]);
    expect(doc.input.start).toEqual({ low: '2024-12-01', high: '2024-12-10' });
    expect(doc.result.earliest.date).toBe('2025-04-10');
    expect(doc.result.latest.date).toBe('2025-04-19');
    const counted = await cliJson([
      'project',
      '--force',
      '12000',
      '--rate',
      '92',
      '--casualties',
      '3000..4000',
      '--as-of',
      '2025-01-16',
      '--samples',
      '5000',
      '--seed',
      '3',
    ]);
    expect(counted.input.casualties).toEqual({ low: 3000, high: 4000 });
    expect(counted.result.earliest.date <= counted.result.quantiles.p5).toBe(true);
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const run = await cli([...MC, '--seed', '1']);
    expect(run.stderr).toBe('');
  });
});

describe('attrition project --samples: bad input', () => {
  it.each(MONTE_CARLO_ERRORS)('%s (catalogued)', async (_name, args, expected, options) => {
    expectOneLineError(await cli(args, options), expected);
  });
});

describe('the library API', () => {
  it('returns the same result object as attrition project --samples --json', async () => {
    const { monteCarlo } = await import('../../src/index.js');
    const doc = await cliJson([...MC, '--seed', '99', '--by', 'late April 2025', '--dist', 'triangular']);
    const { input } = doc;
    expect(input.by).toBe('2025-04-30');
    const result = monteCarlo({
      force: input.force,
      rate: input.rate,
      start: input.start,
      threshold: input.threshold,
      samples: input.samples,
      dist: input.dist,
      by: input.by,
      seed: input.seed,
    });
    expect(result).toEqual(doc.result);
  });
});
