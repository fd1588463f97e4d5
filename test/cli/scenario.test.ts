import { describe, expect, it } from 'vitest';
import { cli, cliJson } from '../helpers/cli.js';

const ISW = ['project', '--force', '12000', '--rate', '92'];

describe('attrition project with scenario options', () => {
  it('lists phases, reinforcements and return to duty among the assumptions', async () => {
    const run = await cli([
      ...ISW,
      '--phase', '2025-01-17=15',
      '--phase', '2025-02-07=60',
      '--reinforce', '2025-02-07=3000',
      '--return-to-duty', '50%@30',
      '--on', '2025-03-01',
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
    const doc = await cliJson([...ISW, '--phase', '2025-01-17=0', '--reinforce', '2025-02-07=3000', '--on', '2025-01-16', '--horizon', '2 years']);
    expect(doc.input).toMatchObject({
      phases: [{ from: '2025-01-17', rate: 0 }],
      reinforcements: [{ on: '2025-02-07', troops: 3000 }],
      on: '2025-01-16',
      horizonDays: 730,
    });
    expect(doc.result).toMatchObject({ date: null, withinHorizon: false, strengthOn: { date: '2025-01-16', strength: 8136 } });
  });

  it('says plainly when the threshold is not reached within the horizon', async () => {
    const run = await cli([...ISW, '--phase', '2025-01-17=0']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'The force is not fully lost by the end of the simulation on 2034-12-05. Set a longer --horizon to look further.',
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

  const errors: [string, string[], RegExp][] = [
    ['phase without =', ['--phase', '2025-01-17'], /^--phase "2025-01-17" is not DATE=NUMBER such as 2025-01-17=15/],
    ['phase bad date', ['--phase', '2025-02-30=5'], /^--phase "2025-02-30=5" has a date that is not a day on the calendar/],
    ['phase negative', ['--phase', '2025-01-17=-5'], /^--phase "2025-01-17=-5" has a number that must not be negative/],
    ['phases out of order', ['--phase', '2025-02-07=60', '--phase', '2025-01-17=15'], /^--phase "2025-02-07=60 2025-01-17=15" dates are out of order/],
    ['reinforce negative', ['--reinforce', '2025-02-07=-3000'], /^--reinforce "2025-02-07=-3000" has a number that must be above zero/],
    ['return share over 1', ['--return-to-duty', '150%'], /^--return-to-duty "150%" has a share that is outside/],
    ['return delay', ['--return-to-duty', '75%@soon'], /^--return-to-duty "75%@soon" has a delay that is not a whole number of days/],
    ['killed share over 1', ['--killed-share', '2'], /^--killed-share "2" is ambiguous/],
    ['both return forms', ['--killed-share', '10%', '--return-to-duty', '50%'], /^--killed-share "10%" replaces the return-to-duty share/],
    ['decay at 100 %', ['--model', 'decay'], /^--model "decay" never loses the whole force: give a --threshold below 100 %/],
    ['unknown model', ['--model', 'linear'], /^--model "linear" is not a model; expected constant or decay/],
    ['bad horizon', ['--horizon', 'forever'], /^--horizon "forever" is not a duration such as 10 years/],
    ['on before start', ['--on', '2024-01-01'], /^--on "2024-01-01" is before the start date 2024-12-06/],
  ];

  it.each(errors)('refuses %s in one line', async (_name, extra, expected) => {
    const run = await cli([...ISW, ...extra]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.slice('attrition: '.length)).toMatch(expected);
  });
});
