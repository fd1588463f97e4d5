import { WOUNDED_TO_KILLED } from '../../core/check/history.js';
import { DEFAULT_TOLERANCE, TENSION_FACTOR } from '../../core/figures/verdict.js';
import { UsageError } from '../../errors.js';
import { echo } from '../../core/wording.js';
import { defineCommand } from '../command-definition.js';
import { jsonFlag } from '../common-flags.js';
import { DEFAULT_START_HELP } from '../default-start.js';
import type { FlagsOf, FlagTable, GivenOf } from '../flag-table.js';

/** "World War II about 4.9 : 1, Vietnam 6.2 : 1, …" */
const PAST_WARS = WOUNDED_TO_KILLED.map(({ war, ratio }, i) => `${war} ${i === 0 ? 'about ' : ''}${ratio} : 1`).join(
  ', ',
);
const TOLERANCE = `${Math.round(DEFAULT_TOLERANCE * 1000) / 10} %`;

/** The flags of `check`, in the order its help lists them: a claim's, then the figures', then a ledger. */
const CHECK_FLAGS = {
  text: {
    value: '<file>',
    help:
      "read the claim from a text file, a saved web page (its article, dated by the page's metadata), or - " +
      'for piped text',
  },
  published: {
    value: '<date>',
    help: 'the day the claim was published: its dates without a year are read against it',
    example: '2025-01-17',
    read: (r) => r.dayOrPeriod(),
  },
  claimant: {
    value: '<name>',
    help:
      'who made the claim: "Ukraine\'s General Staff", "UK MoD"; the General Staff\'s count that names no ' +
      'force is of Russian forces',
    example: 'UK MoD',
    read: (r) => r.named('who made the claim, such as "UK MoD"'),
  },
  details: { help: 'with a claim: every comparison, not only the one that decides each figure' },
  series: {
    value: '<file>',
    help:
      'with a claim: check it against this series of daily cumulative counts (CSV, JSON, NDJSON) instead of ' +
      'the built-in references; repeat for several, each with its own --series-subject',
    repeatable: true,
  },
  seriesSubject: {
    value: '<text>',
    help: 'whose losses the --series file counts: "Russian forces", "Ukrainian forces" (one per --series, in order)',
    repeatable: true,
  },
  seriesClaimant: {
    value: '<name>',
    help: 'who publishes the --series file\'s counts: "UK MoD" (in order)',
    repeatable: true,
  },
  force: {
    value: '<n>',
    help: 'troops at the start: 12000, about 12000, more than 10000, 11000..12000',
    example: 'about 12000',
    read: (r) => r.quotedPositive(),
  },
  rate: {
    value: '<n>',
    help: 'casualties a day: 92, about 92, 80..90',
    example: '80..90',
    read: (r) => r.quotedPositive(),
  },
  start: {
    value: '<date>',
    help: `first day of losses, day 1: 2024-12-06 (default: ${DEFAULT_START_HELP})`,
    example: '2024-12-06',
    read: (r) => r.dayOrPeriod(),
  },
  casualties: {
    value: '<n>',
    help: 'killed plus wounded counted through --as-of: 3800, at least 1100, up to 5000',
    example: 'at least 1100',
    read: (r) => r.quotedCount(),
  },
  killed: {
    value: '<n>',
    help: 'killed counted through --as-of: 300, at least 100',
    example: '300',
    read: (r) => r.quotedCount(),
  },
  wounded: {
    value: '<n>',
    help: 'wounded counted through --as-of: 2700, at least 1000',
    example: '2700',
    read: (r) => r.quotedCount(),
  },
  // A period without its year ("mid-April") has been given one by `prepare` when these are read.
  asOf: {
    value: '<date>',
    help: 'the day or period the casualties were counted through: 2025-01-13, "early January 2025"',
    example: 'early January 2025',
    read: (r) => r.window(),
  },
  by: {
    value: '<date>',
    help: 'a claimed date or period the force is lost by: 2025-04-15, "mid-April 2025"',
    example: 'mid-April 2025',
    read: (r) => r.window(),
  },
  within: {
    value: '<duration>',
    help: 'a claimed time until the force is lost, from --as-of: "12 weeks", "two months", "90 days"',
    example: 'two months',
    read: (r) => r.duration(),
  },
  tolerance: {
    value: '<p>',
    help: `largest deviation still consistent: 10% or 0.1 (default: ${TOLERANCE})`,
    example: '10%',
    read: (r) => r.share(),
  },
  ledger: {
    value: '[file]',
    help:
      'without a claim, audit a ledger (default: the seeds ledger); with one, check the claim against it ' +
      '(repeat for ledgers of other subjects)',
    repeatable: true,
  },
  ...jsonFlag(),
} as const satisfies FlagTable;

/** The flags of `check` read: a claim's, the figures' or a ledger audit's. */
export type CheckFlags = FlagsOf<typeof CHECK_FLAGS>;
/** The flags of `check` as given, for the texts its reports and messages quote. */
export type CheckGiven = GivenOf<typeof CHECK_FLAGS>;

export const checkSpec = defineCommand({
  name: 'check',
  summary: 'whether quoted figures fit together',
  description:
    'Check figures against each other: the rate casualties imply, casualties within the force, killed plus wounded, ' +
    'a claimed date or duration against the projection, and wounded to killed against past wars ' +
    `(${PAST_WARS}; US military medical planning data).\n` +
    `Verdicts: consistent (within the tolerance), tension (within ${TENSION_FACTOR} × the tolerance), ` +
    `inconsistent (beyond). ` +
    'Exit 1 when any check is inconsistent.\n' +
    'With --ledger, audit a whole ledger of quoted figures against its baseline and against each other.\n' +
    'Given a claim as text (an argument, --text FILE or --text - for piped text), hold each of its figures ' +
    'to the reference of its own subject: the seeds ledger for North Korean forces (or --ledger FILE), ' +
    "Ukraine's General Staff series for Russian forces (or --series FILE): counts at other dates at the " +
    'quoted rates, increases over a period, averages, predicted totals against a projection from the day ' +
    'said, parts within wholes, within the force, rates and forces. A rate no reference covers is still held to the ' +
    "claim's own total over the same days; and the claim's own arithmetic is checked as " +
    'above when it carries the inputs. ' +
    'A prediction ("could", "would", a date the force is lost by) has its arithmetic checked, not its truth, ' +
    "with the ledger's force and rate where it names none and is about the ledger's subject. " +
    'Months without a year take it from --published, else the first such date on or after the start.',
  examples: [
    'attrition check --force 12000 --rate 92 --start 2024-12-06 --casualties 3800 --as-of 2025-01-16',
    'attrition check --force 12000 --rate 92 --by "mid-April 2025"',
    'attrition check --rate 92 --killed 300 --wounded 2700 --as-of 2025-01-13',
    'attrition check --force 12000 --rate 92 --casualties 3800 --as-of 2025-01-16 --within "12 weeks"',
    'attrition check --ledger',
    'attrition check "All 12,000 could be lost by mid-April at 92 casualties a day"',
    'attrition check "By 25 January 2025, 2,500 had been killed" --ledger my-ledger.json',
    'attrition check --text claim.txt --published 2025-01-17',
    'echo "At 92 a day the troops would be gone by early February" | attrition check --text - --force 12000',
  ],
  operand: { name: '[claim]', help: 'a claim written as a sentence, in quotes: its figures are read and checked' },
  flags: CHECK_FLAGS,
  // Before any value is read: the flags that do not go together refused, and a period's missing year given.
  prepare: async (given) => {
    const operand = given.operands?.[0];
    let prepared = given;
    if (operand !== undefined || given.text !== undefined) {
      // A claim as an argument (or "-", piped text) or from --text: not both.
      if (operand !== undefined && given.text !== undefined)
        throw new UsageError(`--text ${echo(given.text)} and the claim ${echo(operand)} both give a claim; give one`);
    } else {
      // Figures, or a ledger to audit: one ledger, no claim's date, and who made a claim not read.
      const { ledger, published, claimant: _notRead, ...rest } = given;
      if (Array.isArray(ledger) && ledger.length > 1)
        throw new UsageError(
          `--ledger is given ${ledger.length} times: several ledgers serve a claim; to audit, give one ledger`,
        );
      if (published !== undefined)
        throw new UsageError(
          `--published ${echo(published)} dates a claim given as text: check "CLAIM" --published DATE`,
        );
      prepared = { ...rest, ...(ledger !== undefined && { ledger }) };
    }
    // A period without its year takes the first one on or after the start (--by: after --as-of).
    if (given.asOf === undefined && given.by === undefined) return prepared;
    return (await import('./years.js')).withYears(prepared).raw;
  },
  // A claim as text, the figures and a ledger's audit each have a bundle of their own.
  run: async (flags, ctx, given) => {
    if (flags.operands !== undefined || flags.text !== undefined)
      return (await import('./text.js')).runTextCheck(flags, ctx, given);
    if (flags.ledger !== undefined) return (await import('./ledger-audit.js')).runLedgerAudit(flags, ctx);
    return (await import('./run.js')).runCheck(flags, ctx, given);
  },
});
