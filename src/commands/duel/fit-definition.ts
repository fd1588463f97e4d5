import { defineCommand } from '../command-definition.js';
import { chartFlags, jsonFlag } from '../common-flags.js';
import type { FlagSpec, FlagsOf, FlagTable } from '../flag-table.js';

const column = (help: string, example: string) =>
  ({ value: '<column>', help, example, read: (r) => r.column() }) as const satisfies FlagSpec;

const DUEL_FIT_FLAGS = {
  dateColumn: {
    value: '<name>',
    help: 'the column of dates (default: date)',
    example: 'date',
    read: (r) => r.column(),
  },
  xLosses: column("the column of the first side's cumulative losses", 'us_cum_casualties'),
  xStrength: column("the column of the first side's strength at the end of each day", 'us_strength'),
  xAdded: column('the column of troops joining the first side at the start of each day', 'us_landed_that_day'),
  yLosses: column("the column of the second side's cumulative losses", 'japan_cum_losses'),
  yStrength: column("the column of the second side's strength at the end of each day", 'japan_strength'),
  yAdded: column('the column of troops joining the second side at the start of each day', 'japan_added'),
  x0: {
    value: '<n>',
    help: "the first side's troops at the start, before day 1's arrivals (default: 0)",
    example: '0',
    read: (r) => r.troops(),
  },
  y0: {
    value: '<n>',
    help: "the second side's troops at the start, before day 1's arrivals (default: 0)",
    example: '21500',
    read: (r) => r.troops(),
  },
  xEnd: {
    value: '<n>',
    help: "the first side's troops at the end, for the ratio of sums when it has no series",
    example: '52000',
    read: (r) => r.troops(),
  },
  yEnd: {
    value: '<n>',
    help: "the second side's troops at the end, for the ratio of sums when it has no series",
    example: '0',
    read: (r) => r.troops(),
  },
  law: {
    value: '<law>',
    help: 'square (default), linear, general (exponents estimated) or fixed exponents P,Q',
    example: 'general',
  },
  method: {
    value: '<method>',
    help: 'sums (Engel’s ratio of sums, the default where it applies) or least-squares',
    example: 'least-squares',
    read: (r) => r.choice(['sums', 'least-squares'], 'a method'),
  },
  level: { value: '<share>', help: "the intervals' level (default: 95%)", example: '90%', read: (r) => r.level() },
  names: {
    value: '<x,y>',
    help: 'what to call the two sides: US,Japan (default: x,y)',
    example: 'US,Japan',
    read: (r) => r.names(),
  },
  all: { help: 'list every day, not every fifth' },
  ...jsonFlag(),
  ...chartFlags("draw the observed side's strength and the fitted laws' curves in the terminal"),
} as const satisfies FlagTable;

export type DuelFitFlags = FlagsOf<typeof DUEL_FIT_FLAGS>;

export const duelFitSpec = defineCommand({
  name: 'fit',
  summary: "a Lanchester law's coefficients from a battle's daily series",
  description:
    "Estimate a and b (and, for the general law, the exponents) from a daily CSV series of one or both sides' " +
    'cumulative losses or strengths, with the troops added each day. A side without a series is stepped day by ' +
    'day from its troops at the start (--y0). The default estimator is Engel’s ratio of sums (his 1954 method ' +
    'for Iwo Jima), which needs that side’s end strength (--y-end); least squares on the daily losses needs none. ' +
    'It prints the coefficients with intervals, both estimators, the square, linear and general laws compared ' +
    'by AIC, and the fit day by day.',
  examples: [
    'attrition duel fit examples/iwo-jima/iwo_jima_daily.csv --x-losses us_cum_casualties ' +
      '--x-added us_landed_that_day --y0 21500 --y-end 0 --names US,Japan',
    'attrition duel fit examples/iwo-jima/iwo_jima_daily.csv --x-losses us_cum_casualties ' +
      '--x-added us_landed_that_day --y0 21500 --y-end 0 --names US,Japan --svg iwo-jima.svg',
    'attrition duel fit battle.csv --x-strength blue --y-strength red --x0 30000 --y0 25000 --law general --json',
  ],
  operand: { name: '[file]', help: 'a daily series: CSV with a header, one row a day, every day once' },
  flags: DUEL_FIT_FLAGS,
  run: async (flags, ctx, given) => (await import('./fit.js')).runDuelFit(flags, ctx, given),
});
