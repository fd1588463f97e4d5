import type { CommandSpec } from '../command-definition.js';

export const extractSpec: CommandSpec = {
  name: 'extract',
  summary: 'the figures in a news text: forces, casualties, rates, shares, durations, dates',
  description:
    'List every figure in English news text: kind (force, casualties, killed, wounded, rate, share, duration, date), ' +
    'value or range, qualifier (about, at least, more than, up to, nearly), unit, the date it refers to, ' +
    'and where it stands in the text.\n' +
    'Vague amounts ("several hundred", "dozens") are listed as vague, never as a number. ' +
    'Months and days without a year take it from --published, else from the nearest date in the text that has one.',
  examples: [
    'attrition extract article.txt',
    'attrition extract article.txt --published 2025-01-17',
    'cat article.txt | attrition extract - --json',
  ],
  configure: (command) =>
    command
      .argument('[file]', 'a text file, or - for piped text')
      .option('--published <date>', 'the day the text was published: 2025-01-17, "17 Jan 2025"')
      .option('--json', 'print one JSON document instead of the report'),
  run: async (flags, ctx) => (await import('./run.js')).runExtract(flags, ctx),
};
