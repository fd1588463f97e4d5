import { defineCommand } from '../command-definition.js';
import { chartFlags, jsonFlag } from '../common-flags.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';
import { SERIES_FLAGS } from '../series-flags.js';

const FIT_FLAGS = {
  ...SERIES_FLAGS,
  force: {
    value: '<n>',
    help: 'also project the day this force is lost at the fitted rate',
    example: '12000',
    read: (r) => r.positiveOrRange(),
  },
  target: {
    value: '<n>',
    help: 'also project the day the cumulative count reaches this number at the current rate',
    example: '1500000',
    read: (r) => r.positive(),
  },
  window: {
    value: '<days>',
    help: 'take the current rate from least squares over the last days only (such as 30d), not the last span',
    example: '30d',
    read: (r) => r.windowDays(),
  },
  level: {
    value: '<share>',
    help: "the level of the spans' and the current rate's intervals and of calibrated projections (default: 95%)",
    example: '90%',
    read: (r) => r.level(),
  },
  all: { help: 'on a long series, list every report instead of those worth seeing' },
  ledger: {
    value: '[file]',
    help:
      'fit the dated casualty claims of a ledger (default: the seeds ledger) instead of a file; periods are ' +
      'taken at their middle day',
  },
  ...jsonFlag(),
  ...chartFlags('draw cumulative casualties over time in the terminal, after the report'),
  ledgerPoints: {
    value: '[file]',
    help: "mark the ledger's dated casualty figures on the chart (default: the seeds ledger)",
  },
} as const satisfies FlagTable;

export const fitSpec = defineCommand({
  name: 'fit',
  summary: 'the daily rate and start date that dated casualty reports imply',
  description:
    'Fit a daily casualty rate to dated cumulative reports (CSV date,casualties[,source] or with a header, ' +
    'JSON, NDJSON; ' +
    '- reads stdin) by least squares: the rate with its 95% confidence interval, the implied start date (the ' +
    "first day of losses), R² and each report's " +
    'residual. With --force, also the day that force is lost at the fitted rate. On a long series it leads ' +
    'with a summary: ' +
    'the spans of near-constant rate (PELT on the daily increase, BIC penalty), the current rate (the last ' +
    "span's, or --window), " +
    'and with --force or --target a projection from the latest count with an interval calibrated on the ' +
    "series' own past projections.",
  examples: [
    'attrition fit reports.csv',
    'attrition fit reports.csv --force 12000',
    'attrition fit --ledger --force 12000',
    'attrition fit reports.csv --force 12000 --chart --ledger-points',
    'attrition fit reports.csv --svg fit.svg',
    'printf "2024-12-15,920\\n2025-01-16,3864\\n" | attrition fit -',
    'attrition fit examples/general-staff/russia_losses_personnel.json --qualifier-column "personnel*" ' +
      '--target 1500000',
    'attrition fit series.csv --date-column date --value-column personnel --since 2024-01-01 --window 30d',
    'attrition fit examples/general-staff/russia_losses_personnel.json --qualifier-column "personnel*" ' +
      '--target 1500000',
    'attrition fit series.csv --date-column date --value-column personnel --since 2024-01-01 --window 30d',
  ],
  operand: {
    name: '[file]',
    help: 'dated cumulative reports: CSV date,casualties[,source], CSV with a header, JSON or NDJSON; - for stdin',
  },
  flags: FIT_FLAGS,
  run: async (flags, ctx, given) => (await import('./run.js')).runFit(flags, ctx, given),
});

export type FitFlags = FlagsOf<typeof FIT_FLAGS>;
