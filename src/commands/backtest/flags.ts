import * as z from 'zod/mini';
import { parseHorizons, parseLevel, parseWindowDays } from '../../core/series/series-flags.js';
import { BACKTEST_FORMATS } from '../../render/backtest.js';
import { seriesFlags } from '../series-flags.js';
import { flagValue, validateGiven, type FlagsOf } from '../validate.js';
import { echo } from '../../core/wording.js';

const backtestFlags = {
  ...seriesFlags,
  window: () => z.optional(flagValue(parseWindowDays)),
  horizon: () => z.optional(flagValue(parseHorizons)),
  level: () => z.optional(flagValue(parseLevel)),
  format: () =>
    z.optional(
      z.enum(BACKTEST_FORMATS, {
        error: (issue) => `${echo(issue.input)} is not a format; expected table, csv, ndjson or json`,
      }),
    ),
  svg: () => z.optional(z.string()),
  operands: () => z.optional(z.array(z.string())),
};

export type BacktestFlags = FlagsOf<typeof backtestFlags>;

/** The flags of `backtest`, validated. */
export const readBacktestFlags = (raw: Record<string, unknown>): BacktestFlags => validateGiven(backtestFlags, raw);
