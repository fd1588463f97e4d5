import { defineCommand } from '../command-definition.js';
import { chartFlags, jsonFlag } from '../common-flags.js';
import type { FlagsOf, FlagTable } from '../flag-table.js';
import { duelFitSpec } from './fit-definition.js';

const DUEL_FLAGS = {
  x: {
    value: '<n>',
    help: "the first side's troops at the start of day 1: 54000, 54,000, 54k",
    example: '54000',
    required: "is required: give the first side's troops, such as --x 54000",
    read: (r) => r.positive(),
  },
  y: {
    value: '<n>',
    help: "the second side's troops at the start of day 1",
    example: '21500',
    required: "is required: give the second side's troops, such as --y 21500",
    read: (r) => r.positive(),
  },
  a: {
    value: '<coefficient>',
    help: "the second side's effectiveness: the first side's losses a day per enemy soldier",
    example: '0.0544',
    required: "is required: give the second side's effectiveness, such as --a 0.0544",
    read: (r) => r.coefficient(),
  },
  b: {
    value: '<coefficient>',
    help: "the first side's effectiveness: the second side's losses a day per enemy soldier",
    example: '0.0106',
    required: "is required: give the first side's effectiveness, such as --b 0.0106",
    read: (r) => r.coefficient(),
  },
  law: {
    value: '<law>',
    help: 'square (default), linear, or the exponents P,Q of dx/dt = −a·x^P·y^Q such as 0.5,1',
    example: 'linear',
    read: (r) => r.law(),
  },
  start: {
    value: '<date>',
    help: 'day 1 of the battle: 1945-02-19, 19 Feb 1945 (required)',
    example: '1945-02-19',
    required: 'is required: give day 1 of the battle, such as --start 1945-02-19',
    read: (r) => r.dayOrPeriod(),
  },
  days: {
    value: '<n>',
    help: 'simulate this many days (default: until a side reaches the threshold, at most 10 years)',
    example: '36',
    read: (r) => r.duelDays(),
  },
  threshold: {
    value: '<share>',
    help: "the share of a side's troops (at the start and joined since) whose loss counts: 50% (default: 100%)",
    example: '50%',
    read: (r) => r.share(),
  },
  reinforceX: {
    value: '<date=n>',
    help: 'N troops join the first side at the start of DATE (repeatable)',
    example: '1945-02-21=6000',
    repeatable: true,
    read: (r) => r.reinforcement(),
  },
  reinforceY: {
    value: '<date=n>',
    help: 'N troops join the second side at the start of DATE (repeatable)',
    example: '1945-02-21=600',
    repeatable: true,
    read: (r) => r.reinforcement(),
  },
  names: {
    value: '<x,y>',
    help: 'what to call the two sides: US,Japan (default: x,y)',
    example: 'US,Japan',
    read: (r) => r.names(),
  },
  ...jsonFlag(),
  ...chartFlags('draw both strengths over time in the terminal, after the report'),
} as const satisfies FlagTable;

export type DuelFlags = FlagsOf<typeof DUEL_FLAGS>;

export const duelSpec = defineCommand({
  name: 'duel',
  summary: "two forces wearing each other down: Lanchester's square, linear or general law, on the calendar",
  description:
    "Two sides fighting each other, each side's losses driven by the other's strength: the square law " +
    '(dx/dt = −a·y, dy/dt = −b·x: aimed fire), the linear law (dx/dt = −a·x·y: area fire) or the general ' +
    'form dx/dt = −a·x^P·y^Q. It prints the day each side reaches the threshold, who is left and with how ' +
    'many, and both strengths day by day. Day 1 is --start; reinforcements join at the start of their day.\n' +
    'duel fit FILE estimates a and b from a daily series (attrition duel fit --help).',
  examples: [
    'attrition duel --x 54000 --y 21500 --a 0.0544 --b 0.0106 --start 1945-02-19',
    'attrition duel --x 54000 --y 21500 --a 0.0544 --b 0.0106 --start 1945-02-19 --names US,Japan ' +
      '--reinforce-x 1945-02-21=6000 --reinforce-x 1945-02-24=13000 --days 36 --chart',
    'attrition duel --x 20000 --y 15000 --a 0.01 --b 0.01 --start 2025-01-01 --threshold 30%',
    'attrition duel --x 10000 --y 8000 --a 2e-6 --b 1e-6 --law linear --start 2025-01-01 --days 90 --json',
    'attrition duel fit examples/iwo-jima/iwo_jima_daily.csv --x-losses us_cum_casualties ' +
      '--x-added us_landed_that_day --y0 21500 --y-end 0 --names US,Japan',
  ],
  flags: DUEL_FLAGS,
  run: async (flags, ctx, given) => (await import('./run.js')).runDuel(flags, ctx, given),
  subcommands: [duelFitSpec],
});
