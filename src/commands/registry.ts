import { backtestSpec } from './backtest/definition.js';
import { checkSpec } from './check/definition.js';
import { duelSpec } from './duel/definition.js';
import { claimsSpec } from './claims/definition.js';
import { fitSpec } from './fit/definition.js';
import { extractSpec } from './extract/definition.js';
import { projectSpec } from './project/definition.js';
import type { CommandSpec } from './command-definition.js';
import { sweepSpec } from './sweep/definition.js';

/** Every sub-command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  projectSpec,
  sweepSpec,
  checkSpec,
  claimsSpec,
  extractSpec,
  fitSpec,
  backtestSpec,
  duelSpec,
];

/**
 * The examples the top-level help and bare `attrition` show: every command, Monte Carlo, charts and a claim as text.
 */
export const TOP_EXAMPLES: readonly string[] = [
  'attrition project --force 12000 --rate 92',
  'attrition project --force 11000..12000 --rate 80..92 --samples 100000 --seed 7',
  'attrition project --force 11000..12000 --rate 80..92 --chart',
  'attrition project --force 12000 --rate 92 --casualties 3800 --as-of 2025-01-16 --svg chart.svg',
  'attrition sweep --force 11000,12000 --rate 80,92 --format table',
  'attrition check --force 12000 --rate 92 --casualties 3800 --as-of 2025-01-16',
  'attrition check "All 12,000 soldiers could be killed or wounded by mid-April at 92 a day"',
  'attrition check --ledger',
  'attrition claims --claimant NIS',
  'attrition extract article.txt --published 2025-01-17',
  'attrition fit reports.csv --force 12000',
  'attrition backtest series.json --svg backtest.svg',
  'attrition duel --x 54000 --y 21500 --a 0.0544 --b 0.0106 --start 1945-02-19 --names US,Japan',
  'attrition duel fit iwo_jima_daily.csv --x-losses us_cum_casualties --y0 21500 --y-end 0',
];
