import { SVG_HEIGHT, SVG_WIDTH } from '../../render/chart/svg-size.js';
import type { ConfiguredCommand } from '../command-definition.js';

export const duelFitSpec: ConfiguredCommand = {
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
  configure: (command) =>
    command
      .argument('[file]', 'a daily series: CSV with a header, one row a day, every day once')
      .option('--date-column <name>', 'the column of dates (default: date)')
      .option('--x-losses <column>', "the column of the first side's cumulative losses")
      .option('--x-strength <column>', "the column of the first side's strength at the end of each day")
      .option('--x-added <column>', 'the column of troops joining the first side at the start of each day')
      .option('--y-losses <column>', "the column of the second side's cumulative losses")
      .option('--y-strength <column>', "the column of the second side's strength at the end of each day")
      .option('--y-added <column>', 'the column of troops joining the second side at the start of each day')
      .option('--x0 <n>', "the first side's troops at the start, before day 1's arrivals (default: 0)")
      .option('--y0 <n>', "the second side's troops at the start, before day 1's arrivals (default: 0)")
      .option('--x-end <n>', "the first side's troops at the end, for the ratio of sums when it has no series")
      .option('--y-end <n>', "the second side's troops at the end, for the ratio of sums when it has no series")
      .option('--law <law>', 'square (default), linear, general (exponents estimated) or fixed exponents P,Q')
      .option('--method <method>', 'sums (Engel’s ratio of sums, the default where it applies) or least-squares')
      .option('--level <share>', "the intervals' level (default: 95%)")
      .option('--names <x,y>', 'what to call the two sides: US,Japan (default: x,y)')
      .option('--all', 'list every day, not every fifth')
      .option('--json', 'print one JSON document instead of the report')
      .option('--chart', "draw the observed side's strength and the fitted laws' curves in the terminal")
      .option(
        '--svg <file>',
        `write the chart as an ${SVG_WIDTH} × ${SVG_HEIGHT} SVG file; - writes only the SVG to stdout`,
      ),
  run: async (flags, ctx) => (await import('./fit.js')).runDuelFit(flags, ctx),
};
