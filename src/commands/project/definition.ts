import type { Day } from '../../core/dates.js';
import { SCENARIO_FLAGS } from '../scenario/options.js';
import { defineCommand } from '../command-definition.js';
import { chartFlags, jsonFlag } from '../common-flags.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';
import { DEFAULT_START_HELP } from '../default-start.js';

const PROJECT_FLAGS = {
  force: {
    value: '<n>',
    help: 'troops at the start: 12000, 12,000, 12k, 1.2e4, or a range 11000..12000',
    example: '11000..12000',
    required: 'is required: give the force size, such as 12000 or a range 11000..12000',
    read: (r) => r.positiveOrRange(),
  },
  rate: {
    value: '<n>',
    help: 'casualties a day, or a range such as 80..92',
    example: '92',
    required: 'is required: give the casualties a day, such as 92 or a range 80..92',
    read: (r) => r.positiveOrRange(),
  },
  start: {
    value: '<date>',
    help: `first day of losses: 2024-12-06, 6 Dec 2024 (default: ${DEFAULT_START_HELP})`,
    example: '2024-12-06',
    // A Monte Carlo run draws the start from a range of days.
    read: (r, mode) => (mode === 'montecarlo' ? r.dayRange() : r.dayOrPeriod()),
  },
  threshold: {
    value: '<share>',
    help: 'share of the force whose loss counts: 50% or 0.5 (default: 100%)',
    example: '50%',
    read: (r) => r.share(),
  },
  casualties: {
    value: '<n>',
    help: 'casualties already counted through the end of --as-of',
    example: '3800',
    read: (r) => r.countOrRange(),
  },
  asOf: {
    value: '<date>',
    help: 'the day --casualties were counted through',
    example: '2025-01-16',
    read: (r) => r.dayOrPeriod(),
  },
  ...SCENARIO_FLAGS,
  ...jsonFlag(),
  ...chartFlags('draw the remaining force over time in the terminal, after the report'),
  ledgerPoints: {
    value: '[file]',
    help: "mark the ledger's dated casualty figures on the chart, at force − casualties (default: the seeds ledger)",
  },
  samples: {
    value: '<n>',
    help:
      'Monte Carlo: draw N scenarios from the ranges (also --start 2024-12-01..2024-12-10, --casualties ' +
      '3000..4000) and report percentile dates',
    example: '100000',
    mode: 'montecarlo',
    read: (r) => r.samples(),
  },
  seed: {
    value: '<n>',
    help: 'Monte Carlo: the seed; the same seed repeats a run exactly (default: chosen and printed)',
    example: '7',
    mode: 'montecarlo',
    read: (r) => r.seed(),
  },
  dist: {
    value: '<name>',
    help: 'Monte Carlo: uniform (default) or triangular, with the mode at the middle of each range',
    example: 'triangular',
    mode: 'montecarlo',
    read: (r) => r.distribution(),
  },
  // Read by the Monte Carlo run: a period without its year takes the first one on or after the start.
  by: {
    value: '<date>',
    help: 'Monte Carlo: the share of scenarios lost after this date (or period, such as late April 2025)',
    example: 'late April 2025',
    mode: 'montecarlo',
  },
} as const satisfies FlagTable;

type AllProjectFlags = FlagsOf<typeof PROJECT_FLAGS>;
/** The flags of a Monte Carlo run: --samples given. */
export type MonteCarloFlags = AllProjectFlags & { samples: number };
/** The flags of a run without --samples, whose --start is one day. */
export type ProjectFlags = Omit<AllProjectFlags, 'start' | 'samples' | 'seed' | 'dist' | 'by'> & { start?: Day };

export const projectSpec = defineCommand({
  name: 'project',
  summary: 'the day a force is lost at a daily casualty rate, or in a stepped scenario',
  description:
    'Project the day a force is fully (or partly) lost: at a constant daily casualty rate, or stepped day by day ' +
    'through phases, reinforcements, return to duty and a decaying rate.\n' +
    'The start date is day 1 of losses; the projected date is the day during which cumulative losses reach the ' +
    'threshold.',
  examples: [
    'attrition project --force 12000 --rate 92',
    'attrition project --force 12000 --rate 92 --casualties 3800 --as-of 2025-01-16',
    'attrition project --force 12000 --rate 92 --threshold 50%',
    'attrition project --force 11000..12000 --rate 80..92 --json',
    'attrition project --force 12000 --rate 92 --phase 2025-01-17=0 --reinforce 2025-02-07=3000',
    'attrition project --force 12000 --rate 92 --return-to-duty 75%@20 --threshold 50%',
    'attrition project --force 11000..12000 --rate 80..92 --chart',
    'attrition project --force 12000 --rate 92 --casualties 3800 --as-of 2025-01-16 --svg chart.svg',
    'attrition project --force 12000 --rate 92 --chart --ledger-points',
    'attrition project --force 11000..12000 --rate 80..92 --samples 100000 --seed 7 --by 2025-04-30',
    'attrition project --force 11000..12000 --rate 80..92 --samples 100000 --seed 7 --svg mc.svg',
  ],
  flags: PROJECT_FLAGS,
  mode: { name: 'montecarlo', flag: 'samples', outside: 'needs --samples N: it belongs to a Monte Carlo run' },
  run: async (flags, ctx, given) =>
    flags.samples !== undefined
      ? (await import('./montecarlo.js')).runMonteCarlo(flags as MonteCarloFlags, ctx, given)
      : (await import('./run.js')).runProject(flags as ProjectFlags, ctx, given),
});
