import type { CommandSpec } from '../command-definition.js';
import { withSeriesOptions } from '../series-options.js';

export const backtestSpec: CommandSpec = {
  name: 'backtest',
  summary: 'how well constant-rate projections would have done on a series, with calibrated intervals',
  description:
    'At every report of a cumulative series with a full --window behind it, fit the least-squares rate over ' +
    'the window, ' +
    'project the count --horizon days ahead, and compare with the count then reported. Each projection gets an ' +
    'interval at ' +
    '--level calibrated only on earlier projections whose horizon had ended (split-conformal, adapted to past ' +
    'misses). ' +
    'Rows: origin,horizon,window,rate,projected,low,high,actual,error, where error = (actual − count at ' +
    'origin) / (rate × horizon) − 1. ' +
    'The table gives per horizon the median error, the coverage of the interval and that of the naive t interval. ' +
    'Reads CSV (with or without a header), JSON arrays of objects and NDJSON; - reads stdin.',
  examples: [
    'attrition backtest examples/general-staff/russia_losses_personnel.json',
    'attrition backtest series.json --value personnel --window 30d --horizon 30,90,180 --level 90%',
    'attrition backtest series.csv --format csv > rows.csv',
    'attrition backtest series.json --svg backtest.svg',
  ],
  configure: (command) =>
    withSeriesOptions(
      command.argument('[file]', 'a series of dated cumulative counts: CSV, JSON or NDJSON; - for stdin'),
    )
      .option('--window <days>', 'days of reports the rate is fitted over, ending at each origin (default: 30d)')
      .option('--horizon <days>', 'days ahead to project, a list (default: 30,90,180)')
      .option('--level <share>', 'nominal coverage of the calibrated interval (default: 90%)')
      .option('--format <format>', 'table, csv, ndjson or json (default: table)')
      .option('--json', 'the same as --format json: one JSON document')
      .option(
        '--svg <file>',
        'also draw, per horizon, the errors over time and the interval band as SVG; - writes only the SVG to stdout',
      ),
  run: async (flags, ctx) => (await import('./run.js')).runBacktest(flags, ctx),
};
