import { defineCommand } from '../command-definition.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';
import { SERIES_FLAGS } from '../series-flags.js';

const BACKTEST_FLAGS = {
  ...SERIES_FLAGS,
  window: {
    value: '<days>',
    help: 'days of reports the rate is fitted over, ending at each origin (default: 30d)',
    example: '30d',
    read: (r) => r.windowDays(),
  },
  horizon: {
    value: '<days>',
    help: 'days ahead to project, a list (default: 30,90,180)',
    example: '30,90,180',
    read: (r) => r.horizons(),
  },
  level: {
    value: '<share>',
    help: 'nominal coverage of the calibrated interval (default: 90%)',
    example: '90%',
    read: (r) => r.level(),
  },
  format: {
    value: '<format>',
    help: 'table, csv, ndjson or json (default: table)',
    example: 'csv',
    read: (r) => r.backtestFormat(),
  },
  json: { help: 'the same as --format json: one JSON document' },
  svg: {
    value: '<file>',
    help: 'also draw, per horizon, the errors over time and the interval band as SVG; - writes only the SVG to stdout',
  },
} as const satisfies FlagTable;

export const backtestSpec = defineCommand({
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
  operand: { name: '[file]', help: 'a series of dated cumulative counts: CSV, JSON or NDJSON; - for stdin' },
  flags: BACKTEST_FLAGS,
  run: async (flags, ctx, given) => (await import('./run.js')).runBacktest(flags, ctx, given),
});

export type BacktestFlags = FlagsOf<typeof BACKTEST_FLAGS>;
