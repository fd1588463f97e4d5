import { UsageError } from '../../errors.js';
import { withScenarioOptions } from '../scenario/options.js';
import { SVG_HEIGHT, SVG_WIDTH } from '../../render/chart/svg-size.js';
import type { ConfiguredCommand } from '../command-definition.js';
import { DEFAULT_START_HELP } from '../default-start.js';

export const projectSpec: ConfiguredCommand = {
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
  configure: (command) =>
    withScenarioOptions(
      command
        .option('--force <n>', 'troops at the start: 12000, 12,000, 12k, 1.2e4, or a range 11000..12000')
        .option('--rate <n>', 'casualties a day, or a range such as 80..92')
        .option('--start <date>', `first day of losses: 2024-12-06, 6 Dec 2024 (default: ${DEFAULT_START_HELP})`)
        .option('--threshold <share>', 'share of the force whose loss counts: 50% or 0.5 (default: 100%)')
        .option('--casualties <n>', 'casualties already counted through the end of --as-of')
        .option('--as-of <date>', 'the day --casualties were counted through'),
    )
      .option('--json', 'print one JSON document instead of the report')
      .option('--chart', 'draw the remaining force over time in the terminal, after the report')
      .option(
        '--svg <file>',
        `write the chart as an ${SVG_WIDTH} × ${SVG_HEIGHT} SVG file; - writes only the SVG to stdout`,
      )
      .option(
        '--ledger-points [file]',
        "mark the ledger's dated casualty figures on the chart, at force − casualties (default: the seeds ledger)",
      )
      .option(
        '--samples <n>',
        'Monte Carlo: draw N scenarios from the ranges (also --start 2024-12-01..2024-12-10, --casualties ' +
          '3000..4000) and report percentile dates',
      )
      .option('--seed <n>', 'Monte Carlo: the seed; the same seed repeats a run exactly (default: chosen and printed)')
      .option(
        '--dist <name>',
        'Monte Carlo: uniform (default) or triangular, with the mode at the middle of each range',
      )
      .option(
        '--by <date>',
        'Monte Carlo: the share of scenarios lost after this date (or period, such as late April 2025)',
      ),
  run: async (flags, ctx) => {
    if (flags.samples !== undefined) return (await import('./montecarlo.js')).runMonteCarlo(flags, ctx);
    const stray = (['seed', 'dist', 'by'] as const).find((flag) => flags[flag] !== undefined);
    if (stray !== undefined) throw new UsageError(`--${stray} needs --samples N: it belongs to a Monte Carlo run`);
    return (await import('./run.js')).runProject(flags, ctx);
  },
};
