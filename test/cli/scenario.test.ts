import { describe, expect, it } from 'vitest';
import { SCENARIO_ERRORS } from '../fixtures/errors.js';
import { cli, cliJson, expectOneLineError, unwrap } from '../helpers/cli.js';
import { ISW_PROJECT as ISW } from '../helpers/isw.js';

describe('attrition project with scenario options', () => {
  it('lists phases, reinforcements and return to duty among the assumptions', async () => {
    const run = await cli([
      ...ISW,
      '--phase',
      '2025-01-17=15',
      '--phase',
      '2025-02-07=60',
      '--reinforce',
      '2025-02-07=3000',
      '--return-to-duty',
      '50%@30',
      '--on',
      '2025-03-01',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^The force is fully lost on \d{4}-\d{2}-\d{2} \(/);
    expect(run.stdout).toContain('Before the first phase: 92 a day.');
    expect(run.stdout).toContain('From 2025-01-17: 15 a day.');
    expect(run.stdout).toContain('From 2025-02-07: 60 a day.');
    expect(run.stdout).toContain('3,000 troops join on 2025-02-07.');
    expect(run.stdout).toContain('50 % of casualties return to duty 30 days after being hit.');
    expect(run.stdout).toMatch(/Strength at the end of 2025-03-01: [\d,]+\./);
    expect(run.stdout).toMatch(/Peak daily loss: 92 on 2024-12-06\./);
    expect(run.stdout).toMatchSnapshot();
  });

  it('echoes the scenario in the JSON input and adds its facts to the result', async () => {
    const doc = await cliJson([
      ...ISW,
      '--phase',
      '2025-01-17=0',
      '--reinforce',
      '2025-02-07=3000',
      '--on',
      '2025-01-16',
      '--horizon',
      '2 years',
    ]);
    expect(doc.input).toMatchObject({
      phases: [{ from: '2025-01-17', rate: 0 }],
      reinforcements: [{ on: '2025-02-07', troops: 3000 }],
      on: '2025-01-16',
      horizonDays: 730,
    });
    expect(doc.result).toMatchObject({
      date: null,
      withinHorizon: false,
      strengthOn: { date: '2025-01-16', strength: 8136 },
    });
  });

  it('says plainly when the threshold is not reached within the horizon', async () => {
    const run = await cli([...ISW, '--horizon', '30 days']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout).split('\n')[0]).toBe(
      'The force is not fully lost by the end of the simulation on 2025-01-04. Set a longer --horizon to look further.',
    );
  });

  it('matches the plain projection when a scenario changes nothing', async () => {
    const plain = await cliJson(ISW);
    const stepped = await cliJson([...ISW, '--on', '2025-01-01']);
    expect(stepped.result.date).toBe(plain.result.date);
    expect(stepped.result.days).toBeCloseTo(plain.result.days, 9);
  });

  it('runs the decay model below 100 %', async () => {
    const doc = await cliJson([...ISW, '--model', 'decay', '--threshold', '50%']);
    expect(doc.result.date).toBe('2025-03-06');
  });

  it.each(SCENARIO_ERRORS)('refuses %s in one line', async (_name, args, expected) => {
    expectOneLineError(await cli(args), expected);
  });
});

describe('charts of stepped scenarios', () => {
  const args = [...ISW, '--phase', '2025-01-17=0', '--phase', '2025-02-07=60', '--reinforce', '2025-02-07=3000'];

  it('draws the simulated strength and labels the phase days on the date axis', async () => {
    const run = await cli([...args, '--chart']);
    expect(run.code).toBe(0);
    const chart = run.stdout.slice(run.stdout.indexOf('stepped scenario'));
    expect(chart).toContain('2025-01-17');
    expect(chart).toContain('2025-02-07');
    expect(chart).toMatch(/● fully lost \d{4}-\d{2}-\d{2}/);
    expect(chart).toContain('threshold: fully lost (of 15,000 with reinforcements)');
  });

  it('rises where reinforcements arrive in the SVG', async () => {
    const { projectTrajectory } = await import('../../src/core/projection/project.js');
    const trajectory = projectTrajectory({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      phases: [
        { from: '2025-01-17', rate: 0 },
        { from: '2025-02-07', rate: 60 },
      ],
      reinforcements: [{ on: '2025-02-07', troops: 3000 }],
    })!;
    const strengthOn = (iso: string) =>
      trajectory.find((p) => p.day === Date.parse(`${iso}T00:00:00Z`) / 86_400_000)!.strength;
    expect(strengthOn('2025-01-16')).toBe(12000 - 42 * 92);
    expect(strengthOn('2025-02-06')).toBe(12000 - 42 * 92);
    expect(strengthOn('2025-02-07')).toBe(12000 - 42 * 92 + 3000 - 60);
    const svg = await cli([...args, '--svg', '-']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*>/);
    expect(svg.stdout).toContain('stepped scenario');
  });

  it('has no day-by-day trajectory at a constant rate', async () => {
    const { projectTrajectory } = await import('../../src/core/projection/project.js');
    expect(projectTrajectory({ force: 12000, rate: 92, start: '2024-12-06' })).toBeUndefined();
  });
});
