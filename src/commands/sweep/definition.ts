import { SCENARIO_FLAGS } from '../scenario/options.js';
import { defineCommand } from '../command-definition.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';
import { DEFAULT_START_HELP } from '../default-start.js';
import { CONFIRM_ROWS } from './confirm.js';

const SWEEP_FLAGS = {
  force: {
    value: '<values>',
    help: 'troops at the start: 12000, a list 11000,12000 or steps 10000..13000:500',
    example: '10000..13000:500',
    read: (r) => r.axis('force'),
  },
  rate: {
    value: '<values>',
    help: 'casualties a day: 92, a list 80,92,100 or steps 60..120:10',
    example: '80,92,100',
    read: (r) => r.axis('rate'),
  },
  start: {
    value: '<dates>',
    help: `first day of losses: 2024-12-06, a list, or steps 2024-12-01..2024-12-10:1 (default: ${DEFAULT_START_HELP})`,
    example: '2024-12-01..2024-12-10:1',
    read: (r) => r.axis('start'),
  },
  threshold: {
    value: '<shares>',
    help: 'share of the force whose loss counts: 50%, a list 30%,50%,100% or steps 10%..100%:10% (default: 100%)',
    example: '30%,50%,100%',
    read: (r) => r.axis('threshold'),
  },
  casualties: {
    value: '<values>',
    help: 'casualties already counted through the end of --as-of: one value, a list or steps',
    example: '3800',
    read: (r) => r.axis('casualties'),
  },
  asOf: {
    value: '<dates>',
    help: 'the day --casualties were counted through: one date, a list or steps',
    example: '2025-01-16',
    read: (r) => r.axis('asOf'),
  },
  ...SCENARIO_FLAGS,
  scenarios: {
    value: '<file>',
    help: 'named scenarios from a JSON file; flags given fill in the fields a scenario leaves out',
  },
  format: {
    value: '<format>',
    help: 'table, csv, ndjson or json (default: table on a terminal, csv otherwise)',
    example: 'csv',
    read: (r) => r.sweepFormat(),
  },
  yes: { help: `write a grid of more than ${CONFIRM_ROWS / 1e6} million rows` },
  json: { help: 'the same as --format json: one JSON document' },
} as const satisfies FlagTable;

export type SweepFlags = FlagsOf<typeof SWEEP_FLAGS>;

export const sweepSpec = defineCommand({
  name: 'sweep',
  summary: 'one projection per scenario of a grid, as csv, ndjson, json or a table',
  description:
    'Project every scenario of a grid. --force, --rate, --start, --threshold, --casualties and --as-of each ' +
    'take one value, ' +
    'a list (80,92,100) or a stepped range LOW..HIGH:STEP; sweep prints one row per combination, with the same ' +
    'conventions ' +
    'and the same dates as attrition project. Rows stream: any number of them, in constant memory.\n' +
    'The scenario options (--phase, --reinforce, --return-to-duty, --killed-share, --model, --horizon, --on) ' +
    'apply to every row, ' +
    'which is then stepped day by day as attrition project does; a row not lost within the horizon has no date.',
  examples: [
    'attrition sweep --force 10000..13000:500 --rate 60..120:10',
    'attrition sweep --force 12000 --rate 80,92,100 --threshold 30%,50%,100% --format table',
    'attrition sweep --force 12000 --rate 50..150:0.1 --format ndjson',
    'attrition sweep --scenarios scenarios.json --format csv',
    'attrition sweep --force 12000 --rate 60..120:10 --phase 2025-01-17=0 --phase 2025-02-07=60 --reinforce ' +
      '2025-02-07=3000',
  ],
  flags: SWEEP_FLAGS,
  run: async (flags, ctx, given) => (await import('./run.js')).runSweep(flags, ctx, given),
});
