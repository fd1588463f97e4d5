import type { FlagTable } from './flag-table.js';

/** The flags that say how to read a series and which span of it to use; fit and backtest share them. */
export const SERIES_FLAGS = {
  dateColumn: {
    value: '<name>',
    help: 'the column (CSV header) or field (JSON) holding dates (default: the first that holds dates)',
    example: 'date',
  },
  valueColumn: {
    value: '<name>',
    help: 'the column or field holding the cumulative count (default: the first numeric one that is not a day number)',
    example: 'personnel',
  },
  value: { value: '<name>', help: 'the same as --value-column', example: 'personnel' },
  qualifierColumn: {
    value: '<name>',
    help: 'a column or field printed beside each count, such as "about" or "more" (a JSON field like personnel*)',
    example: 'personnel*',
  },
  unit: {
    value: '<name>',
    help: "what the count counts, for the report (default: the value column's name, else casualties)",
    example: 'tanks',
    read: (r) => r.nonEmpty('what the count counts, such as tanks'),
  },
  since: {
    value: '<date>',
    help: 'use only reports dated on or after this day',
    example: '2024-01-01',
    read: (r) => r.day(),
  },
  until: {
    value: '<date>',
    help: 'use only reports dated on or before this day',
    example: '2024-12-31',
    read: (r) => r.day(),
  },
} as const satisfies FlagTable;
