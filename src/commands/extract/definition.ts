import { defineCommand } from '../command-definition.js';
import { jsonFlag } from '../common-flags.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';

const EXTRACT_FLAGS = {
  published: {
    value: '<date>',
    help: 'the day the text was published: 2025-01-17, "17 Jan 2025"',
    example: '2025-01-17',
    read: (r) => r.dayOrPeriod(),
  },
  ...jsonFlag(),
} as const satisfies FlagTable;

export type ExtractFlags = FlagsOf<typeof EXTRACT_FLAGS>;

export const extractSpec = defineCommand({
  name: 'extract',
  summary: 'the figures in a news text: forces, casualties, rates, shares, durations, dates',
  description:
    'List every figure in English news text: kind (force, casualties, killed, wounded, rate, share, duration, date), ' +
    'value or range, qualifier (about, at least, more than, up to, nearly), unit, the date it refers to, ' +
    'and where it stands in the text.\n' +
    'Vague amounts ("several hundred", "dozens") are listed as vague, never as a number. ' +
    'Months and days without a year take it from --published, else from the nearest date in the text that has one.\n' +
    'A saved news page (.html, or any file that begins as a web page) is read as its article, without navigation, ' +
    "teasers or footers, and its publication date is taken from the page's metadata unless --published is given.",
  examples: [
    'attrition extract article.txt',
    'attrition extract article.txt --published 2025-01-17',
    'cat article.txt | attrition extract - --json',
    'attrition extract saved-page.html',
  ],
  operand: { name: '[file]', help: 'a text file, a saved web page (.html), or - for piped text' },
  flags: EXTRACT_FLAGS,
  run: async (flags, ctx) => (await import('./run.js')).runExtract(flags, ctx),
});
