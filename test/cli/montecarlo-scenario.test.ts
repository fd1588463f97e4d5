import { describe, expect, it } from 'vitest';
import { MONTE_CARLO_SCENARIO_ERRORS } from '../fixtures/errors.js';
import { cli, cliJson, unwrap } from '../helpers/cli.js';

const MC = ['project', '--force', '11000..12000', '--rate', '80..92', '--samples', '5000'];
const PULLED_BACK = ['--phase', '2025-01-17=15', '--phase', '2025-02-07=60', '--reinforce', '2025-02-07=3000'];
// Lost by mid-January at the highest rates; off the line after that, so most scenarios are never lost.
const OFF_THE_LINE = [
  'project',
  '--force',
  '11000..12000',
  '--rate',
  '200..320',
  '--samples',
  '5000',
  '--phase',
  '2025-01-17=0',
];

describe('attrition project --samples with scenario options', () => {
  it('steps each draw through the scenario and lists it among the assumptions', async () => {
    const run = await cli([...MC, ...PULLED_BACK, '--seed', '7', '--on', '2025-03-01']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(unwrap(run.stdout).split('\n')[0]).toMatch(
      /^The force is fully lost between 2025-0[78]-\d\d and 2025-08-\d\d in 90 % of 5,000 scenarios/,
    );
    expect(unwrap(run.stdout)).toMatch(
      /strength on 2025-03-01: [\d,]+ \(5th percentile\), [\d,]+ \(median\), [\d,]+ \(95th percentile\)/,
    );
    expect(run.stdout).toContain('From 2025-01-17: 15 a day.');
    expect(run.stdout).toContain('3,000 troops join on 2025-02-07.');
    expect(run.stdout).toContain('Before the first phase: the rate drawn.');
    expect(run.stdout).toMatchSnapshot();
  });

  it('gives the same bytes for the same seed', async () => {
    const a = await cli([...MC, ...PULLED_BACK, '--seed', '3', '--json']);
    expect((await cli([...MC, ...PULLED_BACK, '--seed', '3', '--json'])).stdout).toBe(a.stdout);
    expect((await cli([...MC, ...PULLED_BACK, '--seed', '4', '--json'])).stdout).not.toBe(a.stdout);
  });

  it('reports the share not lost within the horizon, and percentiles among them as after its end', async () => {
    const run = await cli([...OFF_THE_LINE, '--seed', '7']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout).split('\n')[0]).toMatch(
      new RegExp(
        String.raw`^The force is fully lost on or after 2025-01-\d\d in 95 % of 5,000 scenarios; median after ` +
          String.raw`2034-12-05\. [\d.]+ % of scenarios do not reach the threshold by the end of the simulation on ` +
          String.raw`2034-12-05\.$`,
      ),
    );
    expect(run.stdout).toMatch(/ {2}95th percentile {3}after 2034-12-05 {3}not lost within the horizon\n/);
    expect(unwrap(run.stdout)).toMatch(
      / {2}not reached {7}[\d.]+ % of scenarios, by 2034-12-05 \(the end of the simulation\)\n/,
    );
    expect(unwrap(run.stdout)).toContain(
      'bounds            2025-01-09 to after 2034-12-05: no scenario falls outside them',
    );
    const doc = await cliJson([...OFF_THE_LINE, '--seed', '7']);
    expect(doc.result.quantiles.p95).toBeNull();
    expect(doc.result.labels.p95).toBeNull();
    expect(doc.result.latest).toBeNull();
    expect(doc.result.horizonEnd).toBe('2034-12-05');
    expect(doc.result.unreached).toBeGreaterThan(0.5);
    expect(doc.input.phases).toEqual([{ from: '2025-01-17', rate: 0 }]);
  });

  it('says when no scenario is lost within the horizon', async () => {
    const run = await cli([...OFF_THE_LINE, '--rate', '10..20', '--horizon', '1 year', '--seed', '1']);
    expect(unwrap(run.stdout).split('\n')[0]).toBe(
      'The force is fully lost in none of 5,000 scenarios by the end of the simulation on 2025-12-05. Losses ' +
        'stop from 2025-01-17 (a last phase at 0 a day), so no horizon reaches the rest.',
    );
    expect(run.stdout).toContain('  no scenario is lost within the horizon');
  });

  it('keeps the closed-form report when no scenario option is given', async () => {
    const doc = await cliJson([...MC, '--seed', '1']);
    expect(doc.result.horizonEnd).toBeUndefined();
    expect(doc.result.unreached).toBeUndefined();
    expect(Object.keys(doc.input)).not.toContain('phases');
  });

  it('returns the same result object from the library', async () => {
    const { monteCarlo } = await import('../../src/index.js');
    const doc = await cliJson([...OFF_THE_LINE, '--seed', '9', '--on', '2025-01-01', '--by', '2025-01-15']);
    const { input } = doc;
    const result = monteCarlo({
      force: input.force,
      rate: input.rate,
      start: input.start,
      threshold: input.threshold,
      samples: input.samples,
      dist: input.dist,
      by: input.by,
      seed: input.seed,
      phases: input.phases,
      on: input.on,
    });
    expect(result).toEqual(doc.result);
    expect(doc.result.strengthOn.date).toBe('2025-01-01');
  });

  it.each(MONTE_CARLO_SCENARIO_ERRORS)('refuses %s in one line', async (_name, args, expected) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.trimEnd().slice('attrition: '.length)).toMatch(expected);
  });
});
