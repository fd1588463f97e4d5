import { describe, expect, it } from 'vitest';
import { cli, cliJson, expectOneLineError, unwrap } from '../helpers/cli.js';
import { sweep } from '../../src/index.js';

describe('answers that say what they mean', () => {
  it('lists no 100 % milestone for the decay model, which never loses the whole force', async () => {
    const args = ['project', '--force', '12000', '--rate', '92', '--model', 'decay', '--threshold', '50%'];
    const doc = await cliJson(args);
    expect(doc.result.milestones.map((m: { share: number }) => m.share)).toEqual([0.25, 0.5, 0.75]);
    const run = await cli(args);
    expect(run.stdout).not.toMatch(/100 %\s+12,000/);
    expect(unwrap(run.stdout)).toContain('Decay never loses the whole force: no 100 % milestone.');
  });

  it('gives a range of dates for a range of casualties', async () => {
    const args = ['project', '--force', '12000', '--rate', '92', '--casualties', '3000..4000', '--as-of', '2025-01-16'];
    const doc = await cliJson(args);
    // 9,000 left at 92 a day: 97.8 days; 8,000 left: 86.96 days, counted from the day after the as-of date.
    expect(doc.result.earliest.date).toBe('2025-04-13');
    expect(doc.result.latest.date).toBe('2025-04-24');
    expect(doc.input.casualties).toEqual({ low: 3000, high: 4000 });
    const run = await cli(args);
    expect(unwrap(run.stdout).split('\n')[0]).toBe(
      'The force is fully lost between 2025-04-13 (mid-April 2025) and 2025-04-24 (late April 2025).',
    );
    expect(unwrap(run.stdout)).toContain('the most casualties');
    // The central count reaches half the force by the as-of date; the fewest casualties do not.
    const half = await cli([
      ...args.slice(0, 5),
      '--casualties',
      '5000..7000',
      '--as-of',
      '2025-01-16',
      '--threshold',
      '50%',
    ]);
    expect(unwrap(half.stdout).split('\n').slice(0, 2)).toEqual([
      '50 % of the force (6,000) is lost between on or before 2025-01-16 and 2025-01-27 (late January 2025).',
      '  Central case: already reached on or before 2025-01-16, 12,000 troops at 92 a day.',
    ]);
  });

  it('says in a sweep when the threshold was already reached by the as-of date', async () => {
    const base = ['sweep', '--force', '12000', '--rate', '92', '--as-of', '2025-01-16', '--threshold', '50%'];
    const table = await cli([...base, '--casualties', '7000,3000', '--format', 'table']);
    // The table may open with what every row shares; the rows follow its header.
    const lines = table.stdout.split('\n');
    const [reached, later] = lines.slice(lines.findIndex((l) => l.startsWith('casualties')) + 1);
    expect(reached).toMatch(/2025-01-16\s+on or before$/);
    expect(later).toMatch(/2025-02-18\s+mid-February 2025$/);
    const csv = await cli([...base, '--casualties', '7000', '--format', 'csv']);
    expect(csv.stdout.split('\n')[1]).toBe(
      '12000,92,2024-12-06,0.5,7000,2025-01-16,42,2025-01-16,on or before 2025-01-16',
    );
    const doc = await cliJson([...base, '--casualties', '7000']);
    expect(doc.result.rows[0].label).toBe('on or before 2025-01-16');
    // A stepped grid (day by day) says the same.
    const stepped = await cli([...base, '--casualties', '7000', '--format', 'csv', '--phase', '2025-02-01=50']);
    expect(stepped.stdout.split('\n')[1]).toMatch(/,42,2025-01-16,on or before 2025-01-16$/);
    const library = sweep({ force: 12000, rate: 92, threshold: 0.5, casualties: [7000, 3000], asOf: '2025-01-16' });
    expect(library.rows.map((r) => r.label)).toEqual(['on or before 2025-01-16', 'mid-February 2025']);
  });

  it('does not suggest a longer horizon when losses stop for good', async () => {
    const run = await cli(['project', '--force', '12000', '--rate', '92', '--phase', '2025-01-17=0']);
    expect(run.code).toBe(0);
    const text = unwrap(run.stdout);
    expect(text).not.toContain('--horizon');
    expect(text.split('\n')[0]).toBe(
      'The force is not fully lost: losses stop from 2025-01-17 (a last phase at 0 a day), so no horizon reaches it.',
    );
    // A phase at 0 that a later phase ends is not the end of losses.
    const resumed = await cli([
      'project',
      '--force',
      '12000',
      '--rate',
      '92',
      '--phase',
      '2025-01-17=0',
      '--phase',
      '2025-02-01=92',
      '--horizon',
      '60 days',
    ]);
    expect(unwrap(resumed.stdout)).toContain('Set a longer --horizon');
    const drawn = await cli([
      'project',
      '--force',
      '12000',
      '--rate',
      '80..100',
      '--phase',
      '2025-01-17=0',
      '--samples',
      '100',
      '--seed',
      '1',
    ]);
    expect(unwrap(drawn.stdout)).not.toContain('--horizon');
    expect(unwrap(drawn.stdout)).toContain('Losses stop from 2025-01-17 (a last phase at 0 a day), so no horizon');
  });

  it('refuses fewer Monte Carlo samples than the percentiles need', async () => {
    for (const samples of ['1', '19']) {
      const run = await cli(['project', '--force', '12000', '--rate', '80..100', '--samples', samples]);
      expectOneLineError(run, /^--samples .* is too few: give 20 to 10,000,000/);
    }
    const enough = await cli(['project', '--force', '12000', '--rate', '80..100', '--samples', '20', '--seed', '1']);
    expect(enough.code).toBe(0);
  });

  it('refuses a claimed date before the start instead of scoring it', async () => {
    const run = await cli(['check', '--force', '12000', '--rate', '92', '--by', '2024-11-01']);
    expectOneLineError(run, /^--by "?2024-11-01"? is before the start date 2024-12-06/);
  });

  it('says when a reinforcement arrives after the force is lost', async () => {
    const run = await cli(['project', '--force', '12000', '--rate', '92', '--reinforce', '2025-06-01=3000']);
    expect(run.code).toBe(0);
    expect(unwrap(run.stdout)).toContain(
      '3,000 troops join on 2025-06-01, after the force is lost on 2025-04-15: they change nothing above.',
    );
    const early = await cli(['project', '--force', '12000', '--rate', '92', '--reinforce', '2025-02-01=3000']);
    expect(unwrap(early.stdout)).not.toContain('change nothing');
  });
});
