import { SVG_HEIGHT, SVG_WIDTH } from '../../render/chart/svg-size.js';
import type { CommandSpec } from '../command-definition.js';

export const fitSpec: CommandSpec = {
  name: 'fit',
  summary: 'the daily rate and start date that dated casualty reports imply',
  description:
    'Fit a daily casualty rate to dated cumulative reports (CSV date,casualties[,source]; - reads stdin) by least squares: ' +
    "the rate with its 95% confidence interval, the implied start date (the first day of losses), R² and each report's " +
    'residual. With --force, also the day that force is lost at the fitted rate.',
  examples: [
    'attrition fit reports.csv',
    'attrition fit reports.csv --force 12000',
    'attrition fit --ledger --force 12000',
    'attrition fit reports.csv --force 12000 --chart --ledger-points',
    'attrition fit reports.csv --svg fit.svg',
    'printf "2024-12-15,920\\n2025-01-16,3864\\n" | attrition fit -',
  ],
  configure: (command) =>
    command
      .argument('[file]', 'a CSV file of dated reports, date,casualties[,source]; - for stdin')
      .option('--force <n>', 'also project the day this force is lost at the fitted rate')
      .option('--ledger [file]', "fit the dated casualty claims of a ledger (default: the seeds ledger) instead of a file; periods are taken at their middle day")
      .option('--json', 'print one JSON document instead of the report')
      .option('--chart', 'draw cumulative casualties over time in the terminal, after the report')
      .option('--svg <file>', `write the chart as an ${SVG_WIDTH} × ${SVG_HEIGHT} SVG file; - writes only the SVG to stdout`)
      .option('--ledger-points [file]', "mark the ledger's dated casualty figures on the chart (default: the seeds ledger)"),
  run: async (flags, ctx) => (await import('./run.js')).runFit(flags, ctx),
};
