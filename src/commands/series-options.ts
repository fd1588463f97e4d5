import type { Command } from 'commander';

/**
 * The flags that say how to read a series and which span of it to use; fit and backtest share them.
 * Loaded with every command's definition: keep it light (reading the series is in series-input.ts).
 */
export function withSeriesOptions(command: Command): Command {
  return command
    .option(
      '--date-column <name>',
      'the column (CSV header) or field (JSON) holding dates (default: the first that holds dates)',
    )
    .option(
      '--value-column <name>',
      'the column or field holding the cumulative count (default: the first numeric one that is not a day number)',
    )
    .option('--value <name>', 'the same as --value-column')
    .option(
      '--qualifier-column <name>',
      'a column or field printed beside each count, such as "about" or "more" (a JSON field like personnel*)',
    )
    .option(
      '--unit <name>',
      "what the count counts, for the report (default: the value column's name, else casualties)",
    )
    .option('--since <date>', 'use only reports dated on or after this day')
    .option('--until <date>', 'use only reports dated on or before this day');
}
